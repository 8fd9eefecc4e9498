// The idle watcher reports away after the idle time without input, back at the next input,
// and only changes.
#include "IdleWatcher.h"

#include <QKeyEvent>
#include <QTest>
#include <QWindow>

using namespace Souk;

class IdleWatcherTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awayAfterIdleBackOnInput()
    {
        QList<bool> reports;
        App::IdleWatcher idle([&reports](bool away) { reports << away; }, 200);
        QWindow window;
        QTRY_COMPARE_WITH_TIMEOUT(reports, QList<bool> {true}, 2000);
        QTest::qWait(300);
        QCOMPARE(reports, QList<bool> {true}); // said once, not on every check

        QKeyEvent key(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
        QCoreApplication::sendEvent(&window, &key);
        QCOMPARE(reports, (QList<bool> {true, false}));
        QCoreApplication::sendEvent(&window, &key); // still here: nothing new
        QCOMPARE(reports.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(reports, (QList<bool> {true, false, true}), 2000);
    }

    void inputKeepsItOnline()
    {
        QList<bool> reports;
        App::IdleWatcher idle([&reports](bool away) { reports << away; }, 300);
        QWindow window;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 900) {
            QMouseEvent move(QEvent::MouseMove, QPointF(1, 1), QPointF(1, 1), Qt::NoButton,
                             Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &move);
            QTest::qWait(50);
        }
        QVERIFY(reports.isEmpty());
    }
};

QTEST_MAIN(IdleWatcherTest)
#include "tst_idlewatcher.moc"
