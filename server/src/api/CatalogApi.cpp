// The public catalog: active products of every shop, filtered and sorted on the server with
// indexed queries, and one product with its variants and reviews. Clients cache what they
// browse; owners have their own shop in full through sync.
#include "ApiContext.h"
#include "Database.h"
#include "Responses.h"
#include "Routes.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Souk::Server {

namespace {

constexpr int DefaultPage = 24;
constexpr int MaxPage = 100;

const QString ProductColumns =
    u"SELECT p.id AS id, p.shop_id, s.name AS shop_name, p.title, p.description, p.category,"
    " p.media, p.price AS price, p.currency, p.rating_total AS rating_total,"
    " p.rating_count AS rating_count, p.created_at AS created_at,"
    " (SELECT COALESCE(SUM(MAX(v.stock, 0)), 0) FROM variants v"
    "   WHERE v.product_id = p.id AND v.deleted = 0) AS in_stock"
    " FROM products p JOIN shops s ON s.id = p.shop_id"_s;

//! Stars in tenths, so no client needs floating point to show "4.3".
qint64 ratingTenths(qint64 total, qint64 count)
{
    return count > 0 ? (total * 10 + count / 2) / count : 0;
}

QJsonObject productFrom(const QSqlQuery &q)
{
    const qint64 count = q.value(10).toLongLong();
    return {{u"id"_s, q.value(0).toString()},
            {u"shop"_s,
             QJsonObject {{u"id"_s, q.value(1).toString()}, {u"name"_s, q.value(2).toString()}}},
            {u"title"_s, q.value(3).toString()},
            {u"description"_s, q.value(4).toString()},
            {u"category"_s, q.value(5).toString()},
            {u"media"_s, mediaWithUrls(q.value(6).toString())},
            {u"price"_s, q.value(7).toLongLong()},
            {u"currency"_s, q.value(8).toString()},
            {u"rating_tenths"_s, ratingTenths(q.value(9).toLongLong(), count)},
            {u"rating_count"_s, count},
            {u"created_at"_s, q.value(11).toLongLong()},
            {u"stock"_s, q.value(12).toLongLong()}};
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
    const QString sql = u"SELECT * FROM ("_s + ProductColumns + u" WHERE "_s
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
                                  ProductColumns
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
    Result<QSqlQuery> variants =
        execSql(ctx.db,
                u"SELECT id, sku, name, stock FROM variants WHERE product_id = ? AND deleted = 0"
                " ORDER BY name, sku"_s,
                {id}, "product variants");
    if (!variants)
        return HttpResponse::error(variants.error());
    QJsonArray list;
    while (variants->next())
        list.append(
            QJsonObject {{u"id"_s, variants->value(0).toString()},
                         {u"sku"_s, variants->value(1).toString()},
                         {u"name"_s, variants->value(2).toString()},
                         {u"stock"_s, std::max<qint64>(0, variants->value(3).toLongLong())}});
    out.insert(u"variants"_s, list);
    Result<QSqlQuery> reviews =
        execSql(ctx.db,
                u"SELECT id, author_username, stars, body, reply, created_at FROM reviews"
                " WHERE product_id = ? AND deleted = 0 AND moderation = ''"
                " ORDER BY created_at DESC LIMIT 50"_s,
                {id}, "product reviews");
    if (!reviews)
        return HttpResponse::error(reviews.error());
    QJsonArray said;
    while (reviews->next())
        said.append(QJsonObject {{u"id"_s, reviews->value(0).toString()},
                                 {u"author_username"_s, reviews->value(1).toString()},
                                 {u"stars"_s, reviews->value(2).toLongLong()},
                                 {u"body"_s, reviews->value(3).toString()},
                                 {u"reply"_s, reviews->value(4).toString()},
                                 {u"created_at"_s, reviews->value(5).toLongLong()}});
    out.insert(u"reviews"_s, said);
    return HttpResponse::json(200, out);
}

//! A shop's public page: its profile, owner and rating; its products come from the catalog
//! with ?shop=.
HttpResponse shop(ApiContext &ctx)
{
    if (Error e = checkParameters(ctx.request.query, {}); !e.isNull())
        return HttpResponse::error(e);
    Result<QSqlQuery> q =
        execSql(ctx.db,
                u"SELECT s.id, s.name, s.description, s.logo, s.rating_total, s.rating_count,"
                " s.created_at, u.username, u.display_name,"
                " (SELECT COUNT(*) FROM products p"
                "   WHERE p.shop_id = s.id AND p.status = 'active' AND p.deleted = 0"
                "   AND p.moderation = '')"
                " FROM shops s JOIN users u ON u.id = s.owner_id"
                " WHERE s.id = ? AND s.deleted = 0 AND u.deleted = 0"_s,
                {ctx.request.params.value(u"id"_s)}, "read shop");
    if (!q)
        return HttpResponse::error(q.error());
    if (!q->next())
        return HttpResponse::error(
            Error {404, u"shop_not_found"_s, u"There is no such shop."_s, {}});
    const QString logo = q->value(3).toString();
    return HttpResponse::json(
        200,
        {{u"id"_s, q->value(0).toString()},
         {u"name"_s, q->value(1).toString()},
         {u"description"_s, q->value(2).toString()},
         {u"logo"_s, mediaWithUrls(logo.isEmpty() ? u"[]"_s : logo)},
         {u"rating_tenths"_s, ratingTenths(q->value(4).toLongLong(), q->value(5).toLongLong())},
         {u"rating_count"_s, q->value(5).toLongLong()},
         {u"created_at"_s, q->value(6).toLongLong()},
         {u"owner"_s,
          QJsonObject {{u"username"_s, q->value(7).toString()},
                       {u"display_name"_s, q->value(8).toString()}}},
         {u"product_count"_s, q->value(9).toLongLong()}});
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
