// Entering a room: XEP-0045 §7.2 (and §10.1 for the first occupant, who creates it).
#include "Room.h"

#include "Nickname.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

void Room::createBy(const Stanza &join, const QString &nick)
{
    // §10.1.1: the creator is the owner; the room is locked until the owner configures it.
    m_affiliates.insert(join.from.bare(), {Affiliation::Owner, {}, {}});
    m_locked = true;
    this->join(join, nick);
}

std::optional<Refusal> Room::entryRefusal(const Stanza &stanza, const QString &nick) const
{
    Entrant entrant{stanza, stanza.from.bare(), nick, affiliationOf(stanza.from.bare()), false};
    if (m_locked && entrant.affiliation != Affiliation::Owner) {
        // §10.1.1: nobody but the owner enters a room that is still being set up.
        return Refusal{StanzaError::Cancel, StanzaError::ItemNotFound, tr("This room is locked until its owner has configured it.")};
    }
    if (entrant.affiliation == Affiliation::Outcast)
        return Refusal{StanzaError::Auth, StanzaError::Forbidden, tr("You are banned from this room.")}; // §7.2.7
    const auto *present = occupantByNick(nick);
    entrant.alreadyHere = present && present->bareJid == entrant.bareJid;
    if (auto refusal = firstOf<Refusal>([&](const RoomFeature &f) { return f.refuseEntry(*this, entrant); }))
        return refusal;
    return nicknameRefusal(entrant.bareJid, nick);
}

std::optional<Refusal> Room::nicknameRefusal(const QString &bareJid, const QString &nick) const
{
    if (auto refusal = firstOf<Refusal>([&](const RoomFeature &f) { return f.refuseNickname(*this, bareJid, nick); }))
        return refusal;
    if (const auto *taken = occupantByNick(nick); taken && taken->bareJid != bareJid) // §7.2.9, §7.6
        return Refusal{StanzaError::Cancel, StanzaError::Conflict, tr("That nickname is already in use in this room.")};
    return std::nullopt;
}

void Room::join(const Stanza &stanza, const QString &nick)
{
    if (const auto refusal = entryRefusal(stanza, nick)) {
        sendError(stanza, *refusal);
        return;
    }
    if (auto *existing = occupantByNick(nick)) {
        // The same person from another device: one occupant, one more session.
        joinExistingOccupant(stanza, *existing);
        return;
    }

    Occupant occupant;
    occupant.nick = nick;
    occupant.bareJid = stanza.from.bare();
    occupant.affiliation = affiliationOf(occupant.bareJid);
    occupant.role = defaultRole(occupant.affiliation);
    occupant.since = QDateTime::currentDateTimeUtc();
    decorate(occupant);
    Session session;
    session.fullJid = stanza.fromFull;
    session.escapedJid = xml::escaped(stanza.fromFull);
    updateSession(session, stanza);
    occupant.sessions << session;
    const auto key = nicknameKey(nick);
    m_occupants.insert(key, occupant);
    m_joinOrder << key;
    m_sessionNick.insert(stanza.fromFull, key);
    m_recipientsValid = false;
    m_host.sessionEntered(*this, stanza.fromFull, occupant.bareJid, nick);

    QList<int> selfCodes;
    if (m_locked && m_occupants.size() == 1)
        selfCodes << 201; // §10.1.1: new room
    if (nick != stanza.to.resource)
        selfCodes << 210; // §7.2.3: the service changed the nick (normalised it)
    sendJoinSequence(stanza, m_occupants[key], selfCodes);
    m_host.joined(*this, infoOf(m_occupants[key]));
}

void Room::joinExistingOccupant(const Stanza &stanza, Occupant &occupant)
{
    if (!occupant.session(stanza.fromFull)) {
        Session session;
        session.fullJid = stanza.fromFull;
        session.escapedJid = xml::escaped(stanza.fromFull);
        occupant.sessions.prepend(session);
        m_sessionNick.insert(stanza.fromFull, nicknameKey(occupant.nick));
        m_recipientsValid = false;
        m_host.sessionEntered(*this, stanza.fromFull, occupant.bareJid, occupant.nick);
    }
    updateSession(*occupant.session(stanza.fromFull), stanza);
    QList<int> selfCodes;
    if (occupant.nick != stanza.to.resource)
        selfCodes << 210; // §7.2.3: the nick the room knows differs from the one asked for
    sendJoinSequence(stanza, occupant, selfCodes);
    m_host.presenceChanged(*this, infoOf(occupant));
}

void Room::sendJoinSequence(const Stanza &stanza, Occupant &occupant, QList<int> selfCodes)
{
    // §7.2.3: first everyone already here, then the new presence to all (with 110 to the
    // joiner), then the history, then the subject.
    const bool joinerSeesJids = seesRealJids(occupant);
    const auto &joiner = *occupant.session(stanza.fromFull);
    QByteArray roster;
    for (const auto &key : std::as_const(m_joinOrder)) {
        const auto &other = m_occupants[key];
        if (&other != &occupant)
            roster += presenceFor(other, {}, joiner, joinerSeesJids, false);
    }
    send(roster);

    for (const auto &f : m_features)
        f->selfPresenceCodes(*this, selfCodes);
    Broadcast arrival;
    arrival.selfCodes = selfCodes;
    arrival.origin = stanza.fromFull;
    arrival.id = stanza.id;
    broadcastPresence(occupant, arrival);

    for (const auto &f : m_features)
        f->joined(*this, stanza, occupant);
    sendSubject(stanza.fromFull);
}

void Room::sendSubject(const QString &toFull)
{
    // §7.2.15: always, empty when there is none, from the nick that set it if known, stamped
    // with when it was set (a <delay/> from the room, as §7.2.15 says it SHOULD be).
    QByteArray out = "<message from='" + m_escapedJid;
    if (!m_subjectNick.isEmpty())
        out += '/' + xml::escaped(m_subjectNick);
    out += "' to='" + xml::escaped(toFull) + "' type='groupchat' id='" + QXmppUtils::generateStanzaUuid().toLatin1() + "'>";
    out += m_subject.isEmpty() ? QByteArray("<subject/>") : "<subject>" + xml::escaped(m_subject) + "</subject>";
    if (m_subjectStamp.isValid()) {
        out += "<delay xmlns='urn:xmpp:delay' from='" + m_escapedJid + "' stamp='"
            + QXmppUtils::datetimeToString(m_subjectStamp).toLatin1() + "'/>";
    }
    if (!m_subjectNick.isEmpty())
        out += senderMarks(m_subjectJid);
    out += "</message>";
    send(out);
}

} // namespace qmuc
