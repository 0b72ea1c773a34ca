// Changing nickname: XEP-0045 §7.6.
#include "Room.h"

#include "Nickname.h"

namespace qmuc {

void Room::changeNick(const Stanza &stanza, Occupant &occupant, const QString &newNick)
{
    if (occupant.sessions.size() > 1) {
        sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable,
                  tr("You are in this room from several devices; change your nickname after leaving from the others."));
        return;
    }
    if (const auto refusal = nicknameRefusal(occupant.bareJid, newNick)) {
        sendError(stanza, *refusal);
        return;
    }
    if (const auto *same = occupantByNick(newNick); same && same != &occupant) { // this user's other nick: one nick per occupant
        sendError(stanza, StanzaError::Cancel, StanzaError::Conflict, tr("That nickname is already in use in this room."));
        return;
    }
    const auto oldNick = occupant.nick;

    // §7.6.3: unavailable from the old nick with the new one and 303, then available from the new.
    Broadcast departure;
    departure.unavailable = true;
    departure.codes << 303;
    departure.newNick = newNick;
    broadcastPresence(occupant, departure);

    // Kept by nicknameKey() (Room::occupantByNick); a change of case only keeps the key.
    const auto oldKey = nicknameKey(oldNick);
    const auto newKey = nicknameKey(newNick);
    Occupant renamed = std::move(occupant);
    m_occupants.remove(oldKey);
    renamed.nick = newNick;
    updateSession(renamed.sessions.first(), stanza);
    m_occupants.insert(newKey, std::move(renamed));
    m_joinOrder[m_joinOrder.indexOf(oldKey)] = newKey;
    m_sessionNick.insert(stanza.fromFull, newKey);

    Broadcast arrival;
    arrival.origin = stanza.fromFull;
    arrival.id = stanza.id;
    if (newNick != stanza.to.resource)
        arrival.selfCodes << 210;
    const auto &moved = m_occupants[newKey];
    broadcastPresence(moved, arrival);
    m_host.nickChanged(*this, oldNick, infoOf(moved));
}

} // namespace qmuc
