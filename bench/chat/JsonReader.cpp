#include "JsonReader.h"

#include <cstring>

namespace Souk::Bench {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

void appendUtf8(QByteArray &out, char32_t code)
{
    if (code < 0x80) {
        out += char(code);
    } else if (code < 0x800) {
        out += char(0xc0 | (code >> 6));
        out += char(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        out += char(0xe0 | (code >> 12));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    } else {
        out += char(0xf0 | (code >> 18));
        out += char(0x80 | ((code >> 12) & 0x3f));
        out += char(0x80 | ((code >> 6) & 0x3f));
        out += char(0x80 | (code & 0x3f));
    }
}

} // namespace

void JsonReader::skipSpace()
{
    while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

char JsonReader::peek()
{
    skipSpace();
    return m_p != m_end ? *m_p : 0;
}

bool JsonReader::expect(char c)
{
    skipSpace();
    if (m_p == m_end || *m_p != c)
        return fail();
    ++m_p;
    return true;
}

bool JsonReader::expectWord(QByteArrayView word)
{
    skipSpace();
    if (m_end - m_p < word.size() || std::memcmp(m_p, word.data(), size_t(word.size())) != 0)
        return fail();
    m_p += word.size();
    return true;
}

bool JsonReader::open(char c)
{
    if (!expect(c))
        return false;
    if (m_depth == MaxDepth)
        return fail();
    m_close[size_t(m_depth)] = c == '{' ? '}' : ']';
    m_first[size_t(m_depth)] = true;
    ++m_depth;
    return true;
}

bool JsonReader::next(char close)
{
    if (!m_ok || m_depth == 0 || m_close[size_t(m_depth - 1)] != close)
        return fail();
    skipSpace();
    if (m_p == m_end)
        return fail();
    if (*m_p == close) {
        ++m_p;
        --m_depth;
        return false;
    }
    bool &first = m_first[size_t(m_depth - 1)];
    if (!first && !expect(','))
        return false;
    first = false;
    return true;
}

bool JsonReader::nextKey(QByteArrayView *key)
{
    if (!next('}'))
        return false;
    if (peek() != '"')
        return fail();
    *key = string();
    return expect(':');
}

QByteArrayView JsonReader::string()
{
    if (!expect('"'))
        return {};
    const char *start = m_p;
    const auto *quote = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
    if (!quote) {
        fail();
        return {};
    }
    // The common case: no escape before the first quote, which therefore ends the string.
    if (!std::memchr(start, '\\', size_t(quote - start))) {
        m_p = quote + 1;
        return QByteArrayView(start, quote - start);
    }
    if (!decodeEscapes(start, quote))
        return {};
    return m_scratch;
}

bool JsonReader::decodeEscapes(const char *from, const char *quote)
{
    m_scratch.resize(0); // keeps the allocation
    m_scratch.reserve(quote - from);
    const char *p = from;
    auto hex4 = [&](char32_t *out) {
        if (m_end - p < 4)
            return false;
        char32_t value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(p[i]);
            if (digit < 0)
                return false;
            value = value * 16 + char32_t(digit);
        }
        p += 4;
        *out = value;
        return true;
    };
    while (p != m_end && *p != '"') {
        if (*p != '\\') {
            m_scratch += *p++;
            continue;
        }
        if (++p == m_end)
            return fail();
        const char escape = *p++;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            m_scratch += escape;
            break;
        case 'b':
            m_scratch += '\b';
            break;
        case 'f':
            m_scratch += '\f';
            break;
        case 'n':
            m_scratch += '\n';
            break;
        case 'r':
            m_scratch += '\r';
            break;
        case 't':
            m_scratch += '\t';
            break;
        case 'u': {
            char32_t code = 0;
            if (!hex4(&code))
                return fail();
            if (code >= 0xd800 && code < 0xdc00) { // a high surrogate: its low half follows
                char32_t low = 0;
                if (m_end - p < 2 || p[0] != '\\' || p[1] != 'u')
                    return fail();
                p += 2;
                if (!hex4(&low) || low < 0xdc00 || low >= 0xe000)
                    return fail();
                code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
            } else if (code >= 0xdc00 && code < 0xe000) {
                return fail();
            }
            appendUtf8(m_scratch, code);
            break;
        }
        default:
            return fail();
        }
    }
    if (p == m_end)
        return fail();
    m_p = p + 1;
    return true;
}

qint64 JsonReader::integer()
{
    skipSpace();
    const bool negative = m_p != m_end && *m_p == '-';
    if (negative)
        ++m_p;
    if (m_p == m_end || !isDigit(*m_p)) {
        fail();
        return 0;
    }
    qint64 value = 0;
    for (; m_p != m_end && isDigit(*m_p); ++m_p) {
        if (__builtin_mul_overflow(value, 10, &value)
            || __builtin_add_overflow(value, *m_p - '0', &value)) {
            fail();
            return 0;
        }
    }
    if (m_p != m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E')) {
        fail(); // a number, but not an integer
        return 0;
    }
    return negative ? -value : value;
}

bool JsonReader::boolean()
{
    const char c = peek();
    if (c == 't')
        return expectWord("true");
    if (c == 'f')
        expectWord("false");
    else
        fail();
    return false;
}

void JsonReader::skip()
{
    switch (peek()) {
    case '{': {
        enterObject();
        QByteArrayView key;
        while (nextKey(&key))
            skip();
        break;
    }
    case '[':
        enterArray();
        while (nextElement())
            skip();
        break;
    case '"':
        string();
        break;
    case 't':
    case 'f':
        boolean();
        break;
    case 'n':
        expectWord("null");
        break;
    default: { // a number: -?digits(.digits)?([eE][+-]?digits)?
        auto digits = [this] {
            const char *start = m_p;
            while (m_p != m_end && isDigit(*m_p))
                ++m_p;
            return m_p != start || fail();
        };
        if (m_p != m_end && *m_p == '-')
            ++m_p;
        if (!digits())
            return;
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return;
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            digits();
        }
    }
    }
}

bool JsonReader::atEnd()
{
    skipSpace();
    return m_ok && m_depth == 0 && m_p == m_end;
}

} // namespace Souk::Bench
