// Leaving a room: XEP-0045 §7.14, and sessions that vanish.
#include "Room.h"

#include "Nickname.h"

#include "../Xml.h"

using namespace Qt::StringLiterals;

namespace qmuc {

void Room::leave(const Stanza &stanza, Occupant &occupant)
{
    const auto status = stanza.element.firstChildElement(u"status"_s);
    Broadcast goodbye;
    goodbye.unavailable = true;
    if (!status.isNull())
        goodbye.payload = xml::serialize(status);
    goodbye.origin = stanza.fromFull;
    goodbye.id = stanza.id;
    removeSession(occupant, stanza.fromFull, LeaveReason::Left, goodbye);
}

void Room::removeSession(Occupant &occupant, const QString &fullJid, LeaveReason reason, Broadcast goodbye)
{
    goodbye.unavailable = true;
    m_sessionNick.remove(fullJid);
    m_recipientsValid = false;
    if (occupant.sessions.size() > 1) {
        // One device of several leaves: only it is told; the others stay in the room.
        broadcastPresence(occupant, goodbye, fullJid);
        occupant.sessions.removeIf([&](const Session &s) { return s.fullJid == fullJid; });
        m_host.sessionLeft(*this, fullJid);
        broadcastPresence(occupant, {});
        m_host.presenceChanged(*this, infoOf(occupant));
        return;
    }
    removeOccupant(occupant, reason, std::move(goodbye));
}

void Room::removeOccupant(Occupant &occupant, LeaveReason reason, Broadcast goodbye)
{
    // Its own sessions learn it first (with 110, §7.14 "then" the others); then, for a kick, the
    // moderator gets the result (§8.2); then the others hear of it, except when the room is destroyed, where each occupant
    // is told only of its own removal (§10.9).
    goodbye.unavailable = true;
    broadcastPresence(occupant, goodbye, {}, Audience::Self);
    send(std::exchange(m_afterSelf, {}));
    if (!goodbye.destroyed)
        broadcastPresence(occupant, goodbye, {}, Audience::Others);
    forget(occupant, reason);
}

void Room::abandon()
{
    m_abandoned = true;
    for (const auto &nick : QStringList(m_joinOrder)) {
        while (auto *occupant = occupantByNick(nick))
            removeSession(*occupant, occupant->sessions.first().fullJid, LeaveReason::RoomDestroyed, {});
    }
}

void Room::shutDown()
{
    // XEP-0045 status code 332 (§15.6.2: removed because the service is shutting down): each
    // occupant learns of its own removal only, as when the room is destroyed (§10.9); nobody is
    // left to tell of the others.
    for (const auto &nick : QStringList(m_joinOrder)) {
        auto *occupant = occupantByNick(nick);
        Broadcast goodbye;
        goodbye.unavailable = true;
        goodbye.selfCodes << 332;
        broadcastPresence(*occupant, goodbye, {}, Audience::Self);
        forget(*occupant, LeaveReason::Disconnected);
    }
}

void Room::forget(Occupant &occupant, LeaveReason reason)
{
    for (const auto &session : std::as_const(occupant.sessions)) {
        m_sessionNick.remove(session.fullJid);
        m_host.sessionLeft(*this, session.fullJid);
    }
    m_recipientsValid = false;
    const auto info = infoOf(occupant);
    const auto key = nicknameKey(occupant.nick);
    m_joinOrder.removeOne(key);
    m_occupants.remove(key); // `occupant` is gone from here on
    m_host.left(*this, info, reason);
}

} // namespace qmuc
