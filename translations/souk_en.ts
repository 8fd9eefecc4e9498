<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalyticsView</name>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="24"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="25"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="26"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="41"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="70"/>
        <source>Daily active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="72"/>
        <source>%1 different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="76"/>
        <source>New accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="82"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="88"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="94"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="103"/>
        <source>Revenue in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="112"/>
        <source>Reports opened (blue) and resolved (green)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="115"/>
        <source>%1 opened, %2 resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="120"/>
        <source>Median time to resolve a report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AnalyticsView.qml" line="121"/>
        <source>No report was resolved in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealThread</name>
    <message>
        <location filename="../qml/Souk/Shell/AppealThread.qml" line="15"/>
        <source>Write a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealThread.qml" line="46"/>
        <source>Moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealThread.qml" line="46"/>
        <source>Appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealThread.qml" line="76"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppealsView</name>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="46"/>
        <source>No open appeals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="77"/>
        <source>Reply, or ask for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="83"/>
        <source>What the user is told with the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="84"/>
        <source>Decision message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="88"/>
        <source>Uphold: reverse the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AppealsView.qml" line="93"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="19"/>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="20"/>
        <source>Moderator&apos;s username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="25"/>
        <source>Action, e.g. hide_content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="26"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="30"/>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/AuditView.qml" line="77"/>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Avatar</name>
    <message>
        <location filename="../qml/Souk/Shell/Avatar.qml" line="21"/>
        <source>Picture of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Avatar.qml" line="58"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Avatar.qml" line="58"/>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogBar</name>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="31"/>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="32"/>
        <source>Search products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="39"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="42"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="48"/>
        <source>Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="48"/>
        <source>Price: low to high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="48"/>
        <source>Price: high to low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="49"/>
        <source>Best rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="50"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="55"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="59"/>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="60"/>
        <source>Lowest price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="68"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="69"/>
        <source>Highest price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="77"/>
        <source>Currency of the price range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/CatalogBar.qml" line="82"/>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogFilter</name>
    <message>
        <location filename="../app/CatalogFilter.cpp" line="32"/>
        <source>Write a price such as 12.50, without a currency sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryTree</name>
    <message>
        <location filename="../app/CategoryTree.cpp" line="18"/>
        <source>Art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="19"/>
        <source>Prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="20"/>
        <source>Paintings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="21"/>
        <source>Photography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="22"/>
        <source>Art supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="23"/>
        <source>Beauty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="24"/>
        <source>Skincare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="25"/>
        <source>Make-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="26"/>
        <source>Fragrance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="27"/>
        <source>Books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="28"/>
        <source>Fiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="29"/>
        <source>Non-fiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="30"/>
        <source>Children&apos;s books</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="31"/>
        <source>Electronics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="32"/>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="33"/>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="34"/>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="35"/>
        <source>Accessories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="36"/>
        <source>Fashion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="37"/>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="38"/>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="39"/>
        <source>Kids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="40"/>
        <source>Shoes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="41"/>
        <source>Bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="42"/>
        <source>Jewellery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="43"/>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="44"/>
        <source>Spices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="45"/>
        <source>Sweets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="46"/>
        <source>Drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="47"/>
        <source>Pantry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="48"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="49"/>
        <source>Kitchen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="50"/>
        <source>Decor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="51"/>
        <source>Rugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="52"/>
        <source>Furniture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="53"/>
        <source>Lighting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="54"/>
        <source>Garden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="55"/>
        <source>Sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="56"/>
        <source>Outdoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="57"/>
        <source>Fitness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="58"/>
        <source>Toys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="59"/>
        <source>Games</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="60"/>
        <source>Baby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/CategoryTree.cpp" line="61"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerPage</name>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="17"/>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="34"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="35"/>
        <source>Back (the draft is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="45"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="46"/>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="50"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="53"/>
        <source>Publish the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="64"/>
        <source>Choose images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="66"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="89"/>
        <source>This draft was also edited on another device; that version is kept too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="109"/>
        <source>Use this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="131"/>
        <source>Add images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="137"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="140"/>
        <source>Paste an image from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="144"/>
        <source>or drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="175"/>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="193"/>
        <source>Move image %1 earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="198"/>
        <source>Remove image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="204"/>
        <source>Move image %1 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="219"/>
        <source>Write a caption… #tags and @mentions work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="221"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="235"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="38"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="38"/>
        <source>Kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="44"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="45"/>
        <source>Retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="49"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="50"/>
        <source>Discard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="80"/>
        <source>%1 of %2 was changed in two places at once</source>
        <comment>field of entity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="92"/>
        <source>In place now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="98"/>
        <source>Value in place now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="104"/>
        <source>Overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="110"/>
        <source>Overwritten value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="117"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="118"/>
        <source>Keep the value in place now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="122"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="124"/>
        <source>Restore the overwritten value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="134"/>
        <source>No conflicts. When two devices change the same thing at once, both versions appear here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDetails</name>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="27"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="27"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="39"/>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="45"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="51"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="74"/>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="80"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="87"/>
        <source>Actions for @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="93"/>
        <source>Make admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="97"/>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="110"/>
        <source>Add people: @username, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="111"/>
        <source>People to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="116"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="126"/>
        <source>Leave group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedPage</name>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="15"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="29"/>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="30"/>
        <source>Explore recent posts from everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="34"/>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="36"/>
        <source>Write a new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="84"/>
        <source>Nothing here yet. Share your first photo, or follow people to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="19"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="19"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="19"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="20"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="21"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="22"/>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="286"/>
        <source>About my order %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="20"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="21"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="20"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="21"/>
        <source>My shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/HomePage.qml" line="209"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/HomePage.qml" line="229"/>
        <source>%1 (%n unread)</source>
        <translation>
            <numerusform>%1 (%n unread)</numerusform>
            <numerusform>%1 (%n unread)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../qml/Souk/Shell/Main.qml" line="21"/>
        <source>Souk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Main.qml" line="46"/>
        <source>Opening your account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketPage</name>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="21"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="45"/>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="46"/>
        <source>Cart (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="47"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="48"/>
        <source>Wishlist (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="80"/>
        <source>Offline: products saved on this device; prices and stock may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="81"/>
        <source>The catalog needs the server; your cart and orders work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="135"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="144"/>
        <source>No products match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="187"/>
        <source>Visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="189"/>
        <source>Open the shop&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="194"/>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="287"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="195"/>
        <source>Report this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="227"/>
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="228"/>
        <source>Choose a variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="229"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="238"/>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="333"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="241"/>
        <source>Add to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="248"/>
        <source>In wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="248"/>
        <source>Wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="251"/>
        <source>Remove from wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="252"/>
        <source>Add to wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="257"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="281"/>
        <source>Shop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="291"/>
        <source>Report this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="344"/>
        <source>Remove from cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="351"/>
        <source>Your cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="361"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="365"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="379"/>
        <source>Manual: cash on delivery or bank transfer. No payment is taken in the app; the shop confirms when it has been paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="397"/>
        <source>Checkout of %n item(s): waiting for the server, not placed yet</source>
        <translation>
            <numerusform>Checkout of %n item: waiting for the server, not placed yet</numerusform>
            <numerusform>Checkout of %n items: waiting for the server, not placed yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="405"/>
        <source>Your last checkout was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="411"/>
        <source>Place order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="463"/>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="468"/>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="469"/>
        <source>Your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="473"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="483"/>
        <source>Tracking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="499"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="504"/>
        <source>I received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="509"/>
        <source>Message seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="518"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="541"/>
        <source>Nothing on your wishlist yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="61"/>
        <source>Show the message this replies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="68"/>
        <source>Removed by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="69"/>
        <source>Message deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="92"/>
        <source>Image %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="113"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="121"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="125"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="132"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="134"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="136"/>
        <source>Seen by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="152"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="165"/>
        <source>Take back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="166"/>
        <source>React with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="177"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="183"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="189"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="33"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="51"/>
        <source>Message @username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="52"/>
        <source>Start a conversation with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="59"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="456"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="67"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="68"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="105"/>
        <source>No messages match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="121"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="164"/>
        <source>No conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="188"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="213"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="259"/>
        <source>Earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="289"/>
        <source>%1 is typing…</source>
        <translation>
            <numerusform>%1 is typing…</numerusform>
            <numerusform>%1 are typing…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="301"/>
        <source>Editing your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="302"/>
        <source>Replying to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="309"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="337"/>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="345"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="347"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="348"/>
        <source>Attach images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="355"/>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="357"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="363"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="363"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="393"/>
        <source>Choose a conversation, or message someone by their @username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="400"/>
        <source>Choose images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="402"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="446"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="468"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="469"/>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="475"/>
        <source>People: @username, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="476"/>
        <source>People in the group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="19"/>
        <source>Moderation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="23"/>
        <source>Queue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="24"/>
        <source>Appeals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="25"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="26"/>
        <source>Shop requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="27"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationPage.qml" line="28"/>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModerationText</name>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="8"/>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="9"/>
        <source>Harassment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="10"/>
        <source>Nudity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="11"/>
        <source>Violence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="12"/>
        <source>Counterfeit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="13"/>
        <source>Fraud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="14"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="15"/>
        <source>Needs review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="18"/>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="19"/>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="20"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="21"/>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="22"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="23"/>
        <source>Limited: new posts are reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="24"/>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="25"/>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="26"/>
        <source>Restrictions lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="29"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="30"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="31"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="32"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="33"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="34"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="37"/>
        <source>Appeal open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="38"/>
        <source>Appeal upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ModerationText.qml" line="39"/>
        <source>Appeal denied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../qml/Souk/Shell/NotificationsPage.qml" line="16"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/NotificationsPage.qml" line="30"/>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/NotificationsPage.qml" line="99"/>
        <source>No notifications yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="7"/>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="8"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="9"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="10"/>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="11"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/OrderStatus.qml" line="12"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostCard</name>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="62"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="71"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="78"/>
        <source>Pending: not yet on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="84"/>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="85"/>
        <source>Removed by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="86"/>
        <source>Hidden by a moderator, pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="115"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/PostCard.qml" line="155"/>
        <source>Unlike (%n like(s))</source>
        <translation>
            <numerusform>Unlike (%n like)</numerusform>
            <numerusform>Unlike (%n likes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/PostCard.qml" line="156"/>
        <source>Like (%n like(s))</source>
        <translation>
            <numerusform>Like (%n like)</numerusform>
            <numerusform>Like (%n likes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/PostCard.qml" line="160"/>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="161"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostGridPage</name>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="16"/>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="34"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="35"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="48"/>
        <source>Offline: showing this device only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="49"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="95"/>
        <source>Post by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="105"/>
        <source>No posts yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostPage</name>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="18"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="30"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="31"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="42"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="43"/>
        <source>Edit the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="48"/>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="160"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="49"/>
        <source>Delete this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="54"/>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="169"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="55"/>
        <source>Report this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="64"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="64"/>
        <source>This post does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="93"/>
        <source>Shown from the server: this post is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="97"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="102"/>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="132"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="140"/>
        <source>Removed by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="141"/>
        <source>Hidden by a moderator: only you see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="146"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="150"/>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="164"/>
        <source>Delete this comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="173"/>
        <source>Report this comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="191"/>
        <source>Replying to @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="196"/>
        <source>Cancel the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="204"/>
        <source>Add a comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="206"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="211"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="234"/>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="246"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="251"/>
        <source>Delete this post?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="260"/>
        <source>It disappears for everyone, with its comments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="19"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="53"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="54"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="97"/>
        <source>%1 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="98"/>
        <source>%1 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="99"/>
        <source>%1 following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="111"/>
        <source>Unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="111"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="117"/>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="117"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="121"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="122"/>
        <source>Report this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="129"/>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="225"/>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="133"/>
        <source>Change picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="147"/>
        <source>From the server: you do not follow this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="175"/>
        <source>Open post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="189"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="199"/>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="200"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="205"/>
        <source>Block @%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="220"/>
        <source>You stop following each other. They cannot follow you, like or comment on your posts, and you will not be notified about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="237"/>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="242"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="244"/>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="251"/>
        <source>Bio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="24"/>
        <source>Report this %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="33"/>
        <source>What is wrong with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="50"/>
        <source>Anything the moderators should know (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="51"/>
        <source>Note for the moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="54"/>
        <source>Only moderators see who reported; the person reported never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReportDialog.qml" line="62"/>
        <source>Send report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="29"/>
        <source>Every reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="30"/>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="201"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="36"/>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="36"/>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="36"/>
        <source>Most reporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="37"/>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="57"/>
        <source>Include in a decision on several</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="68"/>
        <source>%n reporter(s)</source>
        <translation>
            <numerusform>%n reporter</numerusform>
            <numerusform>%n reporters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="75"/>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="96"/>
        <source>Nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="101"/>
        <source>%n ticked: the decision on the right applies to all of them.</source>
        <translation>
            <numerusform>%n ticked: the decision on the right applies to all of them.</numerusform>
            <numerusform>%n ticked: the decision on the right applies to all of them.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="128"/>
        <source>%1 by @%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="136"/>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="137"/>
        <source>Already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="170"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="181"/>
        <source>decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="188"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="194"/>
        <source>Rule, e.g. 3.1 Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="195"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="200"/>
        <source>Reason the author is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="209"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="214"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="220"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="225"/>
        <source>Dismiss reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="235"/>
        <source>The author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="240"/>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="245"/>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="254"/>
        <source>Days of suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="257"/>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="262"/>
        <source>Ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ReviewQueue.qml" line="279"/>
        <source>Choose a report to see it in context.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="16"/>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="32"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="31"/>
        <source>Search people, #tags and posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="56"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="84"/>
        <source>Type to search. Results on this device appear at once, even offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="87"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="89"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="91"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="95"/>
        <source>Nothing on this device matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="104"/>
        <source>From the server: searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="105"/>
        <source>From the server: not reachable (offline?). The results above are from this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="107"/>
        <source>From the server: nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="108"/>
        <source>From the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="22"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="27"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="42"/>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="46"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="47"/>
        <source>Sign in to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="51"/>
        <source>Account standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="52"/>
        <source>Moderators&apos; actions on this account, and appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="58"/>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="63"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="60"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="60"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="60"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="69"/>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="75"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="72"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="72"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="72"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="81"/>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="89"/>
        <source>Show others when I am online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="98"/>
        <source>Local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="101"/>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="102"/>
        <source>Clear the local cache (unsent changes are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="107"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopHeader</name>
    <message>
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="42"/>
        <source>Loading the shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="49"/>
        <source>by @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="51"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="64"/>
        <source>All shops</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="17"/>
        <source>My shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="43"/>
        <source>Open a shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="48"/>
        <source>Tell the moderators about your shop and attach a document that shows your business (PDF or image). Only you and the moderators can see the documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="55"/>
        <source>Your request is waiting for a moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="56"/>
        <source>Your last request was declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="57"/>
        <source>Your request was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="65"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="66"/>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="74"/>
        <source>What do you sell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="75"/>
        <source>Shop description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="79"/>
        <source>Attach documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="83"/>
        <source>%n document(s) attached</source>
        <translation>
            <numerusform>%n document attached</numerusform>
            <numerusform>%n documents attached</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="87"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="104"/>
        <source>Choose documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="106"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="115"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="116"/>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="117"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="145"/>
        <source>Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="146"/>
        <source>Edit the shop&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="150"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="154"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="158"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="450"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="174"/>
        <source>Nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="175"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="183"/>
        <source>Export the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="186"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="193"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="191"/>
        <source>Import an inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="230"/>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="234"/>
        <source>Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="235"/>
        <source>Add images to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="254"/>
        <source>Removed by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="255"/>
        <source>Hidden by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="256"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="493"/>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="257"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="493"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="257"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="493"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="262"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="280"/>
        <source>Stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="285"/>
        <source>Sold one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="286"/>
        <source>sold in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="294"/>
        <source>Units received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="297"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="298"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="303"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="305"/>
        <source>Counted on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="316"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="317"/>
        <source>New variant SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="321"/>
        <source>Name (size, colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="322"/>
        <source>New variant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="325"/>
        <source>Add variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="338"/>
        <source>No products yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="372"/>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="378"/>
        <source>Tracking (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="379"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="383"/>
        <source>Mark shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="388"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="394"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="403"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="416"/>
        <source>%1 (%2) is at %3: sales recorded offline went past the stock. Count it and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="422"/>
        <source>Nothing to reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="430"/>
        <source>Choose images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="432"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="450"/>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="471"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="472"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="473"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="474"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="475"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="483"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="479"/>
        <source>Not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="485"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="487"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="488"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="490"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="494"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopProfileDialog</name>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="14"/>
        <source>Shop profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="25"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="41"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="45"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="50"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="55"/>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="57"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="63"/>
        <source>Shop description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="69"/>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="70"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopRequestsView</name>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="42"/>
        <source>Applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="54"/>
        <source>Open document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="63"/>
        <source>Reason (needed to reject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="64"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="67"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="71"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopRequestsView.qml" line="82"/>
        <source>No shop requests waiting.</source>
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
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="71"/>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="71"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="81"/>
        <source>I have an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SignInPage.qml" line="81"/>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::ChatController</name>
    <message>
        <location filename="../app/ChatController.cpp" line="113"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ChatController.cpp" line="114"/>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ChatController.cpp" line="129"/>
        <source>Just you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/ChatController.cpp" line="279"/>
        <source>A message has at most %n images.</source>
        <translation>
            <numerusform>A message has at most %n images.</numerusform>
            <numerusform>A message has at most %n images.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ChatController.cpp" line="286"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ChatController.cpp" line="359"/>
        <source>Add at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::ComposerController</name>
    <message numerus="yes">
        <location filename="../app/ComposerController.cpp" line="133"/>
        <source>A post has at most %n images.</source>
        <translation>
            <numerusform>A post has at most %n image.</numerusform>
            <numerusform>A post has at most %n images.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ComposerController.cpp" line="142"/>
        <source>This image is already in the post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ComposerController.cpp" line="158"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ComposerController.cpp" line="171"/>
        <source>There is no image on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::DesktopIntegration</name>
    <message numerus="yes">
        <location filename="../app/DesktopIntegration.cpp" line="61"/>
        <source>Souk: %1, %n change(s) waiting</source>
        <translation>
            <numerusform>Souk: %1, %n change waiting</numerusform>
            <numerusform>Souk: %1, %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/DesktopIntegration.cpp" line="64"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/DesktopIntegration.cpp" line="66"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Souk::App::LocalData</name>
    <message>
        <location filename="../app/LocalData.cpp" line="35"/>
        <source>The local database cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::MarketController</name>
    <message>
        <location filename="../app/MarketController.cpp" line="265"/>
        <source>No longer sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MarketController.cpp" line="267"/>
        <source>This variant is no longer sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MarketController.cpp" line="269"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/MarketController.cpp" line="269"/>
        <source>Only %n left</source>
        <translation>
            <numerusform>Only %n left</numerusform>
            <numerusform>Only %n left</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/MarketController.cpp" line="276"/>
        <location filename="../app/MarketController.cpp" line="293"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/MarketController.cpp" line="373"/>
        <source>Nothing in the cart can be ordered now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::ModerationController</name>
    <message>
        <location filename="../app/ModerationController.cpp" line="198"/>
        <source>Choose something from the queue first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ModerationController.cpp" line="255"/>
        <source>This needs the server, which cannot be reached now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ModerationController.cpp" line="383"/>
        <source>The document could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::NotificationsModel</name>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="77"/>
        <source>%1 liked your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="79"/>
        <source>%1 commented on your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="81"/>
        <source>%1 replied to your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="83"/>
        <source>%1 started following you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="85"/>
        <source>%1 mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="87"/>
        <source>%1 applied to open the shop “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="89"/>
        <source>Your shop “%1” is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="91"/>
        <source>Your shop request was declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="93"/>
        <source>%1 placed an order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="95"/>
        <source>%1 confirmed your payment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="97"/>
        <source>%1 shipped your order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="99"/>
        <source>%1 received the order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="101"/>
        <source>%1 cancelled the order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="103"/>
        <source>%1 refunded the order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="106"/>
        <source>A moderator hid your content. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="107"/>
        <source>A moderator removed your content. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="108"/>
        <source>A moderator warned you. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="109"/>
        <source>Your new posts now wait for review. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="110"/>
        <source>Your account was suspended. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="111"/>
        <source>Your account was banned. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="112"/>
        <source>The restrictions on your account were lifted. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="113"/>
        <source>A moderator answered your appeal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="114"/>
        <source>Your appeal was upheld: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="115"/>
        <source>Your appeal was denied: %1</source>
        <translation type="unfinished"></translation>
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
    <message>
        <location filename="../app/Notifier.cpp" line="29"/>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Notifier.cpp" line="29"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/Notifier.cpp" line="36"/>
        <source>Souk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/Notifier.cpp" line="36"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n new notification</numerusform>
            <numerusform>%n new notifications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Souk::App::ProfileController</name>
    <message>
        <location filename="../app/ProfileController.cpp" line="125"/>
        <source>The image cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::SessionController</name>
    <message>
        <location filename="../app/SessionController.cpp" line="64"/>
        <location filename="../app/SessionController.cpp" line="73"/>
        <location filename="../app/SessionController.cpp" line="91"/>
        <source>Sign in before making changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="128"/>
        <source>A moderator has restricted this account. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="130"/>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="133"/>
        <source>That username or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="135"/>
        <source>That username is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="137"/>
        <source>An account with that email address exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="140"/>
        <source>Choose a stronger password: at least 8 characters, not a common one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="142"/>
        <source>Usernames are 3 to 30 letters, digits, dots or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="144"/>
        <source>That email address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="146"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="147"/>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="195"/>
        <source>The system keychain is not available, so you need to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="306"/>
        <source>The system keychain is not available. Sign in for this session only, or set up a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="357"/>
        <source>A moderator has suspended or banned this account. Sign in to see why and until when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="359"/>
        <source>This session has ended. Sign in again; your unsent changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::SetAsideModel</name>
    <message>
        <location filename="../app/SetAsideModel.cpp" line="35"/>
        <source>Message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SetAsideModel.cpp" line="37"/>
        <source>Comment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SetAsideModel.cpp" line="39"/>
        <source>Post %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::ShopController</name>
    <message>
        <location filename="../app/ShopController.cpp" line="136"/>
        <source>Write a price such as 12.50, without a currency sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="225"/>
        <source>A product has at most 10 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="291"/>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="336"/>
        <source>line %1: %2 has another price, currency or status on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="368"/>
        <source>%1 is new: saved as a draft until it has an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="381"/>
        <source>line %1: the SKU %2 belongs to another product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="394"/>
        <source>line %1: a count cannot be below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="405"/>
        <source>line %1: a new variant cannot start below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="459"/>
        <source>Attach at least one document that shows your business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="163"/>
        <location filename="../app/ShopController.cpp" line="230"/>
        <location filename="../app/ShopController.cpp" line="301"/>
        <location filename="../app/ShopController.cpp" line="469"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="484"/>
        <source>The server is not reachable; applying needs it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Souk::App::UserLookup</name>
    <message>
        <location filename="../app/UserLookup.h" line="20"/>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/UserLookup.h" line="39"/>
        <source>The server is not reachable; try again online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/UserLookup.h" line="42"/>
        <source>There is no user @%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StandingPage</name>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="16"/>
        <source>Account standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="34"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="66"/>
        <source>Your account is in good standing: no moderator has acted on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="82"/>
        <source>Think this was a mistake? You can appeal once; explain what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="90"/>
        <source>Why should this be reversed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StandingPage.qml" line="91"/>
        <source>Add to your appeal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrikeCard</name>
    <message>
        <location filename="../qml/Souk/Shell/StrikeCard.qml" line="28"/>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StrikeCard.qml" line="34"/>
        <source>Overturned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/StrikeCard.qml" line="48"/>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="34"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="35"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="35"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="36"/>
        <source>Sync status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="41"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="49"/>
        <source>Downloading your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="53"/>
        <source>%n row(s) downloaded</source>
        <translation>
            <numerusform>%n row downloaded</numerusform>
            <numerusform>%n rows downloaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="57"/>
        <source>%n change(s) not sent, see Conflicts</source>
        <translation>
            <numerusform>%n change not sent, see Conflicts</numerusform>
            <numerusform>%n changes not sent, see Conflicts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SyncStatusBar.qml" line="67"/>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="23"/>
        <source>Username or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="24"/>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/UsersView.qml" line="41"/>
        <source>%n strike(s)</source>
        <translation>
            <numerusform>%n strike</numerusform>
            <numerusform>%n strikes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="42"/>
        <source>banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="72"/>
        <source>%1 · joined %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="80"/>
        <source>Banned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="82"/>
        <source>Suspended until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="83"/>
        <source>Limited: new posts are reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="91"/>
        <source>End all sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="100"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="104"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="113"/>
        <source>Reason the user is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="114"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="120"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="128"/>
        <source>Days of suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="131"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="141"/>
        <source>Strikes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="159"/>
        <source>Reports against this account: %1 · filed by it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="164"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="172"/>
        <source>Signed in %1, last used %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/UsersView.qml" line="175"/>
        <source>ended (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
