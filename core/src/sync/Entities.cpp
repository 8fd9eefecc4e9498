#include "Entities.h"

using namespace Qt::StringLiterals;

namespace Souk::Sync {

bool EntityDef::hasField(const QString &field) const
{
    for (const FieldDef &f : fields) {
        if (f.name == field)
            return true;
    }
    return false;
}

QVariant fieldToSql(const FieldDef &field, const QJsonValue &value)
{
    switch (field.kind) {
    case FieldDef::Kind::Text:
        return value.toString();
    case FieldDef::Kind::Integer:
        return qint64(value.toDouble());
    case FieldDef::Kind::Bool:
        return value.toBool() ? 1 : 0;
    }
    return {};
}

QJsonValue fieldFromSql(const FieldDef &field, const QVariant &value)
{
    switch (field.kind) {
    case FieldDef::Kind::Text:
        return value.toString();
    case FieldDef::Kind::Integer:
        return value.toLongLong();
    case FieldDef::Kind::Bool:
        return value.toLongLong() != 0;
    }
    return {};
}

QString userBucket(const QString &userId)
{
    return u"user:"_s + userId;
}

QString authorBucket(const QString &userId)
{
    return u"author:"_s + userId;
}

namespace {
using Kind = FieldDef::Kind;

QString text(const Row &row, const QString &field)
{
    return row.fields.value(field).toString();
}
} // namespace

namespace Entity {

const EntityDef &profiles()
{
    // A profile is public: it travels in its author's bucket, to followers and to the owner.
    static const EntityDef def {
        u"profiles"_s,
        u"users"_s,
        {{u"username"_s, Kind::Text}, {u"display_name"_s, Kind::Text}, {u"bio"_s, Kind::Text}},
        [](const Row &row) {
            return QStringList {authorBucket(row.id)};
        }};
    return def;
}

const EntityDef &follows()
{
    // One row per (follower, followee), written only by the follower; both see it.
    static const EntityDef def {
        u"follows"_s,
        u"follows"_s,
        {{u"follower_id"_s, Kind::Text}, {u"followee_id"_s, Kind::Text}, {u"active"_s, Kind::Bool}},
        [](const Row &row) {
            return QStringList {userBucket(text(row, u"follower_id"_s)),
                                userBucket(text(row, u"followee_id"_s))};
        }};
    return def;
}

const EntityDef &drafts()
{
    static const EntityDef def {u"drafts"_s,
                                u"drafts"_s,
                                {{u"owner_id"_s, Kind::Text},
                                 {u"title"_s, Kind::Text},
                                 {u"body"_s, Kind::Text},
                                 {u"conflict_of"_s, Kind::Text}},
                                [](const Row &row) {
                                    return QStringList {userBucket(text(row, u"owner_id"_s))};
                                }};
    return def;
}

const EntityDef &conflicts()
{
    // A write that lost to a concurrent one, kept for its owner to review: never silently lost.
    static const EntityDef def {u"conflicts"_s,
                                u"conflicts"_s,
                                {{u"owner_id"_s, Kind::Text},
                                 {u"entity"_s, Kind::Text},
                                 {u"row_id"_s, Kind::Text},
                                 {u"field"_s, Kind::Text},
                                 {u"lost_value"_s, Kind::Text},
                                 {u"lost_hlc"_s, Kind::Text},
                                 {u"kept_value"_s, Kind::Text},
                                 {u"resolved"_s, Kind::Bool}},
                                [](const Row &row) {
                                    return QStringList {userBucket(text(row, u"owner_id"_s))};
                                }};
    return def;
}

} // namespace Entity

const QList<EntityDef> &entities()
{
    static const QList<EntityDef> all {Entity::profiles(), Entity::follows(), Entity::drafts(),
                                       Entity::conflicts()};
    return all;
}

const EntityDef *entity(const QString &name)
{
    for (const EntityDef &def : entities()) {
        if (def.name == name)
            return &def;
    }
    return nullptr;
}

} // namespace Souk::Sync
