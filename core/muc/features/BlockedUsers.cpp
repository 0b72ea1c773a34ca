// Users on the service's real-time block list (BlockList.h, the settings' [blocklist]), as
// Prosody's mod_muc_rtbl keeps them out: they may not enter, talk, send private messages or have
// the room pass on their invitations (XEP-0045 §7.8.2, a way to spam people outside the room).
// Users the room affiliated (members, admins, owners) are let through: the room vouched for them.
#include "../../Namespaces.h"
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class BlockedUsers final : public RoomFeature
{
public:
    std::optional<Refusal> refuseEntry(const Room &room, const Entrant &entrant) const override
    {
        if (!blocked(room, entrant.bareJid, entrant.affiliation))
            return std::nullopt;
        return refusal(room, entrant.bareJid);
    }

    bool screen(Room &room, const Stanza &stanza, const Occupant &sender, LimitKind kind) override
    {
        if (kind != LimitKind::Groupchat && kind != LimitKind::PrivateMessage)
            return false;
        return refused(room, stanza, sender.bareJid, sender.affiliation);
    }

    bool handleMessage(Room &room, const Stanza &stanza, const Occupant *) override
    {
        // Invitations may come from outside the room (§7.8.2); they are not relayed, they are
        // refused, so that the sender's client does not wait.
        if (stanza.child(u"x"_s, ns::mucUser).firstChildElement(u"invite"_s).isNull())
            return false;
        const auto user = stanza.from.bare();
        return refused(room, stanza, user, room.affiliationOf(user));
    }

private:
    static bool blocked(const Room &room, const QString &bareJid, Affiliation affiliation)
    {
        return affiliation == Affiliation::None && room.host().isBlocked(bareJid);
    }

    static Refusal refusal(const Room &room, const QString &bareJid)
    {
        room.host().overLimit(room, bareJid, LimitKind::Blocked); // the service reports once per burst
        // mod_muc_rtbl's answer: forbidden, type cancel (RFC 6120 §8.3.3.6).
        return Refusal{StanzaError::Cancel, StanzaError::Forbidden, Room::tr("You are banned from this service.")};
    }

    static bool refused(Room &room, const Stanza &stanza, const QString &bareJid, Affiliation affiliation)
    {
        if (!blocked(room, bareJid, affiliation))
            return false;
        room.sendError(stanza, refusal(room, bareJid));
        return true;
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeBlockedUsers()
{
    return std::make_unique<BlockedUsers>();
}

} // namespace qmuc
