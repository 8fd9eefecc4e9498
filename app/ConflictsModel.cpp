#include "ConflictsModel.h"

#include "EngineThread.h"
#include "SyncEngine.h"

using namespace Qt::StringLiterals;

namespace Souk::App {

ConflictsModel::ConflictsModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void ConflictsModel::setEngine(Sync::SyncEngine *engine)
{
    if (m_engine)
        m_engine->disconnect(this);
    m_engine = engine;
    if (m_engine) {
        connect(m_engine, &Sync::SyncEngine::changed, this, [this](const QStringList &tables) {
            if (tables.contains(u"conflicts"_s))
                reload();
        });
    }
    reload();
}

void ConflictsModel::reload()
{
    QList<Conflict> rows;
    if (m_engine) {
        Sync::SyncEngine *engine = m_engine;
        const Result<QList<Sync::Row>> all =
            onThreadOf(engine, [engine] { return engine->rows(u"conflicts"_s); });
        if (all) {
            for (const Sync::Row &r : *all) {
                if (r.fields.value(u"resolved"_s).toBool())
                    continue;
                rows.append(Conflict {r.id, r.fields.value(u"entity"_s).toString(),
                                      r.fields.value(u"row_id"_s).toString(),
                                      r.fields.value(u"field"_s).toString(),
                                      r.fields.value(u"kept_value"_s).toString(),
                                      r.fields.value(u"lost_value"_s).toString(),
                                      r.fields.value(u"lost_hlc"_s).toString()});
            }
        }
    }
    // Newest first: HLC strings sort in time order.
    std::sort(rows.begin(), rows.end(),
              [](const Conflict &a, const Conflict &b) { return a.lostHlc > b.lostHlc; });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

int ConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Conflict &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FieldRole:
        return c.field;
    case IdRole:
        return c.id;
    case EntityRole:
        return c.entity;
    case RowIdRole:
        return c.rowId;
    case KeptValueRole:
        return c.kept;
    case LostValueRole:
        return c.lost;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictsModel::roleNames() const
{
    return {{IdRole, "conflictId"}, {EntityRole, "entity"},       {RowIdRole, "rowId"},
            {FieldRole, "field"},   {KeptValueRole, "keptValue"}, {LostValueRole, "lostValue"}};
}

} // namespace Souk::App
