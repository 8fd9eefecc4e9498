// The social pages' controllers and models against the real server, signed in through a real
// SessionController (session-only tokens: no keychain needed): the composer offline and its
// pending post, a profile read from the server then followed, comments, notifications with
// mark-all-read, chat (offline sending, presence, images, search and jumping to a message,
// group settings), and search on the device then the server.
#include "ApiFixture.h"
#include "AppSessions.h"
#include "ChatController.h"
#include "ChatMutators.h"
#include "ComposerController.h"
#include "ConversationSettings.h"
#include "NotificationsModel.h"
#include "PostController.h"
#include "PostsModel.h"
#include "ProfileController.h"
#include "SearchController.h"
#include "SessionController.h"
#include "TestImages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Test;
using App::SessionController;

class SocialPagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profileFromTheServerThenFollowed();
    void composerOfflineShowsAPendingPostThenPublishes();
    void commentsAndNotifications();
    void chatSendsOfflineThenDeliversAndCountsUnread();
    void chatShowsPresenceAndSaysAway();
    void chatSendsImagesSearchesAndJumps();
    void groupSettingsRenameAddPromoteRemoveLeave();
    void refusedMessageShowsWithRetryAndDiscard();
    void searchOnTheDeviceThenTheServer();
    void cleanupTestCase();

private:
    //! Runs one mutation as `who` through the sync API (another user's device).
    void push(const Account &who, const QString &name, const QJsonObject &args);
    void setOnline(bool online);

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<App::TokenStore> m_tokens;
    std::unique_ptr<SessionController> m_session;
    Account m_nadia, m_omid;
    QString m_omidPost = u"0190abab-0000-7000-8000-000000000001"_s;
    QString m_nadiaPost;
    int m_seq = 0;
};

void SocialPagesTest::initTestCase()
{
    m_server = std::make_unique<ServerProcess>(relaxedLimits());
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_nadia = registerAccount(m_http, *m_server, u"nadia"_s);
    m_omid = registerAccount(m_http, *m_server, u"omid"_s);
    const HttpReply image =
        m_http.send("POST", m_server->url(u"/api/v1/media"_s), Images::make(300, 300, "jpeg", 5),
                    m_omid.accessToken, "image/jpeg");
    QCOMPARE(image.status, 201);
    push(m_omid, u"createPost"_s,
         {{u"id"_s, m_omidPost},
          {u"caption"_s, u"Tulips at the flower market #tulips"_s},
          {u"media"_s, QJsonArray {image.json.value(u"id"_s).toString()}}});

    m_settings = std::make_unique<QSettings>(m_dir.filePath(u"app.ini"_s), QSettings::IniFormat);
    m_tokens = std::make_unique<App::TokenStore>(u"souk-test-social"_s);
    m_session = std::make_unique<SessionController>(
        *m_settings, *m_tokens, m_dir.filePath(u"data"_s), m_server->url({}).toString());
    m_session->restore();
    m_session->signIn(m_server->url({}).toString(), u"nadia"_s, defaultPassword(), true);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), SessionController::State::SignedIn, 10000);
}

void SocialPagesTest::cleanupTestCase()
{
    m_session.reset();
}

void SocialPagesTest::push(const Account &who, const QString &name, const QJsonObject &args)
{
    const QJsonObject m {
        {u"seq"_s, 1},
        {u"name"_s, name},
        {u"version"_s, 1},
        {u"args"_s, args},
        {u"hlc"_s, Sync::Hlc {QDateTime::currentMSecsSinceEpoch(), 0, u"t"_s}.toString()}};
    const HttpReply reply = m_http.send("POST", m_server->url(u"/api/v1/sync/push"_s),
                                        toJson({{u"client_id"_s, u"pages-client-%1"_s.arg(++m_seq)},
                                                {u"schema_version"_s, 1},
                                                {u"mutations"_s, QJsonArray {m}}}),
                                        who.accessToken);
    QCOMPARE(reply.json.value(u"results"_s).toArray().at(0).toObject().value(u"status"_s),
             u"applied"_s);
}

void SocialPagesTest::setOnline(bool online)
{
    Souk::Test::setOnline(*m_session, online);
}

void SocialPagesTest::profileFromTheServerThenFollowed()
{
    App::ProfileController profile;
    profile.setSession(m_session.get());
    profile.setUsername(u"omid"_s);
    // Not followed: nothing of Omid on this device, so the page reads the server.
    QTRY_VERIFY_WITH_TIMEOUT(!profile.serverPosts().isEmpty(), 5000);
    QVERIFY(!profile.isLocal());
    QVERIFY(!profile.isMe());
    QCOMPARE(profile.profile().value(u"followers"_s).toInt(), 0);
    QCOMPARE(profile.serverPosts().first().toMap().value(u"postId"_s).toString(), m_omidPost);

    App::PostsModel feed;
    feed.setSession(m_session.get());
    QCOMPARE(feed.count(), 0);
    QVERIFY(profile.follow(true));
    // His author bucket arrives: the profile is local now, and his post is in the feed.
    QTRY_VERIFY_WITH_TIMEOUT(profile.isLocal(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(feed.count(), 1, 10000);
    QCOMPARE(feed.get(0).value(u"postId"_s).toString(), m_omidPost);
    QVERIFY(profile.profile().value(u"followedByMe"_s).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(profile.profile().value(u"followers"_s).toInt(), 1, 5000);
}

void SocialPagesTest::composerOfflineShowsAPendingPostThenPublishes()
{
    App::PostsModel feed;
    feed.setSession(m_session.get());
    const int before = feed.count();
    setOnline(false);

    App::ComposerController composer;
    composer.setSession(m_session.get());
    QVERIFY(!composer.canPublish()); // no image yet
    QTemporaryDir files;
    QStringList paths;
    for (int i = 0; i < 2; ++i) {
        paths << files.filePath(u"photo%1.png"_s.arg(i));
        QFile f(paths.last());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Images::make(500, 400, "png", 20 + i));
    }
    QCOMPARE(
        composer.addFiles({QUrl::fromLocalFile(paths.at(0)), QUrl::fromLocalFile(paths.at(1))}), 2);
    QCOMPARE(composer.addFiles({QUrl::fromLocalFile(paths.at(0))}), 0); // the same image twice
    QVERIFY(!composer.error().isEmpty());
    composer.moveImage(1, 0);
    const QString firstImage = composer.images().first().toMap().value(u"mediaId"_s).toString();
    composer.setCaption(u"Spring at the market #tulips @omid"_s);
    // The draft autosaves (and would sync to other devices).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            Sync::SocialQueries *q = m_session->local()->queries();
            const auto draft = q->latestDraft().value_or(std::nullopt);
            return draft && draft->body.startsWith(u"Spring"_s) && draft->media.size() == 2
                && draft->media.first() == firstImage;
        }(),
        5000);
    QVERIFY(composer.canPublish());
    QVERIFY(composer.publish());
    QVERIFY(composer.caption().isEmpty()); // a new draft
    QVERIFY(!m_session->local()->queries()->latestDraft().value_or(std::nullopt).has_value());

    // Pending in the feed at once, its images shown from this device's copies.
    QTRY_COMPARE_WITH_TIMEOUT(feed.count(), before + 1, 5000);
    QVariantMap mine = feed.get(0);
    QVERIFY(mine.value(u"pending"_s).toBool());
    QCOMPARE(mine.value(u"imageCount"_s).toInt(), 2);
    QVERIFY(mine.value(u"thumbnails"_s).toList().first().toUrl().isLocalFile());
    m_nadiaPost = mine.value(u"postId"_s).toString();

    // Online: the images upload first, then the post; it stops being pending.
    setOnline(true);
    QTRY_VERIFY_WITH_TIMEOUT(!feed.get(0).value(u"pending"_s).toBool(), 15000);
    const HttpReply onServer =
        m_http.get(m_server->url(u"/api/v1/posts/"_s + m_nadiaPost), m_omid.accessToken);
    QCOMPARE(onServer.status, 200);
    const QJsonArray media = onServer.json.value(u"media"_s).toArray();
    QCOMPARE(media.size(), 2);
    QCOMPARE(media.at(0).toObject().value(u"id"_s).toString(), firstImage);
    QCOMPARE(media.at(0).toObject().value(u"width"_s).toInt(), 500);
}

void SocialPagesTest::commentsAndNotifications()
{
    QVERIFY(!m_nadiaPost.isEmpty());
    App::NotificationsModel notifications;
    notifications.setSession(m_session.get());
    const int unreadBefore = notifications.unreadCount();

    App::PostsModel feed;
    feed.setSession(m_session.get());
    QSignalSpy resets(&feed, &QAbstractItemModel::modelReset);
    QSignalSpy updates(&feed, &QAbstractItemModel::dataChanged);

    // Omid, on his own device, likes and comments; Nadia's page updates in real time.
    push(m_omid, u"likePost"_s, {{u"post_id"_s, m_nadiaPost}});
    push(m_omid, u"comment"_s,
         {{u"id"_s, u"0190abab-0000-7000-8000-0000000000c1"_s},
          {u"post_id"_s, m_nadiaPost},
          {u"body"_s, u"Gorgeous!"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(notifications.unreadCount(), unreadBefore + 2, 10000);
    // The feed updated its rows in place (the view keeps its scroll position), no reset.
    QTRY_COMPARE(feed.get(0).value(u"commentCount"_s).toInt(), 1);
    QCOMPARE(feed.get(0).value(u"likeCount"_s).toInt(), 1);
    QVERIFY(updates.count() > 0);
    QCOMPARE(resets.count(), 0);
    const QModelIndex newest = notifications.index(0);
    QVERIFY(notifications.data(newest, App::NotificationsModel::TextRole)
                .toString()
                .contains(u"@omid"_s));

    App::PostController post;
    post.setSession(m_session.get());
    post.setPostId(m_nadiaPost);
    QTRY_COMPARE_WITH_TIMEOUT(post.comments().size(), 1, 5000);
    QCOMPARE(post.post().value(u"likeCount"_s).toInt(), 1);
    QVERIFY(post.mine());
    QVERIFY(post.addComment(u"Thank you!"_s, u"0190abab-0000-7000-8000-0000000000c1"_s));
    QTRY_COMPARE(post.comments().size(), 2); // the local change arrives on the next turn
    QVERIFY(post.comments().at(1).toMap().value(u"isReply"_s).toBool());
    QVERIFY(!post.addComment(u"   "_s)); // refused locally, with a reason
    QVERIFY(!post.error().isEmpty());

    notifications.markAllRead();
    QTRY_COMPARE(notifications.unreadCount(), 0);
    // The read marker reached the server (another device of Nadia's would see it).
    QTRY_COMPARE_WITH_TIMEOUT(m_session->pendingCount(), 0, 10000);
    const Account other = login(m_http, *m_server, u"nadia"_s, defaultPassword());
    const HttpReply pulled =
        m_http.get(m_server->url(u"/api/v1/sync/pull?client_id=nadia-check-01&schema_version=1"_s),
                   other.accessToken);
    QVERIFY(pulled.body.contains("read_until"));
}

void SocialPagesTest::chatSendsOfflineThenDeliversAndCountsUnread()
{
    App::ChatController chat;
    chat.setSession(m_session.get());
    // By username, as typed (found on this device: Nadia follows Omid since the profile test).
    chat.startDirectWith(u"@Omid"_s);
    const QString conversation = Sync::Chat::directId(m_nadia.id, m_omid.id);
    QTRY_COMPARE_WITH_TIMEOUT(chat.currentId(), conversation, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(chat.conversations().size(), 1, 5000);

    setOnline(false);
    QVERIFY(chat.send(u"Are the tulips still there?"_s));
    QTRY_COMPARE(chat.messages().size(), 1);
    QVERIFY(chat.messages().first().toMap().value(u"sending"_s).toBool());
    QVERIFY(!chat.send(u"   "_s)); // refused at once, with a reason
    QVERIFY(!chat.error().isEmpty());
    setOnline(true);
    QTRY_VERIFY_WITH_TIMEOUT(!chat.messages().first().toMap().value(u"sending"_s).toBool(), 10000);
    QCOMPARE(chat.messages().first().toMap().value(u"seq"_s).toInt(), 1);

    // Omid answers from his device: it arrives in real time, in the open conversation, and
    // is read at once (the conversation is open), so nothing stays unread.
    push(m_omid, u"sendMessage"_s,
         {{u"id"_s, u"0190abab-0000-7000-8000-0000000000d1"_s},
          {u"conversation_id"_s, conversation},
          {u"body"_s, u"Yes, until noon!"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(chat.messages().size(), 2, 10000);
    QCOMPARE(chat.messages().last().toMap().value(u"body"_s).toString(), u"Yes, until noon!"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chat.unreadCount(), 0, 5000);
    // Omid types: the open conversation says so, and it expires on its own.
    QWebSocket omidSocket;
    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/ws"_s.arg(m_server->port())));
    request.setRawHeader("Authorization", "Bearer " + m_omid.accessToken);
    QSignalSpy connected(&omidSocket, &QWebSocket::connected);
    omidSocket.open(request);
    QVERIFY(connected.wait(5000));
    omidSocket.sendTextMessage(
        u"{\"type\":\"typing\",\"conversation_id\":\"%1\"}"_s.arg(conversation));
    QTRY_COMPARE_WITH_TIMEOUT(chat.typingNames(), QStringList {u"omid"_s}, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(chat.typingNames().isEmpty(), 10000);
    QSignalSpy omidFrames(&omidSocket, &QWebSocket::textMessageReceived);
    chat.userTyping(); // and Nadia's typing reaches Omid
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(omidFrames.cbegin(), omidFrames.cend(),
                                         [](const QList<QVariant> &f) {
                                             return f.at(0).toString().contains(u"typing"_s);
                                         }),
                             5000);

    // Closed, the next one counts as unread.
    chat.setCurrentId({});
    push(m_omid, u"sendMessage"_s,
         {{u"id"_s, u"0190abab-0000-7000-8000-0000000000d2"_s},
          {u"conversation_id"_s, conversation},
          {u"body"_s, u"See you"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(chat.unreadCount(), 1, 10000);
}

void SocialPagesTest::chatShowsPresenceAndSaysAway()
{
    App::ChatController chat;
    chat.setSession(m_session.get());
    const QString conversation = Sync::Chat::directId(m_nadia.id, m_omid.id);
    auto presenceInList = [&chat, conversation] {
        for (const QVariant &c : chat.conversations()) {
            if (c.toMap().value(u"id"_s).toString() == conversation)
                return c.toMap().value(u"presence"_s).toString();
        }
        return u"missing"_s;
    };
    // Omid has no connection (the last test's has closed): offline.
    QTRY_COMPARE_WITH_TIMEOUT(presenceInList(), QString(), 5000);

    QWebSocket omid;
    QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/ws"_s.arg(m_server->port())));
    request.setRawHeader("Authorization", "Bearer " + m_omid.accessToken);
    QSignalSpy frames(&omid, &QWebSocket::textMessageReceived);
    omid.open(request);
    QTRY_COMPARE_WITH_TIMEOUT(m_session->presenceOf(m_omid.id), u"online"_s, 5000);
    QCOMPARE(presenceInList(), u"online"_s);
    chat.setCurrentId(conversation);
    QCOMPARE(chat.currentSubtitle(), u"Online"_s);
    omid.sendTextMessage(u"{\"type\":\"presence\",\"state\":\"away\"}"_s);
    QTRY_COMPARE_WITH_TIMEOUT(presenceInList(), u"away"_s, 5000);

    // Nadia's idle watcher says she is away: Omid hears it, and again after she reconnects.
    auto nadiaSaid = [&frames, this](const QString &state) {
        return std::any_of(frames.cbegin(), frames.cend(), [&](const QList<QVariant> &f) {
            const QJsonObject frame = QJsonDocument::fromJson(f.at(0).toString().toUtf8()).object();
            return frame.value(u"type"_s) == u"presence"_s
                && frame.value(u"user_id"_s) == m_nadia.id && frame.value(u"state"_s) == state;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(nadiaSaid(u"online"_s), 5000);
    m_session->setAway(true);
    QTRY_VERIFY_WITH_TIMEOUT(nadiaSaid(u"away"_s), 5000);
    frames.clear();
    setOnline(false);
    QTRY_VERIFY_WITH_TIMEOUT(nadiaSaid(u"offline"_s), 5000);
    QCOMPARE(m_session->presenceOf(m_omid.id), QString()); // not known while disconnected
    setOnline(true);
    QTRY_VERIFY_WITH_TIMEOUT(nadiaSaid(u"away"_s), 10000);
    frames.clear();
    m_session->setAway(false);
    QTRY_VERIFY_WITH_TIMEOUT(nadiaSaid(u"online"_s), 5000);

    // The privacy setting: once it reaches the server, Omid sees her offline.
    frames.clear();
    chat.setPresenceHidden(true);
    QVERIFY(chat.presenceHidden());
    const auto stored = m_session->row(u"preferences"_s, m_nadia.id);
    QVERIFY(stored && stored->has_value()); // kept on the device, and synced
    QVERIFY((*stored)->fields.value(u"presence_hidden"_s).toVariant().toBool());
    QTRY_VERIFY_WITH_TIMEOUT(nadiaSaid(u"offline"_s), 10000);
    chat.setPresenceHidden(false);
    QTRY_VERIFY_WITH_TIMEOUT(nadiaSaid(u"online"_s), 10000);
    QVERIFY(!chat.presenceHidden());

    omid.close();
    QTRY_COMPARE_WITH_TIMEOUT(presenceInList(), QString(), 5000);
}

void SocialPagesTest::chatSendsImagesSearchesAndJumps()
{
    App::ChatController chat;
    chat.setSession(m_session.get());
    const QString conversation = Sync::Chat::directId(m_nadia.id, m_omid.id);
    chat.setCurrentId(conversation);

    // An image and a file that is not one: the second is refused with a reason.
    QFile image(m_dir.filePath(u"stall.png"_s));
    QVERIFY(image.open(QIODevice::WriteOnly));
    image.write(Images::make(200, 150, "png", 9));
    image.close();
    QFile text(m_dir.filePath(u"notes.txt"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    QCOMPARE(chat.attachFiles(
                 {QUrl::fromLocalFile(image.fileName()), QUrl::fromLocalFile(text.fileName())}),
             1);
    QVERIFY(!chat.error().isEmpty());
    QCOMPARE(chat.attachments().size(), 1);
    const qsizetype before = chat.messages().size();
    QVERIFY(chat.send(u"Our stall"_s));
    QVERIFY(chat.attachments().isEmpty());
    QTRY_COMPARE(chat.messages().size(), before + 1);
    QCOMPARE(chat.messages().last().toMap().value(u"thumbnails"_s).toList().size(), 1);
    // Uploaded first, then sent.
    QTRY_VERIFY_WITH_TIMEOUT(!chat.messages().last().toMap().value(u"sending"_s).toBool(), 10000);
    const QVariantMap sent = chat.messages().last().toMap();
    QCOMPARE(sent.value(u"thumbnails"_s).toList().size(), 1);
    // On the server, with its media, for Omid.
    const HttpReply listed =
        m_http.send("GET", m_server->url(u"/api/v1/conversations/%1/messages"_s.arg(conversation)),
                    {}, m_omid.accessToken);
    QCOMPARE(listed.status, 200);
    bool found = false;
    for (const QJsonValue &m : listed.json.value(u"messages"_s).toArray()) {
        if (m.toObject().value(u"id"_s).toString() == sent.value(u"id"_s).toString())
            found = m.toObject().value(u"media"_s).toArray().size() == 1;
    }
    QVERIFY2(found, listed.body.constData());

    // Sixty more from Omid push the first message off the first page.
    const QString first = chat.messages().first().toMap().value(u"id"_s).toString();
    for (int i = 0; i < 60; ++i)
        push(m_omid, u"sendMessage"_s,
             {{u"id"_s, u"0190abab-0000-7000-8000-0000000e%1"_s.arg(i, 4, 10, QLatin1Char('0'))},
              {u"conversation_id"_s, conversation},
              {u"body"_s, u"Stock update %1"_s.arg(i)}});
    QTRY_COMPARE_WITH_TIMEOUT(chat.messages().last().toMap().value(u"body"_s).toString(),
                              u"Stock update 59"_s, 10000);
    QCOMPARE(chat.messages().size(), App::ChatController::PageSize);
    QVERIFY(chat.hasOlder());

    // Search over every message on the device, then a jump pages back to the hit.
    chat.search(u"tulips"_s);
    QCOMPARE(chat.searchResults().size(), 1);
    const QVariantMap hit = chat.searchResults().first().toMap();
    QCOMPARE(hit.value(u"id"_s).toString(), first);
    QCOMPARE(hit.value(u"conversationTitle"_s).toString(), u"@omid"_s);
    chat.setCurrentId({});
    QSignalSpy position(&chat, &App::ChatController::positionRequested);
    QVERIFY(chat.jumpTo(first));
    QCOMPARE(chat.currentId(), conversation);
    QCOMPARE(position.size(), 1);
    const int index = position.first().at(0).toInt();
    QCOMPARE(chat.messages().at(index).toMap().value(u"id"_s).toString(), first);
    QVERIFY(chat.messages().size() > App::ChatController::PageSize);
    QVERIFY(!chat.jumpTo(u"0190abab-0000-7000-8000-00000000dead"_s)); // not on this device
    chat.search(u"nothing-like-this"_s);
    QVERIFY(chat.searchResults().isEmpty());
}

void SocialPagesTest::groupSettingsRenameAddPromoteRemoveLeave()
{
    const Account zara = registerAccount(m_http, *m_server, u"zara"_s);
    App::ChatController chat;
    chat.setSession(m_session.get());
    chat.createGroupWith(u"Flower stalls"_s, u"@omid, nobody_here"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!chat.error().isEmpty(), 5000); // all or nothing
    QVERIFY(chat.error().contains(u"nobody_here"_s));
    const int before = int(chat.conversations().size());
    chat.createGroupWith(u"Flower stalls"_s, u"@omid"_s);
    QTRY_COMPARE_WITH_TIMEOUT(chat.conversations().size(), before + 1, 5000);
    const QString group = chat.currentId();

    App::ConversationSettings settings;
    settings.setSession(m_session.get());
    settings.setConversationId(group);
    QVERIFY(settings.isGroup());
    QVERIFY(settings.amAdmin());
    QCOMPARE(settings.members().size(), 2);
    QVERIFY(settings.members().first().toMap().value(u"me"_s).toBool()); // admins first

    QVERIFY(settings.rename(u"Flower market"_s));
    QTRY_COMPARE(settings.title(), u"Flower market"_s); // the page follows the database
    QVERIFY(!settings.rename(u"  "_s));
    QVERIFY(!settings.error().isEmpty());

    settings.addMembers(u"zara nobody_here"_s);
    QTRY_COMPARE_WITH_TIMEOUT(settings.members().size(), 3, 5000);
    QVERIFY(settings.error().contains(u"nobody_here"_s)); // the one not found is named
    auto member = [&settings](const QString &id) {
        for (const QVariant &m : settings.members()) {
            if (m.toMap().value(u"userId"_s).toString() == id)
                return m.toMap();
        }
        return QVariantMap {};
    };
    QVERIFY(settings.promote(zara.id));
    QTRY_VERIFY(member(zara.id).value(u"admin"_s).toBool());
    QVERIFY(settings.removeMember(m_omid.id));
    QTRY_COMPARE(settings.members().size(), 2);

    // The server agrees: Zara, an admin now, reads the group; Omid is out of it.
    QTRY_COMPARE_WITH_TIMEOUT(m_session->pendingCount(), 0, 10000);
    const HttpReply asZara =
        m_http.send("GET", m_server->url(u"/api/v1/conversations"_s), {}, zara.accessToken);
    QCOMPARE(asZara.status, 200);
    const QJsonObject seen = asZara.json.value(u"conversations"_s).toArray().at(0).toObject();
    QCOMPARE(seen.value(u"id"_s).toString(), group);
    QCOMPARE(seen.value(u"title"_s).toString(), u"Flower market"_s);
    QCOMPARE(seen.value(u"role"_s).toString(), u"admin"_s);
    const HttpReply asOmid =
        m_http.send("GET", m_server->url(u"/api/v1/conversations/%1/messages"_s.arg(group)), {},
                    m_omid.accessToken);
    QCOMPARE(asOmid.status, 404);

    QVERIFY(settings.leave());
    QTRY_COMPARE_WITH_TIMEOUT(chat.conversations().size(), before, 5000);
    QVERIFY(settings.members().isEmpty());
}

void SocialPagesTest::refusedMessageShowsWithRetryAndDiscard()
{
    const Account yusuf = registerAccount(m_http, *m_server, u"yusuf"_s);
    App::ChatController chat;
    chat.setSession(m_session.get());
    QVERIFY(chat.startDirect(yusuf.id));
    // On the server before Yusuf blocks her (else the server refuses the conversation itself).
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http.send("GET", m_server->url(u"/api/v1/conversations"_s), {}, yusuf.accessToken)
            .json.value(u"conversations"_s)
            .toArray()
            .size(),
        1, 10000);
    auto last = [&chat] {
        return chat.messages().isEmpty() ? QVariantMap {} : chat.messages().last().toMap();
    };
    push(yusuf, u"block"_s, {{u"user_id"_s, m_nadia.id}});

    // Refused by the server: it stays in the conversation, marked, with the reason.
    QVERIFY(chat.send(u"Hello?"_s));
    QTRY_VERIFY_WITH_TIMEOUT(last().value(u"refused"_s).toBool(), 10000);
    QCOMPARE(last().value(u"body"_s).toString(), u"Hello?"_s);
    QVERIFY2(last().value(u"refusal"_s).toString().contains(u"cannot message"_s),
             qPrintable(last().value(u"refusal"_s).toString()));
    QVERIFY(!last().value(u"sending"_s).toBool());
    QCOMPARE(chat.messages().size(), 1);
    // The Conflicts page lists it too, in words.
    App::SetAsideModel *setAside = m_session->setAside();
    QTRY_COMPARE(setAside->count(), 1);
    QCOMPARE(setAside->data(setAside->index(0), App::SetAsideModel::SummaryRole).toString(),
             u"Message “Hello?”"_s);

    // Discarded: gone for good.
    QVERIFY(chat.discardSend(last().value(u"outboxSeq"_s).toLongLong()));
    QTRY_VERIFY(chat.messages().isEmpty());

    // Retried once the block is lifted: delivered, in order, once.
    QVERIFY(chat.send(u"Hello again?"_s));
    QTRY_VERIFY_WITH_TIMEOUT(last().value(u"refused"_s).toBool(), 10000);
    push(yusuf, u"unblock"_s, {{u"user_id"_s, m_nadia.id}});
    QVERIFY(chat.retrySend(last().value(u"outboxSeq"_s).toLongLong()));
    QTRY_VERIFY_WITH_TIMEOUT(last().value(u"seq"_s).toLongLong() > 0, 10000);
    QCOMPARE(last().value(u"body"_s).toString(), u"Hello again?"_s);
    QCOMPARE(chat.messages().size(), 1);
    QCOMPARE(m_session->setAside()->count(), 0);
}

void SocialPagesTest::searchOnTheDeviceThenTheServer()
{
    App::SearchController search;
    search.setSession(m_session.get());
    search.setQuery(u"tulips"_s);
    // On this device at once: both posts are here (hers, and Omid's whom she follows).
    QCOMPARE(search.posts().size(), 2);
    QCOMPARE(search.tags().first().toMap().value(u"tag"_s).toString(), u"tulips"_s);
    QTRY_COMPARE_WITH_TIMEOUT(search.serverState(), u"done"_s, 5000);
    QVERIFY(search.serverPosts().isEmpty()); // nothing the device does not already show

    // Offline, the server part says so and the device's results stay.
    QVERIFY(m_server->stop());
    search.setQuery(u"spring"_s);
    QCOMPARE(search.posts().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(search.serverState(), u"unavailable"_s, 20000);
    QCOMPARE(search.posts().size(), 1);
}

QTEST_MAIN(SocialPagesTest)
#include "tst_socialpages.moc"
