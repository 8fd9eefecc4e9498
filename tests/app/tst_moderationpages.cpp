// The moderation pages' controllers against the real server, signed in through real
// SessionControllers: users report through SafetyController; a moderator triages the queue
// offline (filters, sorting, one decision on several targets) and the server applies it on
// reconnect; the author sees the strike and appeals; the moderator answers and upholds;
// a banned user's session ends with a message that says so.
#include "ApiFixture.h"
#include "AppSessions.h"
#include "ModerationController.h"
#include "NotificationsModel.h"
#include "SafetyController.h"
#include "SessionController.h"
#include "TestImages.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk;
using namespace Souk::Test;
using App::SessionController;

class ModerationPagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsFillTheQueueGroupedByTarget();
    void moderatorDecidesOfflineOnSeveralAtOnce();
    void authorAppealsAndTheModeratorUpholds();
    void shopRequestDocumentsOpenForModerators();
    void bannedUserIsSignedOutWithAReason();
    void cleanupTestCase();

private:
    std::unique_ptr<SessionController> signIn(const QString &username, const QString &profile)
    {
        return m_sessions->signIn(m_server->url({}).toString(), username, profile);
    }
    QString post(const Account &author, const QString &caption);

    std::unique_ptr<ServerProcess> m_server;
    HttpClient m_http;
    QTemporaryDir m_dir;
    std::unique_ptr<AppSessions> m_sessions; // before the sessions: they use it
    Account m_admin, m_mod, m_author, m_reader;
    std::unique_ptr<SessionController> m_modSession, m_authorSession, m_readerSession;
    QStringList m_posts;
};

void ModerationPagesTest::initTestCase()
{
    m_server = std::make_unique<ServerProcess>(relaxedLimits());
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_admin = registerAccount(m_http, *m_server, u"modadmin"_s);
    m_mod = registerAccount(m_http, *m_server, u"nadia"_s);
    m_author = registerAccount(m_http, *m_server, u"hakim"_s);
    m_reader = registerAccount(m_http, *m_server, u"zaina"_s);
    QCOMPARE(m_http
                 .send("PATCH", m_server->url(u"/api/v1/admin/users/"_s + m_mod.id),
                       toJson({{u"role"_s, u"moderator"_s}}), m_admin.accessToken)
                 .status,
             200);
    for (int i = 0; i < 3; ++i)
        m_posts << post(m_author, u"Cheap followers, offer %1"_s.arg(i));
    QVERIFY(!m_posts.contains(QString()));
    m_sessions = std::make_unique<AppSessions>(m_dir.path(), u"souk-test-moderation"_s);
    m_modSession = signIn(u"nadia"_s, u"mod"_s);
    m_authorSession = signIn(u"hakim"_s, u"author"_s);
    m_readerSession = signIn(u"zaina"_s, u"reader"_s);
    QVERIFY(m_modSession && m_authorSession && m_readerSession);
    QTRY_COMPARE_WITH_TIMEOUT(m_modSession->role(), u"moderator"_s, 10000);
    QCOMPARE(m_readerSession->role(), u"user"_s);
}

void ModerationPagesTest::cleanupTestCase()
{
    m_readerSession.reset();
    m_authorSession.reset();
    m_modSession.reset();
}

QString ModerationPagesTest::post(const Account &author, const QString &caption)
{
    static QString media;
    if (media.isEmpty())
        media = m_http
                    .send("POST", m_server->url(u"/api/v1/media"_s), Images::make(40, 40, "png", 2),
                          author.accessToken, "image/png")
                    .json.value(u"id"_s)
                    .toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QJsonObject m {
        {u"seq"_s, 1},
        {u"name"_s, u"createPost"_s},
        {u"version"_s, 1},
        {u"args"_s,
         QJsonObject {{u"id"_s, id}, {u"caption"_s, caption}, {u"media"_s, QJsonArray {media}}}},
        {u"hlc"_s, Sync::Hlc {QDateTime::currentMSecsSinceEpoch(), 0, u"t"_s}.toString()}};
    const HttpReply reply = m_http.send("POST", m_server->url(u"/api/v1/sync/push"_s),
                                        toJson({{u"client_id"_s, u"post-%1"_s.arg(id.left(8))},
                                                {u"schema_version"_s, 1},
                                                {u"mutations"_s, QJsonArray {m}}}),
                                        author.accessToken);
    return reply.json.value(u"results"_s).toArray().at(0).toObject().value(u"status"_s)
            == u"applied"_s
        ? id
        : QString();
}

void ModerationPagesTest::reportsFillTheQueueGroupedByTarget()
{
    App::SafetyController reader;
    reader.setSession(m_readerSession.get());
    QCOMPARE(reader.reasons().first(), u"spam"_s);
    QVERIFY(reader.report(u"post"_s, m_posts.at(0), u"spam"_s, u"Seen it three times"_s));
    QVERIFY(reader.report(u"post"_s, m_posts.at(1), u"fraud"_s, {}));
    QVERIFY(reader.report(u"post"_s, m_posts.at(2), u"spam"_s, {}));
    QVERIFY(!reader.report(u"post"_s, m_posts.at(2), u"meh"_s, {})); // refused at once
    QVERIFY(!reader.error().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_readerSession->pendingCount(), 0, 10000);
    // A second reporter on the first post: one item, two reporters.
    // Reports are dated by the server when they arrive (issue 17, finding 4): the reader's are
    // in the queue before the author reports, so the author's is the newest.
    App::ModerationController mod;
    mod.setSession(m_modSession.get());
    QTRY_COMPARE_WITH_TIMEOUT(mod.queue().size(), 3, 10000);
    App::SafetyController author;
    author.setSession(m_authorSession.get());
    QVERIFY(author.report(u"user"_s, m_reader.id, u"harassment"_s, u"Follows me around"_s));
    QTRY_COMPARE_WITH_TIMEOUT(mod.queue().size(), 4, 10000);
    mod.setReasonFilter(u"fraud"_s);
    QCOMPARE(mod.queue().size(), 1);
    QCOMPARE(mod.queue().first().toMap().value(u"targetId"_s).toString(), m_posts.at(1));
    mod.setReasonFilter({});
    mod.setSortOrder(u"newest"_s);
    QCOMPARE(mod.queue().first().toMap().value(u"targetType"_s).toString(), u"user"_s);
    // In context: the content as reported, and who reported it and why.
    const QString key = u"post:"_s + m_posts.at(0);
    mod.select(key);
    QCOMPARE(mod.selected().value(u"excerpt"_s).toString(), u"Cheap followers, offer 0"_s);
    QCOMPARE(mod.selected().value(u"ownerUsername"_s).toString(), u"hakim"_s);
    const QVariantList reports = mod.selected().value(u"reports"_s).toList();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().toMap().value(u"reporter"_s).toString(), u"zaina"_s);
    QCOMPARE(reports.first().toMap().value(u"note"_s).toString(), u"Seen it three times"_s);
    // The reported never see reports about them: the author's device has only the report
    // he filed himself.
    App::ModerationController nosy;
    nosy.setSession(m_authorSession.get());
    QTest::qWait(300);
    QCOMPARE(nosy.queue().size(), 1);
    QCOMPARE(nosy.queue().first().toMap().value(u"targetId"_s).toString(), m_reader.id);
}

void ModerationPagesTest::moderatorDecidesOfflineOnSeveralAtOnce()
{
    App::ModerationController mod;
    mod.setSession(m_modSession.get());
    QTRY_COMPARE_WITH_TIMEOUT(mod.queue().size(), 4, 10000);
    setOnline(*m_modSession, false);
    const QStringList keys {u"post:"_s + m_posts.at(0), u"post:"_s + m_posts.at(2)};
    QVERIFY(mod.decide(keys, u"hide"_s, u"Selling followers"_s, u"3.1 Spam"_s));
    QVERIFY(mod.decide({u"post:"_s + m_posts.at(1)}, u"dismiss"_s, u"Not fraud"_s, {}));
    QTRY_COMPARE(mod.queue().size(), 1); // only the account report is left, offline
    QVERIFY(!mod.decide({}, u"hide"_s, u"x"_s, {}));
    QVERIFY(!mod.error().isEmpty());
    // Nothing reached the server yet.
    QCOMPARE(
        m_http.get(m_server->url(u"/api/v1/admin/audit?action=hide_content"_s), m_admin.accessToken)
            .json.value(u"entries"_s)
            .toArray()
            .size(),
        0);
    setOnline(*m_modSession, true);
    QTRY_COMPARE_WITH_TIMEOUT(m_modSession->pendingCount(), 0, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_http.get(m_server->url(u"/api/v1/admin/audit?action=hide_content"_s), m_admin.accessToken)
            .json.value(u"entries"_s)
            .toArray()
            .size(),
        2, 10000);
    QCOMPARE(mod.queue().size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!mod.history().isEmpty(), 10000);
}

void ModerationPagesTest::authorAppealsAndTheModeratorUpholds()
{
    App::SafetyController author;
    author.setSession(m_authorSession.get());
    QTRY_COMPARE_WITH_TIMEOUT(author.strikes().size(), 2, 10000);
    const QVariantMap strike = author.strikes().first().toMap();
    QCOMPARE(strike.value(u"rule"_s).toString(), u"3.1 Spam"_s);
    QCOMPARE(strike.value(u"action"_s).toString(), u"hide"_s);
    // Told what was done and why, under which rule, without a moderator's name.
    App::NotificationsModel notices;
    notices.setSession(m_authorSession.get());
    QTRY_VERIFY_WITH_TIMEOUT(notices.rowCount() > 0, 10000);
    QStringList texts;
    for (int row = 0; row < notices.rowCount(); ++row)
        texts << notices.data(notices.index(row), App::NotificationsModel::TextRole).toString();
    QVERIFY2(texts.contains(u"A moderator hid your content. 3.1 Spam: Selling followers"_s),
             qPrintable(texts.join(u" | "_s)));
    author.showStrike(strike.value(u"id"_s).toString());
    QVERIFY(author.appeal(strike.value(u"id"_s).toString(), u"These are my own followers."_s));
    QTRY_COMPARE(author.thread().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_authorSession->pendingCount(), 0, 10000);

    App::ModerationController mod;
    mod.setSession(m_modSession.get());
    QTRY_COMPARE_WITH_TIMEOUT(mod.appeals().size(), 1, 10000);
    mod.openAppeal(mod.appeals().first().toMap().value(u"id"_s).toString());
    QCOMPARE(mod.appeal().value(u"thread"_s).toList().size(), 1);
    QVERIFY(mod.replyToAppeal(u"What do you sell them for?"_s));
    QTRY_COMPARE_WITH_TIMEOUT(author.thread().size(), 2, 10000);
    QVERIFY(author.thread().last().toMap().value(u"fromModerator"_s).toBool());
    QVERIFY(mod.decideAppeal(u"uphold"_s, u"Fair enough."_s));
    QTRY_COMPARE_WITH_TIMEOUT(author.strikes().first().toMap().value(u"status"_s).toString(),
                              u"overturned"_s, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(mod.appeals().isEmpty(), 10000);
}

void ModerationPagesTest::shopRequestDocumentsOpenForModerators()
{
    // An application with a private document (a PDF).
    const QByteArray pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
    const HttpReply uploaded = m_http.send("POST", m_server->url(u"/api/v1/documents"_s), pdf,
                                           m_author.accessToken, "application/pdf");
    QCOMPARE(uploaded.status, 201);
    const QString document = uploaded.json.value(u"id"_s).toString();
    QCOMPARE(m_http
                 .send("POST", m_server->url(u"/api/v1/shop-requests"_s),
                       toJson({{u"shop_name"_s, u"Hakim's honey"_s},
                               {u"description"_s, u"Mountain honey"_s},
                               {u"documents"_s, QJsonArray {document}}}),
                       m_author.accessToken)
                 .status,
             201);
    App::ModerationController mod;
    mod.setSession(m_modSession.get());
    mod.loadShopRequests();
    QTRY_COMPARE_WITH_TIMEOUT(mod.shopRequests().size(), 1, 10000);
    QSignalSpy ready(&mod, &App::ModerationController::documentReady);
    mod.openDocument(document);
    QVERIFY(ready.wait(10000));
    QFile saved(ready.first().at(0).toUrl().toLocalFile());
    QVERIFY(saved.fileName().endsWith(u".pdf"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), pdf);
    // Not for someone else: a plain user's controller is told why.
    App::ModerationController nosy;
    nosy.setSession(m_readerSession.get());
    QSignalSpy refused(&nosy, &App::ModerationController::errorChanged);
    nosy.openDocument(document);
    QVERIFY(refused.wait(10000));
    QVERIFY(!nosy.error().isEmpty());
}

void ModerationPagesTest::bannedUserIsSignedOutWithAReason()
{
    App::ModerationController mod;
    mod.setSession(m_modSession.get());
    QVERIFY(mod.actOnUser(m_reader.id, u"ban"_s, u"Harassment in messages"_s, u"1.2"_s, 0));
    QTRY_COMPARE_WITH_TIMEOUT(m_readerSession->state(), SessionController::State::SignedOut, 10000);
    QVERIFY2(m_readerSession->errorMessage().contains(u"moderator"_s),
             qPrintable(m_readerSession->errorMessage()));
    // Signing in again says why.
    m_readerSession->signIn(m_server->url({}).toString(), u"zaina"_s, defaultPassword(), true);
    QTRY_VERIFY_WITH_TIMEOUT(m_readerSession->errorMessage().contains(u"Harassment in messages"_s),
                             10000);
    QVERIFY(m_readerSession->state() != SessionController::State::SignedIn);
    // The moderator's record of the account shows the ban and the strike.
    mod.openUser(m_reader.id);
    QTRY_VERIFY_WITH_TIMEOUT(mod.record().value(u"user"_s).toMap().value(u"banned"_s).toBool(),
                             10000);
    QCOMPARE(mod.record().value(u"strikes"_s).toList().size(), 1);
    // Its times reach QML as dates (the server writes ISO 8601), "never" as undefined.
    const QVariantMap user = mod.record().value(u"user"_s).toMap();
    QCOMPARE(user.value(u"created_at"_s).typeId(), QMetaType::QDateTime);
    QVERIFY(user.value(u"created_at"_s).toDateTime() <= QDateTime::currentDateTime());
    QVERIFY(user.value(u"created_at"_s).toDateTime().date().year() >= 2026);
    QVERIFY(!user.value(u"suspended_until"_s).isValid()); // banned, not suspended
    const QVariantMap strike = mod.record().value(u"strikes"_s).toList().first().toMap();
    QCOMPARE(strike.value(u"created_at"_s).typeId(), QMetaType::QDateTime);
    QVERIFY(!strike.value(u"until"_s).isValid());
    bool ended = false;
    for (const QVariant &session : mod.record().value(u"sessions"_s).toList())
        ended = ended || session.toMap().value(u"revoked_at"_s).typeId() == QMetaType::QDateTime;
    QVERIFY2(ended, "the ban ended the reader's session, and the record says when");
}

QTEST_MAIN(ModerationPagesTest)
#include "tst_moderationpages.moc"
