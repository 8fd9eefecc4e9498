<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="14"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="23"/>
        <source>Changes that were not applied</source>
        <translation>Änderungen, die nicht übernommen wurden</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="36"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="36"/>
        <source>Kept aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="42"/>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="43"/>
        <source>Retry %1</source>
        <translation>%1 erneut versuchen</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="47"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="48"/>
        <source>Discard %1</source>
        <translation>%1 verwerfen</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="77"/>
        <source>%1 of %2 was changed in two places at once</source>
        <comment>field of entity</comment>
        <translation>%1 von %2 wurde an zwei Stellen gleichzeitig geändert</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="89"/>
        <source>In place now</source>
        <translation>Jetzt gültig</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="94"/>
        <source>Value in place now: %1</source>
        <translation>Jetzt gültiger Wert: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="100"/>
        <source>Overwritten</source>
        <translation>Überschrieben</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="105"/>
        <source>Overwritten value: %1</source>
        <translation>Überschriebener Wert: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="112"/>
        <source>Keep theirs</source>
        <translation>Deren Version behalten</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="113"/>
        <source>Keep the value in place now</source>
        <translation>Den jetzt gültigen Wert behalten</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="117"/>
        <source>Keep mine</source>
        <translation>Meine Version behalten</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="119"/>
        <source>Restore the overwritten value</source>
        <translation>Den überschriebenen Wert wiederherstellen</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="129"/>
        <source>No conflicts. When two devices change the same thing at once, both versions appear here.</source>
        <translation>Keine Konflikte. Wenn zwei Geräte dasselbe gleichzeitig ändern, erscheinen hier beide Versionen.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="16"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="16"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="16"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="65"/>
        <source>Welcome, %1.</source>
        <translation>Willkommen, %1.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="74"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="79"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="85"/>
        <source>Switch account</source>
        <translation>Konto wechseln</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="89"/>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="90"/>
        <source>Sign in to another account</source>
        <translation>Bei einem weiteren Konto anmelden</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="96"/>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="101"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="98"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="98"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="98"/>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="107"/>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="113"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="110"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="110"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="110"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="119"/>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="127"/>
        <source>Local cache: %1</source>
        <translation>Lokaler Zwischenspeicher: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="130"/>
        <source>Clear cache</source>
        <translation>Zwischenspeicher leeren</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="131"/>
        <source>Clear the local cache (unsent changes are kept)</source>
        <translation>Lokalen Zwischenspeicher leeren (nicht gesendete Änderungen bleiben erhalten)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="136"/>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Souk/Shell/Main.qml" line="20"/>
        <source>Souk</source>
        <translation>Souk</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Main.qml" line="45"/>
        <source>Opening your account</source>
        <translation>Dein Konto wird geöffnet</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="21"/>
        <source>Create your Souk account</source>
        <translation>Erstelle dein Souk-Konto</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="21"/>
        <source>Sign in to Souk</source>
        <translation>Bei Souk anmelden</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="28"/>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="29"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="34"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="34"/>
        <source>Username or email</source>
        <translation>Benutzername oder E-Mail</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="41"/>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="42"/>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="48"/>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="49"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="56"/>
        <source>Stay signed in for this session only (no keychain)</source>
        <translation>Nur für diese Sitzung angemeldet bleiben (kein Schlüsselbund)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="70"/>
        <source>Create account</source>
        <translation>Konto erstellen</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="70"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="80"/>
        <source>I have an account</source>
        <translation>Ich habe ein Konto</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="80"/>
        <source>Create an account</source>
        <translation>Konto erstellen</translation>
    </message>
</context>
<context>
    <name>Souk::App::DesktopIntegration</name>
    <message numerus="yes">
        <location filename="../app/DesktopIntegration.cpp" line="51"/>
        <source>Souk: %1, %n change(s) waiting</source>
        <translation>
            <numerusform>Souk: %1, %n Änderung wartet</numerusform>
            <numerusform>Souk: %1, %n Änderungen warten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Souk::App::Notifier</name>
    <message>
        <location filename="../app/Notifier.cpp" line="13"/>
        <source>A change conflicted</source>
        <translation>Eine Änderung steht im Konflikt</translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="14"/>
        <source>Two devices changed the same thing. Open Conflicts to choose.</source>
        <translation>Zwei Geräte haben dasselbe geändert. Öffne Konflikte, um zu wählen.</translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="21"/>
        <source>A change was not applied</source>
        <translation>Eine Änderung wurde nicht übernommen</translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="22"/>
        <source>Open Conflicts to see why, and retry or discard it.</source>
        <translation>Öffne Konflikte, um den Grund zu sehen, und versuche es erneut oder verwirf sie.</translation>
    </message>
</context>
<context>
    <name>Souk::App::SessionController</name>
    <message>
        <location filename="../app/SessionController.cpp" line="62"/>
        <source>Sign in before making changes.</source>
        <translation>Melde dich an, bevor du Änderungen vornimmst.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="84"/>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation>Der Server unter %1 ist nicht erreichbar. Prüfe die Adresse und deine Verbindung.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="87"/>
        <source>That username or password is not right.</source>
        <translation>Benutzername oder Passwort stimmt nicht.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="89"/>
        <source>That username is taken; choose another.</source>
        <translation>Dieser Benutzername ist vergeben; wähle einen anderen.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="91"/>
        <source>An account with that email address exists already.</source>
        <translation>Es gibt bereits ein Konto mit dieser E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="94"/>
        <source>Choose a stronger password: at least 8 characters, not a common one.</source>
        <translation>Wähle ein stärkeres Passwort: mindestens 8 Zeichen und kein gängiges.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="96"/>
        <source>Usernames are 3 to 30 letters, digits, dots or underscores.</source>
        <translation>Benutzernamen bestehen aus 3 bis 30 Buchstaben, Ziffern, Punkten oder Unterstrichen.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="98"/>
        <source>That email address does not look right.</source>
        <translation>Diese E-Mail-Adresse sieht nicht richtig aus.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="100"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>Zu viele Versuche. Warte eine Minute und versuche es erneut.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="101"/>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="149"/>
        <source>The system keychain is not available, so you need to sign in again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher musst du dich erneut anmelden.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="255"/>
        <source>The system keychain is not available. Sign in for this session only, or set up a keychain.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Melde dich nur für diese Sitzung an oder richte einen Schlüsselbund ein.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="303"/>
        <source>This session has ended. Sign in again; your unsent changes are kept.</source>
        <translation>Diese Sitzung ist beendet. Melde dich erneut an; deine nicht gesendeten Änderungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="33"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="34"/>
        <source>Syncing…</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="34"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="35"/>
        <source>Sync status: %1</source>
        <translation>Synchronisierung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="40"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n Änderung wartet auf das Senden</numerusform>
            <numerusform>%n Änderungen warten auf das Senden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="48"/>
        <source>Downloading your data</source>
        <translation>Deine Daten werden heruntergeladen</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="52"/>
        <source>%n row(s) downloaded</source>
        <translation>
            <numerusform>%n Eintrag heruntergeladen</numerusform>
            <numerusform>%n Einträge heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="56"/>
        <source>%n change(s) not sent, see Conflicts</source>
        <translation>
            <numerusform>%n Änderung nicht gesendet, siehe Konflikte</numerusform>
            <numerusform>%n Änderungen nicht gesendet, siehe Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="65"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
</context>
</TS>
