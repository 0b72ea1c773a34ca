// IQs to a room or to an occupant: the room's discovery (XEP-0045 §6.4, §6.5) and ping; the
// rest goes to the features that serve it (registration, archive, self-ping, IQs between
// occupants, …).
#include "Room.h"

#include "../Disco.h"
#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppPingIq.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

bool isClosedTo(const Room &room, const Stanza &stanza)
{
    // What goes on inside a members-only or password-protected room (its subject, how many are
    // in it, who) is for those who may enter it: its occupants and its affiliated users. A
    // stranger sees what the room is (identity, name, features), enough to decide to ask in.
    // Prosody shows the count and subject to anyone and lists occupants to nobody; we keep its
    // open-room behaviour and close the rest, as XEP-0045 §6.4 leaves this to the service.
    if (!room.config().membersOnly && !room.config().passwordProtected())
        return false;
    const auto bare = stanza.from.bare();
    if (room.affiliationOf(bare) >= Affiliation::Member)
        return false; // an outcast is a stranger too
    const auto &nicks = room.joinOrder();
    return std::none_of(nicks.cbegin(), nicks.cend(), [&](const QString &nick) { return room.occupantByNick(nick)->bareJid == bare; });
}

} // namespace

void Room::handleIq(const Stanza &stanza)
{
    const bool request = stanza.type == u"get" || stanza.type == u"set";
    if (!stanza.to.resource.isEmpty()) {
        const auto *sender = occupantBySession(stanza.fromFull);
        if (request && !sender) {
            const auto ns = stanza.element.firstChildElement().namespaceURI();
            if (ns == ns::discoInfo || ns == ns::discoItems) // XEP-0045 §6.6: a non-occupant's disco to room/nick
                sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("You are not in this room."));
            else // XEP-0410 §3: not joined (any more)
                sendError(stanza, StanzaError::Cancel, StanzaError::NotAcceptable, tr("You are not in this room."));
            return;
        }
        if (request && screened(stanza, *sender, LimitKind::Iq))
            return;
        for (const auto &f : m_features) {
            if (f->handleOccupantIq(*this, stanza, sender))
                return;
        }
        if (request)
            sendError(stanza, StanzaError::Cancel, StanzaError::ServiceUnavailable);
        return;
    }
    if (!request) {
        // RFC 6120 §8.2.3: never answered. The room's own requests are pings (pingSessions()).
        if (stanza.type == u"error")
            handleClientError(stanza);
        return;
    }
    if (m_locked && affiliationOf(stanza.from.bare()) != Affiliation::Owner) {
        // §10.1.1: until its owner has configured it, the room does not exist for anyone else,
        // so it answers as the service does for a room that is not there.
        sendError(stanza, StanzaError::Cancel, StanzaError::ItemNotFound, tr("There is no room %1.").arg(m_jid));
        return;
    }

    const auto query = stanza.element.firstChildElement();
    for (const auto &f : m_features) {
        if (f->handleIq(*this, stanza, query))
            return;
    }
    const auto ns = query.namespaceURI();
    if (stanza.type == u"get" && ns == ns::discoInfo)
        answerDiscoInfo(stanza);
    else if (stanza.type == u"get" && ns == ns::discoItems)
        answerDiscoItems(stanza);
    else if (ns == ns::mucOwner)
        handleOwner(stanza, query);
    else if (ns == ns::mucAdmin)
        handleAdmin(stanza, query);
    else if (stanza.type == u"get" && QXmppPingIq::isPingIq(stanza.element))
        sendResult(stanza);
    else
        sendError(stanza, StanzaError::Cancel, StanzaError::ServiceUnavailable);
}

void Room::pingSessions()
{
    QXmppPingIq ping;
    ping.setFrom(m_jid);
    for (const auto &occupant : std::as_const(m_occupants)) {
        for (const auto &session : occupant.sessions) {
            ping.setTo(session.fullJid);
            ping.setId(QXmppUtils::generateStanzaHash());
            send(ping);
        }
    }
}

void Room::answerDiscoInfo(const Stanza &stanza)
{
    QXmppDiscoveryIq request;
    request.parse(stanza.element);
    if (!request.queryNode().isEmpty()) {
        sendError(stanza, StanzaError::Cancel, StanzaError::ItemNotFound);
        return;
    }
    auto reply = discoResult(stanza.id, m_jid, stanza.fromFull, QXmppDiscoveryIq::InfoQuery);
    QXmppDiscoveryIq::Identity identity;
    identity.setCategory(u"conference"_s);
    identity.setType(u"text"_s);
    identity.setName(m_config.name.isEmpty() ? Jid::parse(m_jid).node : m_config.name);
    reply.setIdentities({identity});
    // §6.4 and the registry of muc_* features: what kind of room this is; and XEP-0045 §15.5.4:
    // the muc#roominfo form (XEP-0128).
    using Field = QXmppDataForm::Field;
    QStringList features{ns::muc, ns::discoInfo, ns::discoItems, ns::ping, ns::mucStableId};
    QList<Field> info{Field(Field::HiddenField, u"FORM_TYPE"_s, ns::mucRoomInfo)};
    if (!isClosedTo(*this, stanza)) {
        info << Field(Field::TextSingleField, u"muc#roominfo_occupants"_s, QString::number(m_occupants.size()))
             << Field(Field::TextSingleField, u"muc#roominfo_subject"_s, m_subject);
    }
    for (const auto &f : m_features)
        f->discover(*this, features, info);
    reply.setFeatures(features);
    QXmppDataForm form(QXmppDataForm::Result);
    form.setFields(info);
    reply.setForm(form);
    send(reply);
}

void Room::answerDiscoItems(const Stanza &stanza)
{
    auto reply = discoResult(stanza.id, m_jid, stanza.fromFull, QXmppDiscoveryIq::ItemsQuery);
    // §6.5: occupants are listed only where that reveals nothing the asker could not see by
    // joining: in a public room, to its own occupants.
    const auto *asker = occupantBySession(stanza.fromFull);
    if (asker && m_config.isPublic) {
        QList<QXmppDiscoveryIq::Item> items;
        for (const auto &key : std::as_const(m_joinOrder)) {
            QXmppDiscoveryIq::Item item;
            item.setJid(occupantJid(m_occupants[key].nick));
            items << item;
        }
        reply.setItems(items);
    }
    send(reply);
}

} // namespace qmuc
