#pragma once

#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Souk::App {

//! User text for a Text item with `textFormat: Text.StyledText`: the text HTML-escaped so it
//! shows literally (no markup, no images fetched), with only what this code recognises made
//! into links: http(s) URLs (href the URL), @mentions (href "user:<name>") and #tags (href
//! "tag:<tag>"). The only way user text may reach a StyledText item (docs/decisions/0013).
class TextLinks : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    //! The escaped text with its links; line breaks become <br>.
    static QString toStyledText(const QString &plain);
    //! The link as a URL to open outside the app when it is an http(s) URL with a host,
    //! else an empty URL (tag:, user: and anything else are not for the browser).
    static QUrl externalUrl(const QString &link);

    Q_INVOKABLE QString styled(const QString &plain) const { return toStyledText(plain); }
    Q_INVOKABLE QUrl external(const QString &link) const { return externalUrl(link); }
};

} // namespace Souk::App
