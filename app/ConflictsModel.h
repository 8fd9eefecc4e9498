#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Souk::Sync {
class SyncEngine;
}

namespace Souk::App {

//! Unresolved conflict records of the signed-in account, newest first: what was kept and what
//! was overwritten, side by side. Reads the local database and follows its changes.
class ConflictsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SessionController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // the conflict's id, for resolve()
        EntityRole, // "profiles", "drafts", ...
        RowIdRole,
        FieldRole, // the field that had two values
        KeptValueRole, // the value in place now
        LostValueRole, // the concurrent value that was overwritten
    };
    Q_ENUM(Role)

    explicit ConflictsModel(QObject *parent = nullptr);

    //! Follows `engine` (nullptr: empty, signed out).
    void setEngine(Sync::SyncEngine *engine);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void reload();

    struct Conflict
    {
        QString id, entity, rowId, field, kept, lost, lostHlc;
    };
    Sync::SyncEngine *m_engine = nullptr;
    QList<Conflict> m_rows;
};

} // namespace Souk::App
