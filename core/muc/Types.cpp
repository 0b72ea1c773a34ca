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

QDataStream &operator<<(QDataStream &out, const Hat &hat)
{
    return out << hat.uri << hat.title;
}

QDataStream &operator>>(QDataStream &in, Hat &hat)
{
    return in >> hat.uri >> hat.title;
}

QDataStream &operator<<(QDataStream &out, const OccupantInfo &o)
{
    return out << o.nick << o.realJid << o.role << o.affiliation << o.since << o.show << o.status << o.sessions
               << o.occupantId << o.hats;
}

QDataStream &operator>>(QDataStream &in, OccupantInfo &o)
{
    return in >> o.nick >> o.realJid >> o.role >> o.affiliation >> o.since >> o.show >> o.status >> o.sessions
              >> o.occupantId >> o.hats;
}

QDataStream &operator<<(QDataStream &out, const RoomInfo &r)
{
    return out << r.jid << r.name << r.subject << r.occupants << r.persistent << r.isPublic << r.membersOnly
               << r.passwordProtected << r.moderated << r.locked << r.logging << r.avatar << r.avatarType;
}

QDataStream &operator>>(QDataStream &in, RoomInfo &r)
{
    return in >> r.jid >> r.name >> r.subject >> r.occupants >> r.persistent >> r.isPublic >> r.membersOnly
              >> r.passwordProtected >> r.moderated >> r.locked >> r.logging >> r.avatar >> r.avatarType;
}

} // namespace qmuc
