pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts

// A small bar chart drawn in QML: one bar per day, a second series beside it when given
// (reports opened against resolved). The tallest bar sets the scale; its value is labelled.
ColumnLayout {
    id: chart

    property string title
    property var values: []
    property var second: [] // optional, drawn beside values
    property string total
    property color color: "#1a73e8"
    property color secondColor: "#188038"

    readonly property real peak: Math.max(1, ...chart.values, ...chart.second)

    spacing: 2
    RowLayout {
        QQC2.Label {
            textFormat: Text.PlainText
            text: chart.title
            font.bold: true
        }
        Item { Layout.fillWidth: true }
        QQC2.Label {
            textFormat: Text.PlainText
            text: chart.total
        }
    }
    Item {
        Layout.fillWidth: true
        Layout.preferredHeight: 90
        Accessible.role: Accessible.Chart
        Accessible.name: chart.title + ": " + chart.total
        Row {
            anchors.fill: parent
            spacing: 1
            Repeater {
                model: chart.values.length
                Item {
                    id: day
                    required property int index
                    width: (chart.width - chart.values.length) / chart.values.length
                    height: parent.height
                    Rectangle {
                        width: chart.second.length > 0 ? parent.width / 2 : parent.width
                        height: parent.height * chart.values[day.index] / chart.peak
                        anchors.bottom: parent.bottom
                        color: chart.color
                    }
                    Rectangle {
                        visible: chart.second.length > 0
                        x: parent.width / 2
                        width: parent.width / 2
                        height: parent.height * (chart.second[day.index] ?? 0) / chart.peak
                        anchors.bottom: parent.bottom
                        color: chart.secondColor
                    }
                }
            }
        }
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: "#9aa0a6"
        }
        QQC2.Label {
            textFormat: Text.PlainText
            anchors.right: parent.right
            anchors.top: parent.top
            text: chart.peak
            font.pixelSize: 10
            opacity: 0.6
        }
    }
}
