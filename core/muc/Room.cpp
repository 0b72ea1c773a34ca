#include "Room.h"

#include "Nickname.h"

#include "../Namespaces.h"
#include "../StanzaErrors.h"
#include "../Xml.h"

#include <QXmppIq.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

Room::Room(const QString &jid, RoomHost &host, const RoomConfig &config)
    : m_jid(jid)
    , m_escapedJid(xml::escaped(jid))
    , m_host(host)
    , m_config(config)
    , m_features(makeRoomFeatures())
{
    for (const auto &f : m_features)
        f->created(*this);
}

Room::Room(const RoomRecord &record, RoomHost &host)
    : Room(record.jid, host, record.config)
{
    m_subject = record.subject;
    m_subjectNick = record.subjectNick;
    m_subjectJid = record.subjectJid;
    m_subjectStamp = record.subjectStamp;
    for (const auto &a : record.affiliations) {
        if (a.affiliation != Affiliation::None || !a.nick.isEmpty())
            m_affiliates.insert(a.bareJid, {a.affiliation, a.reason, a.nick});
    }
    for (const auto &f : m_features)
        f->restore(*this, record);
}

Room::~Room() = default;

RoomRecord Room::record() const
{
    RoomRecord record;
    record.jid = m_jid;
    record.config = m_config;
    record.subject = m_subject;
    record.subjectNick = m_subjectNick;
    record.subjectJid = m_subjectJid;
    record.subjectStamp = m_subjectStamp;
    record.locked = m_locked;
    auto jids = m_affiliates.keys();
    std::sort(jids.begin(), jids.end());
    for (const auto &jid : std::as_const(jids)) {
        const auto &a = m_affiliates[jid];
        record.affiliations << StoredAffiliation{jid, a.affiliation, a.reason, a.nick};
    }
    for (const auto &f : m_features)
        f->save(*this, record);
    return record;
}

Session *Occupant::session(const QString &fullJid)
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
    info.subject = m_subject;
    info.occupants = int(m_occupants.size());
    info.locked = m_locked;
    for (const auto &f : m_features)
        f->describe(*this, info);
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
    for (const auto &f : m_features)
        f->describe(*this, occupant, info);
    return info;
}

Occupant *Room::occupantByNick(const QString &nick)
{
    return const_cast<Occupant *>(std::as_const(*this).occupantByNick(nick));
}

const Occupant *Room::occupantByNick(const QString &nick) const
{
    // Occupants are kept by nicknameKey() (RFC 8266 §2.3: "Alice" and "alice" are one nick), and
    // so are m_joinOrder and m_sessionNick; a key is its own key, so those look up directly.
    auto it = m_occupants.constFind(nick);
    if (it == m_occupants.cend())
        it = m_occupants.constFind(nicknameKey(nick));
    return it == m_occupants.cend() ? nullptr : &*it;
}

Occupant *Room::addressee(const Stanza &stanza)
{
    QString why;
    const auto nick = prepareNickname(stanza.to.resource, &why);
    return nick ? occupantByNick(*nick) : nullptr;
}

Occupant *Room::occupantBySession(const QString &fullJid)
{
    const auto nick = m_sessionNick.value(fullJid);
    return nick.isEmpty() ? nullptr : occupantByNick(nick);
}

const Occupant *Room::occupantBySession(const QString &fullJid) const
{
    const auto nick = m_sessionNick.value(fullJid);
    return nick.isEmpty() ? nullptr : occupantByNick(nick);
}

Affiliation Room::affiliationOf(const QString &bareJid) const
{
    // Service administrators are owners of every room.
    if (m_host.isServiceAdmin(bareJid))
        return Affiliation::Owner;
    const auto own = m_affiliates.value(bareJid).affiliation;
    if (own != Affiliation::None)
        return own;
    // A ban on a bare domain bans every user of that domain who has no affiliation of their own,
    // as Prosody and ejabberd do (get_affiliation in both).
    const auto at = bareJid.indexOf(u'@');
    if (at >= 0 && m_affiliates.value(bareJid.mid(at + 1)).affiliation == Affiliation::Outcast)
        return Affiliation::Outcast;
    return Affiliation::None;
}

QString Room::nickHolder(const QString &nick) const
{
    for (auto it = m_affiliates.cbegin(); it != m_affiliates.cend(); ++it) {
        if (!it->nick.isEmpty() && sameNickname(it->nick, nick))
            return it.key();
    }
    return {};
}

void Room::setRegisteredNick(const QString &bareJid, const QString &nick)
{
    auto it = m_affiliates.find(bareJid);
    if (it == m_affiliates.end()) {
        if (nick.isEmpty())
            return;
        it = m_affiliates.insert(bareJid, {});
    }
    it->nick = nick;
    if (it->nick.isEmpty() && it->affiliation == Affiliation::None)
        m_affiliates.erase(it);
    m_host.changed(*this);
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
        return firstOf<Role>([&](const RoomFeature &f) { return f.defaultRole(*this, affiliation); })
            .value_or(Role::Participant);
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
    // Everything the client put in its presence travels on, except what the room writes itself.
    session.payload = xml::serializeChildren(stanza.element, [this](const QDomElement &child) {
        return child.namespaceURI() != ns::muc && fromSender(child);
    });
    session.show = stanza.element.firstChildElement(u"show"_s).text();
    session.status = stanza.element.firstChildElement(u"status"_s).text();
}

bool Room::fromSender(const QDomElement &child) const
{
    // What the room writes itself is the room's to give; everything else is relayed as it came
    // (replies, reactions, corrections, chat states, encryption, …).
    if (child.namespaceURI() == ns::mucUser)
        return false;
    for (const auto &f : m_features) {
        if (f->isReserved(child))
            return false;
    }
    return true;
}

void Room::decorate(Occupant &occupant) const
{
    occupant.presenceExtras.clear();
    for (const auto &f : m_features)
        occupant.presenceExtras += f->presenceExtras(*this, occupant);
    occupant.marks = senderMarks(occupant.bareJid);
}

void Room::redecorate(Occupant &occupant)
{
    decorate(occupant);
    broadcastPresence(occupant, {});
    m_host.presenceChanged(*this, infoOf(occupant));
}

QByteArray Room::senderMarks(const QString &senderJid) const
{
    QByteArray marks;
    for (const auto &f : m_features)
        marks += f->senderMarks(*this, senderJid);
    return marks;
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
    out += "</x>" + about.presenceExtras + "</presence>";
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

void Room::setRole(Occupant &occupant, Role role)
{
    occupant.role = role;
    broadcastPresence(occupant, {});
    m_host.roleChanged(*this, infoOf(occupant));
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

void Room::relay(OutgoingMessage &message)
{
    for (const auto &f : m_features)
        f->stamp(*this, message);
    // Serialised once; only 'to' changes per recipient.
    QByteArray head = "<message from='" + m_escapedJid;
    if (!message.nick.isEmpty())
        head += '/' + xml::escaped(message.nick);
    head += "' type='groupchat' id='" + xml::escaped(message.id) + "' to='";
    fanOut(head, "'>" + message.payload + message.stamps + message.marks + "</message>");
    for (const auto &f : m_features)
        f->relayed(*this, message);
}

QByteArray Room::stampsFor(OutgoingMessage message)
{
    message.archivable = false; // already kept, or never to be
    for (const auto &f : m_features)
        f->stamp(*this, message);
    return message.stamps;
}

void Room::notifyAll(const QByteArray &payload)
{
    const QByteArray head = "<message from='" + m_escapedJid + "' type='groupchat' id='"
        + QXmppUtils::generateStanzaUuid().toLatin1() + "' to='";
    fanOut(head, "'>" + payload + "</message>");
}

void Room::send(const QXmppStanza &stanza)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    stanza.toXml(&writer);
    send(out);
}

void Room::sendError(const Stanza &stanza, StanzaError::Type type, StanzaError::Condition condition, const QString &text)
{
    send(errorReplyTo(stanza.element, type, condition, text));
}

bool Room::replayDue(Session &session) const
{
    const qint64 now = monotonicMs();
    if (session.replayedMs >= 0 && now - session.replayedMs < qint64(m_host.limits().rejoinReplaySeconds) * 1000)
        return false;
    session.replayedMs = now;
    return true;
}

bool Room::screened(const Stanza &stanza, const Occupant &sender, LimitKind kind)
{
    for (const auto &f : m_features) {
        if (f->screen(*this, stanza, sender, kind))
            return true;
    }
    return false;
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
    if (!stanza.type.isEmpty()) {
        for (const auto &f : m_features) {
            if (f->handlePresence(*this, stanza))
                return;
        }
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
        return;
    }
    if (screened(stanza, *occupant, LimitKind::Presence))
        return;
    if (occupant->nick != *nick) {
        changeNick(stanza, *occupant, *nick);
    } else if (!stanza.child(u"x"_s, ns::muc).isNull() && replayDue(*occupant->session(stanza.fromFull))) {
        // A client joining again from a session the room still has (it lost track, e.g. after a
        // reconnect): the same occupant, and the whole join sequence again for that session; at
        // most once per interval, in between it is a presence update.
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
        if (!screened(stanza, *sender, LimitKind::PrivateMessage))
            relayPrivate(stanza, *sender);
        return;
    }
    if (sender) {
        const auto kind = stanza.type == u"groupchat"                                      ? LimitKind::Groupchat
            : !stanza.child(u"x"_s, ns::mucUser).firstChildElement(u"invite"_s).isNull() ? LimitKind::Invitation
            : !stanza.child(u"x"_s, ns::dataForms).isNull()                              ? LimitKind::VoiceRequest
                                                                                          : LimitKind::Groupchat;
        if (screened(stanza, *sender, kind))
            return;
    }
    // Invitations, declines (from outside the room, §7.8.2) and voice requests.
    if (stanza.type != u"groupchat") {
        for (const auto &f : m_features) {
            if (f->handleMessage(*this, stanza, sender))
                return;
        }
    }
    if (!sender) {
        // XEP-0045 §7.4: only occupants may send to the room.
        sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, tr("You are not in this room."));
        return;
    }
    if (stanza.type != u"groupchat") {
        sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("Messages to the room are of type groupchat."));
        return;
    }
    // §8.1: a subject with a <body/> or a <thread/> is an ordinary message, relayed whole.
    const auto subject = stanza.element.firstChildElement(u"subject"_s);
    if (!subject.isNull() && stanza.element.firstChildElement(u"body"_s).isNull()
        && stanza.element.firstChildElement(u"thread"_s).isNull()) {
        if (const auto refusal = setSubject(actorFor(stanza.fromFull), subject.text(), stanza.id))
            sendError(stanza, *refusal);
        return;
    }
    relayGroupchat(stanza, *sender);
}

} // namespace qmuc
