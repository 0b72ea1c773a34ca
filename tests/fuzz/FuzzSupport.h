#pragma once

// Shared by the libFuzzer targets (each includes it once): the stream header the server sends, a split of the input into
// reads that depends only on the input (so a crash reproduces from its file), and a strict check
// that bytes are one well-formed stream of stanzas.
#include "component/XmlStreamParser.h"

#include <QByteArrayView>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace qmuc::fuzz {

inline const QByteArray Header = "<?xml version='1.0'?><stream:stream xmlns='jabber:component:accept' "
                                 "xmlns:stream='http://etherx.jabber.org/streams' id='fuzz' from='chat.shakespeare.lit'>";

// Read sizes from 1 byte to 4 KiB, drawn from the input's own hash (FNV-1a).
class Splitter
{
public:
    explicit Splitter(QByteArrayView bytes)
    {
        for (char c : bytes)
            m_state = (m_state ^ quint8(c)) * 1099511628211ull;
    }
    qsizetype next()
    {
        m_state ^= m_state >> 29;
        m_state *= 0xbf58476d1ce4e5b9ull;
        m_state ^= m_state >> 32;
        switch (m_state % 4) {
        case 0: return 1;
        case 1: return qsizetype(1 + (m_state >> 8) % 16);
        case 2: return qsizetype(1 + (m_state >> 8) % 512);
        default: return qsizetype(1 + (m_state >> 8) % 4096);
        }
    }
    bool coin() { return (next() & 1) != 0; }

private:
    quint64 m_state = 14695981039346656037ull;
};

// Feeds `bytes` to `parser` in the reads `split` chooses; returns false once the parser fails.
inline bool feedSplit(XmlStreamParser &parser, QByteArrayView bytes, Splitter &split)
{
    for (qsizetype pos = 0; pos < bytes.size();) {
        const auto size = qMin(split.next(), bytes.size() - pos);
        if (!parser.feed(bytes.sliced(pos, size)))
            return false;
        while (parser.isPaused()) {
            if (!parser.resume())
                return false;
        }
        pos += size;
    }
    return true;
}

inline void check(bool condition, const char *what)
{
    if (!condition) {
        fprintf(stderr, "invariant broken: %s\n", what);
        abort();
    }
}

inline QByteArrayView input(const uint8_t *data, size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace qmuc::fuzz

// libFuzzer calls this once: the objects under test want a QCoreApplication, and quiet logs.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    qputenv("QT_LOGGING_RULES", "*.debug=false;qmuc.*=false");
    return 0;
}
