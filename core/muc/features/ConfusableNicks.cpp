// Nicks that only look alike: a nick whose UTS #39 skeleton equals that of another user's nick in
// the room is refused (issue 12), so "Аlice" with a Cyrillic А cannot pass for Alice, nor
// "paypaI" for paypal. Nicks that are the same nick (RFC 8266 §2.3) are the room's own conflict
// (§7.2.9); the same user's other nicks are never a conflict.
#include "../Room.h"

#include "../Nickname.h"

namespace qmuc {

namespace {

class ConfusableNicks final : public RoomFeature
{
public:
    std::optional<Refusal> refuseNickname(const Room &room, const QString &bareJid, const QString &nick) const override
    {
        // Once per join or nick change, over the occupants: a join already sends each of them.
        const auto skeleton = nicknameSkeleton(nick);
        for (const auto &key : room.joinOrder()) {
            const auto *other = room.occupantByNick(key);
            if (!other || other->bareJid == bareJid || sameNickname(other->nick, nick))
                continue;
            if (nicknameSkeleton(other->nick) == skeleton)
                return Refusal{StanzaError::Cancel, StanzaError::Conflict,
                               Room::tr("That nickname looks like %1, who is already in this room.").arg(other->nick)};
        }
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeConfusableNicks()
{
    return std::make_unique<ConfusableNicks>();
}

} // namespace qmuc
