#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace Souk::Sync {

//! One synced row: its id, its field values, and per field the HLC of the write that set it.
struct Row
{
    QString id;
    QJsonObject fields;
    QJsonObject clocks; // field name -> Hlc string
    bool deleted = false;

    bool operator==(const Row &other) const = default;
};

//! A column of a synced entity. Its SQL (type, NOT NULL, default) is generated from this, the
//! same in the client replica and in the server's table (SchemaSql.h).
struct FieldDef
{
    enum class Kind { Text, Integer, Bool };
    QString name;
    Kind kind = Kind::Text;
    //! Every row names it (the ids a row belongs to): the column has no default, so an insert
    //! that forgets it fails instead of storing an empty owner.
    bool required = false;
    //! What a row that never set the field holds, as an SQL literal ("'[]'" for a JSON list);
    //! empty for the kind's own ('' or 0).
    QString sqlDefault = {};
};

//! An index on a synced table. The client and the server ask different questions of the same
//! rows (the server: audiences and admin lists; the client: screens), so an index says where
//! it is built.
struct IndexDef
{
    enum class Side { Both, Server, Client };
    QString name;
    QString columns; // "author_id, created_at"
    Side side = Side::Both;
};

//! A kind of synced data, declared once and used by the client replica, the server tables,
//! the change feed and the simulation alike.
struct EntityDef
{
    QString name; // table name on the client and in the protocol
    QString serverTable; // table on the server (profiles live in the users table)
    QList<FieldDef> fields;
    QList<IndexDef> indexes;
    //! The buckets a row belongs to, e.g. "user:<id>"; pull sends it to their subscribers. It
    //! may depend on the row's state (a post held for review is its author's alone): a row
    //! that leaves a bucket leaves a tombstone there (ServerSyncStore::feed).
    std::function<QStringList(const Row &)> buckets;

    bool hasField(const QString &field) const;
    const FieldDef *field(const QString &name) const;
};

} // namespace Souk::Sync
