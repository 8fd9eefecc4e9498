// Figures for the social issue (bench/social/run.sh runs it):
//   local  - a client database with 100,000 posts: a feed page of 50 (first, and deep in the
//            list), a tag page, and full-text searches, timed through SocialQueries as the
//            app's screens call them (targets: feed page < 5 ms, search < 20 ms);
//   seed-server - fills a server database with as many posts, for the explore run with wrk.
#include "LocalDatabase.h"
#include "SocialQueries.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;
using Souk::Sync::SocialQueries;

namespace {

QTextStream out(stdout);

const QStringList Words {u"brass"_s,   u"lamp"_s,    u"tea"_s,     u"glass"_s,   u"silk"_s,
                         u"market"_s,  u"blue"_s,    u"ceramic"_s, u"bowl"_s,    u"spice"_s,
                         u"saffron"_s, u"evening"_s, u"rooftop"_s, u"lantern"_s, u"weaver"_s,
                         u"copper"_s,  u"mint"_s,    u"alley"_s,   u"kiln"_s,    u"colour"_s};
const QStringList Tags {u"souk"_s,     u"tea"_s,    u"ceramics"_s, u"travel"_s,      u"handmade"_s,
                        u"lanterns"_s, u"spices"_s, u"textiles"_s, u"brass"_s,       u"market"_s,
                        u"vintage"_s,  u"design"_s, u"food"_s,     u"nightmarket"_s, u"fez"_s};

QString caption(QRandomGenerator &rng, QStringList &tagsOut)
{
    QStringList words;
    const int n = 6 + int(rng.bounded(14));
    for (int i = 0; i < n; ++i)
        words << Words.at(int(rng.bounded(Words.size())));
    tagsOut.clear();
    for (int i = 0, t = 1 + int(rng.bounded(3)); i < t; ++i) {
        const QString tag = Tags.at(int(rng.bounded(Tags.size())));
        if (!tagsOut.contains(tag))
            tagsOut << tag;
    }
    for (const QString &t : std::as_const(tagsOut))
        words << u'#' + t;
    return words.join(u' ');
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    out << "SQL failed: " << q.lastError().text() << Qt::endl;
    return false;
}

QString id(QRandomGenerator &rng)
{
    return QUuid(rng.generate(), quint16(rng.generate()), quint16(rng.generate()), 1, 2, 3, 4, 5, 6,
                 7, 8)
        .toString(QUuid::WithoutBraces);
}

//! Fills a client database as if it had synced `posts` posts of 200 authors, 100 of whom the
//! user follows.
bool buildLocal(const QString &path, const QString &me, int posts)
{
    Souk::Sync::LocalDatabase db(path);
    if (!db.open()) {
        out << "cannot open " << path << Qt::endl;
        return false;
    }
    QRandomGenerator rng(42);
    QElapsedTimer timer;
    timer.start();
    if (!db.begin()) {
        out << "cannot begin a transaction" << Qt::endl;
        return false;
    }
    QSqlQuery profile(db.db());
    profile.prepare(u"INSERT INTO profiles (id, username, display_name) VALUES (?, ?, ?)"_s);
    QStringList authors {me};
    profile.addBindValue(me);
    profile.addBindValue(u"bench"_s);
    profile.addBindValue(u"Bench User"_s);
    exec(profile);
    for (int i = 0; i < 200; ++i) {
        authors << id(rng);
        profile.addBindValue(authors.last());
        profile.addBindValue(u"user%1"_s.arg(i));
        profile.addBindValue(u"User Number %1"_s.arg(i));
        if (!exec(profile))
            return false;
    }
    QSqlQuery follow(db.db());
    follow.prepare(
        u"INSERT INTO follows (id, follower_id, followee_id, active) VALUES (?, ?, ?, 1)"_s);
    for (int i = 1; i <= 100; ++i) {
        follow.addBindValue(me + u':' + authors.at(i));
        follow.addBindValue(me);
        follow.addBindValue(authors.at(i));
        if (!exec(follow))
            return false;
    }
    QSqlQuery post(db.db());
    post.prepare(u"INSERT INTO posts (id, author_id, caption, media, tags, created_at,"
                 " like_count, comment_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(posts) * 60'000;
    QStringList tags;
    for (int i = 0; i < posts; ++i) {
        post.addBindValue(id(rng));
        post.addBindValue(authors.at(int(rng.bounded(101)))); // followed authors and the user
        post.addBindValue(caption(rng, tags));
        post.addBindValue(
            u"[{\"id\":\"%1\",\"sha256\":\"%1\",\"width\":1080,\"height\":1080}]"_s.arg(
                QString(64, QChar(u"0123456789abcdef"[i % 16]))));
        post.addBindValue(u' ' + tags.join(u' ') + u' ');
        post.addBindValue(start + qint64(i) * 60'000);
        post.addBindValue(int(rng.bounded(500)));
        post.addBindValue(int(rng.bounded(40)));
        if (!exec(post))
            return false;
    }
    if (!db.commit()) {
        out << "cannot commit" << Qt::endl;
        return false;
    }
    out << "built " << posts << " posts (with the full-text index) in " << timer.elapsed()
        << " ms; database " << QFileInfo(path).size() / (1024 * 1024) << " MiB" << Qt::endl;
    return true;
}

struct Stats
{
    double p50, p95, max;
};

template<typename F> Stats time(int runs, F &&f)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(int(ms.size() * 0.95)), ms.last()};
}

void report(const QString &what, const Stats &s, double target = 0)
{
    out << qSetFieldWidth(44) << Qt::left << what << qSetFieldWidth(0) << Qt::right
        << QString::asprintf("p50 %7.3f ms   p95 %7.3f ms   max %7.3f ms", s.p50, s.p95, s.max);
    if (target > 0)
        out << (s.p95 < target ? "   (target < " : "   (MISSES target < ") << target << " ms)";
    out << Qt::endl;
}

int runLocal(const QString &path, int posts, int runs)
{
    const QString me = u"0190bbbb-0000-7000-8000-00000000be9c"_s;
    if (!QFileInfo::exists(path) && !buildLocal(path, me, posts))
        return 1;
    // Read as the app does: its own read-only connection.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        return 1;
    {
        SocialQueries queries(db, me);
        int shown = 0;
        report(u"feed, first page of 50"_s,
               time(runs, [&] { shown = int(queries.feed({}, 50).value().size()); }), 5);
        if (shown != 50) {
            out << "the feed page had " << shown << " posts" << Qt::endl;
            return 1;
        }
        // Deep in the feed: page 1000 costs what page 1 costs (keyset paging).
        const QList<SocialQueries::Post> deep = queries.feed({}, 1).value();
        SocialQueries::Cursor cursor = deep.first().cursor();
        cursor.createdAt -= qint64(posts / 2) * 60'000;
        report(u"feed, a page of 50 halfway down"_s,
               time(runs, [&] { queries.feed(cursor, 50).value(); }), 5);
        report(u"tag page (#ceramics), 50"_s,
               time(runs, [&] { queries.postsTagged(u"ceramics"_s, {}, 50).value(); }), 5);
        for (const QString &q : {u"lantern"_s, u"brass lamp"_s, u"#cera"_s, u"user1"_s, u"sa"_s}) {
            int found = 0;
            const Stats s = time(runs, [&] {
                const auto r = queries.search(q, 20).value();
                found = int(r.posts.size() + r.people.size() + r.tags.size());
            });
            report(u"search \"%1\" (%2 results)"_s.arg(q).arg(found), s, 20);
        }
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"reader"_s);
    return 0;
}

//! Adds `posts` posts by the existing accounts to a server database (for the explore run).
int seedServer(const QString &path, int posts)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"server"_s);
    db.setDatabaseName(path);
    if (!db.open())
        return 1;
    QSqlQuery q(db);
    q.exec(u"SELECT id FROM users"_s);
    QStringList authors;
    while (q.next())
        authors << q.value(0).toString();
    q.exec(u"SELECT media FROM posts LIMIT 1"_s);
    const QString media = q.next() ? q.value(0).toString() : u"[]"_s;
    QRandomGenerator rng(7);
    db.transaction();
    QSqlQuery post(db);
    post.prepare(u"INSERT INTO posts (id, author_id, caption, media, tags, created_at, clocks)"
                 " VALUES (?, ?, ?, ?, ?, ?, '{}')"_s);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - qint64(posts) * 60'000 - 86'400'000;
    QStringList tags;
    for (int i = 0; i < posts; ++i) {
        post.addBindValue(id(rng));
        post.addBindValue(authors.at(int(rng.bounded(authors.size()))));
        post.addBindValue(caption(rng, tags));
        post.addBindValue(media);
        post.addBindValue(u' ' + tags.join(u' ') + u' ');
        post.addBindValue(start + qint64(i) * 60'000);
        if (!exec(post))
            return 1;
    }
    db.commit();
    out << "server database now has " << posts << " more posts" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"mode"_s, u"local or seed-server"_s);
    parser.addOption({u"db"_s, u"Database file."_s, u"path"_s});
    parser.addOption({u"posts"_s, u"Posts to create (default 100000)."_s, u"n"_s, u"100000"_s});
    parser.addOption({u"runs"_s, u"Repetitions per figure (default 200)."_s, u"n"_s, u"200"_s});
    parser.addHelpOption();
    parser.process(app);
    const QString mode = parser.positionalArguments().value(0);
    const QString db = parser.value(u"db"_s);
    if (db.isEmpty())
        parser.showHelp(2);
    if (mode == u"local"_s)
        return runLocal(db, parser.value(u"posts"_s).toInt(), parser.value(u"runs"_s).toInt());
    if (mode == u"seed-server"_s)
        return seedServer(db, parser.value(u"posts"_s).toInt());
    parser.showHelp(2);
}
