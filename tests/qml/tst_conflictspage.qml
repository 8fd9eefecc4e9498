import QtQuick
import QtTest
import Souk.Shell
import Souk.Test

TestCase {
    name: "ConflictsPage"
    when: windowShown
    visible: true
    width: 800
    height: 600

    ConflictsPage {
        id: page
        anchors.fill: parent
        session: TestSession
    }

    function test_emptyStateExplainsWhatWillAppear() {
        compare(TestSession.conflicts.count, 0)
        function findText(item, fragment) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.text !== undefined && String(child.text).indexOf(fragment) !== -1 && child.visible)
                    return child
                const found = findText(child, fragment)
                if (found)
                    return found
            }
            return null
        }
        verify(findText(page, "No conflicts"))
    }
}
