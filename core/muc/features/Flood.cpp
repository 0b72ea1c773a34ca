// What one occupant may send per second (DESIGN.md, "Limits and abuse"): a token bucket per
// occupant and kind of stanza. Over it, the stanza is refused with policy-violation of type wait
// and not relayed, as Prosody's mod_muc_limits does; a sender who keeps going through a whole
// burst of refusals is kicked (XEP-0045 §8.2, 307) by the room, and everyone else carries on.
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

Rate Limits::*rateOf(LimitKind kind)
{
    switch (kind) {
    case LimitKind::Groupchat: return &Limits::groupchat;
    case LimitKind::PrivateMessage: return &Limits::privateMessages;
    case LimitKind::Presence: return &Limits::presence;
    case LimitKind::Iq: return &Limits::iqs;
    case LimitKind::VoiceRequest: return &Limits::voiceRequests;
    case LimitKind::Invitation: return &Limits::invitations;
    default: return nullptr;
    }
}

class Flood final : public RoomFeature
{
public:
    bool screen(Room &room, const Stanza &stanza, const Occupant &sender, LimitKind kind) override
    {
        const auto rate = rateOf(kind);
        if (!rate)
            return false;
        const auto &limits = room.host().limits();
        // One bucket per user and kind, whichever device sends.
        const auto outcome = m_buckets.take(QString::number(int(kind)) + u'\n' + sender.bareJid, limits.*rate);
        if (outcome.allowed)
            return false;
        room.sendError(stanza, StanzaError::Wait, StanzaError::PolicyViolation,
                       Room::tr("You are sending too fast; wait a moment, then try again."));
        if (outcome.refused == 1)
            room.host().overLimit(room, sender.nick, kind); // once per burst
        if (limits.kickAfter > 0 && outcome.refused == limits.kickAfter) {
            const QString nick = sender.nick; // `sender` goes with the kick
            if (!room.changeRoles(room.roomActor(), {{nick, Role::None, Room::tr("Flooding the room.")}}))
                room.host().overLimit(room, nick, LimitKind::Flooding);
        }
        return true;
    }

private:
    RateTable m_buckets{1000}; // by kind and bare JID of the occupants who sent lately
};

} // namespace

std::unique_ptr<RoomFeature> makeFlood()
{
    return std::make_unique<Flood>();
}

} // namespace qmuc
