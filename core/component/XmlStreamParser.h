#pragma once

#include <QDomDocument>
#include <QString>
#include <QXmlStreamReader>

#include <functional>

namespace qmuc {

// Bounds on what the server may send us.
struct StreamLimits {
    // Largest stanza accepted, in bytes (checked with the granularity of one read chunk).
    qsizetype maxStanzaBytes = 4 * 1024 * 1024;
    // Deepest element nesting inside one stanza (the stanza element itself is depth 1).
    int maxDepth = 64;
};

// Turns the bytes of one XML stream (RFC 6120 §4) into one QDomElement per top-level child of
// the stream root, however the bytes are split across reads. It enforces RFC 6120 §11's
// restricted XML (no DTD, comments, processing instructions, entity declarations or references
// other than the predefined ones), valid UTF-8, and bounds on stanza size and nesting depth, so
// hostile input ends in a stream error instead of unbounded memory or a stream that hangs.
class XmlStreamParser
{
public:
    using Limits = StreamLimits;

    std::function<void(const QXmlStreamAttributes &)> onStreamOpened;
    std::function<void(const QDomElement &)> onStanza;
    std::function<void()> onStreamClosed;

    explicit XmlStreamParser(StreamLimits limits = StreamLimits());

    // Starts over for a new stream (after a reconnect).
    void reset();
    // Parses what arrived. Returns false on a fatal stream error; errorCondition() then holds
    // the RFC 6120 §4.9.3 condition to send and errorText() the explanation. Stanzas before the
    // offending bytes are delivered, none after them.
    bool feed(QByteArrayView bytes);

    // Called from onStanza: delivers no further stanza until resume(). Bytes fed meanwhile are
    // kept (the caller bounds them by not reading its socket while paused).
    void pause() { m_paused = true; }
    bool isPaused() const { return m_paused; }
    // Delivers what was held back. Returns false on a fatal stream error, as feed() does.
    bool resume();

    bool hasError() const { return !m_errorCondition.isEmpty(); }
    QString errorCondition() const { return m_errorCondition; }
    QString errorText() const { return m_errorText; }
    const Limits &limits() const { return m_limits; }
    void setLimits(Limits limits) { m_limits = limits; }

private:
    // What QXmlStreamReader does not check the same way however the bytes are split: UTF-8
    // (it may swallow an invalid sequence and then wait for ever) and restricted XML (depending
    // on the split it reports a DTD or entity declaration as a token or as a syntax error). A
    // byte-level scan finds both at the construct's first byte.
    class Scanner
    {
    public:
        // Returns the offset in `bytes` of the byte that breaks a rule, or -1 if all is well so
        // far; then condition() and text() say why. Everything before that byte goes to the
        // reader, however the stream was split: the reader, seeing the same bytes, finds the
        // same faults of its own first, so the outcome does not depend on the split.
        qsizetype scan(QByteArrayView bytes);
        QString condition() const { return m_condition; }
        QString text() const { return m_text; }

    private:
        enum class Markup : quint8 { Text, Lt, Bang, CdataOpen, Cdata, CdataEnd1, CdataEnd2, Amp };
        qsizetype fail(qsizetype at, const QString &condition, const QString &text);

        // UTF-8 (RFC 3629 §4): continuation bytes still expected and the range the next one
        // must fall in, which is narrower right after some lead bytes (no overlong forms, no
        // surrogates, nothing above U+10FFFF).
        int m_continuations = 0;
        quint8 m_low = 0x80;
        quint8 m_high = 0xbf;
        Markup m_markup = Markup::Text;
        int m_matched = 0;       // bytes of "[CDATA[" or of an entity name seen so far
        char m_entity[4] = {};   // the start of an entity name: the predefined ones fit
        bool m_inTag = false;       // between a tag's '<' and its '>'
        char m_quote = 0;           // the quote of the attribute value we are in, if any
        int m_brackets = 0;         // ']' just seen in character data (0 to 2)
        bool m_sawMarkup = false;   // a '<' came before: no XML declaration any more
        bool m_firstMarkup = false;
        QString m_condition;
        QString m_text;
    };

    bool consume(QByteArrayView bytes);
    bool parseChunk(QByteArrayView chunk);
    bool parse();
    bool fail(const QString &condition, const QString &text);

    Limits m_limits;
    QXmlStreamReader m_reader;
    Scanner m_scanner;
    QDomDocument m_document;
    QDomNode m_current;        // where new children go while inside a stanza
    int m_depth = 0;           // 0 outside the stream, 1 in the stream root, 2+ inside a stanza
    bool m_streamOpen = false;
    bool m_paused = false;
    bool m_scanFailed = false; // the reader holds everything before the offending bytes
    QByteArray m_backlog;      // fed while paused, not yet given to the reader
    qsizetype m_pendingBytes = 0; // bytes since the last stanza boundary
    QString m_errorCondition;
    QString m_errorText;
};

} // namespace qmuc
