#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace Souk::Test {

//! Every row of every table of a SQLite file, as sorted text lines, read through a separate
//! read-only connection. Comparing two snapshots proves that a refused request changed nothing.
QStringList databaseSnapshot(const QString &path);
//! The schema as the database uses it, not as it was typed: per table, each column's name,
//! type affinity, NOT NULL, default and key, in name order; each index's table, uniqueness
//! and columns; triggers and views by their SQL. Two databases built by different paths
//! (created at once, or grown by ALTER TABLE) compare equal when they behave the same.
QStringList logicalSchema(const QString &path);
//! One table's rows, for targeted checks.
QStringList tableRows(const QString &path, const QString &table);
//! A single value (first column of the first row) of a query.
QVariant queryValue(const QString &path, const QString &sql);
//! Writes behind the server's back, as time or an older version would have: ages a row, or
//! plants data from before a fix. Returns whether the statement ran.
bool execSql(const QString &path, const QString &sql, const QVariantList &binds = {});

} // namespace Souk::Test
