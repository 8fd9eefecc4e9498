#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <array>

namespace Souk::Bench {

//! A forward-only JSON reader: walks one UTF-8 text and hands out the values its caller asks
//! for, skipping the rest, without building a tree. The chat bench receives about ten thousand
//! frames a second; QJsonDocument built a tree of every one (and QWebSocket had decoded it to
//! UTF-16 first) to read five fields.
//!
//! Use: enterObject(), then nextKey() until it returns false; after each key read exactly one
//! value (string(), integer(), boolean(), enterObject()/enterArray() and their loops, or
//! skip()). Arrays: enterArray(), then nextElement() until false, one value each.
//! Any syntax error, or a value of another type than the one asked for, makes ok() false for
//! good; every later read then fails and the loops end, so a caller checks ok() once at the
//! end. It checks the grammar, not UTF-8 (the server writes the frames with QJsonDocument).
class JsonReader
{
public:
    explicit JsonReader(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    { }

    bool ok() const { return m_ok; }
    //! The first character of the next value ('{', '[', '"', 't', 'f', 'n', or a digit or '-'),
    //! or 0 at the end of the text.
    char peek();

    bool enterObject() { return open('{'); }
    //! The next key of the current object, or false at its end (or on an error). The key stays
    //! valid until the next read.
    bool nextKey(QByteArrayView *key);
    bool enterArray() { return open('['); }
    //! Whether the current array has another element (false at its end, or on an error).
    bool nextElement() { return next(']'); }

    //! A string value, escapes decoded; valid until the next read (copy it to keep it).
    QByteArrayView string();
    //! An integer value (no fraction, no exponent).
    qint64 integer();
    bool boolean();
    //! Skips a value of any kind, checking its grammar.
    void skip();
    //! Whether only whitespace is left (a whole document was read).
    bool atEnd();

private:
    static constexpr int MaxDepth = 32;

    bool fail()
    {
        m_ok = false;
        m_p = m_end;
        return false;
    }
    void skipSpace();
    bool expect(char c);
    bool expectWord(QByteArrayView word);
    bool open(char c);
    bool next(char close);
    bool decodeEscapes(const char *from, const char *quote);

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
    int m_depth = 0;
    std::array<char, MaxDepth> m_close {}; // per open container: the character that ends it
    std::array<bool, MaxDepth> m_first {}; // per open container: no element read yet
    QByteArray m_scratch; // a string with escapes, decoded
};

} // namespace Souk::Bench
