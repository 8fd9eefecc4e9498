<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="14"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="23"/>
        <source>Changes that were not applied</source>
        <translation>تغييرات لم تُطبَّق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="36"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="36"/>
        <source>Kept aside</source>
        <translation>مُنحّى جانباً</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="42"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="43"/>
        <source>Retry %1</source>
        <translation>إعادة محاولة %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="47"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="48"/>
        <source>Discard %1</source>
        <translation>تجاهل %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="77"/>
        <source>%1 of %2 was changed in two places at once</source>
        <comment>field of entity</comment>
        <translation>تم تغيير %1 في %2 من مكانين في الوقت نفسه</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="89"/>
        <source>In place now</source>
        <translation>المعتمد الآن</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="94"/>
        <source>Value in place now: %1</source>
        <translation>القيمة المعتمدة الآن: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="100"/>
        <source>Overwritten</source>
        <translation>المستبدَل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="105"/>
        <source>Overwritten value: %1</source>
        <translation>القيمة المستبدَلة: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="112"/>
        <source>Keep theirs</source>
        <translation>إبقاء نسختهم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="113"/>
        <source>Keep the value in place now</source>
        <translation>إبقاء القيمة المعتمدة الآن</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="117"/>
        <source>Keep mine</source>
        <translation>إبقاء نسختي</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="119"/>
        <source>Restore the overwritten value</source>
        <translation>استعادة القيمة المستبدَلة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="129"/>
        <source>No conflicts. When two devices change the same thing at once, both versions appear here.</source>
        <translation>لا توجد تعارضات. عندما يغيّر جهازان الشيء نفسه في الوقت نفسه، تظهر النسختان هنا.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="16"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="16"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="16"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="65"/>
        <source>Welcome, %1.</source>
        <translation>أهلاً، %1.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="74"/>
        <source>Server: %1</source>
        <translation>الخادم: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="79"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="85"/>
        <source>Switch account</source>
        <translation>تبديل الحساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="89"/>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="90"/>
        <source>Sign in to another account</source>
        <translation>تسجيل الدخول إلى حساب آخر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="96"/>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="101"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="98"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="98"/>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="98"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="107"/>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="113"/>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="110"/>
        <source>Follow the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="110"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="110"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="119"/>
        <source>Desktop notifications</source>
        <translation>إشعارات سطح المكتب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="127"/>
        <source>Local cache: %1</source>
        <translation>الذاكرة المؤقتة المحلية: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="130"/>
        <source>Clear cache</source>
        <translation>مسح الذاكرة المؤقتة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="131"/>
        <source>Clear the local cache (unsent changes are kept)</source>
        <translation>مسح الذاكرة المؤقتة المحلية (تبقى التغييرات غير المرسلة)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="136"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Souk/Shell/Main.qml" line="20"/>
        <source>Souk</source>
        <translation>سوق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Main.qml" line="45"/>
        <source>Opening your account</source>
        <translation>جارٍ فتح حسابك</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="21"/>
        <source>Create your Souk account</source>
        <translation>أنشئ حسابك في سوق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="21"/>
        <source>Sign in to Souk</source>
        <translation>تسجيل الدخول إلى سوق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="28"/>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="29"/>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="34"/>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="34"/>
        <source>Username or email</source>
        <translation>اسم المستخدم أو البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="41"/>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="42"/>
        <source>Email address</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="48"/>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="49"/>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="56"/>
        <source>Stay signed in for this session only (no keychain)</source>
        <translation>البقاء متصلاً لهذه الجلسة فقط (لا توجد سلسلة مفاتيح)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="70"/>
        <source>Create account</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="70"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="80"/>
        <source>I have an account</source>
        <translation>لدي حساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="80"/>
        <source>Create an account</source>
        <translation>إنشاء حساب</translation>
    </message>
</context>
<context>
    <name>Souk::App::DesktopIntegration</name>
    <message numerus="yes">
        <location filename="../app/DesktopIntegration.cpp" line="51"/>
        <source>Souk: %1, %n change(s) waiting</source>
        <translation>
            <numerusform>سوق: %1، لا تغييرات بانتظار الإرسال</numerusform>
            <numerusform>سوق: %1، تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>سوق: %1، تغييران بانتظار الإرسال</numerusform>
            <numerusform>سوق: %1، %n تغييرات بانتظار الإرسال</numerusform>
            <numerusform>سوق: %1، %n تغييراً بانتظار الإرسال</numerusform>
            <numerusform>سوق: %1، %n تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Souk::App::Notifier</name>
    <message>
        <location filename="../app/Notifier.cpp" line="13"/>
        <source>A change conflicted</source>
        <translation>تعارض أحد التغييرات</translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="14"/>
        <source>Two devices changed the same thing. Open Conflicts to choose.</source>
        <translation>غيّر جهازان الشيء نفسه. افتح التعارضات للاختيار.</translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="21"/>
        <source>A change was not applied</source>
        <translation>لم يُطبَّق أحد التغييرات</translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="22"/>
        <source>Open Conflicts to see why, and retry or discard it.</source>
        <translation>افتح التعارضات لمعرفة السبب، ثم أعد المحاولة أو تجاهله.</translation>
    </message>
</context>
<context>
    <name>Souk::App::SessionController</name>
    <message>
        <location filename="../app/SessionController.cpp" line="62"/>
        <source>Sign in before making changes.</source>
        <translation>سجّل الدخول قبل إجراء أي تغييرات.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="84"/>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى الخادم على %1. تحقّق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="87"/>
        <source>That username or password is not right.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="89"/>
        <source>That username is taken; choose another.</source>
        <translation>اسم المستخدم هذا مستخدم؛ اختر اسماً آخر.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="91"/>
        <source>An account with that email address exists already.</source>
        <translation>يوجد حساب بهذا البريد الإلكتروني بالفعل.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="94"/>
        <source>Choose a stronger password: at least 8 characters, not a common one.</source>
        <translation>اختر كلمة مرور أقوى: 8 أحرف على الأقل وليست شائعة.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="96"/>
        <source>Usernames are 3 to 30 letters, digits, dots or underscores.</source>
        <translation>أسماء المستخدمين من 3 إلى 30 حرفاً أو رقماً أو نقطة أو شرطة سفلية.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="98"/>
        <source>That email address does not look right.</source>
        <translation>يبدو أن هذا البريد الإلكتروني غير صحيح.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="100"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>محاولات كثيرة جداً. انتظر دقيقة ثم حاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="101"/>
        <source>The server refused the request (%1).</source>
        <translation>رفض الخادم الطلب (%1).</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="149"/>
        <source>The system keychain is not available, so you need to sign in again.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة، لذا عليك تسجيل الدخول مجدداً.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="255"/>
        <source>The system keychain is not available. Sign in for this session only, or set up a keychain.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة. سجّل الدخول لهذه الجلسة فقط، أو قم بإعداد سلسلة مفاتيح.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="303"/>
        <source>This session has ended. Sign in again; your unsent changes are kept.</source>
        <translation>انتهت هذه الجلسة. سجّل الدخول مجدداً؛ تغييراتك غير المرسلة محفوظة.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="33"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="34"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="34"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="35"/>
        <source>Sync status: %1</source>
        <translation>حالة المزامنة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="40"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>لا تغييرات بانتظار الإرسال</numerusform>
            <numerusform>تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>تغييران بانتظار الإرسال</numerusform>
            <numerusform>%n تغييرات بانتظار الإرسال</numerusform>
            <numerusform>%n تغييراً بانتظار الإرسال</numerusform>
            <numerusform>%n تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="48"/>
        <source>Downloading your data</source>
        <translation>جارٍ تنزيل بياناتك</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="52"/>
        <source>%n row(s) downloaded</source>
        <translation>
            <numerusform>لم يُنزَّل شيء</numerusform>
            <numerusform>تم تنزيل عنصر واحد</numerusform>
            <numerusform>تم تنزيل عنصرين</numerusform>
            <numerusform>تم تنزيل %n عناصر</numerusform>
            <numerusform>تم تنزيل %n عنصراً</numerusform>
            <numerusform>تم تنزيل %n عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="56"/>
        <source>%n change(s) not sent, see Conflicts</source>
        <translation>
            <numerusform>لا تغييرات غير مرسلة</numerusform>
            <numerusform>تغيير واحد لم يُرسل، انظر التعارضات</numerusform>
            <numerusform>تغييران لم يُرسلا، انظر التعارضات</numerusform>
            <numerusform>%n تغييرات لم تُرسل، انظر التعارضات</numerusform>
            <numerusform>%n تغييراً لم يُرسل، انظر التعارضات</numerusform>
            <numerusform>%n تغيير لم يُرسل، انظر التعارضات</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="65"/>
        <source>Signed in as %1</source>
        <translation>متصل باسم %1</translation>
    </message>
</context>
</TS>
