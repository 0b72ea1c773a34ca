#include "XmlStreamParser.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {
// Socket reads are fed in pieces of this size at most, which bounds how far the stanza size check
// can lag behind the real size.
constexpr qsizetype ChunkSize = 64 * 1024;

// XML 1.0 §2.3, the ASCII part.
bool isNameStartChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStartChar(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}
} // namespace

qsizetype XmlStreamParser::Scanner::fail(qsizetype at, const QString &condition, const QString &text)
{
    m_condition = condition;
    m_text = text;
    return at;
}

qsizetype XmlStreamParser::Scanner::scan(QByteArrayView bytes)
{
    if (!m_condition.isEmpty())
        return 0;
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype i = 0; i < size; ++i) {
        const uchar byte = data[i];
        if (m_continuations > 0) {
            if (byte < m_low || byte > m_high)
                // RFC 6120 §4.9.3.22: violating the rules of UTF-8 is unsupported-encoding.
                return fail(i, u"unsupported-encoding"_s, u"invalid UTF-8"_s);
            --m_continuations;
            m_low = 0x80;
            m_high = 0xbf;
            continue;
        }
        if (byte >= 0x80) {
            // RFC 3629 §4: C0, C1 and F5..FF never occur; after E0, F0 and F4 the next byte's range
            // excludes overlong forms and code points above U+10FFFF, after ED the surrogates.
            if (byte >= 0xc2 && byte <= 0xdf) {
                m_continuations = 1;
            } else if (byte >= 0xe0 && byte <= 0xef) {
                m_continuations = 2;
                if (byte == 0xe0)
                    m_low = 0xa0;
                else if (byte == 0xed)
                    m_high = 0x9f;
            } else if (byte >= 0xf0 && byte <= 0xf4) {
                m_continuations = 3;
                if (byte == 0xf0)
                    m_low = 0x90;
                else if (byte == 0xf4)
                    m_high = 0x8f;
            } else {
                return fail(i, u"unsupported-encoding"_s, u"invalid UTF-8"_s);
            }
            // A non-ASCII character: part of a name or of character data, never of the markup
            // looked for here.
            m_brackets = 0;
            switch (m_markup) {
            case Markup::Lt:
                m_inTag = true; // a name starts
                m_markup = Markup::Text;
                break;
            case Markup::Bang:
            case Markup::CdataOpen:
                m_markup = Markup::Text;
                break;
            case Markup::CdataEnd1:
            case Markup::CdataEnd2:
                m_markup = Markup::Cdata;
                break;
            case Markup::Amp:
                m_matched = int(sizeof m_entity) + 1; // not one of the predefined entities
                break;
            case Markup::Text:
            case Markup::Cdata:
                break;
            }
            continue;
        }
        const char c = char(byte);
        if (c == '\0') // XML 1.0 §2.2: not a character
            return fail(i, u"not-well-formed"_s, u"NUL character"_s);
        switch (m_markup) {
        case Markup::Text:
            if (m_inTag) {
                // Inside a tag: '>' ends it unless quoted; a quoted value may hold '>' and "]]>"
                // but no entity references other than the predefined ones.
                if (m_quote != 0) {
                    if (c == m_quote) {
                        m_quote = 0;
                    } else if (c == '&') {
                        m_markup = Markup::Amp;
                        m_matched = 0;
                    }
                } else if (c == '\'' || c == '"') {
                    m_quote = c;
                } else if (c == '>') {
                    m_inTag = false;
                }
                break;
            }
            // XML 1.0 §2.4: "]]>" may not appear in character data. The reader finds it only
            // when the three arrive in one read, so it is checked here, however they come.
            if (c == '>' && m_brackets >= 2)
                return fail(i, u"not-well-formed"_s, u"']]>' in character data"_s);
            m_brackets = c == ']' ? qMin(m_brackets + 1, 2) : 0;
            if (c == '<') {
                m_markup = Markup::Lt;
                m_firstMarkup = !m_sawMarkup;
                m_sawMarkup = true;
            } else if (c == '&') {
                m_markup = Markup::Amp;
                m_matched = 0;
            }
            break;
        case Markup::Lt:
            // RFC 6120 §11.1: no processing instructions; the XML declaration (§11.5) may only
            // open the stream, which the reader checks.
            if (c == '?' && !m_firstMarkup)
                return fail(i, u"restricted-xml"_s, u"XML construct not allowed in XMPP: processing instruction"_s);
            m_markup = c == '!' ? Markup::Bang : Markup::Text;
            m_inTag = c != '!'; // a start or end tag, or the XML declaration, up to its '>'
            break;
        case Markup::Bang:
            // RFC 6120 §11.1: no comments, no DTD, no entity or other declarations. A CDATA
            // section is allowed.
            if (c == '-')
                return fail(i, u"restricted-xml"_s, u"XML construct not allowed in XMPP: comment"_s);
            if (c >= 'A' && c <= 'Z')
                return fail(i, u"restricted-xml"_s, u"XML construct not allowed in XMPP: DTD or declaration"_s);
            m_markup = c == '[' ? Markup::CdataOpen : Markup::Text;
            m_matched = 1;
            break;
        case Markup::CdataOpen: {
            static constexpr char Open[] = "[CDATA[";
            if (c != Open[m_matched])
                m_markup = Markup::Text; // not well-formed: the reader says so
            else if (++m_matched == int(sizeof Open) - 1)
                m_markup = Markup::Cdata;
            break;
        }
        case Markup::Cdata:
            if (c == ']')
                m_markup = Markup::CdataEnd1;
            break;
        case Markup::CdataEnd1:
            m_markup = c == ']' ? Markup::CdataEnd2 : Markup::Cdata;
            break;
        case Markup::CdataEnd2:
            if (c == '>')
                m_markup = Markup::Text;
            else if (c != ']')
                m_markup = Markup::Cdata;
            break;
        case Markup::Amp:
            if (c == '#' && m_matched == 0) {
                m_markup = Markup::Text; // a character reference: the reader checks its value
            } else if (c == ';') {
                // RFC 6120 §11.1: no entity references but the five XML predefines (§4.6).
                const QByteArrayView name(m_entity, qMin<qsizetype>(m_matched, sizeof m_entity));
                const bool predefined = m_matched <= int(sizeof m_entity)
                    && (name == "lt" || name == "gt" || name == "amp" || name == "apos" || name == "quot");
                if (m_matched > 0 && !predefined)
                    return fail(i, u"restricted-xml"_s, u"XML construct not allowed in XMPP: entity reference"_s);
                m_markup = Markup::Text;
            } else if (m_matched > 0 ? isNameChar(c) : isNameStartChar(c)) {
                if (m_matched < int(sizeof m_entity))
                    m_entity[m_matched] = c;
                if (m_matched <= int(sizeof m_entity))
                    ++m_matched;
            } else {
                m_markup = Markup::Text; // not well-formed: the reader says so
            }
            break;
        }
    }
    return -1;
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
    m_scanner = Scanner();
    m_document = QDomDocument();
    m_current = QDomNode();
    m_depth = 0;
    m_streamOpen = false;
    m_paused = false;
    m_scanFailed = false;
    m_backlog.clear();
    m_pendingBytes = 0;
    m_errorCondition.clear();
    m_errorText.clear();
}

bool XmlStreamParser::feed(QByteArrayView bytes)
{
    if (hasError())
        return false;
    return consume(bytes);
}

bool XmlStreamParser::resume()
{
    if (hasError())
        return false;
    if (!m_paused)
        return true;
    m_paused = false;
    if (!parse())
        return false;
    return consume(std::exchange(m_backlog, QByteArray()));
}

bool XmlStreamParser::consume(QByteArrayView bytes)
{
    for (qsizetype pos = 0; pos < bytes.size();) {
        if (m_paused) {
            // After offending bytes nothing more is parsed; the error comes when the reader
            // has delivered what came before them.
            if (!m_scanFailed)
                m_backlog.append(bytes.sliced(pos));
            return true;
        }
        const auto size = qMin(ChunkSize, bytes.size() - pos);
        if (!parseChunk(bytes.sliced(pos, size)))
            return false;
        pos += size;
    }
    return true;
}

bool XmlStreamParser::fail(const QString &condition, const QString &text)
{
    m_errorCondition = condition;
    m_errorText = text;
    m_backlog.clear();
    return false;
}

bool XmlStreamParser::parseChunk(QByteArrayView chunk)
{
    if (m_scanFailed)
        return true; // the error is reported once the reader has parsed what came before
    const auto bad = m_scanner.scan(chunk);
    if (bad >= 0) {
        m_scanFailed = true;
        chunk = chunk.first(bad);
    }
    m_reader.addData(chunk.toByteArray());
    m_pendingBytes += chunk.size();
    return parse();
}

bool XmlStreamParser::parse()
{
    while (!m_paused) {
        const auto token = m_reader.readNext();
        switch (token) {
        case QXmlStreamReader::NoToken:
            break;
        case QXmlStreamReader::StartDocument: {
            // RFC 6120 §11.6: UTF-8 only. The scanner checks the bytes as UTF-8; a declaration
            // naming another encoding would make the reader decode them as that.
            const auto encoding = m_reader.documentEncoding();
            if (!encoding.isEmpty() && encoding.compare(u"UTF-8"_s, Qt::CaseInsensitive) != 0)
                return fail(u"unsupported-encoding"_s, u"encoding '%1' declared; XMPP is UTF-8"_s.arg(encoding));
            break;
        }
        case QXmlStreamReader::Invalid:
            if (m_reader.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (m_scanFailed)
                    return fail(m_scanner.condition(), m_scanner.text());
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
            // RFC 6120 §11.1 (the scanner finds these first; this is the second line)
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
    return true;
}

} // namespace qmuc
