// Every synced table, in a fresh server database and a fresh client replica, is what its
// EntityDef declares (core/src/schema): the same columns with the same types on both sides,
// the declared constraints, and the declared indexes of each side, nothing more.
#include "DatabaseSnapshot.h"
#include "Entities.h"
#include "LocalDatabase.h"
#include "SchemaSql.h"
#include "ServerProcess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk::Test;
using Souk::Schema::Replica;
using Souk::Sync::EntityDef;
using Souk::Sync::FieldDef;
using Souk::Sync::IndexDef;

namespace {

QString declaredType(FieldDef::Kind kind)
{
    // Affinity, as logicalSchema reports it: BIGINT and INTEGER are both INTEGER.
    return kind == FieldDef::Kind::Text ? u"TEXT"_s : u"INTEGER"_s;
}

QString declaredDefault(const FieldDef &field)
{
    if (field.required)
        return u"NULL"_s;
    if (!field.sqlDefault.isEmpty())
        return field.sqlDefault;
    return field.kind == FieldDef::Kind::Text ? u"''"_s : u"0"_s;
}

//! The lines logicalSchema() gives for the entity's table, as declared.
QStringList declared(const EntityDef &entity, Replica replica)
{
    const QString table = Souk::Schema::tableName(entity, replica);
    QStringList lines {u"column %1 id TEXT 0 NULL 1"_s.arg(table),
                       u"column %1 clocks TEXT 1 '{}' 0"_s.arg(table)};
    if (replica == Replica::Server)
        lines << u"column %1 deleted INTEGER 1 0 0"_s.arg(table);
    for (const FieldDef &field : entity.fields)
        lines << u"column %1 %2 %3 1 %4 0"_s.arg(table, field.name, declaredType(field.kind),
                                                 declaredDefault(field));
    for (const IndexDef &index : entity.indexes) {
        if (index.side == IndexDef::Side::Both
            || (index.side == IndexDef::Side::Server) == (replica == Replica::Server))
            lines << u"index %1 on %2 (%3)"_s.arg(index.name, table, index.columns);
    }
    lines.sort();
    return lines;
}

//! The lines of the database's schema about one table (its columns and indexes).
QStringList actual(const QStringList &schema, const QString &table)
{
    QStringList lines;
    for (const QString &line : schema) {
        if (line.startsWith(u"column "_s + table + u' ')
            || (line.startsWith(u"index "_s) && line.contains(u" on "_s + table + u" ("_s)))
            lines << line;
    }
    lines.sort();
    return lines;
}

} // namespace

class SyncedSchemaTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverTablesAreDeclared_data();
    void serverTablesAreDeclared();
    void clientTablesAreDeclared_data();
    void clientTablesAreDeclared();
    void bothSidesHaveTheSameColumns();

private:
    QTemporaryDir m_dir;
    QStringList m_server;
    QStringList m_client;
};

void SyncedSchemaTest::initTestCase()
{
    QCOMPARE(ServerProcess::run({u"migrate"_s, u"--data-dir"_s, m_dir.path()}), 0);
    m_server = logicalSchema(m_dir.path() + u"/souk.db"_s);
    QVERIFY(!m_server.isEmpty());
    const QString replica = m_dir.path() + u"/replica.db"_s;
    {
        Souk::Sync::LocalDatabase db(replica);
        Souk::Result<Souk::Ok> opened = db.open();
        QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().message));
    }
    m_client = logicalSchema(replica);
    QVERIFY(!m_client.isEmpty());
}

void SyncedSchemaTest::serverTablesAreDeclared_data()
{
    QTest::addColumn<QString>("entity");
    for (const EntityDef &entity : Souk::Sync::entities())
        QTest::newRow(qPrintable(entity.name)) << entity.name;
}

void SyncedSchemaTest::serverTablesAreDeclared()
{
    QFETCH(QString, entity);
    const EntityDef &def = *Souk::Sync::entity(entity);
    QStringList have = actual(m_server, def.serverTable);
    if (def.serverTable == u"users"_s) {
        // Accounts share the table with profiles: only the profile's part is declared here.
        const QStringList accountOnly {
            u"username_key"_s, u"email"_s,      u"email_key"_s,          u"password_hash"_s,
            u"role"_s,         u"created_at"_s, u"updated_at"_s,         u"suspended_until"_s,
            u"banned"_s,       u"limited"_s,    u"restriction_reason"_s, u"users_by_time"_s,
            u"users_by_role"_s};
        have.removeIf([&](const QString &line) {
            return accountOnly.contains(line.section(u' ', 2, 2))
                || accountOnly.contains(line.section(u' ', 1, 1));
        });
    }
    QCOMPARE(have, declared(def, Replica::Server));
}

void SyncedSchemaTest::clientTablesAreDeclared_data()
{
    serverTablesAreDeclared_data();
}

void SyncedSchemaTest::clientTablesAreDeclared()
{
    QFETCH(QString, entity);
    const EntityDef &def = *Souk::Sync::entity(entity);
    QCOMPARE(actual(m_client, def.name), declared(def, Replica::Client));
}

void SyncedSchemaTest::bothSidesHaveTheSameColumns()
{
    // One name and one type for each column, whichever side reads it; only the server keeps
    // tombstones (deleted).
    for (const EntityDef &def : Souk::Sync::entities()) {
        QStringList server, client;
        for (const QString &line : actual(m_server, def.serverTable)) {
            const QString column = line.section(u' ', 2, 3);
            if (line.startsWith(u"column "_s) && def.hasField(line.section(u' ', 2, 2)))
                server << column;
        }
        for (const QString &line : actual(m_client, def.name)) {
            if (line.startsWith(u"column "_s) && def.hasField(line.section(u' ', 2, 2)))
                client << line.section(u' ', 2, 3);
        }
        QCOMPARE(client, server);
        QCOMPARE(client.size(), def.fields.size());
    }
}

QTEST_GUILESS_MAIN(SyncedSchemaTest)
#include "tst_synced_schema.moc"
