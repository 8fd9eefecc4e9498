#include "RequestHead.h"

using namespace Qt::StringLiterals;

namespace Souk::Server {

RequestHead parseRequestHead(QByteArrayView head)
{
    RequestHead result;
    // Read through views of the head: this runs for every request, before QHttpServer parses
    // the same bytes, so it copies nothing it does not keep.
    qsizetype lineEnd = head.indexOf('\n');
    // The guard always passes a head ending in a blank line; any other bytes are still read
    // safely (the fuzzer passes them), as a request line without headers.
    const QByteArrayView requestLine = head.first(lineEnd < 0 ? head.size() : lineEnd).trimmed();
    const qsizetype firstSpace = requestLine.indexOf(' ');
    const qsizetype lastSpace = requestLine.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace <= firstSpace + 1
        || requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1).contains(' ')
        || !requestLine.sliced(lastSpace + 1).startsWith("HTTP/1.")) {
        result.error =
            Error {400, u"bad_request_line"_s, u"The request line is not valid HTTP/1.1."_s, {}};
        return result;
    }
    result.method = requestLine.first(firstSpace).toByteArray().toUpper();
    QByteArrayView target = requestLine.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    if (const qsizetype q = target.indexOf('?'); q >= 0)
        target.truncate(q);
    result.path = target.toByteArray();

    auto is = [](QByteArrayView a, QByteArrayView b) {
        return a.compare(b, Qt::CaseInsensitive) == 0;
    };
    bool sawLength = false;
    while (lineEnd >= 0 && lineEnd + 1 < head.size()) {
        const qsizetype start = lineEnd + 1;
        lineEnd = head.indexOf('\n', start);
        const QByteArrayView line =
            head.sliced(start, (lineEnd < 0 ? head.size() : lineEnd) - start).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            result.error = Error {400, u"bad_header"_s, u"A request header is malformed."_s, {}};
            return result;
        }
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (is(name, "content-length")) {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (sawLength && length != result.contentLength)) {
                result.error = Error {
                    400, u"bad_content_length"_s, u"The Content-Length header is invalid."_s, {}};
                return result;
            }
            result.contentLength = length;
            sawLength = true;
        } else if (is(name, "transfer-encoding") && !is(value, "identity")) {
            result.error =
                Error {411,
                       u"length_required"_s,
                       u"Send a Content-Length; chunked request bodies are not accepted."_s,
                       {}};
            return result;
        } else if (is(name, "expect") && is(value, "100-continue")) {
            result.expectContinue = true;
        } else if (is(name, "upgrade")) {
            result.upgrade = value.isEmpty() ? QByteArray("-") : value.toByteArray();
        } else if (is(name, "connection")) {
            for (const QByteArray &token : value.toByteArray().split(','))
                result.connectionUpgrade =
                    result.connectionUpgrade || is(token.trimmed(), "upgrade");
        }
    }
    return result;
}

} // namespace Souk::Server
