// When the app raises a desktop notification, and when it stays quiet.
#include "Notifier.h"

#include <QSignalSpy>
#include <QTest>

using Souk::App::Notifier;

class NotifierTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyNewItemsWhileTheWindowIsInactive()
    {
        Notifier notifier;
        QSignalSpy spy(&notifier, &Notifier::notify);
        notifier.conflictsCounted(2); // the count at start: not news
        QCOMPARE(spy.size(), 0);
        notifier.conflictsCounted(3);
        QCOMPARE(spy.size(), 1);
        notifier.conflictsCounted(2); // one resolved: not news
        QCOMPARE(spy.size(), 1);
        notifier.setWindowActive(true); // the user is looking at the window
        notifier.conflictsCounted(4);
        QCOMPARE(spy.size(), 1);
        notifier.setWindowActive(false);
        notifier.setEnabled(false); // switched off in Settings
        notifier.setAsideCounted(0);
        notifier.setAsideCounted(1);
        QCOMPARE(spy.size(), 1);
        notifier.setEnabled(true);
        notifier.setAsideCounted(2);
        QCOMPARE(spy.size(), 2);
        QVERIFY(!spy.last().at(0).toString().isEmpty());
        // Unread notifications: only a rise is news, and it says how many are new.
        notifier.unreadCounted(3);
        QCOMPARE(spy.size(), 2);
        notifier.unreadCounted(5);
        QCOMPARE(spy.size(), 3);
        QVERIFY(spy.last().at(1).toString().contains(u'2'));
        notifier.unreadCounted(0); // marked read
        QCOMPARE(spy.size(), 3);
        // New chat messages while the window is not focused.
        notifier.unreadMessagesCounted(0);
        notifier.unreadMessagesCounted(1);
        QCOMPARE(spy.size(), 4);
        notifier.setWindowActive(true);
        notifier.unreadMessagesCounted(2);
        QCOMPARE(spy.size(), 4);
    }
};

QTEST_GUILESS_MAIN(NotifierTest)
#include "tst_notifier.moc"
