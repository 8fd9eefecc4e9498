#pragma once

#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

namespace Souk::Test {

//! A TCP relay between one client device and the real server that can misbehave on purpose:
//! cut the network (a partition), or lose the server's answer after the request went through
//! (the server applied a push but the client never heard). Real sockets on loopback, nothing
//! mocked; HTTP and WebSocket traffic both go through it.
class FaultyLink : public QObject
{
    Q_OBJECT
public:
    //! `random(bound)` draws the faults, so a seeded run is reproducible in what it decides.
    FaultyLink(quint16 upstreamPort, std::function<quint32(quint32)> random,
               QObject *parent = nullptr);
    ~FaultyLink() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    //! While partitioned, open connections are cut and new ones refused.
    void setPartitioned(bool partitioned);
    bool isPartitioned() const { return m_partitioned; }
    //! Chance, in percent, that a chunk coming back from the server is lost with its connection.
    void setDropPercent(int percent) { m_dropPercent = percent; }
    int droppedAnswers() const { return m_dropped; }

private:
    struct Pipe
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        QByteArray pending; // client bytes waiting for the upstream connection
    };
    void accept();
    void cut(Pipe *pipe, bool graceful);

    QTcpServer m_server;
    quint16 m_upstreamPort;
    std::function<quint32(quint32)> m_random;
    QList<Pipe *> m_pipes;
    bool m_partitioned = false;
    int m_dropPercent = 0;
    int m_dropped = 0;
};

} // namespace Souk::Test
