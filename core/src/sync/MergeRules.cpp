#include "MergeRules.h"

using namespace Qt::StringLiterals;

namespace Souk::Sync {

LwwValue mergeLww(const LwwValue &a, const LwwValue &b)
{
    return a.hlc < b.hlc ? b : a;
}

LwwWriteOutcome applyLwwWrite(const std::optional<LwwValue> &current, const LwwValue &incoming,
                              const Hlc &base)
{
    if (!current)
        return {incoming, std::nullopt, true};
    if (current->hlc == incoming.hlc)
        return {*current, std::nullopt, false}; // the same write again
    const bool concurrent = current->hlc != base;
    const bool incomingWins = current->hlc < incoming.hlc;
    const LwwValue &winner = incomingWins ? incoming : *current;
    const LwwValue &loser = incomingWins ? *current : incoming;
    LwwWriteOutcome out {winner, std::nullopt, incomingWins};
    if (concurrent && loser.value != winner.value)
        out.conflictLoser = loser;
    return out;
}

qint64 CounterState::value() const
{
    qint64 sum = 0;
    for (const qint64 d : deltas)
        sum += d;
    return sum;
}

CounterState counterApply(CounterState state, const QString &opId, qint64 delta)
{
    if (!state.deltas.contains(opId))
        state.deltas.insert(opId, delta);
    return state;
}

CounterState mergeCounters(const CounterState &a, const CounterState &b)
{
    CounterState out = a;
    for (auto it = b.deltas.constBegin(); it != b.deltas.constEnd(); ++it)
        out.deltas.insert(it.key(), it.value());
    return out;
}

PairRegister mergePair(const PairRegister &a, const PairRegister &b)
{
    return a.hlc < b.hlc ? b : a;
}

void AddWinsMap::add(const QString &key, const QString &tag, const LwwValue &qty)
{
    adds[key].insert(tag);
    quantity[key] = quantity.contains(key) ? mergeLww(quantity.value(key), qty) : qty;
}

void AddWinsMap::remove(const QString &key)
{
    removed[key] += adds.value(key);
}

bool AddWinsMap::contains(const QString &key) const
{
    return !(adds.value(key) - removed.value(key)).isEmpty();
}

QStringList AddWinsMap::keys() const
{
    QStringList out;
    for (auto it = adds.constBegin(); it != adds.constEnd(); ++it) {
        if (contains(it.key()))
            out << it.key();
    }
    return out;
}

AddWinsMap mergeAddWins(const AddWinsMap &a, const AddWinsMap &b)
{
    AddWinsMap out = a;
    for (auto it = b.adds.constBegin(); it != b.adds.constEnd(); ++it)
        out.adds[it.key()] += it.value();
    for (auto it = b.removed.constBegin(); it != b.removed.constEnd(); ++it)
        out.removed[it.key()] += it.value();
    for (auto it = b.quantity.constBegin(); it != b.quantity.constEnd(); ++it)
        out.quantity[it.key()] = out.quantity.contains(it.key())
            ? mergeLww(out.quantity.value(it.key()), it.value())
            : it.value();
    return out;
}

bool AppendLog::append(LogEntry entry)
{
    if (m_ids.contains(entry.id))
        return false;
    entry.position = m_entries.size();
    m_ids.insert(entry.id);
    m_entries.append(std::move(entry));
    return true;
}

qint64 mergeMax(qint64 a, qint64 b)
{
    return std::max(a, b);
}

bool MaxRegister::advance(qint64 to)
{
    if (to <= value)
        return false;
    value = to;
    return true;
}

StateMachine::StateMachine(QHash<QString, QSet<QString>> transitions, QString initial)
    : m_transitions(std::move(transitions))
    , m_initial(std::move(initial))
{ }

bool StateMachine::canTransition(const QString &from, const QString &to) const
{
    return m_transitions.value(from).contains(to);
}

Result<QString> StateMachine::transition(const QString &from, const QString &to) const
{
    if (!canTransition(from, to))
        return Error {
            409, u"invalid_transition"_s, u"Cannot go from \"%1\" to \"%2\"."_s.arg(from, to), {}};
    return to;
}

StateMachine orderStateMachine()
{
    return StateMachine({{u"placed"_s, {u"paid"_s, u"cancelled"_s}},
                         {u"paid"_s, {u"shipped"_s, u"cancelled"_s, u"refunded"_s}},
                         {u"shipped"_s, {u"delivered"_s, u"refunded"_s}},
                         {u"delivered"_s, {u"refunded"_s}}},
                        u"placed"_s);
}

} // namespace Souk::Sync
