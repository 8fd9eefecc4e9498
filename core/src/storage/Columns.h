#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <initializer_list>

namespace Souk {

//! The columns of a SELECT, declared once with the name the code reads each by: the SQL list
//! comes from the declaration, and a row is read by name, so adding or moving a column cannot
//! shift the others (reads by position, q.value(7), did). Extra columns a query adds after
//! sql() are read by position from size() on.
class Columns
{
public:
    struct Column
    {
        Column(QString name, QString sql = {})
            : name(std::move(name))
            , sql(std::move(sql))
        { }
        QString name; //!< what the code reads it by
        QString sql; //!< the expression; empty when it is the column `name` itself
    };
    Columns(std::initializer_list<Column> columns);

    //! The SELECT list: each column's expression (or its name), in declaration order.
    QString sql() const;
    qsizetype size() const { return m_columns.size(); }
    const Column &at(qsizetype i) const { return m_columns.at(i); }
    //! The position of `name`; a name not declared is a programming error and aborts, so any
    //! test that reads the row finds a typo.
    int index(QStringView name) const;

private:
    QList<Column> m_columns;
};

//! One row of a query whose SELECT list begins with `columns.sql()`, read by column name.
class ColumnRow
{
public:
    ColumnRow(const QSqlQuery &query, const Columns &columns)
        : m_query(query)
        , m_columns(columns)
    { }
    QVariant value(QStringView name) const { return m_query.value(m_columns.index(name)); }
    QString text(QStringView name) const { return value(name).toString(); }
    qint64 integer(QStringView name) const { return value(name).toLongLong(); }
    bool flag(QStringView name) const { return integer(name) != 0; }

private:
    const QSqlQuery &m_query;
    const Columns &m_columns;
};

} // namespace Souk
