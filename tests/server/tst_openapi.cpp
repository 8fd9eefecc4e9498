// docs/api/openapi.yaml and the served routes must agree, in both directions.
#include "ServerProcess.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk::Test;

class OpenApiTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void specMatchesServedRoutes();
};

void OpenApiTest::specMatchesServedRoutes()
{
    QByteArray out;
    QCOMPARE(ServerProcess::run({u"routes"_s}, &out), 0);
    QSet<QString> served;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.trimmed().isEmpty())
            served.insert(QString::fromUtf8(line.trimmed()));
    }
    QVERIFY(served.size() >= 10);

    QFile file(QStringLiteral(SOUK_SOURCE_DIR) + u"/docs/api/openapi.yaml"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Paths sit at two spaces of indentation under "paths:", operations at four.
    static const QRegularExpression pathLine(u"^  (/\\S*):\\s*$"_s);
    static const QRegularExpression opLine(
        u"^    (get|put|post|patch|delete|head|options):\\s*$"_s);
    QSet<QString> documented;
    bool inPaths = false;
    QString currentPath;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        if (!line.startsWith(u' ') && !line.trimmed().isEmpty())
            inPaths = line.startsWith(u"paths:"_s);
        if (!inPaths)
            continue;
        if (const auto m = pathLine.match(line); m.hasMatch())
            currentPath = m.captured(1);
        else if (const auto op = opLine.match(line); op.hasMatch() && !currentPath.isEmpty())
            documented.insert(op.captured(1).toUpper() + u' ' + currentPath);
    }
    const QSet<QString> undocumented = served - documented;
    const QSet<QString> phantom = documented - served;
    QVERIFY2(
        undocumented.isEmpty(),
        qPrintable(u"served but not in openapi.yaml: "_s + undocumented.values().join(u", "_s)));
    QVERIFY2(phantom.isEmpty(),
             qPrintable(u"in openapi.yaml but not served: "_s + phantom.values().join(u", "_s)));
}

QTEST_GUILESS_MAIN(OpenApiTest)
#include "tst_openapi.moc"
