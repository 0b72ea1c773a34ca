#include "EventText.h"

using namespace Qt::StringLiterals;

namespace qmuc {

QString EventText::connectionState(ComponentConnection::State state, const QString &errorText)
{
    const auto name = ComponentConnection::stateName(state);
    return errorText.isEmpty() ? name : tr("%1: %2").arg(name, errorText);
}

QString EventText::roomCreated(const RoomInfo &)
{
    return tr("Room created");
}

QString EventText::roomDestroyed(const QString &)
{
    return tr("Room destroyed");
}

QString EventText::roomConfigurationChanged(const RoomInfo &room)
{
    QStringList words;
    for (const auto feature : roomFeatures(room))
        words << roomFeature(feature);
    return words.isEmpty() ? tr("Configuration changed") : tr("Configuration changed: %1").arg(words.join(u", "_s));
}

QString EventText::occupantJoined(const OccupantInfo &occupant)
{
    return tr("%1 joined (%2, %3)").arg(occupant.nick, occupant.realJid, role(occupant.role));
}

QString EventText::occupantLeft(const OccupantInfo &occupant, LeaveReason reason)
{
    QString text;
    switch (reason) {
    case LeaveReason::Left: text = tr("%1 left"); break;
    case LeaveReason::Kicked: text = tr("%1 was kicked"); break;
    case LeaveReason::Banned: text = tr("%1 was banned"); break;
    case LeaveReason::Disconnected: text = tr("%1 was disconnected"); break;
    case LeaveReason::RoomDestroyed: text = tr("%1 left: the room was destroyed"); break;
    }
    return text.arg(occupant.nick);
}

QString EventText::occupantNickChanged(const QString &oldNick, const OccupantInfo &occupant)
{
    return tr("%1 is now known as %2").arg(oldNick, occupant.nick);
}

QString EventText::occupantRoleChanged(const OccupantInfo &occupant)
{
    return tr("%1 is now %2").arg(occupant.nick, role(occupant.role));
}

QString EventText::affiliationChanged(const QString &bareJid, Affiliation affiliation)
{
    return tr("%1 has the affiliation %2").arg(bareJid, EventText::affiliation(affiliation));
}

QString EventText::subjectChanged(const QString &subject, const QString &nick)
{
    if (subject.isEmpty())
        return nick.isEmpty() ? tr("The subject was cleared") : tr("%1 cleared the subject").arg(nick);
    return nick.isEmpty() ? tr("The subject is now “%1”").arg(subject) : tr("%1 set the subject to “%2”").arg(nick, subject);
}

QString EventText::storageRecovered()
{
    return tr("Writing to the database works again");
}

QString EventText::limitHit(const QString &who, LimitKind kind)
{
    switch (kind) {
    case LimitKind::Groupchat: return tr("%1 sends messages too fast; refused until they slow down").arg(who);
    case LimitKind::PrivateMessage: return tr("%1 sends private messages too fast; refused until they slow down").arg(who);
    case LimitKind::Presence: return tr("%1 changes presence or nickname too fast; refused until they slow down").arg(who);
    case LimitKind::Iq: return tr("%1 sends requests to occupants too fast; refused until they slow down").arg(who);
    case LimitKind::VoiceRequest: return tr("%1 asks for voice too often; refused until they slow down").arg(who);
    case LimitKind::Invitation: return tr("%1 sends invitations too fast; refused until they slow down").arg(who);
    case LimitKind::Flooding: return tr("%1 was kicked for flooding").arg(who);
    case LimitKind::Join: return tr("%1 joins rooms too fast; refused until they slow down").arg(who);
    case LimitKind::Creation: return tr("%1 creates rooms too fast; refused until they slow down").arg(who);
    case LimitKind::Password: return tr("%1 gave too many wrong passwords; refused for a while").arg(who);
    case LimitKind::Blocked: return tr("%1 is on the block list; refused").arg(who);
    case LimitKind::Rooms: break;
    }
    return tr("%1 may not create more rooms: the limit on rooms is reached").arg(who);
}

QString EventText::role(Role role)
{
    switch (role) {
    case Role::Moderator: return tr("moderator");
    case Role::Participant: return tr("participant");
    case Role::Visitor: return tr("visitor");
    case Role::None: break;
    }
    return tr("none");
}

QString EventText::affiliation(Affiliation affiliation)
{
    switch (affiliation) {
    case Affiliation::Owner: return tr("owner");
    case Affiliation::Admin: return tr("admin");
    case Affiliation::Member: return tr("member");
    case Affiliation::Outcast: return tr("outcast");
    case Affiliation::None: break;
    }
    return tr("none");
}

QList<EventText::RoomFeature> EventText::roomFeatures(const RoomInfo &room)
{
    QList<RoomFeature> features;
    if (room.locked)
        features << RoomFeature::AwaitingConfiguration;
    if (room.persistent)
        features << RoomFeature::Persistent;
    if (room.logging)
        features << RoomFeature::Archived;
    if (room.membersOnly)
        features << RoomFeature::MembersOnly;
    if (room.passwordProtected)
        features << RoomFeature::Password;
    if (room.moderated)
        features << RoomFeature::Moderated;
    if (!room.isPublic)
        features << RoomFeature::Hidden;
    return features;
}

QString EventText::roomFeature(RoomFeature feature)
{
    switch (feature) {
    case RoomFeature::AwaitingConfiguration: return tr("awaiting configuration");
    case RoomFeature::Persistent: return tr("persistent");
    case RoomFeature::Archived: return tr("archived");
    case RoomFeature::MembersOnly: return tr("members only");
    case RoomFeature::Password: return tr("password");
    case RoomFeature::Moderated: return tr("moderated");
    case RoomFeature::Hidden: return tr("hidden");
    }
    return {};
}

} // namespace qmuc
