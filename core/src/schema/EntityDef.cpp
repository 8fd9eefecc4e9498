#include "EntityDef.h"

namespace Souk::Sync {

bool EntityDef::hasField(const QString &name) const
{
    return field(name) != nullptr;
}

const FieldDef *EntityDef::field(const QString &name) const
{
    for (const FieldDef &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

} // namespace Souk::Sync
