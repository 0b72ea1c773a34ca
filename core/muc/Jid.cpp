#include "Jid.h"

#include <QStringList>

#include <stringprep.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {
constexpr qsizetype MaxPartBytes = 1023; // RFC 7622 §3.2-3.4
} // namespace

Jid Jid::parse(const QString &jid)
{
    Jid parts;
    auto rest = QStringView(jid);
    const auto slash = rest.indexOf(u'/');
    if (slash >= 0) {
        parts.resource = rest.mid(slash + 1).toString();
        rest = rest.left(slash);
    }
    const auto at = rest.indexOf(u'@');
    if (at >= 0) {
        parts.node = rest.left(at).toString();
        rest = rest.mid(at + 1);
    }
    parts.domain = rest.toString();
    return parts;
}

QString Jid::bare() const
{
    return node.isEmpty() ? domain : node + u'@' + domain;
}

QString Jid::full() const
{
    return resource.isEmpty() ? bare() : bare() + u'/' + resource;
}

std::optional<QString> prepareRoomName(const QString &node)
{
    // Most room names are plain ASCII, where nodeprep only lower-cases and forbids a few
    // characters (RFC 3920 Appendix A.5, RFC 3454 C.1.1): skip libidn for those.
    static constexpr char16_t Prohibited[] = u" \"&'/:<>@";
    const bool plain = !node.isEmpty() && node.size() <= MaxPartBytes && std::all_of(node.cbegin(), node.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && !QStringView(Prohibited).contains(c);
    });
    if (plain)
        return node.toLower();

    QByteArray buffer = node.toUtf8();
    if (buffer.isEmpty() || buffer.size() > MaxPartBytes)
        return std::nullopt;
    buffer.resize(MaxPartBytes + 1);
    if (stringprep(buffer.data(), size_t(buffer.size()), Stringprep_profile_flags(0), stringprep_xmpp_nodeprep) != STRINGPREP_OK)
        return std::nullopt;
    const auto prepared = QString::fromUtf8(buffer.constData());
    if (prepared.isEmpty() || prepared.toUtf8().size() > MaxPartBytes)
        return std::nullopt;
    return prepared;
}

namespace {

std::optional<QString> stringprepped(const QString &part, const Stringprep_profile *profile)
{
    QByteArray buffer = part.toUtf8();
    if (buffer.isEmpty() || buffer.size() > MaxPartBytes)
        return std::nullopt;
    buffer.resize(MaxPartBytes + 1);
    if (stringprep(buffer.data(), size_t(buffer.size()), STRINGPREP_NO_UNASSIGNED, profile) != STRINGPREP_OK)
        return std::nullopt;
    auto prepared = QString::fromUtf8(buffer.constData());
    if (prepared.isEmpty() || prepared.toUtf8().size() > MaxPartBytes)
        return std::nullopt;
    return prepared;
}

std::optional<QString> prepareDomain(QString domain)
{
    if (domain.endsWith(u'.')) // RFC 7622 §3.2: a trailing dot is not part of the domain
        domain.chop(1);
    const auto prepared = stringprepped(domain, stringprep_nameprep);
    if (!prepared)
        return std::nullopt;
    // What a host name or IP literal never holds (RFC 7622 §3.2, RFC 5890 §2.3.2.1).
    static constexpr char16_t Prohibited[] = u" \"&'/:<>@\\";
    const bool ipv6 = prepared->startsWith(u'[') && prepared->endsWith(u']');
    for (const QChar c : *prepared) {
        if (c.unicode() <= 0x20 || (QStringView(Prohibited).contains(c) && !(ipv6 && c == u':')))
            return std::nullopt;
    }
    const auto labels = prepared->split(u'.');
    const bool labelsOk = std::all_of(labels.cbegin(), labels.cend(), [](const QString &label) {
        return !label.isEmpty() && label.toUtf8().size() <= 63;
    });
    return labelsOk ? prepared : std::nullopt;
}

} // namespace

std::optional<Jid> prepareJid(const QString &jid)
{
    const auto parts = Jid::parse(jid.trimmed());
    Jid prepared;
    if (const auto domain = prepareDomain(parts.domain))
        prepared.domain = *domain;
    else
        return std::nullopt;
    if (jid.section(u'/', 0, 0).contains(u'@')) {
        const auto node = prepareRoomName(parts.node);
        if (!node)
            return std::nullopt;
        prepared.node = *node;
    }
    if (jid.contains(u'/')) {
        const auto resource = stringprepped(parts.resource, stringprep_xmpp_resourceprep);
        if (!resource)
            return std::nullopt;
        prepared.resource = *resource;
    }
    return prepared;
}

} // namespace qmuc
