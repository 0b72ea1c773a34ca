// libFuzzer target: arbitrary bytes after the server's stream header, in arbitrary reads, through
// XmlStreamParser. Beyond the sanitizers it checks what the parser promises: the outcome (the
// stanzas delivered and the stream error) does not depend on how the bytes are split or where the
// consumer pauses, a failure names an RFC 6120 §4.9.3 condition, and valid UTF-8 is never called
// an encoding error.
#include "FuzzSupport.h"

#include <QStringDecoder>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace qmuc;

namespace {

struct Outcome {
    QStringList stanzas; // each serialised
    QString condition;
    bool closed = false;
};

Outcome run(QByteArrayView input, fuzz::Splitter *split)
{
    Outcome outcome;
    // Large enough that the size check, whose granularity is one read, never decides.
    XmlStreamParser parser({.maxStanzaBytes = 64 * 1024 * 1024, .maxDepth = 16});
    parser.onStanza = [&](const QDomElement &stanza) {
        QString text;
        QTextStream stream(&text);
        stanza.save(stream, -1);
        outcome.stanzas << text;
        if (split && split->coin())
            parser.pause();
    };
    parser.onStreamClosed = [&] { outcome.closed = true; };
    bool ok = parser.feed(fuzz::Header);
    fuzz::check(ok, "the header parses");
    if (split) {
        ok = fuzz::feedSplit(parser, input, *split);
    } else {
        ok = parser.feed(input);
    }
    fuzz::check(ok != parser.hasError(), "false exactly when failed");
    outcome.condition = parser.errorCondition();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = fuzz::input(data, size);
    const auto whole = run(input, nullptr);
    fuzz::Splitter split(input);
    const auto pieces = run(input, &split);

    static const QStringList conditions = {u""_s, u"not-well-formed"_s, u"restricted-xml"_s, u"unsupported-encoding"_s,
                                           u"policy-violation"_s};
    fuzz::check(conditions.contains(whole.condition), "a known stream error condition");
    // After the stream's end nothing counts, so only a stream still open must agree to the end.
    if (!whole.closed && !pieces.closed) {
        fuzz::check(whole.condition == pieces.condition, "the same error however split");
        fuzz::check(whole.stanzas == pieces.stanzas, "the same stanzas however split");
    }
    if (whole.condition == u"unsupported-encoding") {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(input);
        fuzz::check(decoder.hasError(), "unsupported-encoding only for invalid UTF-8");
    }
    return 0;
}
