#include "Jid.h"

#include <QCoreApplication>

#include <stringprep.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(qmuc::Nickname)
};
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

std::optional<QString> prepareNickname(const QString &nick, QString *why)
{
    const auto prepared = nick.normalized(QString::NormalizationForm_C);
    if (prepared.trimmed().isEmpty()) {
        *why = Text::tr("The nickname is empty.");
        return std::nullopt;
    }
    if (prepared.toUtf8().size() > MaxPartBytes) {
        *why = Text::tr("The nickname is longer than %1 bytes.").arg(MaxPartBytes);
        return std::nullopt;
    }
    for (auto it = prepared.cbegin(); it != prepared.cend(); ++it) {
        char32_t codePoint = it->unicode();
        if (it->isHighSurrogate() && it + 1 != prepared.cend() && (it + 1)->isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(*it, *(it + 1));
            ++it;
        } else if (it->isSurrogate()) {
            *why = Text::tr("The nickname is not valid Unicode.");
            return std::nullopt;
        }
        switch (QChar::category(codePoint)) {
        case QChar::Other_Control:
        case QChar::Other_NotAssigned:
        case QChar::Other_PrivateUse:
        case QChar::Other_Surrogate:
            *why = Text::tr("The nickname contains a character that is not allowed (U+%1).")
                       .arg(QString::number(uint(codePoint), 16).toUpper().rightJustified(4, u'0'));
            return std::nullopt;
        default:
            break;
        }
    }
    return prepared;
}

} // namespace qmuc
