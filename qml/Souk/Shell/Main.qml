import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The window: sign-in until there is an account, then the shell with its navigation and the
// always-visible sync status.
QQC2.ApplicationWindow {
    id: root

    required property SessionController session
    required property Preferences preferences
    property int startPage: 0
    property string startOpen // see HomePage.open()

    width: 1100
    height: 720
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("Souk")

    // An explicit dark or light choice overrides the system palette.
    palette.window: preferences.theme === "dark" ? "#202124" : preferences.theme === "light" ? "#f4f4f4" : undefined
    palette.windowText: preferences.theme === "dark" ? "#e8eaed" : preferences.theme === "light" ? "#1f1f1f" : undefined
    palette.base: preferences.theme === "dark" ? "#2b2c2f" : preferences.theme === "light" ? "#ffffff" : undefined
    palette.text: preferences.theme === "dark" ? "#e8eaed" : preferences.theme === "light" ? "#1f1f1f" : undefined
    palette.button: preferences.theme === "dark" ? "#3c4043" : preferences.theme === "light" ? "#e8e8e8" : undefined
    palette.buttonText: preferences.theme === "dark" ? "#e8eaed" : preferences.theme === "light" ? "#1f1f1f" : undefined

    Loader {
        anchors.fill: parent
        // Arabic mirrors the whole interface.
        LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
        LayoutMirroring.childrenInherit: true
        sourceComponent: root.session.state === SessionController.SignedIn ? home
                       : root.session.state === SessionController.SignedOut ? signIn
                       : starting
    }

    Component {
        id: starting
        Item {
            QQC2.BusyIndicator {
                anchors.centerIn: parent
                Accessible.name: qsTr("Opening your account")
            }
        }
    }

    Component {
        id: signIn
        SignInPage {
            session: root.session
        }
    }

    Component {
        id: home
        HomePage {
            session: root.session
            preferences: root.preferences
            current: root.startPage
            Component.onCompleted: if (root.startOpen !== "") open(root.startOpen)
        }
    }
}
