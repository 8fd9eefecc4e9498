#pragma once

#include "ServerMutation.h"

#include <QJsonArray>

namespace Souk::Server::ShopMutations {

//! An admin opens a shop for an account: the shop row (in the owner's new shop bucket), the shop
//! role for a plain user, and a "create_shop" audit line. Outputs the new shop's id.
struct OpenShop
{
    QString ownerId;
    QString name;
    QString description;
};
extern const ServerMutation<OpenShop, QString> openShop;

//! An account applies to open a shop: the request (documents already checked to be its own)
//! and a notification to every moderator and admin.
struct SubmitShopRequest
{
    QString requestId;
    QString shopName;
    QString description;
    QJsonArray documents;
};
extern const ServerMutation<SubmitShopRequest, Ok> submitShopRequest;

//! A moderator decides another account's pending request: approval opens the shop as openShop
//! does (audited "approve_shop_request"), rejection is audited with its reason; the applicant is
//! told either way. Outputs the applicant's id.
struct DecideShopRequest
{
    QString requestId;
    bool approve = false;
    QString reason;
};
extern const ServerMutation<DecideShopRequest, QString> decideShopRequest;

} // namespace Souk::Server::ShopMutations
