#pragma once

#include "SessionController.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! The post composer. Images come from the file picker, drag and drop or the clipboard; each
//! is queued for upload at once (the engine sends the post only once they are stored). The
//! caption and images autosave to a draft that syncs to the user's other devices.
class ComposerController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Souk::App::SessionController *session READ session WRITE setSession NOTIFY
                   sessionChanged REQUIRED)
    Q_PROPERTY(QString caption READ caption WRITE setCaption NOTIFY captionChanged)
    //! [{mediaId, url}] in posting order.
    Q_PROPERTY(QVariantList images READ images NOTIFY imagesChanged)
    //! Texts of this draft kept from concurrent edits on other devices.
    Q_PROPERTY(QStringList otherVersions READ otherVersions NOTIFY otherVersionsChanged)
    Q_PROPERTY(bool canPublish READ canPublish NOTIFY imagesChanged)
    Q_PROPERTY(int captionLimit READ captionLimit CONSTANT)
    Q_PROPERTY(int imageLimit READ imageLimit CONSTANT)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit ComposerController(QObject *parent = nullptr);

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    QString caption() const { return m_caption; }
    void setCaption(const QString &caption);
    QVariantList images() const;
    QStringList otherVersions() const { return m_otherVersions; }
    bool canPublish() const;
    int captionLimit() const;
    int imageLimit() const;
    QString error() const { return m_error; }

    //! Adds images from local files (file picker, drag and drop); returns how many were added.
    Q_INVOKABLE int addFiles(const QList<QUrl> &files);
    //! Adds the image on the clipboard, if there is one.
    Q_INVOKABLE bool pasteImage();
    Q_INVOKABLE void moveImage(int from, int to);
    Q_INVOKABLE void removeImage(int index);
    //! Takes the text of another version of the draft in place of the current one.
    Q_INVOKABLE void useOtherVersion(int index);
    //! Queues the post (shown at once as pending) and starts a new draft.
    Q_INVOKABLE bool publish();
    //! Deletes the draft.
    Q_INVOKABLE void discard();

Q_SIGNALS:
    void sessionChanged();
    void captionChanged();
    void imagesChanged();
    void otherVersionsChanged();
    void errorChanged();

private:
    void load();
    void loadOtherVersions();
    bool addBytes(const QByteArray &bytes);
    void scheduleSave();
    void save();
    void setError(const QString &message);
    void startNewDraft();

    QPointer<SessionController> m_session;
    QString m_draftId;
    QString m_caption;
    QStringList m_media;
    QStringList m_otherVersions;
    QString m_error;
    QTimer m_autosave;
};

} // namespace Souk::App
