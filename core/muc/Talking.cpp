// Groupchat and private messages: XEP-0045 §7.4, §7.5; and clients that bounce what we send.
#include "Room.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// What the room writes itself or must not let a sender forge; everything else is relayed as it
// came (replies, reactions, corrections, chat states, encryption, …).
bool relayable(const QDomElement &child)
{
    const auto ns = child.namespaceURI();
    if (ns == ns::mucUser)
        return false;
    // XEP-0359 §3 / XEP-0421 §4: ids the room stamps are the room's to give.
    if ((child.localName() == u"stanza-id" && ns == u"urn:xmpp:sid:0")
        || (child.localName() == u"occupant-id" && ns == ns::occupantId))
        return false;
    return true;
}

} // namespace

void Room::relayGroupchat(const Stanza &stanza, const Occupant &sender)
{
    if (sender.role < Role::Participant) {
        // §7.4: visitors in a moderated room have no voice.
        sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, tr("You have no voice in this room."));
        return;
    }
    const auto id = stanza.id.isEmpty() ? QXmppUtils::generateStanzaUuid() : stanza.id;
    const auto payload = xml::serializeChildren(stanza.element, relayable);
    const bool kept = archivable(stanza.element);
    // XEP-0359 §3: an archived message carries the id it has in the archive, the room's own.
    const auto stanzaId = kept && m_config.logging ? newStanzaId() : QString();

    // Serialised once; only 'to' changes per recipient.
    const QByteArray head = "<message from='" + m_escapedJid + '/' + xml::escaped(sender.nick)
        + "' type='groupchat' id='" + xml::escaped(id) + "' to='";
    fanOut(head, "'>" + payload + stanzaIdElement(stanzaId) + sender.idElement + "</message>");

    if (kept) {
        const auto now = QDateTime::currentDateTimeUtc();
        m_history.append({now, sender.nick, sender.bareJid, id, stanzaId, payload});
        if (!stanzaId.isEmpty())
            m_host.archive().archive({stanzaId, m_jid, now, sender.nick, sender.bareJid, id, payload});
    }
    m_host.relayed(*this, sender.nick, payload.size());
}

void Room::relayPrivate(const Stanza &stanza, const Occupant &sender)
{
    if (stanza.type == u"groupchat") {
        // §7.5: groupchat goes to the room, not to an occupant.
        sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("Groupchat messages go to the room, not to an occupant."));
        return;
    }
    if (!m_config.allowPrivateMessages && sender.role != Role::Moderator) {
        sendError(stanza, StanzaError::Cancel, StanzaError::NotAllowed, tr("Private messages are not allowed in this room."));
        return;
    }
    const auto *recipient = addressee(stanza);
    if (!recipient) {
        sendError(stanza, StanzaError::Cancel, StanzaError::ItemNotFound, tr("Nobody with that nickname is in this room."));
        return;
    }
    QByteArray head = "<message from='" + m_escapedJid + '/' + xml::escaped(sender.nick) + '\'';
    if (!stanza.type.isEmpty())
        head += " type='" + xml::escaped(stanza.type) + '\'';
    if (!stanza.id.isEmpty())
        head += " id='" + xml::escaped(stanza.id) + '\'';
    head += " to='";
    // §7.5: marked as coming through the room.
    const QByteArray tail = "'>" + xml::serializeChildren(stanza.element, relayable)
        + "<x xmlns='http://jabber.org/protocol/muc#user'/>" + sender.idElement + "</message>";
    QByteArray out;
    for (const auto &session : recipient->sessions)
        out += head + session.escapedJid + tail;
    send(out);
}

bool Room::isGhostError(const QDomElement &error)
{
    // Conditions that mean "this session is gone", as Prosody judges them; others (a client that
    // does not understand one payload) leave the occupant in.
    static const QStringList gone = {
        u"gone"_s, u"item-not-found"_s, u"recipient-unavailable"_s, u"redirect"_s,
        u"remote-server-not-found"_s, u"remote-server-timeout"_s, u"service-unavailable"_s,
        u"malformed-error"_s,
    };
    const auto condition = error.firstChildElement();
    return condition.isNull() || gone.contains(condition.localName());
}

void Room::handleClientError(const Stanza &stanza)
{
    auto *occupant = occupantBySession(stanza.fromFull);
    if (!occupant || !isGhostError(stanza.element.firstChildElement(u"error"_s)))
        return; // errors are never answered (RFC 6120 §8.3.1)
    // XEP-0045 §9.? / 333: removed because its client is unreachable; other devices stay.
    Broadcast goodbye;
    goodbye.codes << 333;
    removeSession(*occupant, stanza.fromFull, LeaveReason::Disconnected, goodbye);
}

} // namespace qmuc
