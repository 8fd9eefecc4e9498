#pragma once

#include <QString>
#include <QStringList>

//! What a caption or comment says beyond its text: #tags and @mentions. The same parser runs on
//! the client (optimistic rows, the search index) and on the server (tag pages, notifications).
namespace Souk::Sync::SocialText {

constexpr int CaptionMax = 2200;
constexpr int CommentMax = 2200;
constexpr int MaxTags = 30;
constexpr int MaxMentions = 20;

//! Distinct lower-case tags in order of appearance, without '#': letters, digits and '_'.
QStringList tags(const QString &text);
//! Distinct usernames mentioned with '@', lower-case, in order of appearance.
QStringList mentions(const QString &text);

//! A list as stored in a row: " a b c " (padded, so "% a %" matches one whole word), or "".
QString joinPadded(const QStringList &words);
QStringList splitPadded(const QString &padded);

//! A tag as typed by a user ("#Brass", "brass ") normalised to how it is stored ("brass").
QString normalizeTag(const QString &tag);

} // namespace Souk::Sync::SocialText
