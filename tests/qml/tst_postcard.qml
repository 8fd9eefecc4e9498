import QtQuick
import QtTest
import Souk.Shell

TestCase {
    name: "PostCard"
    when: windowShown
    visible: true
    width: 700
    height: 900

    PostCard {
        id: card
        width: 600
        post: ({postId: "p1", authorId: "u1", authorUsername: "amal", authorName: "Amal",
                caption: "Brass & tea at <noon> #Souk with @bob",
                thumbnails: ["file:///nonexistent/a.jpg", "file:///nonexistent/b.jpg"],
                images: ["file:///nonexistent/a.jpg", "file:///nonexistent/b.jpg"],
                imageCount: 2, createdAt: new Date(), edited: true, likeCount: 3,
                commentCount: 2, liked: false, pending: true})
    }
    SignalSpy { id: tagSpy; target: card; signalName: "openTag" }
    SignalSpy { id: profileSpy; target: card; signalName: "openProfile" }
    SignalSpy { id: likeSpy; target: card; signalName: "toggleLike" }

    function find(item, predicate) {
        if (predicate(item))
            return item
        for (let i = 0; i < item.children.length; ++i) {
            const found = find(item.children[i], predicate)
            if (found)
                return found
        }
        return null
    }

    function init() {
        failOnWarning(/^(?!.*Cannot open: file:).*/) // any warning but the missing test images
    }

    function test_captionLinksTagsAndMentionsAndEscapesMarkup() {
        const caption = find(card, i => i.source !== undefined && i.tagActivated !== undefined)
        verify(caption)
        verify(caption.text.indexOf("&lt;noon&gt;") !== -1)
        verify(caption.text.indexOf("href=\"tag:souk\"") !== -1)
        verify(caption.text.indexOf("href=\"user:bob\"") !== -1)
        caption.linkActivated("tag:souk")
        compare(tagSpy.count, 1)
        compare(tagSpy.signalArguments[0][0], "souk")
        caption.linkActivated("user:bob")
        compare(profileSpy.signalArguments[0][1], "bob")
    }

    function test_pendingAndCountsAreShown() {
        verify(find(card, i => i.text === "Pending" && i.visible))
        const like = find(card, i => i.text !== undefined && String(i.text).indexOf("♡ 3") === 0)
        verify(like)
        like.clicked()
        compare(likeSpy.count, 1)
    }
}
