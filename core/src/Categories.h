#pragma once

#include <QStringList>

//! The category tree products are filed under. A category is a path of lower-case segments
//! ("home/kitchen"); browsing a category finds everything under it. The tree is fixed in the
//! code so every client can show it offline, translated (app/CategoryTree.cpp holds the names).
namespace Souk::Categories {

//! Every category, parents before their children, in the order a picker shows them.
const QStringList &paths();

//! An empty category (not filed yet) or one of paths().
bool isValid(const QString &path);

//! "home" for "home/kitchen", empty for a top-level category.
QString parent(const QString &path);

} // namespace Souk::Categories
