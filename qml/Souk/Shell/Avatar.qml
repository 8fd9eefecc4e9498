import QtQuick
import QtQuick.Controls as QQC2

// A round avatar: the user's picture, or the first letter of their name on a colour derived
// from it (so a person keeps their colour everywhere).
Rectangle {
    id: root

    property string name
    property url source
    property int size: 36
    //! "online" or "away" adds a dot in the corner; empty shows none.
    property string presence

    width: size
    height: size
    radius: size / 2
    clip: true
    color: Qt.hsla((Math.abs(root.hash(name)) % 360) / 360, 0.45, 0.55, 1)
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Picture of %1").arg(name)

    function hash(text: string): int {
        let h = 0
        for (let i = 0; i < text.length; ++i)
            h = (h * 31 + text.charCodeAt(i)) | 0
        return h
    }

    QQC2.Label {
        textFormat: Text.PlainText
        anchors.centerIn: parent
        visible: picture.status !== Image.Ready
        text: root.name.length > 0 ? root.name.charAt(0).toUpperCase() : "?"
        color: "white"
        font.bold: true
        font.pixelSize: root.size * 0.45
    }
    Image {
        id: picture
        anchors.fill: parent
        source: root.source
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        sourceSize.width: root.size * 2
    }
    Rectangle {
        visible: root.presence !== ""
        width: Math.max(8, root.size / 4)
        height: width
        radius: width / 2
        x: root.width - width - root.size * 0.04
        y: root.height - height - root.size * 0.04
        color: root.presence === "online" ? "#1e8e3e" : "#f9ab00"
        border.color: "white"
        border.width: 2
        Accessible.role: Accessible.Indicator
        Accessible.name: root.presence === "online" ? qsTr("Online") : qsTr("Away")
    }
}
