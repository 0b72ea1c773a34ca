// Members-only rooms (XEP-0045 §10.2): only members (and above) enter (§7.2.6); turning a room
// members-only removes everyone else with 322 (§10.2); losing membership removes one with 321
// (§9.4).
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class MembersOnly final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        return {ConfigField::boolean(u"muc#roomconfig_membersonly"_s, QT_TRANSLATE_NOOP("qmuc::Room", "Only members may enter"),
                                     u"membersonly"_s, &RoomConfig::membersOnly)};
    }
    void discover(const Room &room, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << (room.config().membersOnly ? u"muc_membersonly"_s : u"muc_open"_s);
    }
    void describe(const Room &room, RoomInfo &info) const override { info.membersOnly = room.config().membersOnly; }
    std::optional<Refusal> refuseEntry(const Room &room, const Entrant &entrant) const override
    {
        if (room.config().membersOnly && entrant.affiliation < Affiliation::Member)
            return Refusal{StanzaError::Auth, StanzaError::RegistrationRequired, Room::tr("This room is for members only.")};
        return std::nullopt;
    }
    void configured(Room &room, const RoomConfig &before, QList<int> &) override
    {
        if (before.membersOnly || !room.config().membersOnly)
            return;
        for (const auto &nick : QStringList(room.joinOrder())) {
            auto *occupant = room.occupantByNick(nick);
            if (occupant && occupant->affiliation < Affiliation::Member) {
                Room::Broadcast goodbye;
                goodbye.codes << 322;
                room.removeOccupant(*occupant, LeaveReason::Kicked, goodbye);
            }
        }
    }
    void affiliationChanged(Room &room, const Actor &actor, const AffiliationChange &change, Affiliation) override
    {
        if (!room.config().membersOnly || change.affiliation >= Affiliation::Member || change.affiliation == Affiliation::Outcast)
            return;
        for (const auto &nick : QStringList(room.joinOrder())) {
            auto *occupant = room.occupantByNick(nick);
            if (!occupant || occupant->bareJid != change.bareJid)
                continue;
            Room::Broadcast goodbye;
            goodbye.reason = change.reason;
            goodbye.actorNick = actor.nick;
            goodbye.codes << 321;
            room.removeOccupant(*occupant, LeaveReason::Kicked, goodbye);
        }
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeMembersOnly()
{
    return std::make_unique<MembersOnly>();
}

} // namespace qmuc
