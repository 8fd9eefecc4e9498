import QtQuick
import QtQuick.Controls as QQC2

// A multi-line field that looks like one: the style's TextArea has no frame of its own, so in
// a form it reads as a label.
QQC2.TextArea {
    id: area
    textFormat: TextEdit.PlainText
    wrapMode: TextEdit.Wrap
    background: Rectangle {
        color: area.palette.base
        border.color: area.activeFocus ? area.palette.highlight : area.palette.mid
        radius: 2
    }
}
