#pragma once

#include <QNetworkRequest>
#include <QStringList>
#include <QTest>
#include <QWebSocket>

namespace Souk::Test {

//! An authenticated realtime socket (/api/v1/ws), past its hello frame; collects what it
//! receives, for tests of typing, presence, deltas and frame budgets.
struct RealtimeSocket
{
    QWebSocket ws;
    QStringList frames;

    bool open(quint16 port, const QByteArray &token)
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived,
                         [this](const QString &frame) { frames << frame; });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(port)));
        request.setRawHeader("Authorization", "Bearer " + token);
        ws.open(request);
        return QTest::qWaitFor([this] { return !frames.isEmpty(); }, 5000); // hello
    }
    //! How many frames received so far contain `needle`.
    qsizetype count(const QString &needle) const { return frames.filter(needle).size(); }
    QStringList typing() const { return frames.filter(QStringLiteral("\"typing\"")); }
};

} // namespace Souk::Test
