#include "Xml.h"

#include "Namespaces.h"

#include <QDomNamedNodeMap>
#include <QXmlStreamWriter>

namespace qmuc::xml {

namespace {

void write(QXmlStreamWriter &writer, const QDomElement &element, const QString &parentNamespace)
{
    writer.writeStartElement(element.localName().isEmpty() ? element.tagName() : element.localName());
    const auto ns = element.namespaceURI();
    if (ns != parentNamespace)
        writer.writeDefaultNamespace(ns);
    const auto attributes = element.attributes();
    for (int i = 0; i < attributes.count(); ++i) {
        const auto attribute = attributes.item(i).toAttr();
        if (attribute.namespaceURI().isEmpty())
            writer.writeAttribute(attribute.name(), attribute.value());
        else
            writer.writeAttribute(attribute.namespaceURI(), attribute.localName(), attribute.value());
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
