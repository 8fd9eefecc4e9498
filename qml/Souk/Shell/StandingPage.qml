pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The user's own record: every action a moderator took against them, why, and each appeal's
// thread. A strike can be appealed once; a moderator may answer and ask for more.
QQC2.Page {
    id: root

    required property SessionController session
    required property SafetyController safety
    property var nav: null

    title: qsTr("Account standing")

    // The newest strike is open until the user picks another.
    function openFirst() {
        if (root.safety.openStrike === "" && root.safety.strikes.length > 0)
            root.safety.showStrike(root.safety.strikes[0].id)
    }
    Component.onCompleted: Qt.callLater(openFirst)
    Connections {
        target: root.safety
        function onChanged() { Qt.callLater(root.openFirst) }
    }

    header: QQC2.ToolBar {
        RowLayout {
            anchors.fill: parent
            QQC2.ToolButton {
                visible: root.nav !== null
                text: qsTr("‹ Back")
                onClicked: root.nav.back()
            }
            QQC2.Label {
                textFormat: Text.PlainText
                text: root.title
                font.bold: true
                Layout.fillWidth: true
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 8
        ListView {
            id: list
            Layout.preferredWidth: parent.width * 0.45
            Layout.fillHeight: true
            clip: true
            model: root.safety.strikes
            delegate: StrikeCard {
                required property var modelData
                width: list.width
                strike: modelData
                highlighted: modelData.id === root.safety.openStrike
                onClicked: root.safety.showStrike(modelData.id)
            }
            QQC2.Label {
                anchors.centerIn: parent
                width: parent.width - 32
                visible: list.count === 0
                text: qsTr("Your account is in good standing: no moderator has acted on it.")
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
        QQC2.ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            visible: root.safety.openStrike !== ""
            ColumnLayout {
                width: parent.width
                readonly property var strike: root.safety.strikes.find(s => s.id === root.safety.openStrike) ?? ({})
                id: detail
                QQC2.Label {
                    visible: (detail.strike.appeal ?? "") === "" && detail.strike.status !== "overturned"
                    text: qsTr("Think this was a mistake? You can appeal once; explain what happened.")
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                AppealThread {
                    Layout.fillWidth: true
                    messages: root.safety.thread
                    canWrite: (detail.strike.appeal ?? "") === "" || detail.strike.appeal === "open"
                    placeholder: (detail.strike.appeal ?? "") === "" ? qsTr("Why should this be reversed?")
                                                                     : qsTr("Add to your appeal")
                    onSend: text => (detail.strike.appeal ?? "") === ""
                                ? root.safety.appeal(root.safety.openStrike, text)
                                : root.safety.reply(root.safety.openStrike, text)
                }
                QQC2.Label {
                    textFormat: Text.PlainText
                    visible: root.safety.error !== ""
                    text: root.safety.error
                    color: "#c5221f"
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
