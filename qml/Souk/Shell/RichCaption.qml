import QtQuick
import QtQuick.Controls as QQC2

// A caption or comment with its #tags and @mentions as links.
QQC2.Label {
    id: root

    property string source
    signal tagActivated(string tag)
    signal mentionActivated(string username)

    wrapMode: Text.Wrap
    textFormat: Text.StyledText
    text: format(source)
    linkColor: palette.link
    onLinkActivated: link => {
        if (link.startsWith("tag:"))
            root.tagActivated(link.substring(4))
        else if (link.startsWith("user:"))
            root.mentionActivated(link.substring(5))
    }

    function format(plain: string): string {
        const escaped = plain.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
        return escaped
            .replace(/(^|[^\w#&])#([\w\u00C0-\uFFFF]{1,50})/g,
                     (m, pre, tag) => pre + "<a href=\"tag:" + tag.toLowerCase() + "\">#" + tag + "</a>")
            .replace(/(^|[^\w@])@([A-Za-z0-9_.]{2,29}[A-Za-z0-9_])/g,
                     (m, pre, user) => pre + "<a href=\"user:" + user.toLowerCase() + "\">@" + user + "</a>")
            .replace(/\n/g, "<br>")
    }
}
