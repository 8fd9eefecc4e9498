import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Templates as T

// The contentItem of a button, delegate or tab whose text is data: the styles' own label
// renders its text as rich text (AutoText), so user text there could load images
// (docs/decisions/0013). Left-aligned and elided; buttons set horizontalAlignment.
QQC2.Label {
    required property T.AbstractButton control

    text: control.text
    textFormat: Text.PlainText
    font: control.font
    elide: Text.ElideRight
    verticalAlignment: Text.AlignVCenter
    color: control.highlighted ? palette.highlightedText : palette.buttonText
}
