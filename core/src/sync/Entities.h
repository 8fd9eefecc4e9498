#pragma once

#include "SyncTypes.h"

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
} // namespace Entity

QString userBucket(const QString &userId);
QString authorBucket(const QString &userId);

} // namespace Souk::Sync
