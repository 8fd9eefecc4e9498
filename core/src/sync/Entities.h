#pragma once

#include "SyncTypes.h"

#include <QVariant>

namespace Souk::Sync {

//! Every synced entity. Later features add theirs here; the client replica, the server change
//! feed and the randomized simulation pick them up from this list.
const QList<EntityDef> &entities();
const EntityDef *entity(const QString &name);

namespace Entity {
const EntityDef &profiles();
const EntityDef &follows();
const EntityDef &drafts();
const EntityDef &conflicts();
const EntityDef &posts();
const EntityDef &likes();
const EntityDef &comments();
const EntityDef &blocks();
const EntityDef &notifications();
const EntityDef &inbox();
const EntityDef &conversations();
const EntityDef &members();
const EntityDef &messages();
const EntityDef &reactions();
const EntityDef &preferences();
const EntityDef &shops();
const EntityDef &products();
const EntityDef &variants();
const EntityDef &skus();
const EntityDef &stockAlerts();
const EntityDef &wishlist();
const EntityDef &cartLines();
const EntityDef &orders();
const EntityDef &reviews();
const EntityDef &reports();
const EntityDef &modActions();
const EntityDef &strikes();
const EntityDef &appealMessages();
} // namespace Entity

//! A field's value as stored in an SQL column and back (text, integer, 0/1), the same on the
//! server and in the client replica.
QVariant fieldToSql(const FieldDef &field, const QJsonValue &value);
QJsonValue fieldFromSql(const FieldDef &field, const QVariant &value);

QString userBucket(const QString &userId);
QString authorBucket(const QString &userId);
QString convBucket(const QString &conversationId);
QString shopBucket(const QString &shopId);
//! The moderation queue: every moderator and admin.
QString modBucket();

} // namespace Souk::Sync
