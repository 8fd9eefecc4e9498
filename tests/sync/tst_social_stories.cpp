// The social issue's sync stories, with real devices (engines with their own SQLite files)
// against the real server.
#include "SocialQueries.h"
#include "SyncHarness.h"
#include "TestImages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Sync::Row;
using Souk::Sync::SyncEngine;

namespace {

std::optional<Row> findRow(SyncEngine &engine, const QString &table, const QString &id)
{
    return engine.row(table, id).value();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class SocialStoriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void likeAndUnlikeOfflineOnTwoDevicesConverge();
    void postComposedOfflineWithTwoImagesReachesAnotherDevice();
    void commentOnAPostDeletedMeanwhileIsRolledBack();
    void notificationArrivesAndIsMarkedReadEverywhere();
    void localQueriesReadTheReplicaOffline();

private:
    std::unique_ptr<SyncHarness> m_h;
};

void SocialStoriesTest::initTestCase()
{
    m_h = std::make_unique<SyncHarness>();
    QVERIFY2(m_h->startServer(), qPrintable(m_h->server().error()));
}

void SocialStoriesTest::likeAndUnlikeOfflineOnTwoDevicesConverge()
{
    const Account ann = m_h->account(u"ann"_s);
    const Account ben = m_h->account(u"ben"_s);
    auto annDevice = m_h->device(ann);
    const QString image = annDevice->addMedia(Images::make(120, 90, "jpeg", 1)).value();
    const QString post = newId();
    QVERIFY(annDevice->mutate(
        u"createPost"_s,
        {{u"id"_s, post}, {u"caption"_s, u"tea glasses"_s}, {u"media"_s, QJsonArray {image}}}));
    QVERIFY(SyncHarness::sync(*annDevice));
    auto laptop = m_h->device(ben);
    auto phone = m_h->device(ben);
    QVERIFY(laptop->mutate(u"follow"_s, {{u"user_id"_s, ann.id}}));
    QVERIFY(SyncHarness::sync(*laptop) && SyncHarness::sync(*phone));
    QVERIFY(findRow(*phone, u"posts"_s, post).has_value());

    laptop->setNetworkEnabled(false);
    phone->setNetworkEnabled(false);
    QVERIFY(laptop->mutate(u"likePost"_s, {{u"post_id"_s, post}}));
    QVERIFY(phone->mutate(u"likePost"_s, {{u"post_id"_s, post}}));
    // Offline, the count moves at once on each device.
    QCOMPARE(findRow(*laptop, u"posts"_s, post)->fields.value(u"like_count"_s).toInt(), 1);
    QTest::qWait(5);
    QVERIFY(laptop->mutate(u"unlikePost"_s, {{u"post_id"_s, post}}));
    QTest::qWait(5);
    QVERIFY(phone->mutate(u"unlikePost"_s, {{u"post_id"_s, post}}));
    QTest::qWait(5);
    QVERIFY(phone->mutate(u"likePost"_s, {{u"post_id"_s, post}})); // the last word: liked
    // The phone (with the later, final like) reaches the server first.
    phone->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*phone));
    laptop->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*laptop) && SyncHarness::sync(*phone));
    QVERIFY(SyncHarness::sync(*annDevice));

    const QString likeId = ben.id + u':' + post;
    for (SyncEngine *device : {laptop.get(), phone.get()}) {
        QCOMPARE(findRow(*device, u"likes"_s, likeId)->fields.value(u"active"_s).toBool(), true);
        QCOMPARE(findRow(*device, u"posts"_s, post)->fields.value(u"like_count"_s).toInt(), 1);
    }
    QCOMPARE(findRow(*annDevice, u"posts"_s, post)->fields.value(u"like_count"_s).toInt(), 1);
    QCOMPARE(SyncHarness::replica(*laptop), m_h->serverView(ben));
    QCOMPARE(SyncHarness::replica(*phone), m_h->serverView(ben));
}

void SocialStoriesTest::postComposedOfflineWithTwoImagesReachesAnotherDevice()
{
    const Account cat = m_h->account(u"cat"_s);
    auto laptop = m_h->device(cat);
    auto phone = m_h->device(cat);
    QVERIFY(SyncHarness::sync(*laptop) && SyncHarness::sync(*phone));

    laptop->setNetworkEnabled(false);
    QTemporaryDir files;
    const QString first = files.filePath(u"first.jpg"_s);
    QFile f(first);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(Images::make(800, 600, "jpeg", 11));
    f.close();
    const QString a = laptop->addMediaFile(first).value();
    const QString b = laptop->addMedia(Images::make(600, 800, "png", 12)).value();
    QVERIFY(QFile::remove(first)); // the queue keeps its own copy
    const QString post = newId();
    QVERIFY(laptop->mutate(u"createPost"_s,
                           {{u"id"_s, post},
                            {u"caption"_s, u"two views of the souk #souk"_s},
                            {u"media"_s, QJsonArray {a, b}}}));
    // Pending locally: shown at once, from the local copies.
    QVERIFY(findRow(*laptop, u"posts"_s, post).has_value());
    QCOMPARE(laptop->pendingCount(), 1);
    QVERIFY(!laptop->mediaPath(a).isEmpty());
    QCOMPARE(laptop->uploads().value().size(), 2);
    QCOMPARE(laptop->uploads().value().first().status, u"pending"_s);

    // Restart the offline device: the queue and the post survive.
    const QString dbPath = laptop->database().path();
    laptop.reset();
    laptop = m_h->device(cat, dbPath);
    laptop->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*laptop));
    for (const auto &item : laptop->uploads().value())
        QCOMPARE(item.status, u"stored"_s);
    QVERIFY(SyncHarness::sync(*phone));
    const std::optional<Row> onPhone = findRow(*phone, u"posts"_s, post);
    QVERIFY(onPhone.has_value());
    const QJsonArray media =
        QJsonDocument::fromJson(onPhone->fields.value(u"media"_s).toString().toUtf8()).array();
    QCOMPARE(media.size(), 2);
    QCOMPARE(media.at(0).toObject().value(u"id"_s).toString(), a);
    QCOMPARE(media.at(1).toObject().value(u"width"_s).toInt(), 600);
    // The phone can fetch both images from the server.
    for (const QJsonValue &m : media) {
        const HttpReply image = m_h->http().get(m_h->server().url(
            u"/media/"_s + m.toObject().value(u"sha256"_s).toString() + u"?size=thumb"_s));
        QCOMPARE(image.status, 200);
    }
    QCOMPARE(SyncHarness::replica(*phone), m_h->serverView(cat));
}

void SocialStoriesTest::commentOnAPostDeletedMeanwhileIsRolledBack()
{
    const Account dan = m_h->account(u"dan"_s);
    const Account eve = m_h->account(u"eve"_s);
    auto danDevice = m_h->device(dan);
    auto eveDevice = m_h->device(eve);
    const QString image = danDevice->addMedia(Images::make(100, 100, "jpeg", 21)).value();
    const QString post = newId();
    QVERIFY(danDevice->mutate(
        u"createPost"_s,
        {{u"id"_s, post}, {u"caption"_s, u"brass"_s}, {u"media"_s, QJsonArray {image}}}));
    QVERIFY(eveDevice->mutate(u"follow"_s, {{u"user_id"_s, dan.id}}));
    QVERIFY(SyncHarness::sync(*danDevice) && SyncHarness::sync(*eveDevice));
    QVERIFY(findRow(*eveDevice, u"posts"_s, post).has_value());

    eveDevice->setNetworkEnabled(false);
    const QString comment = newId();
    QVERIFY(eveDevice->mutate(u"comment"_s,
                              {{u"id"_s, comment}, {u"post_id"_s, post}, {u"body"_s, u"nice"_s}}));
    QVERIFY(findRow(*eveDevice, u"comments"_s, comment).has_value()); // shown while offline
    QCOMPARE(findRow(*eveDevice, u"posts"_s, post)->fields.value(u"comment_count"_s).toInt(), 1);
    QVERIFY(danDevice->mutate(u"deletePost"_s, {{u"id"_s, post}}));
    QVERIFY(SyncHarness::sync(*danDevice));

    QSignalSpy rejected(eveDevice.get(), &SyncEngine::mutationRejected);
    eveDevice->setNetworkEnabled(true);
    QVERIFY(SyncHarness::sync(*eveDevice));
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(1).toString(), u"comment"_s);
    QCOMPARE(rejected.first().at(2).toString(), u"post_not_found"_s);
    QVERIFY(!rejected.first().at(3).toString().isEmpty());
    // Rolled back: neither the comment nor the post remains; the reason is kept for the user.
    QVERIFY(!findRow(*eveDevice, u"comments"_s, comment).has_value());
    QVERIFY(!findRow(*eveDevice, u"posts"_s, post).has_value());
    QCOMPARE(eveDevice->rejections().size(), 1);
    QCOMPARE(SyncHarness::replica(*eveDevice), m_h->serverView(eve));
}

void SocialStoriesTest::notificationArrivesAndIsMarkedReadEverywhere()
{
    const Account fay = m_h->account(u"fay"_s);
    const Account gus = m_h->account(u"gus"_s);
    auto fayLaptop = m_h->device(fay);
    auto fayPhone = m_h->device(fay);
    auto gusDevice = m_h->device(gus);
    QVERIFY(SyncHarness::sync(*fayLaptop) && SyncHarness::sync(*fayPhone));
    QSignalSpy changed(fayPhone.get(), &SyncEngine::changed);
    QVERIFY(gusDevice->mutate(u"follow"_s, {{u"user_id"_s, fay.id}}));
    QVERIFY(SyncHarness::sync(*gusDevice));
    // Pushed in real time: the phone pulls on the poke, without being asked.
    QTRY_VERIFY_WITH_TIMEOUT(!fayPhone->rows(u"notifications"_s).value().isEmpty(), 5000);
    const Row n = fayPhone->rows(u"notifications"_s).value().first();
    QCOMPARE(n.fields.value(u"kind"_s).toString(), u"follow"_s);
    QCOMPARE(n.fields.value(u"actor_id"_s).toString(), gus.id);

    QVERIFY(fayLaptop->mutate(u"markNotificationsRead"_s,
                              {{u"until"_s, n.fields.value(u"created_at"_s).toInteger()}}));
    QVERIFY(SyncHarness::sync(*fayLaptop));
    QTRY_VERIFY_WITH_TIMEOUT(findRow(*fayPhone, u"inbox"_s, fay.id).has_value(), 5000);
    QCOMPARE(findRow(*fayPhone, u"inbox"_s, fay.id)->fields.value(u"read_until"_s).toInteger(),
             n.fields.value(u"created_at"_s).toInteger());
}

void SocialStoriesTest::localQueriesReadTheReplicaOffline()
{
    using Souk::Sync::SocialQueries;
    const Account hana = m_h->account(u"hana"_s);
    const Account ivo = m_h->account(u"ivo"_s);
    const Account jad = m_h->account(u"jad"_s);
    auto ivoDevice = m_h->device(ivo);
    auto jadDevice = m_h->device(jad);
    auto hanaDevice = m_h->device(hana);
    auto post = [&](SyncEngine &device, const QString &caption, int seed) {
        const QString id = newId();
        const QString image = device.addMedia(Images::make(80, 60, "jpeg", seed)).value();
        const bool queued =
            device
                .mutate(u"createPost"_s,
                        {{u"id"_s, id}, {u"caption"_s, caption}, {u"media"_s, QJsonArray {image}}})
                .ok();
        return queued ? id : QString();
    };
    const QString ivoPost = post(*ivoDevice, u"Copper lamps from Fez #brass #lamps"_s, 31);
    post(*jadDevice, u"Not followed, never in Hana's feed #brass"_s, 32);
    QVERIFY(SyncHarness::sync(*ivoDevice) && SyncHarness::sync(*jadDevice));
    QVERIFY(hanaDevice->mutate(u"follow"_s, {{u"user_id"_s, ivo.id}}));
    QVERIFY(hanaDevice->mutate(u"block"_s, {{u"user_id"_s, jad.id}}));
    QVERIFY(SyncHarness::sync(*hanaDevice));
    hanaDevice->setNetworkEnabled(false); // everything below works offline
    QTest::qWait(2);
    const QString mine = post(*hanaDevice, u"My first pot @ivo #ceramics"_s, 33);
    QVERIFY(hanaDevice->mutate(u"likePost"_s, {{u"post_id"_s, ivoPost}}));
    const QString c1 = newId();
    QVERIFY(hanaDevice->mutate(u"comment"_s,
                               {{u"id"_s, c1}, {u"post_id"_s, ivoPost}, {u"body"_s, u"lovely"_s}}));
    QVERIFY(hanaDevice->mutate(u"comment"_s,
                               {{u"id"_s, newId()},
                                {u"post_id"_s, ivoPost},
                                {u"parent_id"_s, c1},
                                {u"body"_s, u"(the second one)"_s}}));

    // A second, read-only connection, as the app's screens use.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
    db.setDatabaseName(hanaDevice->database().path());
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    QVERIFY(db.open());
    {
        SocialQueries queries(db, hana.id);
        const QList<SocialQueries::Post> feed = queries.feed({}, 10).value();
        QCOMPARE(feed.size(), 2); // hers (pending) and Ivo's; not Jad's
        QCOMPARE(feed.at(0).id, mine);
        QVERIFY(feed.at(0).pending);
        QCOMPARE(feed.at(1).id, ivoPost);
        QVERIFY(feed.at(1).liked);
        QCOMPARE(feed.at(1).likeCount, 1);
        QCOMPARE(feed.at(1).authorUsername, u"ivo"_s);
        // Paging: the second page starts after the first.
        const QList<SocialQueries::Post> next = queries.feed(feed.at(0).cursor(), 10).value();
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().id, ivoPost);

        const QList<SocialQueries::Comment> comments = queries.comments(ivoPost).value();
        QCOMPARE(comments.size(), 2);
        QCOMPARE(comments.at(1).parentId, c1);
        QCOMPARE(comments.at(0).authorUsername, u"hana"_s);

        QCOMPARE(queries.postsTagged(u"brass"_s, {}, 10).value().size(), 1);
        const SocialQueries::SearchResults found = queries.search(u"lamp"_s, 10).value();
        QCOMPARE(found.posts.size(), 1);
        QCOMPARE(found.posts.first().id, ivoPost);
        const SocialQueries::SearchResults tags = queries.search(u"#bra"_s, 10).value();
        QCOMPARE(tags.tags.size(), 1);
        QCOMPARE(tags.tags.first().first, u"brass"_s);
        QVERIFY(tags.people.isEmpty());
        QCOMPARE(queries.search(u"iv"_s, 10).value().people.first().username, u"ivo"_s);
        // Odd input is searched as words, never as FTS syntax.
        QVERIFY(queries.search(u"\"lamp* OR ) NEAR("_s, 10));

        const auto me = queries.profile(hana.id).value();
        QVERIFY(me.has_value());
        QCOMPARE(me->following, 1);
        QCOMPARE(me->posts, 1);
        const auto other = queries.profile(ivo.id).value();
        QVERIFY(other->followedByMe);
        QCOMPARE(other->followers, -1); // not known on this device

        // The tag index follows edits and deletions.
        QCOMPARE(queries.postsTagged(u"ceramics"_s, {}, 10).value().size(), 1);
        QVERIFY(hanaDevice->mutate(u"editPost"_s,
                                   {{u"id"_s, mine}, {u"caption"_s, u"My first pot #pottery"_s}}));
        QCOMPARE(queries.postsTagged(u"ceramics"_s, {}, 10).value().size(), 0);
        QCOMPARE(queries.postsTagged(u"pottery"_s, {}, 10).value().size(), 1);
        QCOMPARE(queries.search(u"pottery"_s, 10).value().posts.size(), 1);
        QVERIFY(hanaDevice->mutate(u"deletePost"_s, {{u"id"_s, mine}}));
        QCOMPARE(queries.postsTagged(u"pottery"_s, {}, 10).value().size(), 0);
        QCOMPARE(queries.search(u"pottery"_s, 10).value().posts.size(), 0);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"reader"_s);
}

QTEST_MAIN(SocialStoriesTest)
#include "tst_social_stories.moc"
