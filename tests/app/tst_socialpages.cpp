// The social pages' controllers and models against the real server, signed in through a real
// SessionController (session-only tokens: no keychain needed): the composer offline and its
// pending post, a profile read from the server then followed, comments, notifications with
// mark-all-read, and search on the device then the server.
#include "ApiFixture.h"
#include "ChatController.h"
#include "ChatMutators.h"
#include "ComposerController.h"
#include "EngineThread.h"
#include "NotificationsModel.h"
#include "PostController.h"
#include "PostsModel.h"
#include "ProfileController.h"
#include "SearchController.h"
#include "SessionController.h"
#include "TestImages.h"

#include <QDateTime>
#include <QJsonArray>
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
    Sync::SyncEngine *engine = m_session->engine();
    App::onThreadOf(engine, [engine, online] { engine->setNetworkEnabled(online); });
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
