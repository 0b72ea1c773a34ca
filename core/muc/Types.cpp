#include "Types.h"

#include <QXmppMucIq.h>

namespace qmuc {

// One table between the core's enums and QXmpp's, which also knows the wire names.
static_assert(int(QXmppMucItem::NoRole) - 1 == int(Role::None) && int(QXmppMucItem::ModeratorRole) - 1 == int(Role::Moderator));
static_assert(int(QXmppMucItem::OutcastAffiliation) - 1 == int(Affiliation::Outcast)
              && int(QXmppMucItem::OwnerAffiliation) - 1 == int(Affiliation::Owner));

QXmppMucItem::Role toQXmpp(Role role)
{
    return QXmppMucItem::Role(int(role) + 1);
}

QXmppMucItem::Affiliation toQXmpp(Affiliation affiliation)
{
    return QXmppMucItem::Affiliation(int(affiliation) + 1);
}

QString roleName(Role role)
{
    return QXmppMucItem::roleToString(toQXmpp(role));
}

QString affiliationName(Affiliation affiliation)
{
    return QXmppMucItem::affiliationToString(toQXmpp(affiliation));
}

std::optional<Role> roleFromName(const QString &name)
{
    const auto role = QXmppMucItem::roleFromString(name);
    return role == QXmppMucItem::UnspecifiedRole ? std::nullopt : std::optional(Role(int(role) - 1));
}

std::optional<Affiliation> affiliationFromName(const QString &name)
{
    const auto affiliation = QXmppMucItem::affiliationFromString(name);
    return affiliation == QXmppMucItem::UnspecifiedAffiliation ? std::nullopt
                                                                : std::optional(Affiliation(int(affiliation) - 1));
}

} // namespace qmuc
