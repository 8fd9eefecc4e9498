#include "CategoryTree.h"

#include "Categories.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Souk::App {

namespace {

//! The English names, marked for lupdate; translated when shown.
const QHash<QString, const char *> &names()
{
    static const QHash<QString, const char *> table {
        {u"art"_s, QT_TRANSLATE_NOOP("CategoryTree", "Art")},
        {u"art/prints"_s, QT_TRANSLATE_NOOP("CategoryTree", "Prints")},
        {u"art/paintings"_s, QT_TRANSLATE_NOOP("CategoryTree", "Paintings")},
        {u"art/photography"_s, QT_TRANSLATE_NOOP("CategoryTree", "Photography")},
        {u"art/supplies"_s, QT_TRANSLATE_NOOP("CategoryTree", "Art supplies")},
        {u"beauty"_s, QT_TRANSLATE_NOOP("CategoryTree", "Beauty")},
        {u"beauty/skincare"_s, QT_TRANSLATE_NOOP("CategoryTree", "Skincare")},
        {u"beauty/makeup"_s, QT_TRANSLATE_NOOP("CategoryTree", "Make-up")},
        {u"beauty/fragrance"_s, QT_TRANSLATE_NOOP("CategoryTree", "Fragrance")},
        {u"books"_s, QT_TRANSLATE_NOOP("CategoryTree", "Books")},
        {u"books/fiction"_s, QT_TRANSLATE_NOOP("CategoryTree", "Fiction")},
        {u"books/nonfiction"_s, QT_TRANSLATE_NOOP("CategoryTree", "Non-fiction")},
        {u"books/children"_s, QT_TRANSLATE_NOOP("CategoryTree", "Children's books")},
        {u"electronics"_s, QT_TRANSLATE_NOOP("CategoryTree", "Electronics")},
        {u"electronics/phones"_s, QT_TRANSLATE_NOOP("CategoryTree", "Phones")},
        {u"electronics/audio"_s, QT_TRANSLATE_NOOP("CategoryTree", "Audio")},
        {u"electronics/computers"_s, QT_TRANSLATE_NOOP("CategoryTree", "Computers")},
        {u"electronics/accessories"_s, QT_TRANSLATE_NOOP("CategoryTree", "Accessories")},
        {u"fashion"_s, QT_TRANSLATE_NOOP("CategoryTree", "Fashion")},
        {u"fashion/women"_s, QT_TRANSLATE_NOOP("CategoryTree", "Women")},
        {u"fashion/men"_s, QT_TRANSLATE_NOOP("CategoryTree", "Men")},
        {u"fashion/kids"_s, QT_TRANSLATE_NOOP("CategoryTree", "Kids")},
        {u"fashion/shoes"_s, QT_TRANSLATE_NOOP("CategoryTree", "Shoes")},
        {u"fashion/bags"_s, QT_TRANSLATE_NOOP("CategoryTree", "Bags")},
        {u"fashion/jewellery"_s, QT_TRANSLATE_NOOP("CategoryTree", "Jewellery")},
        {u"food"_s, QT_TRANSLATE_NOOP("CategoryTree", "Food")},
        {u"food/spices"_s, QT_TRANSLATE_NOOP("CategoryTree", "Spices")},
        {u"food/sweets"_s, QT_TRANSLATE_NOOP("CategoryTree", "Sweets")},
        {u"food/drinks"_s, QT_TRANSLATE_NOOP("CategoryTree", "Drinks")},
        {u"food/pantry"_s, QT_TRANSLATE_NOOP("CategoryTree", "Pantry")},
        {u"home"_s, QT_TRANSLATE_NOOP("CategoryTree", "Home")},
        {u"home/kitchen"_s, QT_TRANSLATE_NOOP("CategoryTree", "Kitchen")},
        {u"home/decor"_s, QT_TRANSLATE_NOOP("CategoryTree", "Decor")},
        {u"home/rugs"_s, QT_TRANSLATE_NOOP("CategoryTree", "Rugs")},
        {u"home/furniture"_s, QT_TRANSLATE_NOOP("CategoryTree", "Furniture")},
        {u"home/lighting"_s, QT_TRANSLATE_NOOP("CategoryTree", "Lighting")},
        {u"home/garden"_s, QT_TRANSLATE_NOOP("CategoryTree", "Garden")},
        {u"sports"_s, QT_TRANSLATE_NOOP("CategoryTree", "Sports")},
        {u"sports/outdoor"_s, QT_TRANSLATE_NOOP("CategoryTree", "Outdoor")},
        {u"sports/fitness"_s, QT_TRANSLATE_NOOP("CategoryTree", "Fitness")},
        {u"toys"_s, QT_TRANSLATE_NOOP("CategoryTree", "Toys")},
        {u"toys/games"_s, QT_TRANSLATE_NOOP("CategoryTree", "Games")},
        {u"toys/baby"_s, QT_TRANSLATE_NOOP("CategoryTree", "Baby")},
        {u"other"_s, QT_TRANSLATE_NOOP("CategoryTree", "Other")},
    };
    return table;
}

QString name(const QString &path)
{
    const char *english = names().value(path);
    return english ? QCoreApplication::translate("CategoryTree", english) : path;
}

} // namespace

CategoryTree::CategoryTree(QObject *parent)
    : QObject(parent)
{ }

QVariantList CategoryTree::items() const
{
    QVariantList out;
    for (const QString &path : Categories::paths()) {
        const int depth = int(path.count(u'/'));
        out << QVariantMap {{u"path"_s, path},
                            {u"name"_s, name(path)},
                            {u"label"_s, QString(depth * 4, u' ') + name(path)},
                            {u"depth"_s, depth}};
    }
    return out;
}

QString CategoryTree::label(const QString &path) const
{
    if (!names().contains(path))
        return path;
    const QString up = Categories::parent(path);
    return up.isEmpty() ? name(path) : name(up) + u" › "_s + name(path);
}

int CategoryTree::indexOf(const QString &path) const
{
    return int(Categories::paths().indexOf(path));
}

} // namespace Souk::App
