// How large what an occupant sends may be, and with how many devices one may be in a room
// (DESIGN.md, "Limits and abuse"): the service's [limits].
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class Sizes final : public RoomFeature
{
public:
    bool screen(Room &room, const Stanza &stanza, const Occupant &, LimitKind kind) override
    {
        if (kind != LimitKind::Groupchat && kind != LimitKind::PrivateMessage)
            return false;
        const auto &limits = room.host().limits();
        // Like mod_muc_limits' muc_max_char_count: policy-violation, type modify (RFC 6120
        // §8.3.3.12); the sender may send it shorter.
        const auto body = stanza.element.firstChildElement(u"body"_s);
        if (!body.isNull() && body.text().toUtf8().size() > limits.maxBodyBytes) {
            room.sendError(stanza, StanzaError::Modify, StanzaError::PolicyViolation,
                           Room::tr("This message is too long; the most this room relays is %n byte(s).", nullptr, limits.maxBodyBytes));
            return true;
        }
        const auto subject = stanza.element.firstChildElement(u"subject"_s);
        if (!subject.isNull() && subject.text().toUtf8().size() > limits.maxSubjectBytes) {
            room.sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable,
                           Room::tr("This subject is too long; the most this room takes is %n byte(s).", nullptr, limits.maxSubjectBytes));
            return true;
        }
        return false;
    }
    std::optional<Refusal> refuseNickname(const Room &room, const QString &, const QString &nick) const override
    {
        const int max = room.host().limits().maxNickChars;
        if (nick.toUcs4().size() > max)
            return Refusal{StanzaError::Modify, StanzaError::JidMalformed,
                           Room::tr("This nickname is too long; the most this room takes is %n character(s).", nullptr, max)};
        return std::nullopt;
    }
    std::optional<Refusal> refuseEntry(const Room &room, const Entrant &entrant) const override
    {
        const auto *present = entrant.alreadyHere ? room.occupantByNick(entrant.nick) : nullptr;
        if (!present || present->sessions.size() < room.host().limits().sessionsPerOccupant)
            return std::nullopt;
        for (const auto &session : present->sessions) {
            if (session.fullJid == entrant.stanza.fromFull)
                return std::nullopt; // a device that is in already
        }
        return Refusal{StanzaError::Wait, StanzaError::ResourceConstraint,
                       Room::tr("You are in this room from too many devices already.")};
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeSizes()
{
    return std::make_unique<Sizes>();
}

} // namespace qmuc
