#include "Columns.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace Souk {

Columns::Columns(std::initializer_list<Column> columns)
    : m_columns(columns)
{ }

QString Columns::sql() const
{
    QStringList parts;
    parts.reserve(m_columns.size());
    for (const Column &c : m_columns)
        parts << (c.sql.isEmpty() ? c.name : c.sql);
    return parts.join(u", "_s);
}

int Columns::index(QStringView name) const
{
    // A linear search: a dozen short names, cheaper than hashing a QString per read.
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (m_columns.at(i).name == name)
            return int(i);
    }
    qFatal("Columns: no column named %s", qPrintable(name.toString()));
}

} // namespace Souk
