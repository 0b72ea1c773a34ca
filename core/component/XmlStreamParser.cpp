#include "XmlStreamParser.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {
// Socket reads are fed in pieces of this size at most, which bounds how far the stanza size check
// can lag behind the real size.
constexpr qsizetype ChunkSize = 64 * 1024;
}

XmlStreamParser::XmlStreamParser(Limits limits)
    : m_limits(limits)
{
    reset();
}

void XmlStreamParser::reset()
{
    m_reader.clear();
    m_reader.setNamespaceProcessing(true);
    m_document = QDomDocument();
    m_current = QDomNode();
    m_depth = 0;
    m_streamOpen = false;
    m_pendingBytes = 0;
    m_errorCondition.clear();
    m_errorText.clear();
}

bool XmlStreamParser::feed(QByteArrayView bytes)
{
    if (hasError())
        return false;
    for (qsizetype pos = 0; pos < bytes.size(); pos += ChunkSize) {
        if (!parseChunk(bytes.sliced(pos, qMin(ChunkSize, bytes.size() - pos))))
            return false;
    }
    return true;
}

bool XmlStreamParser::fail(const QString &condition, const QString &text)
{
    m_errorCondition = condition;
    m_errorText = text;
    return false;
}

bool XmlStreamParser::parseChunk(QByteArrayView chunk)
{
    m_reader.addData(chunk.toByteArray());
    m_pendingBytes += chunk.size();

    while (true) {
        const auto token = m_reader.readNext();
        switch (token) {
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::StartDocument:
            break;
        case QXmlStreamReader::Invalid:
            if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (m_pendingBytes > m_limits.maxStanzaBytes)
                    return fail(u"policy-violation"_s,
                                u"stanza larger than %1 bytes"_s.arg(m_limits.maxStanzaBytes));
                return true;
            }
            return fail(u"not-well-formed"_s, m_reader.errorString());
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
        case QXmlStreamReader::EntityReference:
            // RFC 6120 §11.1
            return fail(u"restricted-xml"_s,
                        u"XML construct not allowed in XMPP: %1"_s.arg(m_reader.tokenString()));
        case QXmlStreamReader::EndDocument:
            return fail(u"not-well-formed"_s, u"unexpected end of document"_s);
        case QXmlStreamReader::StartElement:
            if (m_depth == 0) {
                m_depth = 1;
                m_streamOpen = true;
                m_pendingBytes = 0;
                if (onStreamOpened)
                    onStreamOpened(m_reader.attributes());
                break;
            }
            if (m_depth - 1 >= m_limits.maxDepth)
                return fail(u"policy-violation"_s,
                            u"elements nested deeper than %1 levels"_s.arg(m_limits.maxDepth));
            {
                if (m_depth == 1)
                    m_document = QDomDocument();
                const auto ns = m_reader.namespaceUri().toString();
                auto element = m_document.createElementNS(ns, m_reader.qualifiedName().toString());
                const auto attributes = m_reader.attributes();
                for (const auto &attribute : attributes) {
                    if (attribute.namespaceUri().isEmpty())
                        element.setAttribute(attribute.name().toString(), attribute.value().toString());
                    else
                        element.setAttributeNS(attribute.namespaceUri().toString(),
                                               attribute.qualifiedName().toString(),
                                               attribute.value().toString());
                }
                m_current = (m_depth == 1 ? QDomNode(m_document) : m_current).appendChild(element);
                ++m_depth;
            }
            break;
        case QXmlStreamReader::EndElement:
            --m_depth;
            if (m_depth == 0) {
                m_streamOpen = false;
                if (onStreamClosed)
                    onStreamClosed();
                // Nothing may follow the stream's end; what does is not our business.
                return true;
            }
            if (m_depth == 1) {
                const auto stanza = m_current.toElement();
                m_current = QDomNode();
                m_pendingBytes = 0;
                if (onStanza)
                    onStanza(stanza);
                if (hasError())
                    return false;
            } else {
                m_current = m_current.parentNode();
            }
            break;
        case QXmlStreamReader::Characters:
            if (m_depth >= 2) {
                m_current.appendChild(m_document.createTextNode(m_reader.text().toString()));
            } else if (!m_reader.isWhitespace()) {
                return fail(u"not-well-formed"_s, u"text outside of a stanza"_s);
            } else {
                m_pendingBytes = 0; // whitespace keepalive between stanzas
            }
            break;
        }
    }
}

} // namespace qmuc
