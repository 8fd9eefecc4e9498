pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Souk.Shell

// Choose the server, then sign in or create an account. Every server error arrives as
// session.errorMessage, already worded for people.
QQC2.Page {
    id: root

    required property SessionController session
    property bool creating: false

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 380)
        spacing: 12

        QQC2.Label {
            text: root.creating ? qsTr("Create your Souk account") : qsTr("Sign in to Souk")
            font.pixelSize: 22
            Layout.fillWidth: true
        }
        QQC2.TextField {
            id: server
            text: root.session.serverUrl
            placeholderText: qsTr("Server address")
            Accessible.name: qsTr("Server address")
            Layout.fillWidth: true
        }
        QQC2.TextField {
            id: login
            placeholderText: root.creating ? qsTr("Username") : qsTr("Username or email")
            Accessible.name: placeholderText
            Layout.fillWidth: true
        }
        QQC2.TextField {
            id: email
            visible: root.creating
            placeholderText: qsTr("Email address")
            Accessible.name: qsTr("Email address")
            Layout.fillWidth: true
        }
        QQC2.TextField {
            id: password
            echoMode: TextInput.Password
            placeholderText: qsTr("Password")
            Accessible.name: qsTr("Password")
            Layout.fillWidth: true
            onAccepted: submit.clicked()
        }
        QQC2.CheckBox {
            id: sessionOnly
            visible: !root.session.keychainAvailable
            text: qsTr("Stay signed in for this session only (no keychain)")
            Accessible.name: text
        }
        QQC2.Label {
            textFormat: Text.PlainText
            visible: text.length > 0
            text: root.session.errorMessage
            color: "#b3261e"
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        QQC2.Button {
            id: submit
            text: root.creating ? qsTr("Create account") : qsTr("Sign in")
            enabled: !root.session.busy && login.text.length > 0 && password.text.length > 0
            Accessible.name: text
            Layout.fillWidth: true
            onClicked: root.creating
                       ? root.session.createAccount(server.text, login.text, email.text, password.text, sessionOnly.checked)
                       : root.session.signIn(server.text, login.text, password.text, sessionOnly.checked)
        }
        QQC2.Button {
            flat: true
            text: root.creating ? qsTr("I have an account") : qsTr("Create an account")
            Accessible.name: text
            Layout.fillWidth: true
            onClicked: root.creating = !root.creating
        }
    }
}
