// Groupchat and private messages: XEP-0045 §7.4, §7.5; and clients that bounce what we send.
#include "Room.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// What a reader would want to find again (XEP-0313 §5.1.2): messages with a body, and those the
// sender asks to keep (XEP-0334), unless the sender asks not to.
bool archivable(const QDomElement &message)
{
    bool keep = !message.firstChildElement(u"body"_s).isNull();
    for (auto hint = message.firstChildElement(); !hint.isNull(); hint = hint.nextSiblingElement()) {
        if (hint.namespaceURI() != ns::hints)
            continue;
        if (hint.localName() == u"store")
            keep = true;
        else if (hint.localName() == u"no-store" || hint.localName() == u"no-permanent-store")
            return false;
    }
    return keep;
}

} // namespace

void Room::relayGroupchat(const Stanza &stanza, const Occupant &sender)
{
    if (sender.role < Role::Participant) {
        // §7.4: visitors in a moderated room have no voice.
        sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, tr("You have no voice in this room."));
        return;
    }
    OutgoingMessage message;
    message.nick = sender.nick;
    message.senderJid = sender.bareJid;
    message.id = stanza.id.isEmpty() ? QXmppUtils::generateStanzaUuid() : stanza.id;
    message.payload = xml::serializeChildren(stanza.element, [this](const QDomElement &child) { return fromSender(child); });
    message.archivable = archivable(stanza.element);
    message.marks = sender.marks;
    relay(message);
    m_host.relayed(*this, sender.nick, message.payload.size());
}

void Room::relayPrivate(const Stanza &stanza, const Occupant &sender)
{
    if (stanza.type == u"groupchat") {
        // §7.5: groupchat goes to the room, not to an occupant.
        sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("Groupchat messages go to the room, not to an occupant."));
        return;
    }
    if (auto refusal = firstOf<Refusal>([&](const RoomFeature &f) { return f.refusePrivateMessage(*this, sender); })) {
        sendError(stanza, *refusal);
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
    const auto payload = xml::serializeChildren(stanza.element, [this](const QDomElement &child) { return fromSender(child); });
    // §7.5: marked as coming through the room.
    const QByteArray tail = "'>" + payload + "<x xmlns='http://jabber.org/protocol/muc#user'/>" + sender.marks + "</message>";
    QByteArray out;
    for (const auto &session : recipient->sessions)
        out += head + session.escapedJid + tail;
    send(out);
}

namespace {

bool isGhostError(const QDomElement &error)
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

} // namespace

void Room::handleClientError(const Stanza &stanza)
{
    auto *occupant = occupantBySession(stanza.fromFull);
    if (!occupant || !isGhostError(stanza.element.firstChildElement(u"error"_s)))
        return; // errors are never answered (RFC 6120 §8.3.1)
    // 333: removed because its client is unreachable; other devices stay.
    Broadcast goodbye;
    goodbye.codes << 333;
    removeSession(*occupant, stanza.fromFull, LeaveReason::Disconnected, goodbye);
}

} // namespace qmuc
