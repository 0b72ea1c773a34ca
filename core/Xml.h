#pragma once

#include <QByteArray>
#include <QDomElement>
#include <QStringView>

#include <QXmlStreamWriter>

#include <functional>

// Building stanzas as bytes, for the paths where a stanza goes to many recipients: the payload
// is serialised once and only the addressing changes per recipient (no DOM or QXmpp object per
// recipient). Everything else speaks QXmpp's classes.
namespace qmuc::xml {

// Escapes text for an XML attribute value in single quotes or for character data, as UTF-8.
// Characters XML 1.0 does not allow (most C0 controls, U+FFFE, U+FFFF, lone surrogates) are
// dropped, so what it returns is always well-formed.
QByteArray escaped(QStringView text);

// Serialises the element's children (elements and text) that `keep` accepts, in order, each
// with the namespace declarations it needs. Children in the stream's default namespace
// (<body/>, <subject/>, <thread/>) are written without one, as they arrived.
QByteArray serializeChildren(const QDomElement &parent, const std::function<bool(const QDomElement &)> &keep = {});

// Serialises a QXmpp stanza or payload (anything with toXml(QXmlStreamWriter *)).
template<typename T>
QByteArray serialize(const T &value)
    requires requires(const T &v, QXmlStreamWriter *w) { v.toXml(w); }
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    value.toXml(&writer);
    return out;
}

// Serialises one element and its subtree.
QByteArray serialize(const QDomElement &element);

} // namespace qmuc::xml
