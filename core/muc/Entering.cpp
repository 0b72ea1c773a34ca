// Entering a room: XEP-0045 §7.2 (and §10.1 for the first occupant, who creates it).
#include "Room.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

void Room::createBy(const Stanza &join, const QString &nick)
{
    // §10.1.1: the creator is the owner; the room is locked until the owner configures it.
    m_affiliations.insert(join.from.bare(), Affiliation::Owner);
    m_locked = true;
    this->join(join, nick);
}

std::optional<QString> Room::entryRefusal(const Stanza &stanza, const QString &nick, StanzaError::Condition *condition) const
{
    const auto bare = stanza.from.bare();
    const auto affiliation = affiliationOf(bare);
    const auto x = stanza.child(u"x"_s, ns::muc);

    if (m_locked && affiliation != Affiliation::Owner) {
        // §10.1.1: nobody but the owner enters a room that is still being set up.
        *condition = StanzaError::ItemNotFound;
        return tr("This room is locked until its owner has configured it.");
    }
    if (affiliation == Affiliation::Outcast) {
        *condition = StanzaError::Forbidden; // §7.2.7
        return tr("You are banned from this room.");
    }
    if (m_config.membersOnly && affiliation < Affiliation::Member) {
        *condition = StanzaError::RegistrationRequired; // §7.2.6
        return tr("This room is for members only.");
    }
    if (m_config.passwordProtected() && x.firstChildElement(u"password"_s).text() != m_config.password) {
        *condition = StanzaError::NotAuthorized; // §7.2.5
        return tr("A password is required to enter this room.");
    }
    if (const auto holder = m_reservedNicks.key(nick); !holder.isEmpty() && holder != bare) {
        *condition = StanzaError::Conflict; // §7.2.9: reserved by a member
        return tr("That nickname is reserved by a member of this room.");
    }
    if (const auto *taken = const_cast<Room *>(this)->occupantByNick(nick); taken && taken->bareJid != bare) {
        *condition = StanzaError::Conflict; // §7.2.9
        return tr("That nickname is already in use in this room.");
    }
    if (m_config.maxUsers > 0 && m_occupants.size() >= m_config.maxUsers && affiliation < Affiliation::Admin
        && !m_occupants.contains(nick)) {
        *condition = StanzaError::ServiceUnavailable; // §7.2.10
        return tr("This room is full.");
    }
    return std::nullopt;
}

void Room::join(const Stanza &stanza, const QString &nick)
{
    StanzaError::Condition condition = StanzaError::NotAcceptable;
    if (const auto refusal = entryRefusal(stanza, nick, &condition)) {
        // The error types of XEP-0045's examples (§7.2.5-§7.2.10).
        auto type = StanzaError::Cancel;
        if (condition == StanzaError::NotAuthorized || condition == StanzaError::RegistrationRequired
            || condition == StanzaError::Forbidden)
            type = StanzaError::Auth;
        else if (condition == StanzaError::ServiceUnavailable)
            type = StanzaError::Wait;
        sendError(stanza, type, condition, *refusal);
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
    occupant.idElement = occupantIdElement(occupant.bareJid);
    occupant.affiliation = affiliationOf(occupant.bareJid);
    occupant.role = defaultRole(occupant.affiliation);
    occupant.since = QDateTime::currentDateTimeUtc();
    Session session;
    session.fullJid = stanza.fromFull;
    session.escapedJid = xml::escaped(stanza.fromFull);
    updateSession(session, stanza);
    occupant.sessions << session;
    m_occupants.insert(nick, occupant);
    m_joinOrder << nick;
    m_sessionNick.insert(stanza.fromFull, nick);
    m_recipientsValid = false;

    QList<int> selfCodes;
    if (m_locked && m_occupants.size() == 1)
        selfCodes << 201; // §10.1.1: new room
    if (nick != stanza.to.resource)
        selfCodes << 210; // §7.2.3: the service changed the nick (normalised it)
    sendJoinSequence(stanza, m_occupants[nick], selfCodes);
    m_host.joined(*this, infoOf(m_occupants[nick]));
}

void Room::joinExistingOccupant(const Stanza &stanza, Occupant &occupant)
{
    if (!occupant.session(stanza.fromFull)) {
        Session session;
        session.fullJid = stanza.fromFull;
        session.escapedJid = xml::escaped(stanza.fromFull);
        occupant.sessions.prepend(session);
        m_sessionNick.insert(stanza.fromFull, occupant.nick);
        m_recipientsValid = false;
    }
    updateSession(*occupant.session(stanza.fromFull), stanza);
    sendJoinSequence(stanza, occupant, {});
    m_host.presenceChanged(*this, infoOf(occupant));
}

void Room::sendJoinSequence(const Stanza &stanza, Occupant &occupant, QList<int> selfCodes)
{
    // §7.2.3: first everyone already here, then the new presence to all (with 110 to the
    // joiner), then the history, then the subject.
    const bool joinerSeesJids = seesRealJids(occupant);
    const auto &joiner = *occupant.session(stanza.fromFull);
    QByteArray roster;
    for (const auto &nick : std::as_const(m_joinOrder)) {
        const auto &other = m_occupants[nick];
        if (&other != &occupant)
            roster += presenceFor(other, {}, joiner, joinerSeesJids, false);
    }
    send(roster);

    if (m_config.nonAnonymous())
        selfCodes << 100; // §7.2.4
    if (m_config.logging)
        selfCodes << 170; // §7.2.12
    Broadcast arrival;
    arrival.selfCodes = selfCodes;
    arrival.origin = stanza.fromFull;
    arrival.id = stanza.id;
    broadcastPresence(occupant, arrival);

    sendHistory(stanza);
    sendSubject(stanza.fromFull);
}

void Room::sendHistory(const Stanza &stanza)
{
    History::Request request;
    const auto history = stanza.child(u"x"_s, ns::muc).firstChildElement(u"history"_s);
    const auto number = [&](const QString &name) -> std::optional<int> {
        bool ok = false;
        const int value = history.attribute(name).toInt(&ok);
        return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
    };
    if (!history.isNull()) {
        request.maxChars = number(u"maxchars"_s);
        request.maxStanzas = number(u"maxstanzas"_s);
        request.seconds = number(u"seconds"_s);
        if (history.hasAttribute(u"since"_s)) {
            const auto since = QXmppUtils::datetimeFromString(history.attribute(u"since"_s));
            if (since.isValid())
                request.since = since;
        }
    }
    const auto to = xml::escaped(stanza.fromFull);
    const QByteArray head = "<message from='" + m_escapedJid + '/';
    QByteArray out;
    for (const auto *entry : m_history.select(request, QDateTime::currentDateTimeUtc(), 160)) {
        out += head + xml::escaped(entry->nick) + "' to='" + to + "' type='groupchat'";
        if (!entry->id.isEmpty())
            out += " id='" + xml::escaped(entry->id) + '\'';
        out += '>' + entry->payload + stanzaIdElement(entry->stanzaId) + occupantIdElement(entry->senderJid);
        // XEP-0203, stamped by the room (§7.2.14).
        out += "<delay xmlns='urn:xmpp:delay' from='" + m_escapedJid + "' stamp='"
            + QXmppUtils::datetimeToString(entry->stamp).toLatin1() + "'/></message>";
    }
    send(out);
}

void Room::sendSubject(const QString &toFull)
{
    // §7.2.15: always, empty when there is none, from the nick that set it if known.
    QByteArray out = "<message from='" + m_escapedJid;
    if (!m_subjectNick.isEmpty())
        out += '/' + xml::escaped(m_subjectNick);
    out += "' to='" + xml::escaped(toFull) + "' type='groupchat' id='" + QXmppUtils::generateStanzaUuid().toLatin1() + "'>";
    out += m_subject.isEmpty() ? QByteArray("<subject/>") : "<subject>" + xml::escaped(m_subject) + "</subject>";
    if (!m_subjectNick.isEmpty())
        out += occupantIdElement(m_subjectJid);
    out += "</message>";
    send(out);
}

} // namespace qmuc
