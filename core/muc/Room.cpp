#include "Room.h"

#include "../Namespaces.h"
#include "../StanzaErrors.h"
#include "../Xml.h"

#include <QXmppIq.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>

using namespace Qt::StringLiterals;

namespace qmuc {

Room::Room(const QString &jid, RoomHost &host, const RoomConfig &config)
    : m_jid(jid)
    , m_escapedJid(xml::escaped(jid))
    , m_host(host)
    , m_config(config)
{
    m_history.setCapacity(config.historyLength);
}

Room::Room(const RoomRecord &record, RoomHost &host)
    : Room(record.jid, host, record.config)
{
    m_subject = record.subject;
    m_subjectNick = record.subjectNick;
    m_subjectJid = record.subjectJid;
    for (const auto &a : record.affiliations) {
        if (a.affiliation != Affiliation::None)
            m_affiliations.insert(a.bareJid, a.affiliation);
        if (!a.reason.isEmpty())
            m_affiliationReasons.insert(a.bareJid, a.reason);
        if (!a.nick.isEmpty())
            m_reservedNicks.insert(a.bareJid, a.nick);
    }
    if (!m_config.logging) {
        for (const auto &entry : record.history)
            m_history.append(entry);
        return;
    }
    if (m_config.historyLength == 0)
        return;
    // The history people get on joining survives the restart: it comes from the archive. The
    // archive holds subject changes too, which the history does not (the subject is sent on its
    // own), so page back until there are as many messages as before the restart.
    ArchiveQuery recent;
    recent.room = m_jid;
    recent.max = m_config.historyLength;
    recent.pageBefore = QString();
    QList<ArchivedMessage> newestFirst;
    while (newestFirst.size() < m_config.historyLength) {
        const auto page = m_host.archive().query(recent);
        for (auto m = page.messages.crbegin(); m != page.messages.crend(); ++m) {
            if (!m->payload.startsWith("<subject"))
                newestFirst << *m;
        }
        if (page.complete || page.messages.isEmpty())
            break;
        recent.pageBefore = page.messages.first().stanzaId;
    }
    for (auto m = newestFirst.crbegin(); m != newestFirst.crend(); ++m)
        m_history.append({m->stamp, m->nick, m->senderJid, m->messageId, m->stanzaId, m->payload});
}

RoomRecord Room::record() const
{
    RoomRecord record;
    record.jid = m_jid;
    record.config = m_config;
    record.subject = m_subject;
    record.subjectNick = m_subjectNick;
    record.subjectJid = m_subjectJid;
    auto jids = m_affiliations.keys() + m_reservedNicks.keys();
    std::sort(jids.begin(), jids.end());
    jids.erase(std::unique(jids.begin(), jids.end()), jids.end());
    for (const auto &jid : jids) {
        record.affiliations << StoredAffiliation{jid, m_affiliations.value(jid, Affiliation::None),
                                                 m_affiliationReasons.value(jid), m_reservedNicks.value(jid)};
    }
    if (!m_config.logging)
        record.history = QList<History::Entry>(m_history.entries().cbegin(), m_history.entries().cend());
    return record;
}

Room::Session *Room::Occupant::session(const QString &fullJid)
{
    for (auto &s : sessions) {
        if (s.fullJid == fullJid)
            return &s;
    }
    return nullptr;
}

RoomInfo Room::info() const
{
    RoomInfo info;
    info.jid = m_jid;
    info.name = m_config.name;
    info.subject = m_subject;
    info.occupants = int(m_occupants.size());
    info.persistent = m_config.persistent;
    info.isPublic = m_config.isPublic;
    info.membersOnly = m_config.membersOnly;
    info.passwordProtected = m_config.passwordProtected();
    info.moderated = m_config.moderated;
    info.locked = m_locked;
    info.logging = m_config.logging;
    return info;
}

QList<OccupantInfo> Room::occupants() const
{
    QList<OccupantInfo> list;
    list.reserve(m_joinOrder.size());
    for (const auto &nick : m_joinOrder)
        list << infoOf(m_occupants[nick]);
    return list;
}

OccupantInfo Room::infoOf(const Occupant &occupant) const
{
    OccupantInfo info;
    info.nick = occupant.nick;
    info.realJid = occupant.bareJid;
    info.role = occupant.role;
    info.affiliation = occupant.affiliation;
    info.since = occupant.since;
    info.sessions = int(occupant.sessions.size());
    if (!occupant.sessions.isEmpty()) {
        info.show = occupant.current().show;
        info.status = occupant.current().status;
    }
    return info;
}

Room::Occupant *Room::occupantByNick(const QString &nick)
{
    auto it = m_occupants.find(nick);
    return it == m_occupants.end() ? nullptr : &*it;
}

Room::Occupant *Room::addressee(const Stanza &stanza)
{
    QString why;
    const auto nick = prepareNickname(stanza.to.resource, &why);
    return nick ? occupantByNick(*nick) : nullptr;
}

Room::Occupant *Room::occupantBySession(const QString &fullJid)
{
    const auto nick = m_sessionNick.value(fullJid);
    return nick.isEmpty() ? nullptr : occupantByNick(nick);
}

Affiliation Room::affiliationOf(const QString &bareJid) const
{
    // Service administrators are owners of every room.
    if (m_host.isServiceAdmin(bareJid))
        return Affiliation::Owner;
    return m_affiliations.value(bareJid, Affiliation::None);
}

Role Room::defaultRole(Affiliation affiliation) const
{
    // XEP-0045 §5.1.2: the role an affiliation gets on entry.
    switch (affiliation) {
    case Affiliation::Owner:
    case Affiliation::Admin:
        return Role::Moderator;
    case Affiliation::Member:
        return Role::Participant;
    case Affiliation::None:
        return m_config.moderated ? Role::Visitor : Role::Participant;
    case Affiliation::Outcast:
        break;
    }
    return Role::None;
}

bool Room::seesRealJids(const Occupant &viewer) const
{
    // XEP-0045 §4.2: non-anonymous rooms show real JIDs to everyone, semi-anonymous ones to
    // moderators only.
    return m_config.nonAnonymous() || viewer.role == Role::Moderator;
}

void Room::updateSession(Session &session, const Stanza &stanza) const
{
    // Everything the client put in its presence travels on, except the MUC elements the room
    // writes itself.
    session.payload = xml::serializeChildren(stanza.element, [](const QDomElement &child) {
        const auto ns = child.namespaceURI();
        // XEP-0421 §4: an occupant id is the room's to give.
        return ns != ns::muc && ns != ns::mucUser && ns != ns::occupantId;
    });
    session.show = stanza.element.firstChildElement(u"show"_s).text();
    session.status = stanza.element.firstChildElement(u"status"_s).text();
}

QByteArray Room::presenceFor(const Occupant &about, const Broadcast &what, const Session &to,
                             bool withJid, bool self) const
{
    QByteArray out;
    out.reserve(256 + about.current().payload.size());
    out += "<presence from='" + m_escapedJid + '/' + xml::escaped(about.nick) + "' to='" + to.escapedJid + '\'';
    if (self && !what.id.isEmpty() && to.fullJid == what.origin)
        out += " id='" + xml::escaped(what.id) + '\'';
    if (what.unavailable)
        out += " type='unavailable'";
    out += '>';
    out += what.unavailable ? what.payload : about.current().payload;
    out += "<x xmlns='http://jabber.org/protocol/muc#user'><item affiliation='"
        + affiliationName(what.destroyed ? Affiliation::None : about.affiliation).toLatin1() + "' role='"
        // Leaving, the role is none; changing nick (303) one keeps it (§7.6.3).
        + roleName(what.unavailable && what.newNick.isEmpty() ? Role::None : about.role).toLatin1() + '\'';
    if (withJid)
        out += " jid='" + about.current().escapedJid + '\'';
    if (!what.newNick.isEmpty())
        out += " nick='" + xml::escaped(what.newNick) + '\'';
    const bool itemReason = !what.reason.isEmpty() && !what.destroyed; // a destroy carries its own
    if (what.actorNick.isEmpty() && !itemReason) {
        out += "/>";
    } else {
        out += '>';
        if (!what.actorNick.isEmpty())
            out += "<actor nick='" + xml::escaped(what.actorNick) + "'/>";
        if (itemReason)
            out += "<reason>" + xml::escaped(what.reason) + "</reason>";
        out += "</item>";
    }
    if (what.destroyed) {
        out += "<destroy";
        if (!what.destroyVenue.isEmpty())
            out += " jid='" + xml::escaped(what.destroyVenue) + '\'';
        out += what.reason.isEmpty() ? QByteArray("/>") : "><reason>" + xml::escaped(what.reason) + "</reason></destroy>";
    }
    QList<int> codes = what.codes;
    if (self) {
        codes += what.selfCodes;
        codes += 110;
    }
    std::sort(codes.begin(), codes.end());
    for (int code : std::as_const(codes))
        out += "<status code='" + QByteArray::number(code) + "'/>";
    out += "</x>" + about.idElement + "</presence>";
    return out;
}

void Room::broadcastPresence(const Occupant &about, const Broadcast &what, const QString &onlyTo, Audience audience)
{
    QByteArray out;
    for (const auto &nick : std::as_const(m_joinOrder)) {
        const auto &viewer = m_occupants[nick];
        const bool self = &viewer == &about;
        if ((audience == Audience::Self && !self) || (audience == Audience::Others && self))
            continue;
        const bool withJid = seesRealJids(viewer) || self;
        for (const auto &session : viewer.sessions) {
            if (!onlyTo.isEmpty() && session.fullJid != onlyTo)
                continue;
            out += presenceFor(about, what, session, withJid, self);
        }
    }
    send(out);
}

const QList<QByteArray> &Room::recipients()
{
    if (!m_recipientsValid) {
        m_recipients.clear();
        for (const auto &nick : std::as_const(m_joinOrder)) {
            for (const auto &session : std::as_const(m_occupants[nick].sessions))
                m_recipients << session.escapedJid;
        }
        m_recipientsValid = true;
    }
    return m_recipients;
}

void Room::fanOut(const QByteArray &head, const QByteArray &tail)
{
    const auto &to = recipients();
    QByteArray out;
    out.reserve(to.size() * (head.size() + tail.size() + 48));
    for (const auto &jid : to) {
        out += head;
        out += jid;
        out += tail;
    }
    send(out);
}

void Room::sendError(const Stanza &stanza, StanzaError::Type type, StanzaError::Condition condition, const QString &text)
{
    send(errorReplyTo(stanza.element, type, condition, text));
}

void Room::handlePresence(const Stanza &stanza)
{
    if (stanza.type == u"error") {
        handleClientError(stanza);
        return;
    }
    auto *occupant = occupantBySession(stanza.fromFull);
    if (stanza.type == u"unavailable") {
        if (occupant)
            leave(stanza, *occupant);
        return; // leaving a room one is not in needs no answer
    }
    if (stanza.type == u"probe") {
        answerProbe(stanza);
        return;
    }
    if (!stanza.type.isEmpty()) {
        // subscribe and friends: rooms have no roster.
        sendError(stanza, StanzaError::Cancel, StanzaError::ServiceUnavailable);
        return;
    }
    QString why;
    const auto nick = prepareNickname(stanza.to.resource, &why);
    if (!nick) {
        sendError(stanza, StanzaError::Modify, StanzaError::JidMalformed, why);
        return;
    }
    if (!occupant) {
        join(stanza, *nick);
    } else if (occupant->nick != *nick) {
        changeNick(stanza, *occupant, *nick);
    } else if (!stanza.child(u"x"_s, ns::muc).isNull()) {
        // A client joining again from a session the room still has (it lost track, e.g. after a
        // reconnect): the same occupant, and the whole join sequence again for that session.
        updateSession(*occupant->session(stanza.fromFull), stanza);
        sendJoinSequence(stanza, *occupant, {});
        m_host.presenceChanged(*this, infoOf(*occupant));
    } else {
        // A presence update (show/status): XEP-0045 §7.7.
        for (qsizetype i = 0; i < occupant->sessions.size(); ++i) {
            if (occupant->sessions[i].fullJid == stanza.fromFull) {
                updateSession(occupant->sessions[i], stanza);
                occupant->sessions.move(i, 0); // the latest presence speaks for the occupant
                break;
            }
        }
        Broadcast update;
        update.origin = stanza.fromFull;
        update.id = stanza.id;
        broadcastPresence(*occupant, update);
        m_host.presenceChanged(*this, infoOf(*occupant));
    }
}

void Room::answerProbe(const Stanza &stanza)
{
    // A probe of room/nick: that occupant's current presence, as the asker would see it in the
    // room; only occupants may ask, and only about someone there.
    auto *asker = occupantBySession(stanza.fromFull);
    const auto *about = addressee(stanza);
    if (!asker) {
        sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, tr("You are not in this room."));
        return;
    }
    if (!about) {
        QByteArray out = "<presence from='" + m_escapedJid + '/' + xml::escaped(stanza.to.resource) + "' to='"
            + xml::escaped(stanza.fromFull) + "' type='unavailable'><x xmlns='http://jabber.org/protocol/muc#user'>"
            "<item affiliation='none' role='none'/></x></presence>";
        send(out);
        return;
    }
    send(presenceFor(*about, {}, *asker->session(stanza.fromFull), seesRealJids(*asker), about == asker));
}

void Room::handleMessage(const Stanza &stanza)
{
    if (stanza.type == u"error") {
        handleClientError(stanza);
        return;
    }
    const auto *sender = occupantBySession(stanza.fromFull);
    if (!stanza.to.resource.isEmpty()) {
        if (!sender) {
            sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, tr("You are not in this room."));
            return;
        }
        relayPrivate(stanza, *sender);
        return;
    }
    // Invitees decline from outside the room (§7.8.2); everything else needs an occupant.
    if (stanza.type != u"groupchat" && handleInvitations(stanza, sender))
        return;
    if (!sender) {
        // XEP-0045 §7.4: only occupants may send to the room.
        sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, tr("You are not in this room."));
        return;
    }
    if (stanza.type != u"groupchat") {
        if (!handleVoiceRequest(stanza, *sender))
            sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("Messages to the room are of type groupchat."));
        return;
    }
    const auto subject = stanza.element.firstChildElement(u"subject"_s);
    if (!subject.isNull() && stanza.element.firstChildElement(u"body"_s).isNull()) {
        if (const auto refusal = setSubject(actorFor(stanza.fromFull), subject.text(), stanza.id))
            sendError(stanza, refusal->type, refusal->condition, refusal->text);
        return;
    }
    relayGroupchat(stanza, *sender);
}

} // namespace qmuc
