#include "Xml.h"

#include "Namespaces.h"

#include <QDomNamedNodeMap>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace qmuc::xml {

namespace {

void write(QXmlStreamWriter &writer, const QDomElement &element, const QString &parentNamespace)
{
    // Namespaces are declared here as plain attributes: QXmlStreamWriter writes a namespace name
    // it declares itself without escaping it, and a name is any string a sender chose (one with
    // a quote in it would end the declaration and write the sender's XML into the stream).
    writer.writeStartElement(element.localName().isEmpty() ? element.tagName() : element.localName());
    const auto ns = element.namespaceURI();
    if (ns != parentNamespace)
        writer.writeAttribute(u"xmlns"_s, ns);
    const auto attributes = element.attributes();
    int prefixes = 0;
    for (int i = 0; i < attributes.count(); ++i) {
        const auto attribute = attributes.item(i).toAttr();
        const auto attributeNs = attribute.namespaceURI();
        if (attributeNs.isEmpty()) {
            writer.writeAttribute(attribute.name(), attribute.value());
        } else if (attributeNs == u"http://www.w3.org/XML/1998/namespace") { // bound to xml: by XML itself
            writer.writeAttribute(u"xml:"_s + attribute.localName(), attribute.value());
        } else {
            const auto prefix = u"a"_s + QString::number(prefixes++);
            writer.writeAttribute(u"xmlns:"_s + prefix, attributeNs);
            writer.writeAttribute(prefix + u':' + attribute.localName(), attribute.value());
        }
    }
    for (auto child = element.firstChild(); !child.isNull(); child = child.nextSibling()) {
        if (child.isElement())
            write(writer, child.toElement(), ns);
        else if (child.isText() || child.isCDATASection())
            writer.writeCharacters(child.nodeValue());
    }
    writer.writeEndElement();
}

} // namespace

QByteArray escaped(QStringView text)
{
    // XML 1.0 §2.2 allows tab, LF, CR, U+0020..U+D7FF, U+E000..U+FFFD and U+10000..U+10FFFF.
    // Other C0 controls, U+FFFE, U+FFFF and lone surrogates make the whole stream not
    // well-formed, and the server would end it (RFC 6120 §4.9.3.13). They are dropped, as
    // QXmlStreamWriter drops them from what QXmpp writes, so a text (a subject, a reason, a room
    // name read from an older database) reads the same whichever way it goes out.
    QString clean;
    const auto allowed = [&](qsizetype i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c))
            return i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (QChar::isLowSurrogate(c))
            return i > 0 && text[i - 1].isHighSurrogate();
        return c >= 0x20 ? c < 0xfffe : (c == u'\t' || c == u'\n' || c == u'\r');
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (allowed(i))
            continue;
        clean.reserve(text.size());
        clean.append(text.first(i));
        for (++i; i < text.size(); ++i) {
            if (allowed(i))
                clean.append(text[i]);
        }
        text = clean;
        break;
    }

    QByteArray out;
    const auto utf8 = text.toUtf8();
    out.reserve(utf8.size());
    for (char c : utf8) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '\'': out += "&apos;"; break;
        case '"': out += "&quot;"; break;
        // In an attribute value a literal tab or line break would come back as a space
        // (XML 1.0 §3.3.3), and a CR in character data as LF (§2.11): character references
        // keep them as they were, in both places.
        case '\t': out += "&#9;"; break;
        case '\n': out += "&#10;"; break;
        case '\r': out += "&#13;"; break;
        default: out += c;
        }
    }
    return out;
}

QByteArray serializeChildren(const QDomElement &parent, const std::function<bool(const QDomElement &)> &keep)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    for (auto child = parent.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (!keep || keep(child))
            write(writer, child, parent.namespaceURI().isEmpty() ? ns::componentAccept : parent.namespaceURI());
    }
    return out;
}

QByteArray serialize(const QDomElement &element)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    write(writer, element, ns::componentAccept);
    return out;
}

} // namespace qmuc::xml
