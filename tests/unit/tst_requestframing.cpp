// The connection guard's framing and head parser, without a socket: what tst_http_limits checks
// through the server, row by row here, and the guarantee the fuzzer leans on (fuzz_http_head):
// the same requests come out however the bytes are cut.
#include "RequestFramer.h"
#include "RequestHead.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Souk::Server;

class RequestFramingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heads_data();
    void heads();
    void framingIgnoresHowBytesAreCut();
    void oversizeHeadStaysRefused();
};

void RequestFramingTest::heads_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<qint64>("length");

    QTest::newRow("get") << QByteArray("get /a/b?c=d HTTP/1.1\r\nHost: x\r\n\r\n") << 0
                         << QByteArray("GET") << QByteArray("/a/b") << qint64(0);
    QTest::newRow("post") << QByteArray("POST /p HTTP/1.1\r\ncontent-LENGTH:  12 \r\n\r\n") << 0
                          << QByteArray("POST") << QByteArray("/p") << qint64(12);
    QTest::newRow("two equal lengths")
        << QByteArray("POST /p HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n") << 0
        << QByteArray("POST") << QByteArray("/p") << qint64(3);
    QTest::newRow("two different lengths")
        << QByteArray("POST /p HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n") << 400
        << QByteArray("POST") << QByteArray("/p") << qint64(3);
    QTest::newRow("negative length") << QByteArray("POST /p HTTP/1.1\r\nContent-Length: -1\r\n\r\n")
                                     << 400 << QByteArray("POST") << QByteArray("/p") << qint64(0);
    QTest::newRow("chunked") << QByteArray("POST /p HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                             << 411 << QByteArray("POST") << QByteArray("/p") << qint64(0);
    QTest::newRow("no colon") << QByteArray("GET / HTTP/1.1\r\nBroken\r\n\r\n") << 400
                              << QByteArray("GET") << QByteArray("/") << qint64(0);
    QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n") << 400
                                     << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("not http") << QByteArray("GET / SPDY/3\r\n\r\n") << 400 << QByteArray()
                              << QByteArray() << qint64(0);
    // The guard never passes these, but the parser must read any bytes safely.
    QTest::newRow("no line break")
        << QByteArray("GET / HTTP/1.1") << 0 << QByteArray("GET") << QByteArray("/") << qint64(0);
    QTest::newRow("empty") << QByteArray() << 400 << QByteArray() << QByteArray() << qint64(0);
}

void RequestFramingTest::heads()
{
    QFETCH(QByteArray, head);
    const RequestHead parsed = parseRequestHead(head);
    QTEST(parsed.error.status, "status");
    QTEST(parsed.method, "method");
    QTEST(parsed.path, "path");
    QTEST(parsed.contentLength, "length");
}

void RequestFramingTest::framingIgnoresHowBytesAreCut()
{
    const QByteArray stream = "\r\nPOST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                              "GET /b HTTP/1.1\r\n\r\n\r\nGET /c HTTP/1.1\r\nX: y\r\n\r\nGET /d";
    const QByteArrayList expected {"POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\n",
                                   "GET /b HTTP/1.1\r\n\r\n", "GET /c HTTP/1.1\r\nX: y\r\n\r\n"};
    for (qsizetype piece = 1; piece <= stream.size(); ++piece) {
        RequestFramer framer(1024);
        QByteArrayList heads;
        for (qsizetype start = 0; start < stream.size(); start += piece) {
            const QByteArrayView chunk =
                QByteArrayView(stream).sliced(start, std::min(piece, stream.size() - start));
            qsizetype pos = 0;
            while (framer.next(chunk, pos) == RequestFramer::Event::Head) {
                heads << framer.head().toByteArray();
                framer.skipBody(parseRequestHead(framer.head()).contentLength);
            }
        }
        QCOMPARE(heads, expected);
        QVERIFY(framer.inPartialHead()); // "GET /d" is waiting for the rest
    }
}

void RequestFramingTest::oversizeHeadStaysRefused()
{
    RequestFramer framer(16);
    const QByteArray bytes = "GET /a-long-path HTTP/1.1\r\n\r\n";
    qsizetype pos = 0;
    QCOMPARE(framer.next(bytes, pos), RequestFramer::Event::HeadTooLarge);
    // Asked again, it takes nothing (before, the room left in the head would be negative).
    const qsizetype before = pos;
    QCOMPARE(framer.next(bytes, pos), RequestFramer::Event::HeadTooLarge);
    QCOMPARE(pos, before);
}

QTEST_GUILESS_MAIN(RequestFramingTest)
#include "tst_requestframing.moc"
