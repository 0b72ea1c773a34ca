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
// restricted XML (no DTD, comments, processing instructions or entity declarations), valid
// UTF-8, and bounds on stanza size and nesting depth, so hostile input ends in a stream error
// instead of unbounded memory.
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
    // the RFC 6120 §4.9.3 condition to send and errorText() the explanation.
    bool feed(QByteArrayView bytes);

    bool hasError() const { return !m_errorCondition.isEmpty(); }
    QString errorCondition() const { return m_errorCondition; }
    QString errorText() const { return m_errorText; }
    const Limits &limits() const { return m_limits; }
    void setLimits(Limits limits) { m_limits = limits; }

private:
    bool parseChunk(QByteArrayView chunk);
    bool fail(const QString &condition, const QString &text);

    Limits m_limits;
    QXmlStreamReader m_reader;
    QDomDocument m_document;
    QDomNode m_current;        // where new children go while inside a stanza
    int m_depth = 0;           // 0 outside the stream, 1 in the stream root, 2+ inside a stanza
    bool m_streamOpen = false;
    qsizetype m_pendingBytes = 0; // bytes since the last stanza boundary
    QString m_errorCondition;
    QString m_errorText;
};

} // namespace qmuc
