import QtQuick
import QtTest
import Souk.Shell
import Souk.Test

// Every section and every stacked page loads (with a signed-out session: empty states).
TestCase {
    name: "HomePage"
    when: windowShown
    visible: true
    width: 1100
    height: 720

    HomePage {
        id: home
        anchors.fill: parent
        session: TestSession
        preferences: TestPreferences
    }

    function init() {
        failOnWarning(/.?/) // any QML warning (binding loop, missing component) fails
    }

    function test_sectionsAndDetailPagesLoad() {
        for (let i = 0; i < home.pages.length; ++i) {
            home.current = i
            wait(20)
        }
        home.current = 0
        home.openPost("0190d000-0000-7000-8000-000000000001")
        home.openProfile("", "layla")
        home.openTag("souk")
        home.openExplore()
        home.compose()
        wait(50)
        for (let i = 0; i < 5; ++i)
            home.back()
        home.current = 1
        compare(home.current, 1)
    }
}
