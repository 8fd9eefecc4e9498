#pragma once

#include "EntityDef.h"

#include <QString>
#include <QVariantList>

//! Who may see a piece of user content, defined once for every reader: the server's REST reads
//! and realtime audiences, the buckets that carry rows to devices, and the client's queries of
//! its replica (docs/decisions/0017-declare-once.md).
//!
//! The rules:
//! - A moderator's mark (the row's `moderation` field): content that waits for review
//!   ("pending") or that a moderator hid ("hidden") reaches only its author, marked as such;
//!   removed content ("removed") keeps no content and is shown to its author as a marker.
//!   Moderators see marked content through the moderation queue, not through these reads.
//! - A block, either way: two accounts of which one blocked the other see none of each other's
//!   content, profiles, typing or presence. (So both learn of the block: the blocked account
//!   receives the block row too, and its device applies the same rule.)
//! - Drafts, conflicts, likes, carts and the like are private rows: their buckets already carry
//!   them to their owner alone. Conversation rows reach active members alone (conv: buckets).
namespace Souk::Sync::Visibility {

//! The moderation states that hold content back from everyone but its author: waiting for
//! review ("pending") and hidden. As an SQL list: "('pending', 'hidden')".
const QStringList &heldBackStates();
QString heldBackSql();
//! Content held back from everyone but its author.
bool heldBack(const Row &row);

//! Whether `viewer` sees content by `authorId` in moderation state `moderation` ("" for none),
//! given whether the two are apart (a block, either way): the rule of content() for a row in
//! memory (tests/server/tst_visibility.cpp proves the two agree).
bool showsContent(const QString &viewer, const QString &authorId, const QString &moderation,
                  bool apart);

//! A condition of an SQL WHERE clause with its placeholders' values, in order. The client's
//! replica and the server's tables have the same columns (core/src/schema), so one condition
//! serves both.
struct SqlCondition
{
    QString sql;
    QVariantList binds;
};

//! Not apart from the account in `otherColumn`: no active block between it and the viewer,
//! whoever blocked whom.
SqlCondition notApart(const QString &otherColumn, const QString &viewer);

//! A profile the viewer sees: any but one of an account that blocked the viewer. (The one who
//! blocks still sees the profile they blocked, so they can lift the block; not its content.)
SqlCondition profile(const QString &userColumn, const QString &viewer);

//! Content the viewer sees: `alias` is the content table's alias, its author in
//! `authorColumn`; the moderation rule and notApart() together.
SqlCondition content(const QString &alias, const QString &authorColumn, const QString &viewer);

//! The number of rows of `table` by the account in `authorColumn` that the viewer sees, as an
//! SQL expression (content()'s rule): whether the two are apart is asked once for the account,
//! not once per row. `rowCondition` narrows the rows further (the server's "o.deleted = 0");
//! the rows' alias is `o`.
SqlCondition contentCount(const QString &table, const QString &authorColumn, const QString &viewer,
                          const QString &rowCondition = {});

//! Whether the viewer is apart from anyone at all (a block that holds, either way). It names no
//! row of the query, so the database asks it once per query: a viewer without a block, the
//! common case, then pays nothing per row for the rules that follow blocks (commentCount(),
//! publicContent()).
SqlCondition apartFromAnyone(const QString &viewer);

//! A post's number of comments as the viewer sees it, as an SQL expression over the post alias
//! `post`: the stored comment_count (comments not deleted and unmarked, the public figure the
//! mutators keep) less the public comments of accounts apart from the viewer. Without a block
//! (apartFromAnyone()) it is the stored figure as it is. `rowCondition` narrows the comments
//! further (the server's "o.deleted = 0"); the comments' alias is `o`. A viewer's own hidden
//! comment is shown to them, marked, but not counted: the figure counts the conversation others
//! see, which is what the stored count can answer without a lookup per post.
SqlCondition commentCount(const QString &post, const QString &viewer,
                          const QString &rowCondition = {});

//! Unmarked content of an account the viewer is not apart from: what a tag page lists and
//! counts, even to the content's author (see unmarked()). Whether the viewer is apart from
//! anyone is asked once per query (apartFromAnyone()), the pair only when they are.
SqlCondition publicContent(const QString &alias, const QString &authorColumn,
                           const QString &viewer);

//! Content no moderator marked. Tag pages list only such posts, even to their author: a marked
//! post's tags are dropped on the server (they would make it public), and the device agrees.
QString unmarked(const QString &alias);

//! A conversation's messages the viewer sees, among those of a conversation it is an active
//! member of: all but those held back, which only their author sees. Removed messages stay,
//! as markers, for everyone (the conversation keeps its order). Blocks do not hide messages
//! in a conversation both are members of (docs/decisions/0015).
SqlCondition message(const QString &alias, const QString &viewer);

} // namespace Souk::Sync::Visibility
