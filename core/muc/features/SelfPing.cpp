// XEP-0410 self-ping: a client asks its own occupant JID whether it is still joined.
#include "../Room.h"

#include "../../Namespaces.h"

#include <QXmppPingIq.h>

namespace qmuc {

namespace {

class SelfPing final : public RoomFeature
{
public:
    void discover(const Room &, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << ns::mucSelfPingOptimization;
    }
    bool handleOccupantIq(Room &room, const Stanza &stanza, const Occupant *sender) override
    {
        // §3: the room answers for a joined client (the caller refused everyone else).
        if (!sender || stanza.type != u"get" || room.addressee(stanza) != sender || !QXmppPingIq::isPingIq(stanza.element))
            return false;
        room.sendResult(stanza, room.occupantJid(sender->nick));
        return true;
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeSelfPing()
{
    return std::make_unique<SelfPing>();
}

} // namespace qmuc
