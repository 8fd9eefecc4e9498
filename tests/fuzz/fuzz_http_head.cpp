// The connection guard's view of a byte stream: RequestFramer splits it into heads and bodies,
// parseRequestHead reads each head. The stream is fed twice, whole and in pieces of a size the
// input chooses: the guard must see the same requests however TCP happens to cut the bytes.
#include "FuzzSupport.h"
#include "RequestFramer.h"
#include "RequestHead.h"

#include <QList>

using namespace Souk;
using namespace Souk::Server;

namespace {

// Small, so that the fuzzer reaches the cap; the server's default is 16 KiB.
constexpr qint64 MaxHeaderBytes = 512;
// Bodies up to this size are followed; a larger one is refused (413) and ends the stream.
constexpr qint64 BodyLimit = 4096;

struct Seen
{
    QByteArray head;
    int status = 0; // 0: accepted
    QByteArray method, path;
    qint64 contentLength = 0;
    bool operator==(const Seen &) const = default;
};

QList<Seen> follow(QByteArrayView stream, qsizetype piece)
{
    RequestFramer framer(MaxHeaderBytes);
    QList<Seen> seen;
    for (qsizetype start = 0; start < stream.size(); start += piece) {
        const QByteArrayView chunk = stream.sliced(start, std::min(piece, stream.size() - start));
        qsizetype pos = 0;
        while (pos < chunk.size()) {
            const qsizetype before = pos;
            const RequestFramer::Event event = framer.next(chunk, pos);
            Fuzz::check(pos >= before && pos <= chunk.size(), "framer position out of range");
            if (event == RequestFramer::Event::HeadTooLarge) {
                seen.append({{}, 431, {}, {}, 0});
                return seen;
            }
            if (event == RequestFramer::Event::NeedMore) {
                Fuzz::check(pos == chunk.size(), "NeedMore before the end of the data");
                break;
            }
            const QByteArrayView head = framer.head();
            Fuzz::check(head.size() <= MaxHeaderBytes, "head larger than the cap");
            Fuzz::check(head.endsWith("\r\n\r\n"), "head without its blank line");
            Fuzz::check(head.indexOf("\r\n\r\n") == head.size() - 4, "two heads in one");
            const RequestHead parsed = parseRequestHead(head);
            Seen s {head.toByteArray(), parsed.error.status, parsed.method, parsed.path,
                    parsed.contentLength};
            seen.append(s);
            if (!parsed.error.isNull()) {
                Fuzz::check(parsed.error.status == 400 || parsed.error.status == 411,
                            "unexpected refusal status");
                return seen; // the guard rejects and reads no further
            }
            Fuzz::check(!parsed.method.isEmpty() && parsed.method == parsed.method.toUpper(),
                        "accepted head without an upper-case method");
            Fuzz::check(!parsed.path.contains('?') && !parsed.path.contains(' '),
                        "path with a query or a space");
            Fuzz::check(parsed.contentLength >= 0, "negative Content-Length accepted");
            // 413; or an upgrade: a WebSocket handshake waits for its token, any other upgrade
            // is the connection's last request.
            if (parsed.contentLength > BodyLimit || !parsed.upgrade.isEmpty())
                return seen;
            framer.skipBody(parsed.contentLength);
        }
    }
    return seen;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses how the rest is cut (1 to 64 bytes a read); the rest is the stream.
    const qsizetype piece = qsizetype(data[0] % 64) + 1;
    const QByteArrayView stream(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);

    // Any bytes at all, as a head of their own.
    const RequestHead raw = parseRequestHead(stream);
    Fuzz::check(raw.error.isNull() || !raw.error.code.isEmpty(), "refusal without a code");

    const QList<Seen> whole = follow(stream, std::max<qsizetype>(stream.size(), 1));
    const QList<Seen> pieces = follow(stream, piece);
    Fuzz::check(whole == pieces, "the requests depend on how the stream was cut");
    return 0;
}
