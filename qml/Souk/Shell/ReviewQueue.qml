pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The review queue: open reports grouped by what they are about, filtered and sorted, on this
// device (offline too). A report opens in context: the content as reported, who reported it
// and why, and the decisions: on the content (one or many at once) and on its author.
RowLayout {
    id: root

    required property ModerationController moderation
    //! Ticked items, for one decision on many targets.
    property var ticked: []

    spacing: 0

    ColumnLayout {
        Layout.preferredWidth: 360
        Layout.fillHeight: true
        Layout.margins: 8
        RowLayout {
            QQC2.ComboBox {
                id: reasonBox
                Layout.fillWidth: true
                readonly property var codes: ["", "spam", "harassment", "nudity", "violence",
                                              "counterfeit", "fraud", "other", "review"]
                model: codes.map(c => c === "" ? qsTr("Every reason") : ModerationText.reason(c))  // trusted-text: our reason names
                Accessible.name: qsTr("Reason")
                onActivated: root.moderation.reasonFilter = codes[currentIndex]
            }
            QQC2.ComboBox {
                id: sortBox
                readonly property var codes: ["oldest", "newest", "reporters"]
                model: [qsTr("Oldest first"), qsTr("Newest first"), qsTr("Most reporters")]
                Accessible.name: qsTr("Sort by")
                onActivated: root.moderation.sortOrder = codes[currentIndex]
            }
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 4
            model: root.moderation.queue
            delegate: QQC2.ItemDelegate {
                id: item
                required property var modelData
                width: list.width
                highlighted: modelData.key === (root.moderation.selected.key ?? "")
                onClicked: root.moderation.select(modelData.key)
                contentItem: RowLayout {
                    QQC2.CheckBox {
                        checked: root.ticked.includes(item.modelData.key)
                        Accessible.name: qsTr("Include in a decision on several")
                        onToggled: root.ticked = checked ? root.ticked.concat([item.modelData.key])
                                                         : root.ticked.filter(k => k !== item.modelData.key)
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 1
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: ModerationText.target(item.modelData.targetType)
                                  + (item.modelData.ownerUsername !== "" ? " · @" + item.modelData.ownerUsername : "")
                                  + " · " + qsTr("%n reporter(s)", "", item.modelData.reporters)
                            font.bold: true
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: item.modelData.excerpt !== "" ? item.modelData.excerpt : qsTr("(no text)")
                            elide: Text.ElideRight
                            maximumLineCount: 2
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        QQC2.Label {
                            textFormat: Text.PlainText
                            text: Object.entries(item.modelData.reasons)
                                      .map(([code, n]) => ModerationText.reason(code) + (n > 1 ? " ×" + n : ""))
                                      .join(", ")
                                  + " · " + item.modelData.firstAt.toLocaleString(Qt.locale(), Locale.ShortFormat)
                            opacity: 0.7
                            font.pixelSize: 11
                        }
                    }
                }
            }
            QQC2.Label {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Nothing to review.")
            }
        }
        QQC2.Label {
            visible: root.ticked.length > 0
            text: qsTr("%n ticked: the decision on the right applies to all of them.", "", root.ticked.length)
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    Rectangle {
        Layout.preferredWidth: 1
        Layout.fillHeight: true
        color: root.palette.mid
    }

    QQC2.ScrollView {
        id: scroll
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth
        ColumnLayout {
            id: context
            readonly property var item: root.moderation.selected
            width: scroll.availableWidth - 16
            x: 8
            spacing: 6
            visible: context.item.key !== undefined
            QQC2.Label {
                textFormat: Text.PlainText
                text: context.item.key === undefined ? ""
                      : qsTr("%1 by @%2").arg(ModerationText.target(context.item.targetType))
                                        .arg(context.item.ownerUsername || "?")
                font.bold: true
                font.pixelSize: 18
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: (context.item.moderation ?? "") !== ""
                text: context.item.moderation === "pending" ? qsTr("Waiting for review")
                      : qsTr("Already %1").arg(ModerationText.action(context.item.moderation === "hidden" ? "hide" : "remove").toLowerCase())
                color: "#b06000"
            }
            // The content as reported: kept even if its author has since edited or deleted it.
            QQC2.Pane {
                Layout.fillWidth: true
                background: Rectangle { color: root.palette.base; border.color: root.palette.mid; radius: 6 }
                ColumnLayout {
                    width: parent.width
                    Flow {
                        Layout.fillWidth: true
                        spacing: 4
                        Repeater {
                            model: context.item.images ?? []
                            Image {
                                required property url modelData
                                width: 120
                                height: 120
                                source: modelData
                                fillMode: Image.PreserveAspectCrop
                                asynchronous: true
                            }
                        }
                    }
                    QQC2.Label {
                        textFormat: Text.PlainText
                        text: context.item.excerpt ?? ""
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            QQC2.Label {
                text: qsTr("Reports")
                font.bold: true
            }
            Repeater {
                model: context.item.reports ?? []
                QQC2.Label {
                    textFormat: Text.PlainText
                    required property var modelData
                    text: "@" + modelData.reporter + " — " + ModerationText.reason(modelData.reason)
                          + (modelData.note !== "" ? ": “" + modelData.note + "”" : "")
                          + " · " + modelData.createdAt.toLocaleString(Qt.locale(), Locale.ShortFormat)
                          + (modelData.status !== "open" ? " (" + qsTr("decided") + ")" : "")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            QQC2.Label {
                text: qsTr("Decision")
                font.bold: true
            }
            QQC2.TextField {
                id: rule
                Layout.fillWidth: true
                placeholderText: qsTr("Rule, e.g. 3.1 Spam")
                Accessible.name: qsTr("Rule")
            }
            QQC2.TextField {
                id: reason
                Layout.fillWidth: true
                placeholderText: qsTr("Reason the author is told")
                Accessible.name: qsTr("Reason")
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                readonly property var keys: root.ticked.length > 0 ? root.ticked : [context.item.key]
                id: actions
                QQC2.Button {
                    text: qsTr("Hide")
                    enabled: reason.text.trim() !== ""
                    onClicked: if (root.moderation.decide(actions.keys, "hide", reason.text, rule.text)) root.ticked = []
                }
                QQC2.Button {
                    text: qsTr("Remove")
                    enabled: reason.text.trim() !== ""
                    onClicked: if (root.moderation.decide(actions.keys, "remove", reason.text, rule.text)) root.ticked = []
                }
                QQC2.Button {
                    visible: context.item.moderation === "pending"
                    text: qsTr("Approve")
                    enabled: reason.text.trim() !== ""
                    onClicked: root.moderation.decide(actions.keys, "approve", reason.text, rule.text)
                }
                QQC2.Button {
                    text: qsTr("Dismiss reports")
                    enabled: reason.text.trim() !== ""
                    onClicked: if (root.moderation.decide(actions.keys, "dismiss", reason.text, rule.text)) root.ticked = []
                }
            }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                visible: root.ticked.length === 0 && (context.item.ownerId ?? "") !== ""
                QQC2.Label {
                    text: qsTr("The author:")
                    height: days.height
                    verticalAlignment: Text.AlignVCenter
                }
                QQC2.Button {
                    text: qsTr("Warn")
                    enabled: reason.text.trim() !== ""
                    onClicked: root.moderation.actOnUser(context.item.ownerId, "warn", reason.text, rule.text, 0)
                }
                QQC2.Button {
                    text: qsTr("Limit")
                    enabled: reason.text.trim() !== ""
                    onClicked: root.moderation.actOnUser(context.item.ownerId, "limit", reason.text, rule.text, 0)
                }
                QQC2.SpinBox {
                    id: days
                    from: 1
                    to: 365
                    value: 7
                    Accessible.name: qsTr("Days of suspension")
                }
                QQC2.Button {
                    text: qsTr("Suspend")
                    enabled: reason.text.trim() !== ""
                    onClicked: root.moderation.actOnUser(context.item.ownerId, "suspend", reason.text, rule.text, days.value)
                }
                QQC2.Button {
                    text: qsTr("Ban")
                    enabled: reason.text.trim() !== ""
                    onClicked: root.moderation.actOnUser(context.item.ownerId, "ban", reason.text, rule.text, 0)
                }
            }
            QQC2.Label {
                textFormat: Text.PlainText
                visible: root.moderation.error !== ""
                text: root.moderation.error
                color: "#c5221f"
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        QQC2.Label {
            anchors.centerIn: parent
            visible: root.moderation.selected.key === undefined
            text: qsTr("Choose a report to see it in context.")
        }
    }
}
