#pragma once

#include "../RoomFeature.h"

namespace qmuc {

class Room;
struct Actor;

// A hat (XEP-0317 §2.1): a role of the room's own making, identified by its URI, shown by its title.
struct Hat {
    QString uri;
    QString title;
    bool operator==(const Hat &) const = default;
};

// Puts a hat on a user of the room, or takes it off, as `actor` (an admin or owner): the user's
// occupant, if present, shows it to everyone from then on. The same for the XEP's ad-hoc commands
// and the service's admin slots.
std::optional<Refusal> putOnHat(Room &room, const Actor &actor, const QString &bareJid, const Hat &hat);
std::optional<Refusal> takeOffHat(Room &room, const Actor &actor, const QString &bareJid, const QString &uri);

} // namespace qmuc
