#include "Stanza.h"

using namespace Qt::StringLiterals;

namespace qmuc {

Stanza Stanza::parse(const QDomElement &element)
{
    Stanza s;
    s.element = element;
    s.kind = element.localName();
    s.type = element.attribute(u"type"_s);
    s.id = element.attribute(u"id"_s);
    s.fromFull = element.attribute(u"from"_s);
    s.from = Jid::parse(s.fromFull);
    s.to = Jid::parse(element.attribute(u"to"_s));
    return s;
}

QDomElement Stanza::child(const QString &name, const QString &ns) const
{
    for (auto c = element.firstChildElement(name); !c.isNull(); c = c.nextSiblingElement(name)) {
        if (c.namespaceURI() == ns)
            return c;
    }
    return {};
}

} // namespace qmuc
