import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Report a post, comment, message, product, review or account: a reason and a note for the
// moderators. Sent like any change (offline too); the person reported never sees who reported.
QQC2.Dialog {
    id: dialog

    required property SafetyController safety
    property string targetType
    property string targetId

    function reportOn(type: string, id: string) {
        targetType = type
        targetId = id
        note.text = ""
        reasons.checkedButton = null
        open()
    }

    modal: true
    title: qsTr("Report this %1").arg(ModerationText.target(dialog.targetType).toLowerCase())  // trusted-text: our target names
    standardButtons: QQC2.Dialog.Cancel
    onAccepted: dialog.safety.report(dialog.targetType, dialog.targetId,
                                     reasons.checkedButton.code, note.text)

    QQC2.ButtonGroup { id: reasons }
    ColumnLayout {
        anchors.fill: parent
        QQC2.Label {
            text: qsTr("What is wrong with it?")
            font.bold: true
        }
        Repeater {
            model: dialog.safety.reasons
            QQC2.RadioButton {
                required property string modelData
                readonly property string code: modelData
                text: ModerationText.reason(modelData)  // trusted-text: our reason names
                QQC2.ButtonGroup.group: reasons
            }
        }
        FramedTextArea {
            id: note
            textFormat: Text.PlainText
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            placeholderText: qsTr("Anything the moderators should know (optional)")
            Accessible.name: qsTr("Note for the moderators")
        }
        QQC2.Label {
            text: qsTr("Only moderators see who reported; the person reported never does.")
            wrapMode: Text.Wrap
            opacity: 0.7
            font.pixelSize: 12
            Layout.fillWidth: true
        }
        QQC2.Button {
            Layout.alignment: Qt.AlignRight
            text: qsTr("Send report")
            enabled: reasons.checkedButton !== null
            onClicked: dialog.accept()
        }
    }
}
