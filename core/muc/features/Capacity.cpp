// How many occupants a room holds (XEP-0045 §7.2.10, muc#roomconfig_maxusers). Admins and owners
// enter a full room.
#include "../Room.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class Capacity final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        ConfigField f = ConfigField::number(u"muc#roomconfig_maxusers"_s,
                                            QT_TRANSLATE_NOOP("qmuc::Room", "Maximum number of occupants"), u"maxusers"_s,
                                            &RoomConfig::maxUsers, 0, std::numeric_limits<int>::max());
        f.type = QXmppDataForm::Field::ListSingleField;
        f.options = {{"10", u"10"_s}, {"20", u"20"_s}, {"50", u"50"_s}, {"100", u"100"_s}, {"500", u"500"_s},
                     {QT_TRANSLATE_NOOP("qmuc::Room", "No limit"), u"none"_s}};
        // "none" (or nothing) is no limit.
        f.get = [](const RoomConfig &c) { return QVariant(c.maxUsers > 0 ? QString::number(c.maxUsers) : u"none"_s); };
        f.set = [number = f.set](RoomConfig &c, const QString &text) {
            return number(c, text == u"none" || text.isEmpty() ? u"0"_s : text);
        };
        return {f};
    }
    std::optional<Refusal> refuseEntry(const Room &room, const Entrant &entrant) const override
    {
        // A room whose owner set no maximum has the service's ([limits] occupants_per_room).
        const int max = room.config().maxUsers > 0 ? room.config().maxUsers : room.host().limits().occupantsPerRoom;
        if (max > 0 && room.joinOrder().size() >= max && entrant.affiliation < Affiliation::Admin && !entrant.alreadyHere)
            return Refusal{StanzaError::Wait, StanzaError::ServiceUnavailable, Room::tr("This room is full.")};
        return std::nullopt;
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeCapacity()
{
    return std::make_unique<Capacity>();
}

} // namespace qmuc
