// libFuzzer target: bytes as the server sends them after the handshake, through the stream parser
// into a whole MucService (rooms, storage in memory), whose output is collected instead of sent.
// Beyond the sanitizers it checks what a server relies on: everything qmuc writes is well-formed,
// comes from its own domain (a server ends the stream otherwise) and never goes to itself.
#include "FuzzSupport.h"

#include "MucService.h"

#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace qmuc;

namespace {
const QString Domain = u"chat.shakespeare.lit"_s;

bool atDomain(const QString &jid)
{
    auto domain = QStringView(jid);
    if (const auto slash = domain.indexOf(u'/'); slash >= 0)
        domain = domain.left(slash);
    if (const auto at = domain.indexOf(u'@'); at >= 0)
        domain = domain.mid(at + 1);
    return domain.compare(Domain, Qt::CaseInsensitive) == 0;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto input = fuzz::input(data, size);
    QByteArray out;
    {
        MucService service;
        Settings settings;
        settings.domain = Domain;
        settings.admins = {u"crone1@shakespeare.lit"_s};
        service.configure(settings, u"secret"_s);
        service.setSink([&](const QByteArray &xml) {
            out += xml;
            return true;
        });
        XmlStreamParser parser({.maxStanzaBytes = 1024 * 1024, .maxDepth = 32});
        parser.onStanza = [&](const QDomElement &stanza) { service.handleStanza(stanza); };
        parser.feed(fuzz::Header);
        fuzz::Splitter split(input);
        fuzz::feedSplit(parser, input, split);
    }

    XmlStreamParser reparse;
    reparse.onStanza = [&](const QDomElement &stanza) {
        const auto from = stanza.attribute(u"from"_s);
        const auto to = stanza.attribute(u"to"_s);
        if (!atDomain(from) || atDomain(to)) {
            QString text;
            QTextStream stream(&text);
            stanza.save(stream, -1);
            fprintf(stderr, "%s\n", qPrintable(text));
        }
        fuzz::check(atDomain(from), "qmuc speaks only from its own domain (XEP-0114)");
        fuzz::check(!atDomain(to), "qmuc never writes to itself");
    };
    const bool wellFormed = reparse.feed(fuzz::Header + out);
    if (!wellFormed)
        fprintf(stderr, "%s: %s\n", qPrintable(reparse.errorCondition()), qPrintable(reparse.errorText()));
    fuzz::check(wellFormed, "what qmuc writes is a well-formed stream of stanzas");
    return 0;
}
