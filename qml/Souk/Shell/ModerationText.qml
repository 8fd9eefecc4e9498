pragma Singleton
import QtQuick

// The names moderation shows for what the server calls by code: report reasons, actions on
// content and accounts, kinds of content.
QtObject {
    function reason(code: string): string {
        return code === "spam" ? qsTr("Spam")
             : code === "harassment" ? qsTr("Harassment")
             : code === "nudity" ? qsTr("Nudity")
             : code === "violence" ? qsTr("Violence")
             : code === "counterfeit" ? qsTr("Counterfeit")
             : code === "fraud" ? qsTr("Fraud")
             : code === "other" ? qsTr("Other")
             : code === "review" ? qsTr("Needs review") : code
    }
    function action(code: string): string {
        return code === "hide" ? qsTr("Hidden")
             : code === "remove" ? qsTr("Removed")
             : code === "approve" ? qsTr("Approved")
             : code === "dismiss" ? qsTr("Dismissed")
             : code === "warn" ? qsTr("Warning")
             : code === "limit" ? qsTr("Limited: new posts are reviewed")
             : code === "suspend" ? qsTr("Suspended")
             : code === "ban" ? qsTr("Banned")
             : code === "lift" ? qsTr("Restrictions lifted") : code
    }
    function target(code: string): string {
        return code === "post" ? qsTr("Post")
             : code === "comment" ? qsTr("Comment")
             : code === "message" ? qsTr("Message")
             : code === "product" ? qsTr("Product")
             : code === "review" ? qsTr("Review")
             : code === "user" ? qsTr("Account") : code
    }
    function appeal(code: string): string {
        return code === "open" ? qsTr("Appeal open")
             : code === "upheld" ? qsTr("Appeal upheld")
             : code === "denied" ? qsTr("Appeal denied") : ""
    }
}
