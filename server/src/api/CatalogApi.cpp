// The public catalog: active products of every shop, filtered and sorted on the server with
// indexed queries, and one product with its variants and reviews. Clients cache what they
// browse; owners have their own shop in full through sync.
#include "ApiContext.h"
#include "Columns.h"
#include "Database.h"
#include "IsoTime.h"
#include "Responses.h"
#include "Routes.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

constexpr int DefaultPage = 24;
constexpr int MaxPage = 100;

// Named with AS: browse() sorts and filters the outer SELECT by these names.
const Columns ProductColumns {{u"id"_s, u"p.id AS id"_s},
                              {u"shop_id"_s, u"p.shop_id AS shop_id"_s},
                              {u"shop_name"_s, u"s.name AS shop_name"_s},
                              {u"title"_s, u"p.title AS title"_s},
                              {u"description"_s, u"p.description AS description"_s},
                              {u"category"_s, u"p.category AS category"_s},
                              {u"media"_s, u"p.media AS media"_s},
                              {u"price"_s, u"p.price AS price"_s},
                              {u"currency"_s, u"p.currency AS currency"_s},
                              {u"rating_total"_s, u"p.rating_total AS rating_total"_s},
                              {u"rating_count"_s, u"p.rating_count AS rating_count"_s},
                              {u"created_at"_s, u"p.created_at AS created_at"_s},
                              {u"in_stock"_s,
                               u"(SELECT COALESCE(SUM(MAX(v.stock, 0)), 0) FROM variants v"
                               "   WHERE v.product_id = p.id AND v.deleted = 0) AS in_stock"_s}};

const QString SelectProducts =
    u"SELECT "_s + ProductColumns.sql() + u" FROM products p JOIN shops s ON s.id = p.shop_id"_s;

//! Stars in tenths, so no client needs floating point to show "4.3".
qint64 ratingTenths(qint64 total, qint64 count)
{
    return count > 0 ? (total * 10 + count / 2) / count : 0;
}

QJsonObject productFrom(const QSqlQuery &q)
{
    const ColumnRow p(q, ProductColumns);
    const qint64 count = p.integer(u"rating_count");
    return {
        {u"id"_s, p.text(u"id")},
        {u"shop"_s, QJsonObject {{u"id"_s, p.text(u"shop_id")}, {u"name"_s, p.text(u"shop_name")}}},
        {u"title"_s, p.text(u"title")},
        {u"description"_s, p.text(u"description")},
        {u"category"_s, p.text(u"category")},
        {u"media"_s, mediaWithUrls(p.text(u"media"))},
        {u"price"_s, p.integer(u"price")},
        {u"currency"_s, p.text(u"currency")},
        {u"rating_tenths"_s, ratingTenths(p.integer(u"rating_total"), count)},
        {u"rating_count"_s, count},
        {u"created_at"_s, jsonTime(p.integer(u"created_at"))},
        {u"stock"_s, p.integer(u"in_stock")}};
}

//! Text matched literally inside a LIKE pattern whose escape character is a backslash.
QString escapeLike(QString text)
{
    return text.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
}

Error badParameter(const QString &name, const QString &message)
{
    return Error::unprocessable(u"invalid_parameter"_s, message, name);
}

HttpResponse browse(ApiContext &ctx)
{
    const QUrlQuery &query = ctx.request.query;
    if (Error e =
            checkParameters(query,
                            {u"q"_s, u"category"_s, u"shop"_s, u"min_price"_s, u"max_price"_s,
                             u"currency"_s, u"in_stock"_s, u"sort"_s, u"limit"_s, u"offset"_s});
        !e.isNull())
        return HttpResponse::error(e);
    QStringList where {u"p.status = 'active'"_s, u"p.deleted = 0"_s, u"p.moderation = ''"_s,
                       u"s.deleted = 0"_s};
    QVariantList binds;
    const auto text = [&](const QString &name) {
        return query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    };
    if (const QString q = text(u"q"_s); !q.isEmpty()) {
        if (q.size() > 100)
            return HttpResponse::error(
                badParameter(u"q"_s, u"A search is at most 100 characters."_s));
        where << u"(p.title LIKE ? ESCAPE '\\' OR p.description LIKE ? ESCAPE '\\')"_s;
        binds << u'%' + escapeLike(q) + u'%' << u'%' + escapeLike(q) + u'%';
    }
    if (const QString category = text(u"category"_s); !category.isEmpty()) {
        // A category and everything under it ("home" finds "home/kitchen").
        where << u"(p.category = ? OR p.category LIKE ? ESCAPE '\\')"_s;
        binds << category << escapeLike(category) + u"/%"_s;
    }
    if (const QString shop = text(u"shop"_s); !shop.isEmpty()) {
        where << u"p.shop_id = ?"_s;
        binds << shop;
    }
    for (const auto &[name, op] :
         {std::pair {u"min_price"_s, u">="_s}, {u"max_price"_s, u"<="_s}}) {
        if (!query.hasQueryItem(name))
            continue;
        bool ok = false;
        const qint64 value = text(name).toLongLong(&ok);
        if (!ok || value < 0)
            return HttpResponse::error(
                badParameter(name, u"%1 is a whole number of minor units."_s.arg(name)));
        where << u"p.price %1 ?"_s.arg(op);
        binds << value;
    }
    if (const QString currency = text(u"currency"_s); !currency.isEmpty()) {
        where << u"p.currency = ?"_s;
        binds << currency;
    }
    const QString inStock = text(u"in_stock"_s);
    if (!inStock.isEmpty() && inStock != u"true"_s && inStock != u"false"_s)
        return HttpResponse::error(badParameter(u"in_stock"_s, u"in_stock is true or false."_s));
    // On the selected columns (the query below wraps the product query to filter on stock).
    static const QHash<QString, QString> orders {
        {u"newest"_s, u"created_at DESC, id"_s},
        {u"price_asc"_s, u"price ASC, id"_s},
        {u"price_desc"_s, u"price DESC, id"_s},
        {u"rating"_s,
         u"CASE WHEN rating_count = 0 THEN 0 ELSE rating_total * 1000 / rating_count END"
         " DESC, rating_count DESC, id"_s}};
    const QString sort = text(u"sort"_s).isEmpty() ? u"newest"_s : text(u"sort"_s);
    if (!orders.contains(sort))
        return HttpResponse::error(
            badParameter(u"sort"_s, u"sort is newest, price_asc, price_desc or rating."_s));
    bool ok = true;
    const int limit = query.hasQueryItem(u"limit"_s) ? text(u"limit"_s).toInt(&ok) : DefaultPage;
    if (!ok || limit < 1 || limit > MaxPage)
        return HttpResponse::error(badParameter(u"limit"_s, u"limit is 1 to 100."_s));
    const int offset = query.hasQueryItem(u"offset"_s) ? text(u"offset"_s).toInt(&ok) : 0;
    if (!ok || offset < 0)
        return HttpResponse::error(badParameter(u"offset"_s, u"offset is 0 or more."_s));
    const QString sql = u"SELECT * FROM ("_s + SelectProducts + u" WHERE "_s
        + where.join(u" AND "_s) + u")"_s
        + (inStock == u"true"_s ? u" WHERE in_stock > 0"_s : QString()) + u" ORDER BY "_s
        + orders.value(sort) + u" LIMIT ? OFFSET ?"_s;
    binds << limit + 1 << offset;
    Result<QSqlQuery> q = execSql(ctx.db, sql, binds, "browse catalog");
    if (!q)
        return HttpResponse::error(q.error());
    QJsonArray products;
    bool more = false;
    while (q->next()) {
        if (products.size() == limit) {
            more = true;
            break;
        }
        products.append(productFrom(*q));
    }
    QJsonObject out {{u"products"_s, products}};
    if (more)
        out.insert(u"next_offset"_s, offset + limit);
    return HttpResponse::json(200, out);
}

HttpResponse product(ApiContext &ctx)
{
    if (Error e = checkParameters(ctx.request.query, {}); !e.isNull())
        return HttpResponse::error(e);
    const QString id = ctx.request.params.value(u"id"_s);
    Result<QSqlQuery> q = execSql(ctx.db,
                                  SelectProducts
                                      + u" WHERE p.id = ? AND p.status = 'active' AND p.deleted = 0"
                                        " AND p.moderation = ''"
                                        " AND s.deleted = 0"_s,
                                  {id}, "read product");
    if (!q)
        return HttpResponse::error(q.error());
    if (!q->next())
        return HttpResponse::error(
            Error {404, u"product_not_found"_s, u"There is no such product."_s, {}});
    QJsonObject out = productFrom(*q);
    static const Columns VariantColumns {{u"id"_s}, {u"sku"_s}, {u"name"_s}, {u"stock"_s}};
    Result<QSqlQuery> variants = execSql(ctx.db,
                                         u"SELECT "_s + VariantColumns.sql()
                                             + u" FROM variants WHERE product_id = ?"
                                               " AND deleted = 0 ORDER BY name, sku"_s,
                                         {id}, "product variants");
    if (!variants)
        return HttpResponse::error(variants.error());
    QJsonArray list;
    while (variants->next()) {
        const ColumnRow v(*variants, VariantColumns);
        list.append(QJsonObject {{u"id"_s, v.text(u"id")},
                                 {u"sku"_s, v.text(u"sku")},
                                 {u"name"_s, v.text(u"name")},
                                 {u"stock"_s, std::max<qint64>(0, v.integer(u"stock"))}});
    }
    out.insert(u"variants"_s, list);
    static const Columns ReviewColumns {{u"id"_s},   {u"author_username"_s}, {u"stars"_s},
                                        {u"body"_s}, {u"reply"_s},           {u"created_at"_s}};
    Result<QSqlQuery> reviews =
        execSql(ctx.db,
                u"SELECT "_s + ReviewColumns.sql()
                    + u" FROM reviews WHERE product_id = ? AND deleted = 0 AND moderation = ''"
                      " ORDER BY created_at DESC LIMIT 50"_s,
                {id}, "product reviews");
    if (!reviews)
        return HttpResponse::error(reviews.error());
    QJsonArray said;
    while (reviews->next()) {
        const ColumnRow r(*reviews, ReviewColumns);
        said.append(QJsonObject {{u"id"_s, r.text(u"id")},
                                 {u"author_username"_s, r.text(u"author_username")},
                                 {u"stars"_s, r.integer(u"stars")},
                                 {u"body"_s, r.text(u"body")},
                                 {u"reply"_s, r.text(u"reply")},
                                 {u"created_at"_s, jsonTime(r.integer(u"created_at"))}});
    }
    out.insert(u"reviews"_s, said);
    return HttpResponse::json(200, out);
}

//! A shop's public page: its profile, owner and rating; its products come from the catalog
//! with ?shop=.
HttpResponse shop(ApiContext &ctx)
{
    if (Error e = checkParameters(ctx.request.query, {}); !e.isNull())
        return HttpResponse::error(e);
    static const Columns ShopColumns {
        {u"id"_s, u"s.id"_s},
        {u"name"_s, u"s.name"_s},
        {u"description"_s, u"s.description"_s},
        {u"logo"_s, u"s.logo"_s},
        {u"rating_total"_s, u"s.rating_total"_s},
        {u"rating_count"_s, u"s.rating_count"_s},
        {u"created_at"_s, u"s.created_at"_s},
        {u"username"_s, u"u.username"_s},
        {u"display_name"_s, u"u.display_name"_s},
        {u"product_count"_s,
         u"(SELECT COUNT(*) FROM products p WHERE p.shop_id = s.id AND p.status = 'active'"
         " AND p.deleted = 0 AND p.moderation = '')"_s}};
    Result<QSqlQuery> q = execSql(ctx.db,
                                  u"SELECT "_s + ShopColumns.sql()
                                      + u" FROM shops s JOIN users u ON u.id = s.owner_id"
                                        " WHERE s.id = ? AND s.deleted = 0 AND u.deleted = 0"_s,
                                  {ctx.request.params.value(u"id"_s)}, "read shop");
    if (!q)
        return HttpResponse::error(q.error());
    if (!q->next())
        return HttpResponse::error(
            Error {404, u"shop_not_found"_s, u"There is no such shop."_s, {}});
    const ColumnRow s(*q, ShopColumns);
    const QString logo = s.text(u"logo");
    return HttpResponse::json(
        200,
        {{u"id"_s, s.text(u"id")},
         {u"name"_s, s.text(u"name")},
         {u"description"_s, s.text(u"description")},
         {u"logo"_s, mediaWithUrls(logo.isEmpty() ? u"[]"_s : logo)},
         {u"rating_tenths"_s, ratingTenths(s.integer(u"rating_total"), s.integer(u"rating_count"))},
         {u"rating_count"_s, s.integer(u"rating_count")},
         {u"created_at"_s, jsonTime(s.integer(u"created_at"))},
         {u"owner"_s,
          QJsonObject {{u"username"_s, s.text(u"username")},
                       {u"display_name"_s, s.text(u"display_name")}}},
         {u"product_count"_s, s.integer(u"product_count")}});
}

} // namespace

void addCatalogRoutes(Router &router)
{
    router.add({"GET", u"/api/v1/catalog"_s, Route::Auth::None, browse, 0, false, false,
                u"Browse active products: filters, sorting, pages"_s});
    router.add({"GET", u"/api/v1/products/{id}"_s, Route::Auth::None, product, 0, false, false,
                u"A product with its variants and reviews"_s});
    router.add({"GET", u"/api/v1/shops/{id}"_s, Route::Auth::None, shop, 0, false, false,
                u"A shop's public profile"_s});
}

} // namespace Souk::Server
