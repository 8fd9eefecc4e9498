// Mutator arguments. Each input line is "<actor> <name>@<version> <json arguments>": every
// registered mutator's validate() runs on the arguments, then the named one runs (validate and
// apply, as push does) against in-memory stores, line after line, so that later lines can edit
// what earlier ones created: once as the server runs it, once as a client's optimistic run.
//
// With SOUK_FUZZ_WRITE_SEEDS=<dir> the target instead writes seeds: short runs of arguments
// from each mutator's own generator (core/testing, as tests/sim uses), kept only if they
// applied.
#include "Arbitrary.h"
#include "Entities.h"
#include "FuzzSupport.h"
#include "MemoryStore.h"
#include "Mutators.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Souk;
using namespace Souk::Sync;

namespace {

const QStringList &users()
{
    static const QStringList ids {QStringLiteral("a0000000-0000-4000-8000-000000000001"),
                                  QStringLiteral("b0000000-0000-4000-8000-000000000002"),
                                  QStringLiteral("c0000000-0000-4000-8000-000000000003")};
    return ids;
}

//! Three accounts with profiles; the second owns a shop (shops are made by the server, not by
//! a mutator), the third moderates.
void populate(Fuzz::MemoryStore &store)
{
    const QStringList names {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("mod")};
    for (qsizetype i = 0; i < users().size(); ++i) {
        Row profile;
        profile.id = users().at(i);
        profile.fields = {{QStringLiteral("username"), names.at(i)},
                          {QStringLiteral("display_name"), names.at(i)},
                          {QStringLiteral("bio"), QString()},
                          {QStringLiteral("avatar"), QString()}};
        (void)store.put(Entity::profiles(), profile);
    }
    Row shop;
    shop.id = QStringLiteral("d0000000-0000-4000-8000-000000000004");
    shop.fields = {{QStringLiteral("owner_id"), users().at(1)},
                   {QStringLiteral("name"), QStringLiteral("Bob's")},
                   {QStringLiteral("description"), QString()},
                   {QStringLiteral("logo"), QString()},
                   {QStringLiteral("created_at"), 0},
                   {QStringLiteral("rating_total"), 0},
                   {QStringLiteral("rating_count"), 0}};
    (void)store.put(Entity::shops(), shop);
    store.moderators = {users().at(2)};
}

const Mutator *choose(const QString &key)
{
    const QList<const Mutator *> all = MutatorRegistry::instance().all();
    const qsizetype at = key.lastIndexOf(u'@');
    if (at > 0) {
        if (const Mutator *m =
                MutatorRegistry::instance().find(key.left(at), key.mid(at + 1).toInt()))
            return m;
    }
    // An unknown name still picks a mutator, so a mutated name is not a dead end.
    uint sum = 0;
    for (const QChar c : key)
        sum += c.unicode();
    return all.at(qsizetype(sum % uint(all.size())));
}

int writeSeeds(const QString &directory)
{
    QDir().mkpath(directory);
    QRandomGenerator random(17);
    const QList<const Mutator *> all = MutatorRegistry::instance().all();
    for (const Mutator *target : all) {
        if (!Arbitrary::generatorFor(target->name))
            continue;
        Fuzz::MemoryStore store;
        populate(store);
        QByteArray seed;
        int lines = 0;
        // Random mutators build up rows between runs of the target, which needs some of them
        // (an order needs a shop, a product and a cart).
        for (int step = 0; step < 300 && lines < 16; ++step) {
            const Mutator *m = step % 3 == 2 ? target : all.at(random.bounded(int(all.size())));
            const Arbitrary::Generator generate = Arbitrary::generatorFor(m->name);
            if (!generate)
                continue;
            const int actor = random.bounded(3);
            Arbitrary::ArbitraryInput in;
            in.random = [&random](quint32 bound) {
                return bound ? random.bounded(bound) : 0;
            };
            in.userId = users().at(actor);
            in.userIds = users();
            in.ids = [&store](const QString &entity) {
                return store.ids(entity);
            };
            in.mediaIds = {
                QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")};
            in.fields = [&store](const QString &name, const QString &id) {
                const EntityDef *def = entity(name);
                const auto row = def ? store.get(*def, id) : Result<std::optional<Row>>(Error {});
                return row && row->has_value() ? (*row)->fields : QJsonObject {};
            };
            const QJsonObject args = generate(in);
            const MutationContext ctx {users().at(actor),
                                       Hlc {1'700'000'000'000 + step, 0, QStringLiteral("server")},
                                       true};
            if (!m->validate(args).isNull() || !m->apply(store, ctx, args).ok())
                continue;
            seed += QByteArray(1, "abm"[actor]) + ' ' + m->name.toUtf8() + '@'
                + QByteArray::number(m->version) + ' '
                + QJsonDocument(args).toJson(QJsonDocument::Compact) + '\n';
            ++lines;
        }
        if (seed.isEmpty())
            continue;
        QFile file(directory + u'/' + target->name + u'@' + QString::number(target->version));
        if (!file.open(QIODevice::WriteOnly) || file.write(seed) != seed.size())
            return 1;
    }
    return 0;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    if (const QByteArray out = qgetenv("SOUK_FUZZ_WRITE_SEEDS"); !out.isEmpty())
        std::exit(writeSeeds(QString::fromLocal8Bit(out)));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QList<QByteArray> lines = Fuzz::bytesOf(data, size).split('\n');
    if (lines.size() > 32)
        return 0; // long runs add time, not coverage
    Fuzz::MemoryStore store;
    populate(store);
    Fuzz::MemoryStore replica;
    populate(replica);
    replica.client = true;
    const QList<const Mutator *> all = MutatorRegistry::instance().all();
    qint64 step = 0;
    for (const QByteArray &line : lines) {
        const qsizetype first = line.indexOf(' ');
        const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
        if (second < 0)
            continue;
        const QString actor = users().at(line.startsWith('m') ? 2 : line.startsWith('b') ? 1 : 0);
        const QString key = QString::fromUtf8(line.mid(first + 1, second - first - 1));
        const QJsonObject args = QJsonDocument::fromJson(line.mid(second + 1)).object();

        for (const Mutator *m : all) {
            const Error e = m->validate(args);
            Fuzz::check(e.isNull() || (e.status >= 400 && e.status < 500 && !e.code.isEmpty()),
                        "validate refused without a 4xx status and a code");
        }
        const Mutator *m = choose(key);
        const Hlc hlc {1'700'000'000'000 + ++step, 0, QStringLiteral("server")};
        const Mutation mutation {step, m->name, m->version, args, hlc};
        for (Fuzz::MemoryStore *on : {&store, &replica}) {
            const Result<Ok> ran =
                MutatorRegistry::instance().run(*on, {actor, hlc, !on->client}, mutation);
            if (!ran)
                Fuzz::check(ran.error().status >= 400 && !ran.error().code.isEmpty(),
                            "a refusal without a status and a code");
        }
    }
    return 0;
}
