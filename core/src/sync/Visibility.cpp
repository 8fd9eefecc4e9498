#include "Visibility.h"

using namespace Qt::StringLiterals;

namespace Souk::Sync::Visibility {

const QStringList &heldBackStates()
{
    static const QStringList states {u"pending"_s, u"hidden"_s};
    return states;
}

QString heldBackSql()
{
    return u"('"_s + heldBackStates().join(u"', '"_s) + u"')"_s;
}

bool heldBack(const Row &row)
{
    return heldBackStates().contains(row.fields.value(u"moderation"_s).toString());
}

bool showsContent(const QString &viewer, const QString &authorId, const QString &moderation,
                  bool apart)
{
    if (viewer == authorId)
        return true;
    return !apart && moderation.isEmpty();
}

SqlCondition notApart(const QString &otherColumn, const QString &viewer)
{
    return {
        u"NOT EXISTS (SELECT 1 FROM blocks b WHERE b.active = 1 AND"
        " ((b.blocker_id = ? AND b.blocked_id = %1) OR (b.blocker_id = %1 AND b.blocked_id = ?)))"_s
            .arg(otherColumn),
        {viewer, viewer}};
}

SqlCondition profile(const QString &userColumn, const QString &viewer)
{
    return {u"NOT EXISTS (SELECT 1 FROM blocks b WHERE b.active = 1 AND b.blocker_id = %1"
            " AND b.blocked_id = ?)"_s.arg(userColumn),
            {viewer}};
}

SqlCondition content(const QString &alias, const QString &authorColumn, const QString &viewer)
{
    const QString author = alias + u'.' + authorColumn;
    const SqlCondition apart = notApart(author, viewer);
    // The author sees their own content whatever its state (marked); others only unmarked
    // content of accounts they are not apart from. COALESCE: a replica row written before
    // the column existed reads NULL.
    return {u"("_s + author + u" = ? OR ("_s + unmarked(alias) + u" AND "_s + apart.sql + u"))"_s,
            QVariantList {viewer} + apart.binds};
}

SqlCondition contentCount(const QString &table, const QString &authorColumn, const QString &viewer,
                          const QString &rowCondition)
{
    const QString rows = u"(SELECT COUNT(*) FROM "_s + table + u" o WHERE o.author_id = "_s
        + authorColumn + (rowCondition.isEmpty() ? QString() : u" AND "_s + rowCondition);
    const SqlCondition apart = notApart(authorColumn, viewer);
    return {u"CASE WHEN "_s + authorColumn + u" = ? THEN "_s + rows + u") WHEN "_s + apart.sql
                + u" THEN "_s + rows + u" AND "_s + unmarked(u"o"_s) + u") ELSE 0 END"_s,
            QVariantList {viewer} + apart.binds};
}

SqlCondition apartFromAnyone(const QString &viewer)
{
    return {u"EXISTS (SELECT 1 FROM blocks ab WHERE ab.active = 1"
            " AND (ab.blocker_id = ? OR ab.blocked_id = ?))"_s,
            {viewer, viewer}};
}

SqlCondition commentCount(const QString &post, const QString &viewer, const QString &rowCondition)
{
    const SqlCondition anyone = apartFromAnyone(viewer);
    const SqlCondition pair = notApart(u"o.author_id"_s, viewer);
    const QString stored = post + u".comment_count"_s;
    return {u"CASE WHEN NOT "_s + anyone.sql + u" THEN "_s + stored + u" ELSE "_s + stored
                + u" - (SELECT COUNT(*) FROM comments o WHERE o.post_id = "_s + post + u".id"_s
                + (rowCondition.isEmpty() ? QString() : u" AND "_s + rowCondition) + u" AND "_s
                + unmarked(u"o"_s) + u" AND NOT "_s + pair.sql + u") END"_s,
            anyone.binds + pair.binds};
}

SqlCondition publicContent(const QString &alias, const QString &authorColumn, const QString &viewer)
{
    const SqlCondition anyone = apartFromAnyone(viewer);
    const SqlCondition pair = notApart(alias + u'.' + authorColumn, viewer);
    return {u"("_s + unmarked(alias) + u" AND (NOT "_s + anyone.sql + u" OR "_s + pair.sql
                + u"))"_s,
            anyone.binds + pair.binds};
}

QString unmarked(const QString &alias)
{
    return u"COALESCE("_s + alias + u".moderation, '') = ''"_s;
}

SqlCondition message(const QString &alias, const QString &viewer)
{
    return {u"("_s + alias + u".author_id = ? OR COALESCE("_s + alias
                + u".moderation, '') NOT IN "_s + heldBackSql() + u')',
            {viewer}};
}

} // namespace Souk::Sync::Visibility
