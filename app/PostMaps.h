#pragma once

#include "SocialQueries.h"

#include <QVariantMap>

//! Posts, comments and people as QML sees them (maps with the same keys as PostsModel's roles),
//! whether they come from the local database or from a server read.
namespace Souk::App {
class LocalData;
}

namespace Souk::App::PostMaps {

QVariantMap fromLocal(const Sync::SocialQueries::Post &post, const LocalData &local);
QVariantMap fromServer(const QJsonObject &post, const LocalData &local);
QVariantMap comment(const Sync::SocialQueries::Comment &comment, const QString &me);
QVariantMap person(const Sync::SocialQueries::Profile &profile, const LocalData &local);

} // namespace Souk::App::PostMaps
