import QtQuick
import QtQuick.Controls as QQC2
import QtTest
import Souk.Shell
import Souk.Test

TestCase {
    name: "SignInPage"
    when: windowShown
    visible: true
    width: 800
    height: 600

    SignInPage {
        id: page
        anchors.fill: parent
        session: TestSession
    }

    function fieldNamed(name) {
        // Controls are found by their accessible names, as a screen reader would.
        function search(item) {
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.Accessible && child.Accessible.name === name)
                    return child
                const found = search(child)
                if (found)
                    return found
            }
            return null
        }
        return search(page)
    }

    function test_signInNeedsLoginAndPassword() {
        const button = fieldNamed("Sign in")
        verify(button)
        verify(!button.enabled)
        fieldNamed("Username or email").text = "layla"
        verify(!button.enabled)
        fieldNamed("Password").text = "secret"
        verify(button.enabled)
    }

    function test_createAccountShowsTheEmailField() {
        const email = fieldNamed("Email address")
        verify(email)
        verify(!email.visible)
        fieldNamed("Create an account").clicked()
        verify(email.visible)
        verify(fieldNamed("Create account"))
        fieldNamed("I have an account").clicked()
        verify(!email.visible)
    }

    function test_unreachableServerIsWorded() {
        fieldNamed("Server address").text = "http://127.0.0.1:9"
        fieldNamed("Username or email").text = "layla"
        fieldNamed("Password").text = "secret"
        fieldNamed("Sign in").clicked()
        tryVerify(() => TestSession.errorMessage.indexOf("127.0.0.1:9") !== -1, 20000)
        compare(TestSession.state, SessionController.SignedOut)
    }
}
