import QtQuick
import QtTest
import Souk.Shell

TestCase {
    id: testCase
    name: "SyncStatusBar"
    when: windowShown
    visible: true // TestCase is hidden by default; the bar's labels need a visible parent
    width: 800
    height: 60

    SyncStatusBar {
        id: bar
        width: 800
        username: "layla"
    }

    function test_statusWords() {
        const label = findChild(bar, "statusLabel")
        verify(label)
        bar.status = "offline"
        compare(label.text, "Offline")
        bar.status = "online"
        compare(label.text, "Online")
        bar.status = "syncing"
        compare(label.text, "Syncing…")
    }

    function test_pendingCountIsShownOnlyWhenThereIsSomething() {
        const pending = findChild(bar, "pendingLabel")
        verify(pending)
        bar.pendingCount = 0
        verify(!pending.visible)
        bar.pendingCount = 3
        verify(pending.visible)
        verify(pending.text.indexOf("3") !== -1)
    }
}
