#include "FaultyLink.h"

#include <QHostAddress>

namespace Souk::Test {

FaultyLink::FaultyLink(quint16 upstreamPort, std::function<quint32(quint32)> random,
                       QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
    , m_random(std::move(random))
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultyLink::accept);
}

FaultyLink::~FaultyLink()
{
    // cut() without its signals: an abort() here must not re-enter through disconnected().
    const QList<Pipe *> pipes = std::exchange(m_pipes, {});
    for (Pipe *pipe : pipes) {
        for (QTcpSocket *socket : {pipe->client.data(), pipe->upstream.data()}) {
            if (socket) {
                socket->disconnect(this);
                socket->abort();
            }
        }
        delete pipe;
    }
}

bool FaultyLink::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultyLink::setPartitioned(bool partitioned)
{
    m_partitioned = partitioned;
    if (!partitioned)
        return;
    const QList<Pipe *> pipes = m_pipes;
    for (Pipe *pipe : pipes)
        cut(pipe, false);
}

void FaultyLink::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_partitioned) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *pipe = new Pipe;
        m_pipes.append(pipe);
        pipe->client = client;
        pipe->upstream = new QTcpSocket(this);
        QTcpSocket *upstream = pipe->upstream;
        connect(client, &QTcpSocket::readyRead, this, [pipe, client, upstream] {
            const QByteArray data = client->readAll();
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(data);
            else
                pipe->pending += data;
        });
        connect(upstream, &QTcpSocket::connected, this,
                [pipe, upstream] { upstream->write(std::exchange(pipe->pending, {})); });
        connect(upstream, &QTcpSocket::readyRead, this, [this, pipe, client, upstream] {
            const QByteArray data = upstream->readAll();
            if (m_dropPercent > 0 && int(m_random(100)) < m_dropPercent) {
                ++m_dropped; // the request went through; its answer is lost
                cut(pipe, false);
                return;
            }
            client->write(data);
        });
        auto closeBoth = [this, pipe] {
            cut(pipe, true);
        };
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::errorOccurred, this, closeBoth);
        upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
    }
}

void FaultyLink::cut(Pipe *pipe, bool graceful)
{
    if (!m_pipes.removeOne(pipe))
        return;
    if (pipe->client) {
        pipe->client->disconnect(this);
        // A normal close still delivers what was already relayed; a fault loses it.
        if (graceful)
            pipe->client->disconnectFromHost();
        else
            pipe->client->abort();
        pipe->client->deleteLater();
    }
    if (pipe->upstream) {
        pipe->upstream->disconnect(this);
        pipe->upstream->abort();
        pipe->upstream->deleteLater();
    }
    delete pipe;
}

} // namespace Souk::Test
