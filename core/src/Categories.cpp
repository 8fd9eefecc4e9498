#include "Categories.h"

using namespace Qt::StringLiterals;

namespace Souk::Categories {

const QStringList &paths()
{
    // Adding a category is safe; renaming or removing one leaves existing products filed under
    // a path the pickers no longer offer (they still show and sell, under "Other").
    static const QStringList tree {
        u"art"_s,
        u"art/prints"_s,
        u"art/paintings"_s,
        u"art/photography"_s,
        u"art/supplies"_s,
        u"beauty"_s,
        u"beauty/skincare"_s,
        u"beauty/makeup"_s,
        u"beauty/fragrance"_s,
        u"books"_s,
        u"books/fiction"_s,
        u"books/nonfiction"_s,
        u"books/children"_s,
        u"electronics"_s,
        u"electronics/phones"_s,
        u"electronics/audio"_s,
        u"electronics/computers"_s,
        u"electronics/accessories"_s,
        u"fashion"_s,
        u"fashion/women"_s,
        u"fashion/men"_s,
        u"fashion/kids"_s,
        u"fashion/shoes"_s,
        u"fashion/bags"_s,
        u"fashion/jewellery"_s,
        u"food"_s,
        u"food/spices"_s,
        u"food/sweets"_s,
        u"food/drinks"_s,
        u"food/pantry"_s,
        u"home"_s,
        u"home/kitchen"_s,
        u"home/decor"_s,
        u"home/rugs"_s,
        u"home/furniture"_s,
        u"home/lighting"_s,
        u"home/garden"_s,
        u"sports"_s,
        u"sports/outdoor"_s,
        u"sports/fitness"_s,
        u"toys"_s,
        u"toys/games"_s,
        u"toys/baby"_s,
        u"other"_s,
    };
    return tree;
}

bool isValid(const QString &path)
{
    return path.isEmpty() || paths().contains(path);
}

QString parent(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

} // namespace Souk::Categories
