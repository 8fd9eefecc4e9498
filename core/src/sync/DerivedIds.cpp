#include "DerivedIds.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace Souk::Sync {

QString derivedId(const QStringList &parts)
{
    const QByteArray digest =
        QCryptographicHash::hash(parts.join(u'\x1f').toUtf8(), QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(digest.left(32));
}

QString pairId(const QString &a, const QString &b)
{
    return a + u':' + b;
}

QString pairIdSql(const QString &a, const QString &b)
{
    return a + u" || ':' || "_s + b;
}

namespace Chat {

QString directId(const QString &a, const QString &b)
{
    return derivedId({u"direct"_s, std::min(a, b), std::max(a, b)});
}

QString memberId(const QString &conversationId, const QString &userId)
{
    return pairId(conversationId, userId);
}

QString memberIdSql(const QString &conversationId, const QString &userId)
{
    return pairIdSql(conversationId, userId);
}

} // namespace Chat

namespace Commerce {

QString skuId(const QString &shopId, const QString &sku)
{
    return derivedId({u"sku"_s, shopId, sku});
}

QString wishId(const QString &userId, const QString &productId)
{
    return derivedId({u"wish"_s, userId, productId});
}

QString cartLineId(const QString &userId, const QString &variantId)
{
    return derivedId({u"cart"_s, userId, variantId});
}

QString orderId(const QString &intentId, const QString &shopId)
{
    return derivedId({u"order"_s, intentId, shopId});
}

QString reviewId(const QString &orderId, const QString &variantId)
{
    return derivedId({u"review"_s, orderId, variantId});
}

} // namespace Commerce

namespace Moderation {

QString reportId(const QString &reporterId, const QString &targetType, const QString &targetId)
{
    return derivedId({u"report"_s, reporterId, targetType, targetId});
}

QString strikeId(const QString &actionId)
{
    return derivedId({u"strike"_s, actionId});
}

} // namespace Moderation

} // namespace Souk::Sync
