#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QString>

namespace Souk::Bench {

//! Read-only once sending starts: the shared clock and the measured window.
struct Window
{
    QElapsedTimer clock;
    qint64 from = 0; // ns on `clock`; messages sent in [from, to) are measured
    qint64 to = 0;

    bool measured(qint64 sentNs) const { return sentNs >= from && sentNs < to; }
    //! Bodies start with "#<send time in ns> "; -1 for any other body.
    static qint64 sentAt(QByteArrayView body)
    {
        if (!body.startsWith('#'))
            return -1;
        const qsizetype space = body.indexOf(' ');
        bool ok = false;
        const qint64 ns = body.sliced(1, (space < 0 ? body.size() : space) - 1).toLongLong(&ok);
        return ok ? ns : -1;
    }
};

//! One thread's figures, read by main once the thread has stopped.
struct Tally
{
    QList<double> latencies;
    QList<double> sentAtMs; // for each latency, when its message was sent (bench clock)
    QList<double> pushLatencies;
    qint64 sent = 0; // measured messages sent
    qint64 expected = 0; // deliveries those should make
    qint64 delivered = 0;
    qint64 sendErrors = 0;
    qint64 deltas = 0;
    qint64 pulls = 0;
    int pushesInFlight = 0;
    QHash<QString, qint64> sentTo; // measured messages by conversation
};

} // namespace Souk::Bench
