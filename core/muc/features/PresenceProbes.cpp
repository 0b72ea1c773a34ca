// Presence probes of room/nick: the occupant's current presence, as the asker would see it in
// the room; only occupants may ask, and only about someone there.
#include "../Room.h"

#include "../../Xml.h"

namespace qmuc {

namespace {

class PresenceProbes final : public RoomFeature
{
public:
    bool handlePresence(Room &room, const Stanza &stanza) override
    {
        if (stanza.type != u"probe")
            return false;
        auto *asker = room.occupantBySession(stanza.fromFull);
        const auto *about = room.addressee(stanza);
        if (!asker) {
            room.sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, Room::tr("You are not in this room."));
        } else if (!about) {
            room.send("<presence from='" + room.escapedJid() + '/' + xml::escaped(stanza.to.resource) + "' to='"
                      + xml::escaped(stanza.fromFull) + "' type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'>"
                      "<item affiliation='none' role='none'/></x></presence>");
        } else {
            room.send(room.presenceFor(*about, {}, *asker->session(stanza.fromFull), room.seesRealJids(*asker), about == asker));
        }
        return true;
    }
};

} // namespace

std::unique_ptr<RoomFeature> makePresenceProbes()
{
    return std::make_unique<PresenceProbes>();
}

} // namespace qmuc
