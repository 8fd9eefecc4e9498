pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Writes that lost to a concurrent one: both values side by side, and the choice goes through
// the normal mutators (and syncs to the other devices).
QQC2.Page {
    id: root

    required property SessionController session

    title: qsTr("Conflicts")

    // Changes the server refused or that kept failing, with the reason, above the conflicts.
    header: QQC2.Pane {
        visible: root.session.setAside.count > 0
        height: visible ? implicitHeight : 0
        ColumnLayout {
            anchors.fill: parent
            QQC2.Label {
                text: qsTr("Changes that were not applied")
                font.bold: true
            }
            Repeater {
                model: root.session.setAside
                delegate: RowLayout {
                    id: entry
                    required property var seq
                    required property string name
                    required property string kind
                    required property string reason
                    required property string summary
                    Layout.fillWidth: true
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: (entry.kind === "rejected" ? qsTr("Refused") : qsTr("Kept aside"))
                              + " · " + entry.summary + " · " + entry.reason
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    QQC2.Button {
                        text: qsTr("Retry")
                        Accessible.name: qsTr("Retry %1").arg(entry.summary)
                        onClicked: root.session.setAside.retry(entry.seq)
                    }
                    QQC2.Button {
                        text: qsTr("Discard")
                        Accessible.name: qsTr("Discard %1").arg(entry.summary)
                        onClicked: root.session.setAside.discard(entry.seq)
                    }
                }
            }
        }
    }

    ListView {
        id: list
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12
        clip: true
        model: root.session.conflicts

        delegate: QQC2.Frame {
            id: card
            required property string conflictId
            required property string entity
            required property string field
            required property string keptValue
            required property string lostValue
            width: ListView.view.width

            ColumnLayout {
                anchors.fill: parent
                spacing: 8
                QQC2.Label {
                    textFormat: Text.PlainText
                    text: qsTr("%1 of %2 was changed in two places at once", "field of entity")
                          .arg(card.field).arg(card.entity)
                    font.bold: true
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 12
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        QQC2.Label { text: qsTr("In place now"); opacity: 0.7 }
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: card.keptValue
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Value in place now: %1").arg(text)
                        }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        QQC2.Label { text: qsTr("Overwritten"); opacity: 0.7 }
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: card.lostValue
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Overwritten value: %1").arg(text)
                        }
                    }
                }
                RowLayout {
                    Layout.alignment: Qt.AlignRight
                    QQC2.Button {
                        text: qsTr("Keep theirs")
                        Accessible.name: qsTr("Keep the value in place now")
                        onClicked: root.session.resolveConflict(card.conflictId, false)
                    }
                    QQC2.Button {
                        text: qsTr("Keep mine")
                        highlighted: true
                        Accessible.name: qsTr("Restore the overwritten value")
                        onClicked: root.session.resolveConflict(card.conflictId, true)
                    }
                }
            }
        }

        QQC2.Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No conflicts. When two devices change the same thing at once, both versions appear here.")
            wrapMode: Text.Wrap
            width: parent.width * 0.8
            horizontalAlignment: Text.AlignHCenter
        }
    }
}
