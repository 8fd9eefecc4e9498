#include "ComposerController.h"

#include "SessionBinding.h"
#include "SessionController.h"
#include "SocialMutators.h"
#include "SocialText.h"

#include <QBuffer>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QMimeData>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Souk::App {

namespace {
constexpr int AutosaveDelayMs = 600;
}

ComposerController::ComposerController(QObject *parent)
    : QObject(parent)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(AutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &ComposerController::save);
}

void ComposerController::setSession(SessionController *session)
{
    if (m_session == session)
        return;
    // The draft is read once; later changes to drafts only bring other versions of it.
    bindSession(this, m_session, session, {u"drafts"_s}, [this] { loadOtherVersions(); });
    Q_EMIT sessionChanged();
    load();
}

void ComposerController::load()
{
    Sync::SocialQueries *queries = m_session ? m_session->local()->queries() : nullptr;
    if (!queries)
        return;
    Result<std::optional<Sync::SocialQueries::Draft>> draft = queries->latestDraft();
    if (draft && draft->has_value()) {
        m_draftId = (*draft)->id;
        m_caption = (*draft)->body;
        m_media = (*draft)->media;
    } else {
        startNewDraft();
    }
    Q_EMIT captionChanged();
    Q_EMIT imagesChanged();
    loadOtherVersions();
}

void ComposerController::loadOtherVersions()
{
    Sync::SocialQueries *queries = m_session ? m_session->local()->queries() : nullptr;
    QStringList versions;
    if (queries) {
        for (const auto &copy :
             queries->draftCopies(m_draftId).value_or(QList<Sync::SocialQueries::Draft> {}))
            versions << copy.body;
    }
    if (versions != m_otherVersions) {
        m_otherVersions = versions;
        Q_EMIT otherVersionsChanged();
    }
}

void ComposerController::startNewDraft()
{
    m_draftId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_caption.clear();
    m_media.clear();
}

void ComposerController::setCaption(const QString &caption)
{
    if (m_caption == caption)
        return;
    m_caption = caption;
    Q_EMIT captionChanged();
    scheduleSave();
}

QVariantList ComposerController::images() const
{
    QVariantList list;
    for (const QString &id : m_media)
        list << QVariantMap {
            {u"mediaId"_s, id},
            {u"url"_s,
             m_session ? m_session->local()->mediaUrl(QJsonObject {{u"id"_s, id}}, u"thumb"_s)
                       : QUrl()}};
    return list;
}

bool ComposerController::canPublish() const
{
    return !m_media.isEmpty() && m_media.size() <= imageLimit()
        && m_caption.size() <= captionLimit();
}

int ComposerController::captionLimit() const
{
    return Sync::SocialText::CaptionMax;
}

int ComposerController::imageLimit() const
{
    return Sync::Social::MaxImages;
}

void ComposerController::setError(const QString &message)
{
    if (m_error == message)
        return;
    m_error = message;
    Q_EMIT errorChanged();
}

bool ComposerController::addBytes(const QByteArray &bytes)
{
    if (!m_session)
        return false;
    if (m_media.size() >= imageLimit()) {
        setError(tr("A post has at most %n images.", nullptr, imageLimit()));
        return false;
    }
    Result<QString> id = m_session->addMedia(bytes);
    if (!id) {
        setError(id.error().message);
        return false;
    }
    if (m_media.contains(*id)) {
        setError(tr("This image is already in the post."));
        return false;
    }
    m_media << *id;
    setError({});
    Q_EMIT imagesChanged();
    scheduleSave();
    return true;
}

int ComposerController::addFiles(const QList<QUrl> &files)
{
    int added = 0;
    for (const QUrl &url : files) {
        QFile file(url.toLocalFile());
        if (!file.open(QIODevice::ReadOnly)) {
            setError(tr("%1 cannot be read.").arg(url.fileName()));
            continue;
        }
        if (addBytes(file.readAll()))
            ++added;
    }
    return added;
}

bool ComposerController::pasteImage()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime || !mime->hasImage()) {
        setError(tr("There is no image on the clipboard."));
        return false;
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    qvariant_cast<QImage>(mime->imageData()).save(&buffer, "PNG");
    return addBytes(png);
}

void ComposerController::moveImage(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_media.size() || to >= m_media.size() || from == to)
        return;
    m_media.move(from, to);
    Q_EMIT imagesChanged();
    scheduleSave();
}

void ComposerController::removeImage(int index)
{
    if (index < 0 || index >= m_media.size())
        return;
    m_media.removeAt(index);
    Q_EMIT imagesChanged();
    scheduleSave();
}

void ComposerController::useOtherVersion(int index)
{
    if (index < 0 || index >= m_otherVersions.size())
        return;
    setCaption(m_otherVersions.at(index));
}

void ComposerController::scheduleSave()
{
    m_autosave.start();
}

void ComposerController::save()
{
    if (!m_session)
        return;
    Result<qint64> saved =
        m_session->mutate(u"saveDraft"_s,
                          {{u"id"_s, m_draftId},
                           {u"body"_s, m_caption.left(Sync::SocialText::CaptionMax)},
                           {u"media"_s, QJsonArray::fromStringList(m_media)}});
    if (!saved)
        setError(saved.error().message);
}

bool ComposerController::publish()
{
    if (!m_session || !canPublish())
        return false;
    m_autosave.stop();
    Result<qint64> posted =
        m_session->mutate(u"createPost"_s,
                          {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
                           {u"caption"_s, m_caption},
                           {u"media"_s, QJsonArray::fromStringList(m_media)}});
    if (!posted) {
        setError(posted.error().message);
        return false;
    }
    discard();
    return true;
}

void ComposerController::discard()
{
    m_autosave.stop();
    QString failure; // shown once the composer is fresh again
    if (m_session && m_session->row(u"drafts"_s, m_draftId).value_or(std::nullopt).has_value()) {
        if (Result<qint64> deleted = m_session->mutate(u"deleteDraft"_s, {{u"id"_s, m_draftId}});
            !deleted)
            failure = deleted.error().message;
    }
    startNewDraft();
    setError(failure);
    Q_EMIT captionChanged();
    Q_EMIT imagesChanged();
    loadOtherVersions();
}

} // namespace Souk::App
