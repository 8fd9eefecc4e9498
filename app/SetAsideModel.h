#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace Souk::Sync {
class SyncEngine;
}

namespace Souk::App {

//! Changes that did not go through: refused by the server (with its reason) or quarantined
//! after failing again and again. Each can be retried (queued anew) or discarded.
class SetAsideModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SessionController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        SeqRole = Qt::UserRole + 1, // the outbox sequence number, for retry()/discard()
        NameRole, // the mutator, e.g. "saveDraft"
        KindRole, // "rejected" or "quarantined"
        ReasonRole, // the server's message, or the last failure
        SummaryRole, // what the change was, in words: a message's text, a post's caption
    };
    Q_ENUM(Role)

    explicit SetAsideModel(QObject *parent = nullptr);
    void setEngine(Sync::SyncEngine *engine);
    int count() const { return int(m_rows.size()); }

    Q_INVOKABLE bool retry(qint64 seq);
    Q_INVOKABLE bool discard(qint64 seq);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void reload();

    struct Entry
    {
        qint64 seq;
        QString name, kind, reason, summary;
    };
    Sync::SyncEngine *m_engine = nullptr;
    QList<Entry> m_rows;
};

} // namespace Souk::App
