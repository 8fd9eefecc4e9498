#include "SetAsideModel.h"

#include "EngineThread.h"
#include "SyncEngine.h"

using namespace Qt::StringLiterals;

namespace Souk::App {

SetAsideModel::SetAsideModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void SetAsideModel::setEngine(Sync::SyncEngine *engine)
{
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    if (m_engine) {
        connect(m_engine, &Sync::SyncEngine::mutationRejected, this, &SetAsideModel::reload);
        connect(m_engine, &Sync::SyncEngine::mutationQuarantined, this, &SetAsideModel::reload);
    }
    reload();
}

namespace {

//! What a change was, for the user: the words they wrote, where there are any.
QString summaryOf(const QString &name, const QJsonObject &args)
{
    const auto quoted = [&](const QString &field) {
        return QString(u'“' + args.value(field).toString().left(60) + u'”');
    };
    if (name == u"sendMessage"_s)
        return SetAsideModel::tr("Message %1").arg(quoted(u"body"_s));
    if (name == u"comment"_s)
        return SetAsideModel::tr("Comment %1").arg(quoted(u"body"_s));
    if (name == u"createPost"_s)
        return SetAsideModel::tr("Post %1").arg(quoted(u"caption"_s));
    return name;
}

} // namespace

void SetAsideModel::reload()
{
    QList<Entry> rows;
    if (m_engine) {
        Sync::SyncEngine *engine = m_engine;
        const auto [rejections, outbox] = onThreadOf(
            engine, [engine] { return std::make_pair(engine->rejections(), engine->outbox()); });
        for (const Sync::SyncEngine::Rejection &r : rejections)
            rows.append(Entry {r.seq, r.name, u"rejected"_s, r.message, summaryOf(r.name, r.args)});
        for (const Sync::SyncEngine::OutboxEntry &e : outbox) {
            if (e.status == u"quarantined"_s)
                rows.append(Entry {e.seq, e.name, u"quarantined"_s, e.lastError,
                                   summaryOf(e.name, e.args)});
        }
    }
    std::sort(rows.begin(), rows.end(),
              [](const Entry &a, const Entry &b) { return a.seq > b.seq; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

bool SetAsideModel::retry(qint64 seq)
{
    Sync::SyncEngine *engine = m_engine;
    const bool ok =
        engine && onThreadOf(engine, [engine, seq] { return bool(engine->retry(seq)); });
    reload();
    return ok;
}

bool SetAsideModel::discard(qint64 seq)
{
    Sync::SyncEngine *engine = m_engine;
    const bool ok =
        engine && onThreadOf(engine, [engine, seq] { return bool(engine->discard(seq)); });
    reload();
    return ok;
}

int SetAsideModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SetAsideModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Entry &e = m_rows.at(index.row());
    switch (role) {
    case SeqRole:
        return e.seq;
    case Qt::DisplayRole:
    case NameRole:
        return e.name;
    case KindRole:
        return e.kind;
    case ReasonRole:
        return e.reason;
    case SummaryRole:
        return e.summary;
    default:
        return {};
    }
}

QHash<int, QByteArray> SetAsideModel::roleNames() const
{
    return {{SeqRole, "seq"},
            {NameRole, "name"},
            {KindRole, "kind"},
            {ReasonRole, "reason"},
            {SummaryRole, "summary"}};
}

} // namespace Souk::App
