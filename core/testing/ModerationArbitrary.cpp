#include "ModerationArbitrary.h"

#include "ArbitraryArgs.h"
#include "ModerationMutators.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Souk::Sync::Arbitrary {

using Moderation::reasons;
using Moderation::targetTypes;

namespace {

//! A row of `entity` the device sees, or now and then a random id (a missing row).
QString someId(const ArbitraryInput &in, const QString &entity)
{
    const QStringList known = in.ids(entity);
    return known.isEmpty() || in.random(8) == 0 ? newId(in) : pick(in, known);
}

} // namespace

QJsonObject arbitraryReport(const ArbitraryInput &in)
{
    static const QHash<QString, QString> entities {
        {u"post"_s, u"posts"_s},       {u"comment"_s, u"comments"_s}, {u"message"_s, u"messages"_s},
        {u"product"_s, u"products"_s}, {u"review"_s, u"reviews"_s},   {u"user"_s, u"profiles"_s}};
    const QString type = pick(in, targetTypes());
    return {{u"target_type"_s, type},
            {u"target_id"_s, someId(in, entities.value(type))},
            {u"reason"_s, pick(in, reasons())},
            {u"note"_s, words(in, 8)}};
}

QJsonObject arbitraryDecision(const ArbitraryInput &in)
{
    // The first simulated user is the server's admin: some decisions apply, the others'
    // are refused, and every device must end up where the server is.
    return {{u"id"_s, newId(in)},
            {u"target_type"_s, u"post"_s},
            {u"target_id"_s, someId(in, u"posts"_s)},
            {u"action"_s, pick(in, {u"hide"_s, u"remove"_s, u"dismiss"_s})},
            {u"reason"_s, words(in, 5)},
            {u"report_ids"_s, QJsonArray {someId(in, u"reports"_s)}}};
}

QJsonObject arbitraryAppeal(const ArbitraryInput &in)
{
    return {{u"id"_s, newId(in)},
            {u"strike_id"_s, someId(in, u"strikes"_s)},
            {u"body"_s, words(in, 12)}};
}

QJsonObject arbitraryRestoreContent(const ArbitraryInput &in)
{
    return {{u"action_id"_s, someId(in, u"mod_actions"_s)}, {u"reason"_s, u"second look"_s}};
}

QJsonObject arbitraryActOnUser(const ArbitraryInput &in)
{
    // Not suspend or ban: the simulated users (the first is the server's admin) must stay
    // signed in to converge.
    return {{u"id"_s, newId(in)},
            {u"target_type"_s, u"user"_s},
            {u"target_id"_s, pick(in, in.userIds)},
            {u"action"_s, pick(in, {u"warn"_s, u"limit"_s, u"lift"_s})},
            {u"reason"_s, words(in, 5)}};
}

QJsonObject arbitraryDecideAppeal(const ArbitraryInput &in)
{
    QJsonObject args = arbitraryAppeal(in);
    args.insert(u"decision"_s, pick(in, {u"uphold"_s, u"deny"_s}));
    return args;
}

} // namespace Souk::Sync::Arbitrary
