<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="14"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="23"/>
        <source>Changes that were not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="36"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="36"/>
        <source>Kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="42"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="43"/>
        <source>Retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="47"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="48"/>
        <source>Discard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="77"/>
        <source>%1 of %2 was changed in two places at once</source>
        <comment>field of entity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="89"/>
        <source>In place now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="94"/>
        <source>Value in place now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="100"/>
        <source>Overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="105"/>
        <source>Overwritten value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="112"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="113"/>
        <source>Keep the value in place now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="117"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="119"/>
        <source>Restore the overwritten value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="129"/>
        <source>No conflicts. When two devices change the same thing at once, both versions appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="16"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="16"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="16"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="65"/>
        <source>Welcome, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="74"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="79"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="85"/>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="89"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="90"/>
        <source>Sign in to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="96"/>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="101"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="98"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="98"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="98"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="107"/>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="113"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="110"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="110"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="110"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="119"/>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="127"/>
        <source>Local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="130"/>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="131"/>
        <source>Clear the local cache (unsent changes are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="136"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Souk/Shell/Main.qml" line="20"/>
        <source>Souk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Main.qml" line="45"/>
        <source>Opening your account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="21"/>
        <source>Create your Souk account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="21"/>
        <source>Sign in to Souk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="28"/>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="29"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="34"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="34"/>
        <source>Username or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="41"/>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="42"/>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="48"/>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="49"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="56"/>
        <source>Stay signed in for this session only (no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="70"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="70"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="80"/>
        <source>I have an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="80"/>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::DesktopIntegration</name>
    <message numerus="yes">
        <location filename="../app/DesktopIntegration.cpp" line="51"/>
        <source>Souk: %1, %n change(s) waiting</source>
        <translation>
            <numerusform>Souk: %1, %n change waiting</numerusform>
            <numerusform>Souk: %1, %n changes waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Souk::App::Notifier</name>
    <message>
        <location filename="../app/Notifier.cpp" line="13"/>
        <source>A change conflicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="14"/>
        <source>Two devices changed the same thing. Open Conflicts to choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="21"/>
        <source>A change was not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="22"/>
        <source>Open Conflicts to see why, and retry or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::SessionController</name>
    <message>
        <location filename="../app/SessionController.cpp" line="62"/>
        <source>Sign in before making changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="84"/>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="87"/>
        <source>That username or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="89"/>
        <source>That username is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="91"/>
        <source>An account with that email address exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="94"/>
        <source>Choose a stronger password: at least 8 characters, not a common one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="96"/>
        <source>Usernames are 3 to 30 letters, digits, dots or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="98"/>
        <source>That email address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="100"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="101"/>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="149"/>
        <source>The system keychain is not available, so you need to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="255"/>
        <source>The system keychain is not available. Sign in for this session only, or set up a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="303"/>
        <source>This session has ended. Sign in again; your unsent changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="33"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="34"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="34"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="35"/>
        <source>Sync status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="40"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="48"/>
        <source>Downloading your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="52"/>
        <source>%n row(s) downloaded</source>
        <translation>
            <numerusform>%n row downloaded</numerusform>
            <numerusform>%n rows downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="56"/>
        <source>%n change(s) not sent, see Conflicts</source>
        <translation>
            <numerusform>%n change not sent, see Conflicts</numerusform>
            <numerusform>%n changes not sent, see Conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="65"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
