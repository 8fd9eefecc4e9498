<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Avatar</name>
    <message>
        <location filename="../qml/Souk/Shell/Avatar.qml" line="21"/>
        <source>Picture of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Avatar.qml" line="57"/>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/Avatar.qml" line="57"/>
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
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="44"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="45"/>
        <source>Discard the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="49"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="52"/>
        <source>Publish the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="63"/>
        <source>Choose images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="65"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="88"/>
        <source>This draft was also edited on another device; that version is kept too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="107"/>
        <source>Use this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="129"/>
        <source>Add images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="135"/>
        <source>Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="138"/>
        <source>Paste an image from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="142"/>
        <source>or drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="173"/>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="190"/>
        <source>Move image %1 earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="195"/>
        <source>Remove image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="201"/>
        <source>Move image %1 later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="215"/>
        <source>Write a caption… #tags and @mentions work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="217"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ComposerPage.qml" line="229"/>
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
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="37"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="37"/>
        <source>Kept aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="43"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="44"/>
        <source>Retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="48"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="49"/>
        <source>Discard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="78"/>
        <source>%1 of %2 was changed in two places at once</source>
        <comment>field of entity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="90"/>
        <source>In place now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="95"/>
        <source>Value in place now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="101"/>
        <source>Overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="106"/>
        <source>Overwritten value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="113"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="114"/>
        <source>Keep the value in place now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="118"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="120"/>
        <source>Restore the overwritten value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConflictsPage.qml" line="130"/>
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
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="73"/>
        <source>(you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="79"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="86"/>
        <source>Actions for @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="92"/>
        <source>Make admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="96"/>
        <source>Remove from group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="109"/>
        <source>Add people: @username, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="110"/>
        <source>People to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="115"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ConversationDetails.qml" line="125"/>
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
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="28"/>
        <source>Explore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="29"/>
        <source>Explore recent posts from everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="33"/>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="35"/>
        <source>Write a new post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/FeedPage.qml" line="83"/>
        <source>Nothing here yet. Share your first photo, or follow people to see theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="17"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="17"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="17"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="18"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="19"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="231"/>
        <source>About my order %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="18"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="19"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="18"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/HomePage.qml" line="19"/>
        <source>My shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/HomePage.qml" line="157"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/HomePage.qml" line="177"/>
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
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="19"/>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="43"/>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="44"/>
        <source>Cart (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="45"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="46"/>
        <source>Wishlist (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="78"/>
        <source>Offline: products saved on this device; prices and stock may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="79"/>
        <source>The catalog needs the server; your cart and orders work offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="130"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="139"/>
        <source>No products match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="179"/>
        <source>Visit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="180"/>
        <source>Open the shop&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="201"/>
        <source>%n in stock</source>
        <translation>
            <numerusform>%n in stock</numerusform>
            <numerusform>%n in stock</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="202"/>
        <source>Choose a variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="203"/>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="212"/>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="294"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="215"/>
        <source>Add to cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="222"/>
        <source>In wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="222"/>
        <source>Wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="225"/>
        <source>Remove from wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="226"/>
        <source>Add to wishlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="231"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="252"/>
        <source>Shop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="304"/>
        <source>Remove from cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="311"/>
        <source>Your cart is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="320"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="324"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="338"/>
        <source>Manual: cash on delivery or bank transfer. No payment is taken in the app; the shop confirms when it has been paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="355"/>
        <source>Checkout of %n item(s): waiting for the server, not placed yet</source>
        <translation>
            <numerusform>Checkout of %n item: waiting for the server, not placed yet</numerusform>
            <numerusform>Checkout of %n items: waiting for the server, not placed yet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="362"/>
        <source>Your last checkout was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="368"/>
        <source>Place order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="417"/>
        <source>Stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="422"/>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="423"/>
        <source>Your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="427"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="436"/>
        <source>Tracking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="451"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="456"/>
        <source>I received it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="461"/>
        <source>Message seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="470"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MarketPage.qml" line="492"/>
        <source>Nothing on your wishlist yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="58"/>
        <source>Show the message this replies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="64"/>
        <source>Removed by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="65"/>
        <source>Message deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="89"/>
        <source>Image %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="108"/>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="116"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="120"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="126"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="128"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="130"/>
        <source>Seen by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="146"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="159"/>
        <source>Take back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="160"/>
        <source>React with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="171"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessageBubble.qml" line="177"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesPage</name>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="30"/>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="48"/>
        <source>Message @username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="49"/>
        <source>Start a conversation with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="56"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="442"/>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="64"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="65"/>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="100"/>
        <source>No messages match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="116"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n unread</numerusform>
            <numerusform>%1, %n unread</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="156"/>
        <source>No conversations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="180"/>
        <source>‹ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="203"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="248"/>
        <source>Earlier messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="277"/>
        <source>%1 is typing…</source>
        <translation>
            <numerusform>%1 is typing…</numerusform>
            <numerusform>%1 are typing…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="288"/>
        <source>Editing your message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="289"/>
        <source>Replying to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="296"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="324"/>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="332"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="334"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="335"/>
        <source>Attach images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="342"/>
        <source>Write a message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="344"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="350"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="350"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="379"/>
        <source>Choose a conversation, or message someone by their @username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="386"/>
        <source>Choose images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="388"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="432"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="454"/>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="455"/>
        <source>Group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="461"/>
        <source>People: @username, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/MessagesPage.qml" line="462"/>
        <source>People in the group</source>
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
        <location filename="../qml/Souk/Shell/NotificationsPage.qml" line="29"/>
        <source>Mark all read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/NotificationsPage.qml" line="93"/>
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
        <location filename="../qml/Souk/Shell/PostCard.qml" line="60"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="69"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="76"/>
        <source>Pending: not yet on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="81"/>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="82"/>
        <source>Removed by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="83"/>
        <source>Hidden by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="112"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/PostCard.qml" line="152"/>
        <source>Unlike (%n like(s))</source>
        <translation>
            <numerusform>Unlike (%n like)</numerusform>
            <numerusform>Unlike (%n likes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/PostCard.qml" line="153"/>
        <source>Like (%n like(s))</source>
        <translation>
            <numerusform>Like (%n like)</numerusform>
            <numerusform>Like (%n likes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/PostCard.qml" line="157"/>
        <location filename="../qml/Souk/Shell/PostCard.qml" line="158"/>
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
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="46"/>
        <source>Offline: showing this device only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="47"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="93"/>
        <source>Post by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostGridPage.qml" line="103"/>
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
        <location filename="../qml/Souk/Shell/PostPage.qml" line="41"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="42"/>
        <source>Edit the caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="47"/>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="142"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="48"/>
        <source>Delete this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="57"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="57"/>
        <source>This post does not exist or was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="86"/>
        <source>Shown from the server: this post is not on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="90"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="95"/>
        <source>No comments yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="124"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="129"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="132"/>
        <source>Reply to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="145"/>
        <source>Delete this comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="162"/>
        <source>Replying to @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="167"/>
        <source>Cancel the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="175"/>
        <source>Add a comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="177"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="182"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="204"/>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="215"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="220"/>
        <source>Delete this post?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/PostPage.qml" line="229"/>
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
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="94"/>
        <source>%1 posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="95"/>
        <source>%1 followers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="96"/>
        <source>%1 following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="107"/>
        <source>Unfollow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="107"/>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="113"/>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="113"/>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="120"/>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="207"/>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="124"/>
        <source>Change picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="137"/>
        <source>From the server: you do not follow this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="165"/>
        <source>Open post</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="178"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="188"/>
        <source>Choose a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="189"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="194"/>
        <source>Block @%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="202"/>
        <source>You stop following each other. They cannot follow you, like or comment on your posts, and you will not be notified about them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="219"/>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="224"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="226"/>
        <location filename="../qml/Souk/Shell/ProfilePage.qml" line="232"/>
        <source>Bio</source>
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
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="54"/>
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="81"/>
        <source>Type to search. Results on this device appear at once, even offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="84"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="86"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="88"/>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="92"/>
        <source>Nothing on this device matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="100"/>
        <source>From the server: searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="101"/>
        <source>From the server: not reachable (offline?). The results above are from this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="103"/>
        <source>From the server: nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SearchPage.qml" line="104"/>
        <source>From the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="18"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="23"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="29"/>
        <source>Switch account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="33"/>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="34"/>
        <source>Sign in to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="40"/>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="45"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="42"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="42"/>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="42"/>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="51"/>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="57"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="54"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="54"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="54"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="63"/>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="71"/>
        <source>Show others when I am online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="79"/>
        <source>Local cache: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="82"/>
        <source>Clear cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="83"/>
        <source>Clear the local cache (unsent changes are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/SettingsPage.qml" line="88"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopHeader</name>
    <message>
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="40"/>
        <source>Loading the shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="46"/>
        <source>by @%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="48"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopHeader.qml" line="60"/>
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
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="54"/>
        <source>Your request is waiting for a moderator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="55"/>
        <source>Your last request was declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="56"/>
        <source>Your request was approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="64"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="65"/>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="72"/>
        <source>What do you sell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="73"/>
        <source>Shop description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="77"/>
        <source>Attach documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="81"/>
        <source>%n document(s) attached</source>
        <translation>
            <numerusform>%n document attached</numerusform>
            <numerusform>%n documents attached</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="85"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="101"/>
        <source>Choose documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="103"/>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="112"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="113"/>
        <source>Orders (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="114"/>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="141"/>
        <source>Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="142"/>
        <source>Edit the shop&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="146"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="150"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="154"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="427"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="161"/>
        <source>Nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="162"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="170"/>
        <source>Export the inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="173"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="180"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="178"/>
        <source>Import an inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="216"/>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="220"/>
        <source>Images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="221"/>
        <source>Add images to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="237"/>
        <source>Removed by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="238"/>
        <source>Hidden by a moderator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="239"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="470"/>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="240"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="470"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="240"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="470"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="245"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="261"/>
        <source>Stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="266"/>
        <source>Sold one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="267"/>
        <source>sold in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="275"/>
        <source>Units received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="278"/>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="279"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="284"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="286"/>
        <source>Counted on the shelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="297"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="298"/>
        <source>New variant SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="302"/>
        <source>Name (size, colour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="303"/>
        <source>New variant name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="306"/>
        <source>Add variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="319"/>
        <source>No products yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="351"/>
        <source>Mark paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="357"/>
        <source>Tracking (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="358"/>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="362"/>
        <source>Mark shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="367"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="373"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="382"/>
        <source>No orders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="393"/>
        <source>%1 (%2) is at %3: sales recorded offline went past the stock. Count it and correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="399"/>
        <source>Nothing to reconcile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="407"/>
        <source>Choose images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="409"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="427"/>
        <source>Edit product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="448"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="449"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="450"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="451"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="452"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="460"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="456"/>
        <source>Not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="462"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="464"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="465"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="467"/>
        <location filename="../qml/Souk/Shell/ShopPage.qml" line="471"/>
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
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="62"/>
        <source>Shop description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="68"/>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qml/Souk/Shell/ShopProfileDialog.qml" line="69"/>
        <source>Images (*.jpg *.jpeg *.png *.webp)</source>
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
        <location filename="../app/ChatController.cpp" line="276"/>
        <source>A message has at most %n images.</source>
        <translation>
            <numerusform>A message has at most %n images.</numerusform>
            <numerusform>A message has at most %n images.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/ChatController.cpp" line="283"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ChatController.cpp" line="356"/>
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
        <location filename="../app/LocalData.cpp" line="34"/>
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
    <name>Souk::App::NotificationsModel</name>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="73"/>
        <source>%1 liked your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="75"/>
        <source>%1 commented on your post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="77"/>
        <source>%1 replied to your comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="79"/>
        <source>%1 started following you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="81"/>
        <source>%1 mentioned you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="83"/>
        <source>%1 applied to open the shop “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="85"/>
        <source>Your shop “%1” is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="87"/>
        <source>Your shop request was declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="89"/>
        <source>%1 placed an order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="91"/>
        <source>%1 confirmed your payment: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="93"/>
        <source>%1 shipped your order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="95"/>
        <source>%1 received the order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="97"/>
        <source>%1 cancelled the order: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/NotificationsModel.cpp" line="99"/>
        <source>%1 refunded the order: %2</source>
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
        <location filename="../app/SessionController.cpp" line="63"/>
        <location filename="../app/SessionController.cpp" line="72"/>
        <location filename="../app/SessionController.cpp" line="86"/>
        <source>Sign in before making changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="122"/>
        <source>Cannot reach the server at %1. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="125"/>
        <source>That username or password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="127"/>
        <source>That username is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="129"/>
        <source>An account with that email address exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="132"/>
        <source>Choose a stronger password: at least 8 characters, not a common one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="134"/>
        <source>Usernames are 3 to 30 letters, digits, dots or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="136"/>
        <source>That email address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="138"/>
        <source>Too many attempts. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="139"/>
        <source>The server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="187"/>
        <source>The system keychain is not available, so you need to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="293"/>
        <source>The system keychain is not available. Sign in for this session only, or set up a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="343"/>
        <source>A moderator has suspended or banned this account. Sign in to see why and until when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/SessionController.cpp" line="345"/>
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
        <location filename="../app/ShopController.cpp" line="143"/>
        <source>Write a price such as 12.50, without a currency sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="232"/>
        <source>A product has at most 10 images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="298"/>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="341"/>
        <source>line %1: %2 has another price, currency or status on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="379"/>
        <source>line %1: the SKU %2 belongs to another product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="392"/>
        <source>line %1: a count cannot be below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="403"/>
        <source>line %1: a new variant cannot start below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="455"/>
        <source>Attach at least one document that shows your business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="170"/>
        <location filename="../app/ShopController.cpp" line="237"/>
        <location filename="../app/ShopController.cpp" line="308"/>
        <location filename="../app/ShopController.cpp" line="465"/>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/ShopController.cpp" line="480"/>
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
