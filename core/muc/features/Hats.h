#pragma once

#include "../RoomFeature.h"

namespace qmuc {

class Room;
struct Actor;

// Puts a hat on a user of the room, or takes it off, as `actor` (an admin or owner): the user's
// occupant, if present, shows it to everyone from then on. The same for the XEP's ad-hoc commands
// and the service's admin slots.
std::optional<Refusal> putOnHat(Room &room, const Actor &actor, const QString &bareJid, const Hat &hat);
std::optional<Refusal> takeOffHat(Room &room, const Actor &actor, const QString &bareJid, const QString &uri);

} // namespace qmuc
