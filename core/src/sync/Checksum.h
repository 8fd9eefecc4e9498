#pragma once

#include <QString>

namespace Souk::Sync {

//! A bucket's checksum is the sum, modulo 2^32, of this value over its live rows. Sums can be
//! updated incrementally (subtract the old version, add the new one) on both sides, so neither
//! the server nor the client ever rescans a bucket to compute it.
quint32 rowChecksum(const QString &table, const QString &id, qint64 version);

} // namespace Souk::Sync
