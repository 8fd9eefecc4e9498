<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AnalyticsView</name>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="25"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>أقل من ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="26"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="41"/>
        <source>%n days</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="70"/>
        <source>Daily active users</source>
        <translation>المستخدمون النشطون يوميًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="72"/>
        <source>%1 different</source>
        <translation>%1 مختلفون</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="76"/>
        <source>New accounts</source>
        <translation>حسابات جديدة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="82"/>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="88"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="94"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="103"/>
        <source>Revenue in %1</source>
        <translation>الإيرادات بـ %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="112"/>
        <source>Reports opened (blue) and resolved (green)</source>
        <translation>البلاغات المفتوحة (أزرق) والمحلولة (أخضر)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="115"/>
        <source>%1 opened, %2 resolved</source>
        <translation>%1 مفتوحة، %2 محلولة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="120"/>
        <source>Median time to resolve a report: %1</source>
        <translation>الوقت الوسيط لحل بلاغ: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="121"/>
        <source>No report was resolved in this period.</source>
        <translation>لم يُحلّ أي بلاغ في هذه الفترة.</translation>
    </message>
</context>
<context>
    <name>AppealThread</name>
    <message>
        <location filename="../qml/Souk/Shell/AppealThread.qml" line="15"/>
        <source>Write a message</source>
        <translation>اكتب رسالة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealThread.qml" line="46"/>
        <source>Moderator</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealThread.qml" line="46"/>
        <source>Appeal</source>
        <translation>اعتراض</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealThread.qml" line="76"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
</context>
<context>
    <name>AppealsView</name>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="46"/>
        <source>No open appeals.</source>
        <translation>لا اعتراضات مفتوحة.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="77"/>
        <source>Reply, or ask for more</source>
        <translation>ردّ أو اطلب المزيد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="83"/>
        <source>What the user is told with the decision</source>
        <translation>ما يُقال للمستخدم مع القرار</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="84"/>
        <source>Decision message</source>
        <translation>رسالة القرار</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="88"/>
        <source>Uphold: reverse the action</source>
        <translation>قبول: إلغاء الإجراء</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="93"/>
        <source>Deny</source>
        <translation>رفض</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="19"/>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="20"/>
        <source>Moderator&apos;s username</source>
        <translation>اسم مستخدم المشرف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="25"/>
        <source>Action, e.g. hide_content</source>
        <translation>الإجراء، مثل hide_content</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="26"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="30"/>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="77"/>
        <source>No entries.</source>
        <translation>لا إدخالات.</translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../qml/Souk/Shell/Avatar.qml" line="21"/>
        <source>Picture of %1</source>
        <translation>صورة %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Avatar.qml" line="58"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Avatar.qml" line="58"/>
        <source>Away</source>
        <translation>بعيد</translation>
    </message>
</context>
<context>
    <name>CatalogBar</name>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="31"/>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="32"/>
        <source>Search products</source>
        <translation>ابحث عن منتجات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="39"/>
        <source>All categories</source>
        <translation>كل الفئات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="42"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="48"/>
        <source>Newest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="48"/>
        <source>Price: low to high</source>
        <translation>السعر: من الأقل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="48"/>
        <source>Price: high to low</source>
        <translation>السعر: من الأعلى</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="49"/>
        <source>Best rated</source>
        <translation>الأعلى تقييمًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="50"/>
        <source>Sort by</source>
        <translation>ترتيب حسب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="55"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="59"/>
        <source>from</source>
        <translation>من</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="60"/>
        <source>Lowest price</source>
        <translation>أدنى سعر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="68"/>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="69"/>
        <source>Highest price</source>
        <translation>أعلى سعر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="77"/>
        <source>Currency of the price range</source>
        <translation>عملة نطاق السعر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="82"/>
        <source>In stock</source>
        <translation>متوفر</translation>
    </message>
</context>
<context>
    <name>CatalogFilter</name>
    <message>
        <location filename="../app/CatalogFilter.cpp" line="32"/>
        <source>Write a price such as 12.50, without a currency sign.</source>
        <translation>اكتب سعرًا مثل 12.50 دون رمز العملة.</translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../app/CategoryTree.cpp" line="18"/>
        <source>Art</source>
        <translation>فن</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="19"/>
        <source>Prints</source>
        <translation>مطبوعات</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="20"/>
        <source>Paintings</source>
        <translation>لوحات</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="21"/>
        <source>Photography</source>
        <translation>تصوير</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="22"/>
        <source>Art supplies</source>
        <translation>مستلزمات فنية</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="23"/>
        <source>Beauty</source>
        <translation>جمال</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="24"/>
        <source>Skincare</source>
        <translation>العناية بالبشرة</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="25"/>
        <source>Make-up</source>
        <translation>مكياج</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="26"/>
        <source>Fragrance</source>
        <translation>عطور</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="27"/>
        <source>Books</source>
        <translation>كتب</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="28"/>
        <source>Fiction</source>
        <translation>روايات</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="29"/>
        <source>Non-fiction</source>
        <translation>كتب غير روائية</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="30"/>
        <source>Children&apos;s books</source>
        <translation>كتب الأطفال</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="31"/>
        <source>Electronics</source>
        <translation>إلكترونيات</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="32"/>
        <source>Phones</source>
        <translation>هواتف</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="33"/>
        <source>Audio</source>
        <translation>صوتيات</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="34"/>
        <source>Computers</source>
        <translation>حواسيب</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="35"/>
        <source>Accessories</source>
        <translation>ملحقات</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="36"/>
        <source>Fashion</source>
        <translation>أزياء</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="37"/>
        <source>Women</source>
        <translation>نساء</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="38"/>
        <source>Men</source>
        <translation>رجال</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="39"/>
        <source>Kids</source>
        <translation>أطفال</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="40"/>
        <source>Shoes</source>
        <translation>أحذية</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="41"/>
        <source>Bags</source>
        <translation>حقائب</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="42"/>
        <source>Jewellery</source>
        <translation>مجوهرات</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="43"/>
        <source>Food</source>
        <translation>طعام</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="44"/>
        <source>Spices</source>
        <translation>توابل</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="45"/>
        <source>Sweets</source>
        <translation>حلويات</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="46"/>
        <source>Drinks</source>
        <translation>مشروبات</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="47"/>
        <source>Pantry</source>
        <translation>مؤن</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="48"/>
        <source>Home</source>
        <translation>المنزل</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="49"/>
        <source>Kitchen</source>
        <translation>المطبخ</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="50"/>
        <source>Decor</source>
        <translation>ديكور</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="51"/>
        <source>Rugs</source>
        <translation>سجاد</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="52"/>
        <source>Furniture</source>
        <translation>أثاث</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="53"/>
        <source>Lighting</source>
        <translation>إضاءة</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="54"/>
        <source>Garden</source>
        <translation>حديقة</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="55"/>
        <source>Sports</source>
        <translation>رياضة</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="56"/>
        <source>Outdoor</source>
        <translation>في الهواء الطلق</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="57"/>
        <source>Fitness</source>
        <translation>لياقة</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="58"/>
        <source>Toys</source>
        <translation>ألعاب</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="59"/>
        <source>Games</source>
        <translation>ألعاب جماعية</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="60"/>
        <source>Baby</source>
        <translation>رضّع</translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="61"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="17"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="34"/>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="35"/>
        <source>Back (the draft is kept)</source>
        <translation>رجوع (تبقى المسودة محفوظة)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="45"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="46"/>
        <source>Discard the draft</source>
        <translation>تجاهل المسودة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="50"/>
        <source>Post</source>
        <translation>نشر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="53"/>
        <source>Publish the post</source>
        <translation>نشر المنشور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="64"/>
        <source>Choose images</source>
        <translation>اختيار صور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="66"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="89"/>
        <source>This draft was also edited on another device; that version is kept too.</source>
        <translation>عُدِّلت هذه المسودة على جهاز آخر أيضاً؛ وتلك النسخة محفوظة كذلك.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="109"/>
        <source>Use this version</source>
        <translation>استخدام هذه النسخة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="131"/>
        <source>Add images</source>
        <translation>إضافة صور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="137"/>
        <source>Paste</source>
        <translation>لصق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="140"/>
        <source>Paste an image from the clipboard</source>
        <translation>لصق صورة من الحافظة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="144"/>
        <source>or drop files here</source>
        <translation>أو أفلت الملفات هنا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="175"/>
        <source>Image %1</source>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="193"/>
        <source>Move image %1 earlier</source>
        <translation>نقل الصورة %1 إلى الأمام</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="198"/>
        <source>Remove image %1</source>
        <translation>إزالة الصورة %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="204"/>
        <source>Move image %1 later</source>
        <translation>نقل الصورة %1 إلى الخلف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="219"/>
        <source>Write a caption… #tags and @mentions work</source>
        <translation>اكتب وصفاً… يمكنك استخدام #الوسوم و@الإشارات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="221"/>
        <source>Caption</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="235"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
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
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="38"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="38"/>
        <source>Kept aside</source>
        <translation>مُنحّى جانباً</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="44"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="45"/>
        <source>Retry %1</source>
        <translation>إعادة محاولة %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="49"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="50"/>
        <source>Discard %1</source>
        <translation>تجاهل %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="80"/>
        <source>%1 of %2 was changed in two places at once</source>
        <comment>field of entity</comment>
        <translation>تم تغيير %1 في %2 من مكانين في الوقت نفسه</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="92"/>
        <source>In place now</source>
        <translation>المعتمد الآن</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="98"/>
        <source>Value in place now: %1</source>
        <translation>القيمة المعتمدة الآن: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="104"/>
        <source>Overwritten</source>
        <translation>المستبدَل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="110"/>
        <source>Overwritten value: %1</source>
        <translation>القيمة المستبدَلة: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="117"/>
        <source>Keep theirs</source>
        <translation>إبقاء نسختهم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="118"/>
        <source>Keep the value in place now</source>
        <translation>إبقاء القيمة المعتمدة الآن</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="122"/>
        <source>Keep mine</source>
        <translation>إبقاء نسختي</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="124"/>
        <source>Restore the overwritten value</source>
        <translation>استعادة القيمة المستبدَلة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="134"/>
        <source>No conflicts. When two devices change the same thing at once, both versions appear here.</source>
        <translation>لا توجد تعارضات. عندما يغيّر جهازان الشيء نفسه في الوقت نفسه، تظهر النسختان هنا.</translation>
    </message>
</context>
<context>
    <name>ConversationDetails</name>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="27"/>
        <source>Group</source>
        <translation>مجموعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="27"/>
        <source>Conversation</source>
        <translation>محادثة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="39"/>
        <source>Group name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="45"/>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="51"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>لا أعضاء</numerusform>
            <numerusform>عضو واحد</numerusform>
            <numerusform>عضوان</numerusform>
            <numerusform>%n أعضاء</numerusform>
            <numerusform>%n عضوًا</numerusform>
            <numerusform>%n عضو</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="74"/>
        <source>(you)</source>
        <translation>(أنت)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="80"/>
        <source>admin</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="87"/>
        <source>Actions for @%1</source>
        <translation>إجراءات لـ @%1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="93"/>
        <source>Make admin</source>
        <translation>تعيين مشرفًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="97"/>
        <source>Remove from group</source>
        <translation>إزالة من المجموعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="110"/>
        <source>Add people: @username, …</source>
        <translation>إضافة أشخاص: ‎@اسم_المستخدم، …</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="111"/>
        <source>People to add</source>
        <translation>أشخاص للإضافة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="116"/>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="126"/>
        <source>Leave group</source>
        <translation>مغادرة المجموعة</translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="15"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="29"/>
        <source>Explore</source>
        <translation>استكشاف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="30"/>
        <source>Explore recent posts from everyone</source>
        <translation>استكشاف أحدث المنشورات من الجميع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="34"/>
        <source>New post</source>
        <translation>منشور جديد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="36"/>
        <source>Write a new post</source>
        <translation>كتابة منشور جديد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="84"/>
        <source>Nothing here yet. Share your first photo, or follow people to see theirs.</source>
        <translation>لا شيء هنا بعد. شارك صورتك الأولى، أو تابع أشخاصاً لترى صورهم.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="19"/>
        <source>Home</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="19"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="19"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="20"/>
        <source>Market</source>
        <translation>السوق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="21"/>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="22"/>
        <source>Moderation</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="286"/>
        <source>About my order %1: </source>
        <translation>بخصوص طلبي %1: </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="20"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="21"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="20"/>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="21"/>
        <source>My shop</source>
        <translation>متجري</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/HomePage.qml" line="209"/>
        <source>%n unread</source>
        <translation>
            <numerusform>لا إشعارات غير مقروءة</numerusform>
            <numerusform>إشعار واحد غير مقروء</numerusform>
            <numerusform>إشعاران غير مقروءين</numerusform>
            <numerusform>%n إشعارات غير مقروءة</numerusform>
            <numerusform>%n إشعاراً غير مقروء</numerusform>
            <numerusform>%n إشعار غير مقروء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/HomePage.qml" line="229"/>
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (لا إشعارات غير مقروءة)</numerusform>
            <numerusform>%1 (إشعار واحد غير مقروء)</numerusform>
            <numerusform>%1 (إشعاران غير مقروءين)</numerusform>
            <numerusform>%1 (%n إشعارات غير مقروءة)</numerusform>
            <numerusform>%1 (%n إشعاراً غير مقروء)</numerusform>
            <numerusform>%1 (%n إشعار غير مقروء)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Souk/Shell/Main.qml" line="21"/>
        <source>Souk</source>
        <translation>سوق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Main.qml" line="46"/>
        <source>Opening your account</source>
        <translation>جارٍ فتح حسابك</translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="21"/>
        <source>Market</source>
        <translation>السوق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="45"/>
        <source>Browse</source>
        <translation>تصفح</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="46"/>
        <source>Cart (%1)</source>
        <translation>السلة (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="47"/>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="48"/>
        <source>Wishlist (%1)</source>
        <translation>قائمة الأمنيات (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="80"/>
        <source>Offline: products saved on this device; prices and stock may have changed.</source>
        <translation>دون اتصال: منتجات محفوظة على هذا الجهاز؛ قد تكون الأسعار والمخزون تغيّرت.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="81"/>
        <source>The catalog needs the server; your cart and orders work offline.</source>
        <translation>يحتاج الكتالوج إلى الخادم؛ السلة والطلبات تعمل دون اتصال.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="135"/>
        <source>Out of stock</source>
        <translation>نفد المخزون</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="144"/>
        <source>No products match.</source>
        <translation>لا منتجات مطابقة.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="187"/>
        <source>Visit %1</source>
        <translation>زُر %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="189"/>
        <source>Open the shop&apos;s page</source>
        <translation>افتح صفحة المتجر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="194"/>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="287"/>
        <source>Report</source>
        <translation>إبلاغ</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="195"/>
        <source>Report this product</source>
        <translation>أبلغ عن هذا المنتج</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="227"/>
        <source>%n in stock</source>
        <translation>
            <numerusform>لا شيء في المخزون</numerusform>
            <numerusform>واحد في المخزون</numerusform>
            <numerusform>اثنان في المخزون</numerusform>
            <numerusform>%n في المخزون</numerusform>
            <numerusform>%n في المخزون</numerusform>
            <numerusform>%n في المخزون</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="228"/>
        <source>Choose a variant</source>
        <translation>اختر نوعًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="229"/>
        <source>Variant</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="238"/>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="333"/>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="241"/>
        <source>Add to cart</source>
        <translation>أضف إلى السلة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="248"/>
        <source>In wishlist</source>
        <translation>في قائمة الأمنيات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="248"/>
        <source>Wishlist</source>
        <translation>قائمة الأمنيات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="251"/>
        <source>Remove from wishlist</source>
        <translation>إزالة من قائمة الأمنيات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="252"/>
        <source>Add to wishlist</source>
        <translation>أضف إلى قائمة الأمنيات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="257"/>
        <source>Reviews</source>
        <translation>المراجعات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="281"/>
        <source>Shop: %1</source>
        <translation>المتجر: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="291"/>
        <source>Report this review</source>
        <translation>أبلغ عن هذه المراجعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="344"/>
        <source>Remove from cart</source>
        <translation>إزالة من السلة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="351"/>
        <source>Your cart is empty.</source>
        <translation>سلتك فارغة.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="361"/>
        <source>Total: %1</source>
        <translation>المجموع: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="365"/>
        <source>Payment</source>
        <translation>الدفع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="379"/>
        <source>Manual: cash on delivery or bank transfer. No payment is taken in the app; the shop confirms when it has been paid.</source>
        <translation>يدوي: نقدًا عند التسليم أو بتحويل بنكي. لا يُدفع شيء داخل التطبيق؛ يؤكد المتجر استلام الدفع.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="397"/>
        <source>Checkout of %n item(s): waiting for the server, not placed yet</source>
        <translation>
            <numerusform>طلب بلا عناصر: بانتظار الخادم، لم يُقدَّم بعد</numerusform>
            <numerusform>طلب بعنصر واحد: بانتظار الخادم، لم يُقدَّم بعد</numerusform>
            <numerusform>طلب بعنصرين: بانتظار الخادم، لم يُقدَّم بعد</numerusform>
            <numerusform>طلب بـ %n عناصر: بانتظار الخادم، لم يُقدَّم بعد</numerusform>
            <numerusform>طلب بـ %n عنصرًا: بانتظار الخادم، لم يُقدَّم بعد</numerusform>
            <numerusform>طلب بـ %n عنصر: بانتظار الخادم، لم يُقدَّم بعد</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="405"/>
        <source>Your last checkout was refused: %1</source>
        <translation>رُفض طلبك الأخير: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="411"/>
        <source>Place order</source>
        <translation>قدّم الطلب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="463"/>
        <source>Stars</source>
        <translation>النجوم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="468"/>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="469"/>
        <source>Your review</source>
        <translation>مراجعتك</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="473"/>
        <source>Review</source>
        <translation>قيّم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="483"/>
        <source>Tracking: %1</source>
        <translation>رقم التتبع: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="499"/>
        <source>Cancel order</source>
        <translation>ألغِ الطلب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="504"/>
        <source>I received it</source>
        <translation>استلمته</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="509"/>
        <source>Message seller</source>
        <translation>راسل البائع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="518"/>
        <source>No orders yet.</source>
        <translation>لا طلبات بعد.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="541"/>
        <source>Nothing on your wishlist yet.</source>
        <translation>لا شيء في قائمة أمنياتك بعد.</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="61"/>
        <source>Show the message this replies to</source>
        <translation>عرض الرسالة التي يُرد عليها</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="68"/>
        <source>Removed by a moderator</source>
        <translation>أزاله مشرف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="69"/>
        <source>Message deleted</source>
        <translation>حُذفت الرسالة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="92"/>
        <source>Image %1 of %2</source>
        <translation>الصورة %1 من %2</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="113"/>
        <source>Not sent: %1</source>
        <translation>لم تُرسل: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="121"/>
        <source>Retry</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="125"/>
        <source>Discard</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="132"/>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="134"/>
        <source>edited</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="136"/>
        <source>Seen by %1</source>
        <translation>شاهدها %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="152"/>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="165"/>
        <source>Take back %1</source>
        <translation>سحب %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="166"/>
        <source>React with %1</source>
        <translation>التفاعل بـ %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="177"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="183"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="189"/>
        <source>Report</source>
        <translation>إبلاغ</translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="33"/>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="51"/>
        <source>Message @username</source>
        <translation>راسل @اسم_المستخدم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="52"/>
        <source>Start a conversation with</source>
        <translation>ابدأ محادثة مع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="59"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="456"/>
        <source>New group</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="67"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="68"/>
        <source>Search messages</source>
        <translation>البحث في الرسائل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="105"/>
        <source>No messages match.</source>
        <translation>لا رسائل مطابقة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="121"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1، لا رسائل غير مقروءة</numerusform>
            <numerusform>%1، رسالة غير مقروءة</numerusform>
            <numerusform>%1، رسالتان غير مقروءتين</numerusform>
            <numerusform>%1، %n رسائل غير مقروءة</numerusform>
            <numerusform>%1، %n رسالة غير مقروءة</numerusform>
            <numerusform>%1، %n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="164"/>
        <source>No conversations yet.</source>
        <translation>لا محادثات بعد.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="188"/>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="213"/>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="259"/>
        <source>Earlier messages</source>
        <translation>رسائل أقدم</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="289"/>
        <source>%1 is typing…</source>
        <translation>
            <numerusform>%1 يكتب…</numerusform>
            <numerusform>%1 يكتب…</numerusform>
            <numerusform>%1 يكتبان…</numerusform>
            <numerusform>%1 يكتبون…</numerusform>
            <numerusform>%1 يكتبون…</numerusform>
            <numerusform>%1 يكتبون…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="301"/>
        <source>Editing your message</source>
        <translation>تعديل رسالتك</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="302"/>
        <source>Replying to “%1”</source>
        <translation>ردًا على «%1»</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="309"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="337"/>
        <source>Remove image</source>
        <translation>إزالة الصورة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="345"/>
        <source>Attach</source>
        <translation>إرفاق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="347"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="348"/>
        <source>Attach images</source>
        <translation>إرفاق صور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="355"/>
        <source>Write a message…</source>
        <translation>اكتب رسالة…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="357"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="363"/>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="363"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="393"/>
        <source>Choose a conversation, or message someone by their @username.</source>
        <translation>اختر محادثة، أو راسل أحدًا باسم المستخدم @.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="400"/>
        <source>Choose images</source>
        <translation>اختر صورًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="402"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>صور (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="446"/>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="468"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="469"/>
        <source>Group name</source>
        <translation>اسم المجموعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="475"/>
        <source>People: @username, …</source>
        <translation>الأشخاص: ‎@اسم_المستخدم، …</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="476"/>
        <source>People in the group</source>
        <translation>الأشخاص في المجموعة</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="19"/>
        <source>Moderation</source>
        <translation>الإشراف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="23"/>
        <source>Queue (%1)</source>
        <translation>قائمة المراجعة (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="24"/>
        <source>Appeals (%1)</source>
        <translation>الاعتراضات (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="25"/>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="26"/>
        <source>Shop requests</source>
        <translation>طلبات المتاجر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="27"/>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="28"/>
        <source>Analytics</source>
        <translation>التحليلات</translation>
    </message>
</context>
<context>
    <name>ModerationText</name>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="8"/>
        <source>Spam</source>
        <translation>رسائل مزعجة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="9"/>
        <source>Harassment</source>
        <translation>تحرش</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="10"/>
        <source>Nudity</source>
        <translation>عُري</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="11"/>
        <source>Violence</source>
        <translation>عنف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="12"/>
        <source>Counterfeit</source>
        <translation>تقليد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="13"/>
        <source>Fraud</source>
        <translation>احتيال</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="14"/>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="15"/>
        <source>Needs review</source>
        <translation>يحتاج مراجعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="18"/>
        <source>Hidden</source>
        <translation>مخفي</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="19"/>
        <source>Removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="20"/>
        <source>Approved</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="21"/>
        <source>Dismissed</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="22"/>
        <source>Warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="23"/>
        <source>Limited: new posts are reviewed</source>
        <translation>مقيّد: المنشورات الجديدة تُراجع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="24"/>
        <source>Suspended</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="25"/>
        <source>Banned</source>
        <translation>محظور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="26"/>
        <source>Restrictions lifted</source>
        <translation>رُفعت القيود</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="29"/>
        <source>Post</source>
        <translation>منشور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="30"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="31"/>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="32"/>
        <source>Product</source>
        <translation>منتج</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="33"/>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="34"/>
        <source>Account</source>
        <translation>حساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="37"/>
        <source>Appeal open</source>
        <translation>الاعتراض مفتوح</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="38"/>
        <source>Appeal upheld</source>
        <translation>قُبل الاعتراض</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="39"/>
        <source>Appeal denied</source>
        <translation>رُفض الاعتراض</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../qml/Souk/Shell/NotificationsPage.qml" line="16"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/NotificationsPage.qml" line="30"/>
        <source>Mark all read</source>
        <translation>تعليم الكل كمقروء</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/NotificationsPage.qml" line="99"/>
        <source>No notifications yet.</source>
        <translation>لا توجد إشعارات بعد.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="7"/>
        <source>Placed</source>
        <translation>تم الطلب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="8"/>
        <source>Paid</source>
        <translation>مدفوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="9"/>
        <source>Shipped</source>
        <translation>تم الشحن</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="10"/>
        <source>Delivered</source>
        <translation>تم التسليم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="11"/>
        <source>Cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="12"/>
        <source>Refunded</source>
        <translation>مسترد</translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="62"/>
        <source>edited</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="71"/>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="78"/>
        <source>Pending: not yet on the server</source>
        <translation>قيد الانتظار: لم يصل إلى الخادم بعد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="84"/>
        <source>Waiting for review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="85"/>
        <source>Removed by a moderator</source>
        <translation>أزاله مشرف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="86"/>
        <source>Hidden by a moderator, pending review</source>
        <translation>أخفاه مشرف، بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="115"/>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/PostCard.qml" line="155"/>
        <source>Unlike (%n like(s))</source>
        <translation>
            <numerusform>إلغاء الإعجاب (لا إعجابات)</numerusform>
            <numerusform>إلغاء الإعجاب (إعجاب واحد)</numerusform>
            <numerusform>إلغاء الإعجاب (إعجابان)</numerusform>
            <numerusform>إلغاء الإعجاب (%n إعجابات)</numerusform>
            <numerusform>إلغاء الإعجاب (%n إعجاباً)</numerusform>
            <numerusform>إلغاء الإعجاب (%n إعجاب)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/PostCard.qml" line="156"/>
        <source>Like (%n like(s))</source>
        <translation>
            <numerusform>إعجاب (لا إعجابات)</numerusform>
            <numerusform>إعجاب (إعجاب واحد)</numerusform>
            <numerusform>إعجاب (إعجابان)</numerusform>
            <numerusform>إعجاب (%n إعجابات)</numerusform>
            <numerusform>إعجاب (%n إعجاباً)</numerusform>
            <numerusform>إعجاب (%n إعجاب)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/PostCard.qml" line="160"/>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="161"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>لا تعليقات</numerusform>
            <numerusform>تعليق واحد</numerusform>
            <numerusform>تعليقان</numerusform>
            <numerusform>%n تعليقات</numerusform>
            <numerusform>%n تعليقاً</numerusform>
            <numerusform>%n تعليق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostGridPage</name>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="16"/>
        <source>Explore</source>
        <translation>استكشاف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="34"/>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="35"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="48"/>
        <source>Offline: showing this device only</source>
        <translation>غير متصل: يُعرض محتوى هذا الجهاز فقط</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="49"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="95"/>
        <source>Post by %1</source>
        <translation>منشور من %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="105"/>
        <source>No posts yet.</source>
        <translation>لا توجد منشورات بعد.</translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="18"/>
        <source>Post</source>
        <translation>المنشور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="30"/>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="31"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="42"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="43"/>
        <source>Edit the caption</source>
        <translation>تعديل الوصف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="48"/>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="160"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="49"/>
        <source>Delete this post</source>
        <translation>حذف هذا المنشور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="54"/>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="169"/>
        <source>Report</source>
        <translation>إبلاغ</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="55"/>
        <source>Report this post</source>
        <translation>أبلغ عن هذا المنشور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="64"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="64"/>
        <source>This post does not exist or was deleted.</source>
        <translation>هذا المنشور غير موجود أو حُذف.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="93"/>
        <source>Shown from the server: this post is not on this device.</source>
        <translation>معروض من الخادم: هذا المنشور غير موجود على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="97"/>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="102"/>
        <source>No comments yet.</source>
        <translation>لا توجد تعليقات بعد.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="132"/>
        <source>Pending</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="140"/>
        <source>Removed by a moderator</source>
        <translation>أزاله مشرف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="141"/>
        <source>Hidden by a moderator: only you see it</source>
        <translation>أخفاه مشرف: أنت وحدك تراه</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="146"/>
        <source>Reply</source>
        <translation>رد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="150"/>
        <source>Reply to %1</source>
        <translation>الرد على %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="164"/>
        <source>Delete this comment</source>
        <translation>حذف هذا التعليق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="173"/>
        <source>Report this comment</source>
        <translation>أبلغ عن هذا التعليق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="191"/>
        <source>Replying to @%1</source>
        <translation>رداً على @%1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="196"/>
        <source>Cancel the reply</source>
        <translation>إلغاء الرد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="204"/>
        <source>Add a comment…</source>
        <translation>أضف تعليقاً…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="206"/>
        <source>Comment</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="211"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="234"/>
        <source>Edit caption</source>
        <translation>تعديل الوصف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="246"/>
        <source>Caption</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="251"/>
        <source>Delete this post?</source>
        <translation>حذف هذا المنشور؟</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="260"/>
        <source>It disappears for everyone, with its comments.</source>
        <translation>سيختفي لدى الجميع مع تعليقاته.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="19"/>
        <source>Profile</source>
        <translation>الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="53"/>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="54"/>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="97"/>
        <source>%1 posts</source>
        <translation>المنشورات: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="98"/>
        <source>%1 followers</source>
        <translation>المتابِعون: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="99"/>
        <source>%1 following</source>
        <translation>يتابع: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="111"/>
        <source>Unfollow</source>
        <translation>إلغاء المتابعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="111"/>
        <source>Follow</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="117"/>
        <source>Unblock</source>
        <translation>إلغاء الحظر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="117"/>
        <source>Block</source>
        <translation>حظر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="121"/>
        <source>Report</source>
        <translation>إبلاغ</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="122"/>
        <source>Report this account</source>
        <translation>أبلغ عن هذا الحساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="129"/>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="225"/>
        <source>Edit profile</source>
        <translation>تعديل الملف الشخصي</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="133"/>
        <source>Change picture</source>
        <translation>تغيير الصورة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="147"/>
        <source>From the server: you do not follow this account.</source>
        <translation>من الخادم: أنت لا تتابع هذا الحساب.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="175"/>
        <source>Open post</source>
        <translation>فتح المنشور</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="189"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%n صور</numerusform>
            <numerusform>%n صورة</numerusform>
            <numerusform>%n صورة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="199"/>
        <source>Choose a picture</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="200"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>الصور (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="205"/>
        <source>Block @%1?</source>
        <translation>حظر @%1؟</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="220"/>
        <source>You stop following each other. They cannot follow you, like or comment on your posts, and you will not be notified about them.</source>
        <translation>سيتوقف كلٌّ منكما عن متابعة الآخر. لن يتمكن من متابعتك أو الإعجاب بمنشوراتك أو التعليق عليها، ولن تتلقى إشعارات بشأنه.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="237"/>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="242"/>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="244"/>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="251"/>
        <source>Bio</source>
        <translation>نبذة</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="24"/>
        <source>Report this %1</source>
        <translation>الإبلاغ عن: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="33"/>
        <source>What is wrong with it?</source>
        <translation>ما المشكلة فيه؟</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="50"/>
        <source>Anything the moderators should know (optional)</source>
        <translation>ما يجب أن يعرفه المشرفون (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="51"/>
        <source>Note for the moderators</source>
        <translation>ملاحظة للمشرفين</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="54"/>
        <source>Only moderators see who reported; the person reported never does.</source>
        <translation>يرى المشرفون وحدهم من أبلغ؛ ولا يراه الشخص المُبلَّغ عنه أبدًا.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="62"/>
        <source>Send report</source>
        <translation>أرسل البلاغ</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="29"/>
        <source>Every reason</source>
        <translation>كل الأسباب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="30"/>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="201"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="36"/>
        <source>Oldest first</source>
        <translation>الأقدم أولًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="36"/>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="36"/>
        <source>Most reporters</source>
        <translation>الأكثر إبلاغًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="37"/>
        <source>Sort by</source>
        <translation>ترتيب حسب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="57"/>
        <source>Include in a decision on several</source>
        <translation>ضمّ إلى قرار جماعي</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="68"/>
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>لا مبلّغين</numerusform>
            <numerusform>مبلّغ واحد</numerusform>
            <numerusform>مبلّغان</numerusform>
            <numerusform>%n مبلّغين</numerusform>
            <numerusform>%n مبلّغًا</numerusform>
            <numerusform>%n مبلّغ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="75"/>
        <source>(no text)</source>
        <translation>(بلا نص)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="96"/>
        <source>Nothing to review.</source>
        <translation>لا شيء للمراجعة.</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="101"/>
        <source>%n ticked: the decision on the right applies to all of them.</source>
        <translation>
            <numerusform>لا شيء محدد</numerusform>
            <numerusform>عنصر محدد: ينطبق القرار على اليمين عليه.</numerusform>
            <numerusform>عنصران محددان: ينطبق القرار عليهما.</numerusform>
            <numerusform>%n عناصر محددة: ينطبق القرار عليها كلها.</numerusform>
            <numerusform>%n عنصرًا محددًا: ينطبق القرار عليها كلها.</numerusform>
            <numerusform>%n عنصر محدد: ينطبق القرار عليها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="128"/>
        <source>%1 by @%2</source>
        <translation>%1 من @%2</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="136"/>
        <source>Waiting for review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="137"/>
        <source>Already %1</source>
        <translation>سبق: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="170"/>
        <source>Reports</source>
        <translation>البلاغات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="181"/>
        <source>decided</source>
        <translation>تم البت</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="188"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="194"/>
        <source>Rule, e.g. 3.1 Spam</source>
        <translation>القاعدة، مثل 3.1 رسائل مزعجة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="195"/>
        <source>Rule</source>
        <translation>القاعدة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="200"/>
        <source>Reason the author is told</source>
        <translation>السبب الذي يُبلَّغ به الكاتب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="209"/>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="214"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="220"/>
        <source>Approve</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="225"/>
        <source>Dismiss reports</source>
        <translation>رفض البلاغات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="235"/>
        <source>The author:</source>
        <translation>الكاتب:</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="240"/>
        <source>Warn</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="245"/>
        <source>Limit</source>
        <translation>تقييد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="254"/>
        <source>Days of suspension</source>
        <translation>أيام التعليق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="257"/>
        <source>Suspend</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="262"/>
        <source>Ban</source>
        <translation>حظر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="279"/>
        <source>Choose a report to see it in context.</source>
        <translation>اختر بلاغًا لتراه في سياقه.</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="16"/>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="32"/>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="31"/>
        <source>Search people, #tags and posts</source>
        <translation>ابحث عن أشخاص و#وسوم ومنشورات</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="56"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>لا منشورات</numerusform>
            <numerusform>منشور واحد</numerusform>
            <numerusform>منشوران</numerusform>
            <numerusform>%n منشورات</numerusform>
            <numerusform>%n منشوراً</numerusform>
            <numerusform>%n منشور</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="84"/>
        <source>Type to search. Results on this device appear at once, even offline.</source>
        <translation>اكتب للبحث. تظهر النتائج الموجودة على هذا الجهاز فوراً، حتى دون اتصال.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="87"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="89"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="91"/>
        <source>Posts</source>
        <translation>المنشورات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="95"/>
        <source>Nothing on this device matches.</source>
        <translation>لا توجد نتائج مطابقة على هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="104"/>
        <source>From the server: searching…</source>
        <translation>من الخادم: جارٍ البحث…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="105"/>
        <source>From the server: not reachable (offline?). The results above are from this device.</source>
        <translation>من الخادم: تعذّر الوصول (غير متصل؟). النتائج أعلاه من هذا الجهاز.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="107"/>
        <source>From the server: nothing more.</source>
        <translation>من الخادم: لا مزيد من النتائج.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="108"/>
        <source>From the server</source>
        <translation>من الخادم</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="22"/>
        <source>Server: %1</source>
        <translation>الخادم: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="27"/>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="42"/>
        <source>Switch account</source>
        <translation>تبديل الحساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="46"/>
        <source>Add account</source>
        <translation>إضافة حساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="47"/>
        <source>Sign in to another account</source>
        <translation>تسجيل الدخول إلى حساب آخر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="51"/>
        <source>Account standing</source>
        <translation>وضع الحساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="52"/>
        <source>Moderators&apos; actions on this account, and appeals</source>
        <translation>إجراءات المشرفين على هذا الحساب والاعتراضات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="58"/>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="63"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="60"/>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="60"/>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="60"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="69"/>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="75"/>
        <source>Theme</source>
        <translation>المظهر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="72"/>
        <source>Follow the system</source>
        <translation>مثل النظام</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="72"/>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="72"/>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="81"/>
        <source>Desktop notifications</source>
        <translation>إشعارات سطح المكتب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="89"/>
        <source>Show others when I am online</source>
        <translation>إظهار حالة اتصالي للآخرين</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="98"/>
        <source>Local cache: %1</source>
        <translation>الذاكرة المؤقتة المحلية: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="101"/>
        <source>Clear cache</source>
        <translation>مسح الذاكرة المؤقتة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="102"/>
        <source>Clear the local cache (unsent changes are kept)</source>
        <translation>مسح الذاكرة المؤقتة المحلية (تبقى التغييرات غير المرسلة)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="107"/>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
</context>
<context>
    <name>ShopHeader</name>
    <message>
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="42"/>
        <source>Loading the shop…</source>
        <translation>جارٍ تحميل المتجر…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="49"/>
        <source>by @%1</source>
        <translation>من @%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="51"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>لا منتجات</numerusform>
            <numerusform>منتج واحد</numerusform>
            <numerusform>منتجان</numerusform>
            <numerusform>%n منتجات</numerusform>
            <numerusform>%n منتجًا</numerusform>
            <numerusform>%n منتج</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="64"/>
        <source>All shops</source>
        <translation>كل المتاجر</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="17"/>
        <source>My shop</source>
        <translation>متجري</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="43"/>
        <source>Open a shop</source>
        <translation>افتح متجرًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="48"/>
        <source>Tell the moderators about your shop and attach a document that shows your business (PDF or image). Only you and the moderators can see the documents.</source>
        <translation>عرّف المشرفين بمتجرك وأرفق مستندًا يثبت نشاطك التجاري (PDF أو صورة). لا يرى المستندات إلا أنت والمشرفون.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="55"/>
        <source>Your request is waiting for a moderator.</source>
        <translation>طلبك بانتظار مشرف.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="56"/>
        <source>Your last request was declined: %1</source>
        <translation>رُفض طلبك الأخير: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="57"/>
        <source>Your request was approved.</source>
        <translation>قُبل طلبك.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="65"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="66"/>
        <source>Shop name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="74"/>
        <source>What do you sell?</source>
        <translation>ماذا تبيع؟</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="75"/>
        <source>Shop description</source>
        <translation>وصف المتجر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="79"/>
        <source>Attach documents…</source>
        <translation>أرفق مستندات…</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="83"/>
        <source>%n document(s) attached</source>
        <translation>
            <numerusform>لا مستندات مرفقة</numerusform>
            <numerusform>مستند واحد مرفق</numerusform>
            <numerusform>مستندان مرفقان</numerusform>
            <numerusform>%n مستندات مرفقة</numerusform>
            <numerusform>%n مستندًا مرفقًا</numerusform>
            <numerusform>%n مستند مرفق</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="87"/>
        <source>Apply</source>
        <translation>قدّم الطلب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="104"/>
        <source>Choose documents</source>
        <translation>اختر مستندات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="106"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.webp)</source>
        <translation>مستندات (*.pdf *.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="115"/>
        <source>Products</source>
        <translation>المنتجات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="116"/>
        <source>Orders (%1)</source>
        <translation>الطلبات (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="117"/>
        <source>Alerts (%1)</source>
        <translation>التنبيهات (%1)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="145"/>
        <source>Profile…</source>
        <translation>الملف…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="146"/>
        <source>Edit the shop&apos;s profile</source>
        <translation>عدّل ملف المتجر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="150"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="154"/>
        <source>Import CSV…</source>
        <translation>استيراد CSV…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="158"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="450"/>
        <source>New product</source>
        <translation>منتج جديد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="174"/>
        <source>Nothing was imported:</source>
        <translation>لم يُستورد شيء:</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="175"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…ولا شيء آخر</numerusform>
            <numerusform>…وواحد آخر</numerusform>
            <numerusform>…واثنان آخران</numerusform>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…و%n أخرى</numerusform>
            <numerusform>…و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="183"/>
        <source>Export the inventory</source>
        <translation>تصدير المخزون</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="186"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="193"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="191"/>
        <source>Import an inventory</source>
        <translation>استيراد مخزون</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="230"/>
        <source>Image %1</source>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="234"/>
        <source>Images…</source>
        <translation>صور…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="235"/>
        <source>Add images to %1</source>
        <translation>أضف صورًا إلى %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="254"/>
        <source>Removed by a moderator</source>
        <translation>أزاله مشرف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="255"/>
        <source>Hidden by a moderator</source>
        <translation>أخفاه مشرف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="256"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="493"/>
        <source>On sale</source>
        <translation>معروض للبيع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="257"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="493"/>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="257"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="493"/>
        <source>Archived</source>
        <translation>مؤرشف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="262"/>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="280"/>
        <source>Stock: %1</source>
        <translation>المخزون: %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="285"/>
        <source>Sold one</source>
        <translation>بيعت واحدة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="286"/>
        <source>sold in person</source>
        <translation>بيع مباشر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="294"/>
        <source>Units received</source>
        <translation>الوحدات المستلمة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="297"/>
        <source>Received</source>
        <translation>استُلم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="298"/>
        <source>received</source>
        <translation>استلام</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="303"/>
        <source>Count</source>
        <translation>العدّ</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="305"/>
        <source>Counted on the shelf</source>
        <translation>المعدود على الرف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="316"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="317"/>
        <source>New variant SKU</source>
        <translation>رمز SKU للنوع الجديد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="321"/>
        <source>Name (size, colour)</source>
        <translation>الاسم (المقاس، اللون)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="322"/>
        <source>New variant name</source>
        <translation>اسم النوع الجديد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="325"/>
        <source>Add variant</source>
        <translation>أضف نوعًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="338"/>
        <source>No products yet.</source>
        <translation>لا منتجات بعد.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="372"/>
        <source>Mark paid</source>
        <translation>علّم كمدفوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="378"/>
        <source>Tracking (optional)</source>
        <translation>رقم التتبع (اختياري)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="379"/>
        <source>Tracking number</source>
        <translation>رقم التتبع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="383"/>
        <source>Mark shipped</source>
        <translation>علّم كمشحون</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="388"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="394"/>
        <source>Refund</source>
        <translation>استرداد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="403"/>
        <source>No orders yet.</source>
        <translation>لا طلبات بعد.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="416"/>
        <source>%1 (%2) is at %3: sales recorded offline went past the stock. Count it and correct it.</source>
        <translation>المنتج %1 (%2) عند %3: تجاوزت المبيعات المسجلة دون اتصال المخزون. عُدّه وصحّحه.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="422"/>
        <source>Nothing to reconcile.</source>
        <translation>لا شيء لتسويته.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="430"/>
        <source>Choose images</source>
        <translation>اختر صورًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="432"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>صور (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="450"/>
        <source>Edit product</source>
        <translation>تعديل المنتج</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="471"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="472"/>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="473"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="474"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="475"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="483"/>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="479"/>
        <source>Not filed</source>
        <translation>بلا فئة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="485"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="487"/>
        <source>Price</source>
        <translation>السعر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="488"/>
        <source>Currency</source>
        <translation>العملة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="490"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="494"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ShopProfileDialog</name>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="14"/>
        <source>Shop profile</source>
        <translation>ملف المتجر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="25"/>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="41"/>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="45"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="50"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="55"/>
        <source>Shop name</source>
        <translation>اسم المتجر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="57"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="63"/>
        <source>Shop description</source>
        <translation>وصف المتجر</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="69"/>
        <source>Choose a logo</source>
        <translation>اختر شعارًا</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="70"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation>صور (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
</context>
<context>
    <name>ShopRequestsView</name>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="42"/>
        <source>Applied %1</source>
        <translation>قُدّم %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="54"/>
        <source>Open document %1</source>
        <translation>افتح المستند %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="63"/>
        <source>Reason (needed to reject)</source>
        <translation>السبب (مطلوب للرفض)</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="64"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="67"/>
        <source>Approve</source>
        <translation>قبول</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="71"/>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="82"/>
        <source>No shop requests waiting.</source>
        <translation>لا طلبات متاجر بانتظار القرار.</translation>
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
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="71"/>
        <source>Create account</source>
        <translation>إنشاء حساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="71"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="81"/>
        <source>I have an account</source>
        <translation>لدي حساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="81"/>
        <source>Create an account</source>
        <translation>إنشاء حساب</translation>
    </message>
</context>
<context>
    <name>Souk::App::ChatController</name>
    <message>
        <location filename="../app/ChatController.cpp" line="113"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../app/ChatController.cpp" line="114"/>
        <source>Away</source>
        <translation>بعيد</translation>
    </message>
    <message>
        <location filename="../app/ChatController.cpp" line="129"/>
        <source>Just you</source>
        <translation>أنت فقط</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ChatController.cpp" line="279"/>
        <source>A message has at most %n images.</source>
        <translation>
            <numerusform>لا صور في الرسالة.</numerusform>
            <numerusform>للرسالة صورة واحدة على الأكثر.</numerusform>
            <numerusform>للرسالة صورتان على الأكثر.</numerusform>
            <numerusform>للرسالة %n صور على الأكثر.</numerusform>
            <numerusform>للرسالة %n صورة على الأكثر.</numerusform>
            <numerusform>للرسالة %n صورة على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ChatController.cpp" line="286"/>
        <source>%1 cannot be read.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <location filename="../app/ChatController.cpp" line="359"/>
        <source>Add at least one person.</source>
        <translation>أضف شخصًا واحدًا على الأقل.</translation>
    </message>
</context>
<context>
    <name>Souk::App::ComposerController</name>
    <message numerus="yes">
        <location filename="../app/ComposerController.cpp" line="133"/>
        <source>A post has at most %n images.</source>
        <translation>
            <numerusform>لا يمكن إضافة صور إلى المنشور.</numerusform>
            <numerusform>يتسع المنشور لصورة واحدة كحد أقصى.</numerusform>
            <numerusform>يتسع المنشور لصورتين كحد أقصى.</numerusform>
            <numerusform>يتسع المنشور لـ %n صور كحد أقصى.</numerusform>
            <numerusform>يتسع المنشور لـ %n صورة كحد أقصى.</numerusform>
            <numerusform>يتسع المنشور لـ %n صورة كحد أقصى.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ComposerController.cpp" line="142"/>
        <source>This image is already in the post.</source>
        <translation>هذه الصورة موجودة في المنشور بالفعل.</translation>
    </message>
    <message>
        <location filename="../app/ComposerController.cpp" line="158"/>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <location filename="../app/ComposerController.cpp" line="171"/>
        <source>There is no image on the clipboard.</source>
        <translation>لا توجد صورة في الحافظة.</translation>
    </message>
</context>
<context>
    <name>Souk::App::DesktopIntegration</name>
    <message numerus="yes">
        <location filename="../app/DesktopIntegration.cpp" line="61"/>
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
    <message numerus="yes">
        <location filename="../app/DesktopIntegration.cpp" line="64"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>لا إشعارات غير مقروءة</numerusform>
            <numerusform>إشعار واحد غير مقروء</numerusform>
            <numerusform>إشعاران غير مقروءين</numerusform>
            <numerusform>%n إشعارات غير مقروءة</numerusform>
            <numerusform>%n إشعاراً غير مقروء</numerusform>
            <numerusform>%n إشعار غير مقروء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/DesktopIntegration.cpp" line="66"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>لا رسائل غير مقروءة</numerusform>
            <numerusform>رسالة غير مقروءة</numerusform>
            <numerusform>رسالتان غير مقروءتين</numerusform>
            <numerusform>%n رسائل غير مقروءة</numerusform>
            <numerusform>%n رسالة غير مقروءة</numerusform>
            <numerusform>%n رسالة غير مقروءة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Souk::App::LocalData</name>
    <message>
        <location filename="../app/LocalData.cpp" line="35"/>
        <source>The local database cannot be read: %1</source>
        <translation>تتعذّر قراءة قاعدة البيانات المحلية: %1</translation>
    </message>
</context>
<context>
    <name>Souk::App::MarketController</name>
    <message>
        <location filename="../app/MarketController.cpp" line="265"/>
        <source>No longer sold</source>
        <translation>لم يعد معروضًا</translation>
    </message>
    <message>
        <location filename="../app/MarketController.cpp" line="267"/>
        <source>This variant is no longer sold</source>
        <translation>هذا النوع لم يعد معروضًا</translation>
    </message>
    <message>
        <location filename="../app/MarketController.cpp" line="269"/>
        <source>Out of stock</source>
        <translation>نفد المخزون</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MarketController.cpp" line="269"/>
        <source>Only %n left</source>
        <translation>
            <numerusform>لم يبقَ شيء</numerusform>
            <numerusform>بقيت واحدة فقط</numerusform>
            <numerusform>بقيت اثنتان فقط</numerusform>
            <numerusform>بقي %n فقط</numerusform>
            <numerusform>بقي %n فقط</numerusform>
            <numerusform>بقي %n فقط</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/MarketController.cpp" line="276"/>
        <location filename="../app/MarketController.cpp" line="293"/>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <location filename="../app/MarketController.cpp" line="373"/>
        <source>Nothing in the cart can be ordered now.</source>
        <translation>لا شيء في السلة يمكن طلبه الآن.</translation>
    </message>
</context>
<context>
    <name>Souk::App::ModerationController</name>
    <message>
        <location filename="../app/ModerationController.cpp" line="198"/>
        <source>Choose something from the queue first.</source>
        <translation>اختر شيئًا من القائمة أولًا.</translation>
    </message>
    <message>
        <location filename="../app/ModerationController.cpp" line="255"/>
        <source>This needs the server, which cannot be reached now.</source>
        <translation>يحتاج هذا إلى الخادم، وهو غير متاح الآن.</translation>
    </message>
    <message>
        <location filename="../app/ModerationController.cpp" line="383"/>
        <source>The document could not be saved: %1</source>
        <translation>تعذّر حفظ المستند: %1</translation>
    </message>
</context>
<context>
    <name>Souk::App::NotificationsModel</name>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="77"/>
        <source>%1 liked your post</source>
        <translation>أُعجب %1 بمنشورك</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="79"/>
        <source>%1 commented on your post</source>
        <translation>علّق %1 على منشورك</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="81"/>
        <source>%1 replied to your comment</source>
        <translation>ردّ %1 على تعليقك</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="83"/>
        <source>%1 started following you</source>
        <translation>بدأ %1 بمتابعتك</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="85"/>
        <source>%1 mentioned you</source>
        <translation>أشار %1 إليك</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="87"/>
        <source>%1 applied to open the shop “%2”</source>
        <translation>طلب %1 فتح المتجر «%2»</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="89"/>
        <source>Your shop “%1” is open</source>
        <translation>متجرك «%1» مفتوح</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="91"/>
        <source>Your shop request was declined: %1</source>
        <translation>رُفض طلب متجرك: %1</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="93"/>
        <source>%1 placed an order: %2</source>
        <translation>قدّم %1 طلبًا: %2</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="95"/>
        <source>%1 confirmed your payment: %2</source>
        <translation>أكّد %1 دفعتك: %2</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="97"/>
        <source>%1 shipped your order: %2</source>
        <translation>شحن %1 طلبك: %2</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="99"/>
        <source>%1 received the order: %2</source>
        <translation>استلم %1 الطلب: %2</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="101"/>
        <source>%1 cancelled the order: %2</source>
        <translation>ألغى %1 الطلب: %2</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="103"/>
        <source>%1 refunded the order: %2</source>
        <translation>ردّ %1 مبلغ الطلب: %2</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="106"/>
        <source>A moderator hid your content. %1</source>
        <translation>أخفى مشرف محتواك. %1</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="107"/>
        <source>A moderator removed your content. %1</source>
        <translation>أزال مشرف محتواك. %1</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="108"/>
        <source>A moderator warned you. %1</source>
        <translation>حذّرك مشرف. %1</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="109"/>
        <source>Your new posts now wait for review. %1</source>
        <translation>منشوراتك الجديدة تنتظر المراجعة الآن. %1</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="110"/>
        <source>Your account was suspended. %1</source>
        <translation>عُلّق حسابك. %1</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="111"/>
        <source>Your account was banned. %1</source>
        <translation>حُظر حسابك. %1</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="112"/>
        <source>The restrictions on your account were lifted. %1</source>
        <translation>رُفعت القيود عن حسابك. %1</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="113"/>
        <source>A moderator answered your appeal: %1</source>
        <translation>ردّ مشرف على اعتراضك: %1</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="114"/>
        <source>Your appeal was upheld: %1</source>
        <translation>قُبل اعتراضك: %1</translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="115"/>
        <source>Your appeal was denied: %1</source>
        <translation>رُفض اعتراضك: %1</translation>
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
    <message>
        <location filename="../app/Notifier.cpp" line="29"/>
        <source>New message</source>
        <translation>رسالة جديدة</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Notifier.cpp" line="29"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>لا رسائل جديدة</numerusform>
            <numerusform>رسالة جديدة</numerusform>
            <numerusform>رسالتان جديدتان</numerusform>
            <numerusform>%n رسائل جديدة</numerusform>
            <numerusform>%n رسالة جديدة</numerusform>
            <numerusform>%n رسالة جديدة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="36"/>
        <source>Souk</source>
        <translation>سوق</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Notifier.cpp" line="36"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>لا إشعارات جديدة</numerusform>
            <numerusform>إشعار جديد واحد</numerusform>
            <numerusform>إشعاران جديدان</numerusform>
            <numerusform>%n إشعارات جديدة</numerusform>
            <numerusform>%n إشعاراً جديداً</numerusform>
            <numerusform>%n إشعار جديد</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Souk::App::ProfileController</name>
    <message>
        <location filename="../app/ProfileController.cpp" line="125"/>
        <source>The image cannot be read.</source>
        <translation>تتعذّر قراءة الصورة.</translation>
    </message>
</context>
<context>
    <name>Souk::App::SessionController</name>
    <message>
        <location filename="../app/SessionController.cpp" line="64"/>
        <location filename="../app/SessionController.cpp" line="73"/>
        <location filename="../app/SessionController.cpp" line="91"/>
        <source>Sign in before making changes.</source>
        <translation>سجّل الدخول قبل إجراء أي تغييرات.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="128"/>
        <source>A moderator has restricted this account. %1</source>
        <translation>قيّد مشرف هذا الحساب. %1</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="130"/>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation>تعذّر الوصول إلى الخادم على %1. تحقّق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="133"/>
        <source>That username or password is not right.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="135"/>
        <source>That username is taken; choose another.</source>
        <translation>اسم المستخدم هذا مستخدم؛ اختر اسماً آخر.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="137"/>
        <source>An account with that email address exists already.</source>
        <translation>يوجد حساب بهذا البريد الإلكتروني بالفعل.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="140"/>
        <source>Choose a stronger password: at least 8 characters, not a common one.</source>
        <translation>اختر كلمة مرور أقوى: 8 أحرف على الأقل وليست شائعة.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="142"/>
        <source>Usernames are 3 to 30 letters, digits, dots or underscores.</source>
        <translation>أسماء المستخدمين من 3 إلى 30 حرفاً أو رقماً أو نقطة أو شرطة سفلية.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="144"/>
        <source>That email address does not look right.</source>
        <translation>يبدو أن هذا البريد الإلكتروني غير صحيح.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="146"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation>محاولات كثيرة جداً. انتظر دقيقة ثم حاول مجدداً.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="147"/>
        <source>The server refused the request (%1).</source>
        <translation>رفض الخادم الطلب (%1).</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="195"/>
        <source>The system keychain is not available, so you need to sign in again.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة، لذا عليك تسجيل الدخول مجدداً.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="306"/>
        <source>The system keychain is not available. Sign in for this session only, or set up a keychain.</source>
        <translation>سلسلة مفاتيح النظام غير متاحة. سجّل الدخول لهذه الجلسة فقط، أو قم بإعداد سلسلة مفاتيح.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="357"/>
        <source>A moderator has suspended or banned this account. Sign in to see why and until when.</source>
        <translation>علّق مشرف هذا الحساب أو حظره. سجّل الدخول لترى السبب وحتى متى.</translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="359"/>
        <source>This session has ended. Sign in again; your unsent changes are kept.</source>
        <translation>انتهت هذه الجلسة. سجّل الدخول مجدداً؛ تغييراتك غير المرسلة محفوظة.</translation>
    </message>
</context>
<context>
    <name>Souk::App::SetAsideModel</name>
    <message>
        <location filename="../app/SetAsideModel.cpp" line="35"/>
        <source>Message %1</source>
        <translation>رسالة %1</translation>
    </message>
    <message>
        <location filename="../app/SetAsideModel.cpp" line="37"/>
        <source>Comment %1</source>
        <translation>تعليق %1</translation>
    </message>
    <message>
        <location filename="../app/SetAsideModel.cpp" line="39"/>
        <source>Post %1</source>
        <translation>منشور %1</translation>
    </message>
</context>
<context>
    <name>Souk::App::ShopController</name>
    <message>
        <location filename="../app/ShopController.cpp" line="136"/>
        <source>Write a price such as 12.50, without a currency sign.</source>
        <translation>اكتب سعرًا مثل 12.50 دون رمز العملة.</translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="225"/>
        <source>A product has at most 10 images.</source>
        <translation>للمنتج 10 صور على الأكثر.</translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="291"/>
        <source>%1 cannot be written.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="336"/>
        <source>line %1: %2 has another price, currency or status on line %3</source>
        <translation>السطر %1: للمنتج %2 سعر أو عملة أو حالة أخرى في السطر %3</translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="368"/>
        <source>%1 is new: saved as a draft until it has an image.</source>
        <translation>%1 جديد: حُفظ كمسودة إلى أن تُضاف له صورة.</translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="381"/>
        <source>line %1: the SKU %2 belongs to another product</source>
        <translation>السطر %1: رمز SKU ‏%2 يخص منتجًا آخر</translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="394"/>
        <source>line %1: a count cannot be below zero</source>
        <translation>السطر %1: لا يمكن أن يكون العدّ أقل من صفر</translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="405"/>
        <source>line %1: a new variant cannot start below zero</source>
        <translation>السطر %1: لا يمكن أن يبدأ نوع جديد بأقل من صفر</translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="459"/>
        <source>Attach at least one document that shows your business.</source>
        <translation>أرفق مستندًا واحدًا على الأقل يثبت نشاطك التجاري.</translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="163"/>
        <location filename="../app/ShopController.cpp" line="230"/>
        <location filename="../app/ShopController.cpp" line="301"/>
        <location filename="../app/ShopController.cpp" line="469"/>
        <source>%1 cannot be read.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="484"/>
        <source>The server is not reachable; applying needs it.</source>
        <translation>تعذّر الوصول إلى الخادم؛ يحتاجه تقديم الطلب.</translation>
    </message>
</context>
<context>
    <name>Souk::App::UserLookup</name>
    <message>
        <location filename="../app/UserLookup.h" line="20"/>
        <source>Sign in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <location filename="../app/UserLookup.h" line="39"/>
        <source>The server is not reachable; try again online.</source>
        <translation>تعذّر الوصول إلى الخادم؛ حاول مجددًا عند الاتصال.</translation>
    </message>
    <message>
        <location filename="../app/UserLookup.h" line="42"/>
        <source>There is no user @%1.</source>
        <translation>لا يوجد مستخدم ‎@%1.</translation>
    </message>
</context>
<context>
    <name>StandingPage</name>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="16"/>
        <source>Account standing</source>
        <translation>وضع الحساب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="34"/>
        <source>‹ Back</source>
        <translation>‹ رجوع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="66"/>
        <source>Your account is in good standing: no moderator has acted on it.</source>
        <translation>حسابك بوضع جيد: لم يتخذ أي مشرف إجراءً بحقه.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="82"/>
        <source>Think this was a mistake? You can appeal once; explain what happened.</source>
        <translation>هل تظنه خطأ؟ يمكنك الاعتراض مرة واحدة؛ اشرح ما حدث.</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="90"/>
        <source>Why should this be reversed?</source>
        <translation>لماذا يجب إلغاء هذا؟</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="91"/>
        <source>Add to your appeal</source>
        <translation>أضف إلى اعتراضك</translation>
    </message>
</context>
<context>
    <name>StrikeCard</name>
    <message>
        <location filename="../qml/Souk/Shell/StrikeCard.qml" line="28"/>
        <source>until %1</source>
        <translation>حتى %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StrikeCard.qml" line="34"/>
        <source>Overturned</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StrikeCard.qml" line="48"/>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="34"/>
        <source>Online</source>
        <translation>متصل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="35"/>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="35"/>
        <source>Offline</source>
        <translation>غير متصل</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="36"/>
        <source>Sync status: %1</source>
        <translation>حالة المزامنة: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="41"/>
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
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="49"/>
        <source>Downloading your data</source>
        <translation>جارٍ تنزيل بياناتك</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="53"/>
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
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="57"/>
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
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="67"/>
        <source>Signed in as %1</source>
        <translation>متصل باسم %1</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="23"/>
        <source>Username or email</source>
        <translation>اسم المستخدم أو البريد</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="24"/>
        <source>Search users</source>
        <translation>ابحث عن مستخدمين</translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/UsersView.qml" line="41"/>
        <source>%n strike(s)</source>
        <translation>
            <numerusform>لا مخالفات</numerusform>
            <numerusform>مخالفة واحدة</numerusform>
            <numerusform>مخالفتان</numerusform>
            <numerusform>%n مخالفات</numerusform>
            <numerusform>%n مخالفة</numerusform>
            <numerusform>%n مخالفة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="42"/>
        <source>banned</source>
        <translation>محظور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="72"/>
        <source>%1 · joined %2</source>
        <translation>%1 · انضم في %2</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="80"/>
        <source>Banned</source>
        <translation>محظور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="82"/>
        <source>Suspended until %1</source>
        <translation>معلّق حتى %1</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="83"/>
        <source>Limited: new posts are reviewed</source>
        <translation>مقيّد: المنشورات الجديدة تُراجع</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="91"/>
        <source>End all sessions</source>
        <translation>أنهِ كل الجلسات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="100"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="104"/>
        <source>Change role</source>
        <translation>غيّر الدور</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="113"/>
        <source>Reason the user is told</source>
        <translation>السبب الذي يُبلَّغ به المستخدم</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="114"/>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="120"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="128"/>
        <source>Days of suspension</source>
        <translation>أيام التعليق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="131"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="141"/>
        <source>Strikes</source>
        <translation>المخالفات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="159"/>
        <source>Reports against this account: %1 · filed by it: %2</source>
        <translation>بلاغات ضد هذا الحساب: %1 · قدّمها: %2</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="164"/>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="172"/>
        <source>Signed in %1, last used %2</source>
        <translation>سجّل الدخول %1، آخر استخدام %2</translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="175"/>
        <source>ended (%1)</source>
        <translation>انتهت (%1)</translation>
    </message>
</context>
</TS>
