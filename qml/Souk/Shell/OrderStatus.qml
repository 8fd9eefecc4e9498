pragma Singleton
import QtQuick

// An order's status as the buyer's and the shop's pages name it.
QtObject {
    function text(status: string): string {
        return status === "placed" ? qsTr("Placed")
             : status === "paid" ? qsTr("Paid")
             : status === "shipped" ? qsTr("Shipped")
             : status === "delivered" ? qsTr("Delivered")
             : status === "cancelled" ? qsTr("Cancelled")
             : status === "refunded" ? qsTr("Refunded") : status
    }
}
