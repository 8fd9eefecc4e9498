import QtQuick
import QtQuick.Controls as QQC2
import Souk.Shell

// A caption, comment, message or bio with its http(s) URLs, #tags and @mentions as links.
// The text itself is plain: TextLinks escapes it and makes only those links, in C++ where it
// is tested, so markup in it shows as typed and loads nothing (docs/decisions/0013).
QQC2.Label {
    id: root

    property string source
    signal tagActivated(string tag)
    signal mentionActivated(string username)

    wrapMode: Text.Wrap
    textFormat: Text.StyledText
    text: TextLinks.styled(root.source)
    linkColor: palette.link
    onLinkActivated: link => {
        if (link.startsWith("tag:"))
            root.tagActivated(link.substring(4))
        else if (link.startsWith("user:"))
            root.mentionActivated(link.substring(5))
        else if (TextLinks.external(link).toString() !== "")
            Qt.openUrlExternally(TextLinks.external(link))
    }
}
