#pragma once

#include "Hlc.h"
#include "Result.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QSet>
#include <optional>

namespace Souk::Sync {

//! A value with the HLC of the write that set it.
struct LwwValue
{
    QJsonValue value;
    Hlc hlc;
    bool operator==(const LwwValue &o) const { return value == o.value && hlc == o.hlc; }
};

//! Last writer wins: the higher HLC. Commutative, associative, idempotent.
LwwValue mergeLww(const LwwValue &a, const LwwValue &b);

struct LwwWriteOutcome
{
    LwwValue result;
    std::optional<LwwValue> conflictLoser;
    bool changed = false;
};
//! One write to a field. It is concurrent when the stored value is not the one the writer saw
//! (`base`); then the higher HLC wins and a differing loser is returned to keep as a conflict.
LwwWriteOutcome applyLwwWrite(const std::optional<LwwValue> &current, const LwwValue &incoming,
                              const Hlc &base);

//! A counter as the set of its deltas, each with a unique operation id: duplicates and
//! reordering cannot change the sum. Merge is commutative, associative, idempotent.
struct CounterState
{
    QMap<QString, qint64> deltas;
    qint64 value() const;
    bool operator==(const CounterState &o) const { return deltas == o.deltas; }
};
CounterState counterApply(CounterState state, const QString &opId, qint64 delta);
CounterState mergeCounters(const CounterState &a, const CounterState &b);

//! A per-(user, target) switch (like, follow, membership), last writer wins by HLC.
struct PairRegister
{
    bool active = false;
    Hlc hlc;
    bool operator==(const PairRegister &o) const { return active == o.active && hlc == o.hlc; }
};
PairRegister mergePair(const PairRegister &a, const PairRegister &b);

//! Add-wins keyed lines (the cart): an observed-remove map. A remove tombstones only the add
//! tags it has seen, so a concurrent add survives it. Quantities merge LWW.
struct AddWinsMap
{
    QMap<QString, QSet<QString>> adds;
    QMap<QString, QSet<QString>> removed;
    QMap<QString, LwwValue> quantity;

    void add(const QString &key, const QString &tag, const LwwValue &qty);
    void remove(const QString &key);
    bool contains(const QString &key) const;
    QStringList keys() const;
    bool operator==(const AddWinsMap &o) const
    {
        return adds == o.adds && removed == o.removed && quantity == o.quantity;
    }
};
AddWinsMap mergeAddWins(const AddWinsMap &a, const AddWinsMap &b);

//! Append-only log whose order the server assigns; appending the same id twice is a no-op.
struct LogEntry
{
    QString id;
    QJsonValue payload;
    qint64 position = -1;
};
class AppendLog
{
public:
    bool append(LogEntry entry);
    const QList<LogEntry> &entries() const { return m_entries; }

private:
    QList<LogEntry> m_entries;
    QSet<QString> m_ids;
};

//! Read positions only move forward.
qint64 mergeMax(qint64 a, qint64 b);
struct MaxRegister
{
    qint64 value = 0;
    bool advance(qint64 to);
};

//! A server-owned state machine: clients propose transitions, invalid ones are refused.
class StateMachine
{
public:
    StateMachine(QHash<QString, QSet<QString>> transitions, QString initial);
    bool canTransition(const QString &from, const QString &to) const;
    Result<QString> transition(const QString &from, const QString &to) const;
    QString initial() const { return m_initial; }

private:
    QHash<QString, QSet<QString>> m_transitions;
    QString m_initial;
};
StateMachine orderStateMachine();

} // namespace Souk::Sync
