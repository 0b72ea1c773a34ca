#pragma once

#include <QDataStream>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QXmppMucIq.h>

#include <optional>

namespace qmuc {
Q_NAMESPACE

// XEP-0045 §5.1
enum class Role { None, Visitor, Participant, Moderator };
Q_ENUM_NS(Role)

// XEP-0045 §5.2
enum class Affiliation { Outcast, None, Member, Admin, Owner };
Q_ENUM_NS(Affiliation)

// Why an occupant is no longer in a room.
enum class LeaveReason { Left, Kicked, Banned, Disconnected, RoomDestroyed };
Q_ENUM_NS(LeaveReason)

QString roleName(Role role);          // "moderator", as on the wire
QString affiliationName(Affiliation affiliation);
std::optional<Role> roleFromName(const QString &name);
std::optional<Affiliation> affiliationFromName(const QString &name);
QXmppMucItem::Role toQXmpp(Role role);
QXmppMucItem::Affiliation toQXmpp(Affiliation affiliation);

// A hat (XEP-0317 §2.1): a role of the room's own making, identified by its URI, shown by its title.
struct Hat {
    Q_GADGET
    Q_PROPERTY(QString uri MEMBER uri)
    Q_PROPERTY(QString title MEMBER title)
public:
    QString uri;
    QString title;
    bool operator==(const Hat &) const = default;
};

// One occupant, as a view shows it.
struct OccupantInfo {
    Q_GADGET
    Q_PROPERTY(QString nick MEMBER nick)
    Q_PROPERTY(QString realJid MEMBER realJid)
    Q_PROPERTY(qmuc::Role role MEMBER role)
    Q_PROPERTY(qmuc::Affiliation affiliation MEMBER affiliation)
    Q_PROPERTY(QDateTime since MEMBER since)
    Q_PROPERTY(QString show MEMBER show)
    Q_PROPERTY(QString status MEMBER status)
    Q_PROPERTY(int sessions MEMBER sessions)
    Q_PROPERTY(QString occupantId MEMBER occupantId)
    Q_PROPERTY(QList<qmuc::Hat> hats MEMBER hats)
public:
    QString nick;
    QString realJid;      // bare JID
    Role role = Role::None;
    Affiliation affiliation = Affiliation::None;
    QDateTime since;
    QString show;         // away, chat, dnd, xa, or empty for available
    QString status;
    int sessions = 0;     // devices joined under this nick
    QString occupantId;   // XEP-0421, as the room stamps this occupant's stanzas
    QList<Hat> hats;      // XEP-0317, in the order they were put on
    bool operator==(const OccupantInfo &) const = default;
};

// One room, as a view shows it.
struct RoomInfo {
    Q_GADGET
    Q_PROPERTY(QString jid MEMBER jid)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString subject MEMBER subject)
    Q_PROPERTY(int occupants MEMBER occupants)
    Q_PROPERTY(bool persistent MEMBER persistent)
    Q_PROPERTY(bool isPublic MEMBER isPublic)
    Q_PROPERTY(bool membersOnly MEMBER membersOnly)
    Q_PROPERTY(bool passwordProtected MEMBER passwordProtected)
    Q_PROPERTY(bool moderated MEMBER moderated)
    Q_PROPERTY(bool locked MEMBER locked)
    Q_PROPERTY(bool logging MEMBER logging)
    Q_PROPERTY(QByteArray avatar MEMBER avatar)
    Q_PROPERTY(QString avatarType MEMBER avatarType)
public:
    QString jid;
    QString name;
    QString subject;
    int occupants = 0;
    bool persistent = false;
    bool isPublic = true;
    bool membersOnly = false;
    bool passwordProtected = false;
    bool moderated = false;
    bool locked = false;
    bool logging = false; // keeps a message archive (XEP-0313)
    QByteArray avatar;    // the room's avatar image (XEP-0486), empty when it has none
    QString avatarType;   // its MIME type, as the vCard gives it (may be empty)
    bool operator==(const RoomInfo &) const = default;
};

// For the admin endpoint (remote/), declared with the types so that every use of their metatypes
// knows how to stream them.
QDataStream &operator<<(QDataStream &out, const Hat &hat);
QDataStream &operator>>(QDataStream &in, Hat &hat);
QDataStream &operator<<(QDataStream &out, const OccupantInfo &occupant);
QDataStream &operator>>(QDataStream &in, OccupantInfo &occupant);
QDataStream &operator<<(QDataStream &out, const RoomInfo &room);
QDataStream &operator>>(QDataStream &in, RoomInfo &room);

} // namespace qmuc

Q_DECLARE_METATYPE(qmuc::Hat)
Q_DECLARE_METATYPE(qmuc::OccupantInfo)
Q_DECLARE_METATYPE(qmuc::RoomInfo)
