#pragma once

// Compares stanzas as XML trees, the way XEP examples read: same elements in the same order, same
// attributes, same text; an expected attribute value of '*' matches any value. XEP-0045's examples
// predate XEP-0421, so an <occupant-id/> is only compared where the expected stanza has one
// (tst_occupantid checks that they are everywhere).
#include <QDomDocument>
#include <QString>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace qmuc::test {

// Parses one or more top-level stanzas as they appear in the component stream.
inline QList<QDomElement> parseStanzas(const QString &xml)
{
    static QList<QDomDocument> keep; // the elements must outlive this call
    QDomDocument document;
    const auto result = document.setContent(u"<stream xmlns='jabber:component:accept'>"_s + xml + u"</stream>"_s,
                                            QDomDocument::ParseOption::UseNamespaceProcessing);
    if (!result) {
        qWarning("cannot parse %s: %s", qPrintable(xml), qPrintable(result.errorMessage));
        return {};
    }
    keep << document;
    QList<QDomElement> stanzas;
    for (auto e = document.documentElement().firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        stanzas << e;
    return stanzas;
}

inline bool matches(const QDomElement &got, const QDomElement &want, QString *why)
{
    const auto where = u"<%1 xmlns='%2'>"_s.arg(want.localName(), want.namespaceURI());
    if (got.localName() != want.localName() || got.namespaceURI() != want.namespaceURI()) {
        *why = u"expected %1, got <%2 xmlns='%3'>"_s.arg(where, got.localName(), got.namespaceURI());
        return false;
    }
    const auto wantAttributes = want.attributes();
    const auto gotAttributes = got.attributes();
    for (int i = 0; i < wantAttributes.count(); ++i) {
        const auto a = wantAttributes.item(i).toAttr();
        if (a.name().startsWith(u"xmlns"))
            continue;
        if (!got.hasAttribute(a.name())) {
            *why = u"%1: missing attribute %2"_s.arg(where, a.name());
            return false;
        }
        if (a.value() != u"*" && got.attribute(a.name()) != a.value()) {
            *why = u"%1: %2='%3', expected '%4'"_s.arg(where, a.name(), got.attribute(a.name()), a.value());
            return false;
        }
    }
    for (int i = 0; i < gotAttributes.count(); ++i) {
        const auto a = gotAttributes.item(i).toAttr();
        if (!a.name().startsWith(u"xmlns") && !want.hasAttribute(a.name())) {
            *why = u"%1: unexpected attribute %2='%3'"_s.arg(where, a.name(), a.value());
            return false;
        }
    }
    const auto isOccupantId = [](const QDomElement &e) {
        return e.localName() == u"occupant-id" && e.namespaceURI() == u"urn:xmpp:occupant-id:0";
    };
    bool wantsOccupantId = false;
    for (auto w = want.firstChildElement(); !w.isNull(); w = w.nextSiblingElement())
        wantsOccupantId = wantsOccupantId || isOccupantId(w);
    const auto next = [&](QDomElement e) {
        while (!e.isNull() && !wantsOccupantId && isOccupantId(e))
            e = e.nextSiblingElement();
        return e;
    };
    auto g = next(got.firstChildElement());
    auto w = want.firstChildElement();
    for (; !g.isNull() && !w.isNull(); g = next(g.nextSiblingElement()), w = w.nextSiblingElement()) {
        if (!matches(g, w, why))
            return false;
    }
    if (!g.isNull() || !w.isNull()) {
        *why = u"%1: %2"_s.arg(where, g.isNull() ? u"missing child <%1>"_s.arg(w.localName())
                                                 : u"unexpected child <%1>"_s.arg(g.localName()));
        return false;
    }
    if (want.firstChildElement().isNull() && got.text() != want.text() && want.text() != u"*") {
        *why = u"%1: text '%2', expected '%3'"_s.arg(where, got.text(), want.text());
        return false;
    }
    return true;
}

} // namespace qmuc::test
