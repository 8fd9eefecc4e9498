import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// The window: sign-in until there is an account, then the shell with its navigation and the
// always-visible sync status.
QQC2.ApplicationWindow {
    id: root

    required property SessionController session

    width: 1100
    height: 720
    minimumWidth: 360
    minimumHeight: 480
    visible: true
    title: qsTr("Souk")

    Loader {
        anchors.fill: parent
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
        }
    }
}
