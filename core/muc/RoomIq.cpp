// IQs to a room or to an occupant: discovery (XEP-0045 §6.4, §6.5), self-ping (XEP-0410), and
// requests between occupants, which the room passes on without revealing real JIDs (§7.? vCard).
#include "Room.h"

#include "../Disco.h"
#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppDataForm.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppPingIq.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// Forwarded IQs carry an id that names who asked and with which id, so the answer finds its way
// back without the room keeping state: base64url("<asker full JID>\n<original id>").
QString forwardedId(const QString &askerFullJid, const QString &id)
{
    return QString::fromLatin1((askerFullJid + u'\n' + id).toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<std::pair<QString, QString>> parseForwardedId(const QString &id)
{
    const auto decoded = QByteArray::fromBase64Encoding(id.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const auto text = QString::fromUtf8(*decoded);
    const auto newline = text.indexOf(u'\n');
    if (newline < 0)
        return std::nullopt;
    return std::pair{text.left(newline), text.mid(newline + 1)};
}

} // namespace

void Room::handleIq(const Stanza &stanza)
{
    const bool request = stanza.type == u"get" || stanza.type == u"set";
    if (!stanza.to.resource.isEmpty()) {
        if (!request) {
            returnIqResponse(stanza);
            return;
        }
        const auto *sender = occupantBySession(stanza.fromFull);
        if (!sender) {
            // XEP-0410 §3: not joined (any more).
            sendError(stanza, StanzaError::Cancel, StanzaError::NotAcceptable, tr("You are not in this room."));
            return;
        }
        if (addressee(stanza) == sender && stanza.type == u"get" && QXmppPingIq::isPingIq(stanza.element)) {
            // XEP-0410 §3: the room answers a self-ping for a joined client.
            send(iqHead(m_escapedJid + '/' + xml::escaped(sender->nick), stanza.fromFull, u"result"_s, stanza.id) + "</iq>");
            return;
        }
        forwardIq(stanza, *sender);
        return;
    }
    if (!request)
        return; // RFC 6120 §8.2.3

    const auto query = stanza.element.firstChildElement();
    const auto ns = query.namespaceURI();
    if (stanza.type == u"get" && ns == ns::discoInfo)
        answerDiscoInfo(stanza);
    else if (stanza.type == u"get" && ns == ns::discoItems)
        answerDiscoItems(stanza);
    else if (ns == ns::mucOwner)
        handleOwner(stanza, query);
    else if (ns == ns::mucAdmin)
        handleAdmin(stanza, query);
    else if (ns == ns::registration)
        handleRegistration(stanza, query);
    else if (ns == ns::mam && query.localName() == u"query" && stanza.type == u"set")
        handleArchiveQuery(stanza, query);
    else if (ns == ns::mam && query.localName() == u"query")
        answerArchiveForm(stanza);
    else if (ns == ns::mam && query.localName() == u"metadata" && stanza.type == u"get")
        answerArchiveMetadata(stanza);
    else if (stanza.type == u"get" && ns == ns::ping)
        send(iqHead(m_escapedJid, stanza.fromFull, u"result"_s, stanza.id) + "</iq>");
    else
        sendError(stanza, StanzaError::Cancel, StanzaError::ServiceUnavailable);
}

QByteArray Room::iqHead(const QByteArray &from, const QString &to, const QString &type, const QString &id)
{
    return "<iq from='" + from + "' to='" + xml::escaped(to) + "' type='" + xml::escaped(type) + "' id='" + xml::escaped(id) + "'>";
}

void Room::answerDiscoInfo(const Stanza &stanza)
{
    QXmppDiscoveryIq request;
    request.parse(stanza.element);
    if (request.queryNode() == u"x-roomuser-item") {
        answerRegisteredNick(stanza);
        return;
    }
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
    // §6.4 and the registry of muc_* features: what kind of room this is.
    QStringList features{
        ns::muc,
        ns::discoInfo,
        ns::discoItems,
        ns::ping,
        ns::registration,
        ns::occupantId, // XEP-0421 §3
        m_config.isPublic ? u"muc_public"_s : u"muc_hidden"_s,
        m_config.persistent ? u"muc_persistent"_s : u"muc_temporary"_s,
        m_config.membersOnly ? u"muc_membersonly"_s : u"muc_open"_s,
        m_config.moderated ? u"muc_moderated"_s : u"muc_unmoderated"_s,
        m_config.nonAnonymous() ? u"muc_nonanonymous"_s : u"muc_semianonymous"_s,
        m_config.passwordProtected() ? u"muc_passwordprotected"_s : u"muc_unsecured"_s,
    };
    if (m_config.logging)
        features << ns::mam << ns::mamExtended << ns::stanzaId; // XEP-0313 §6.1, XEP-0359 §5
    reply.setFeatures(features);
    // XEP-0045 §15.5.4: the muc#roominfo form (XEP-0128).
    QXmppDataForm form(QXmppDataForm::Result);
    auto field = [](const QString &var, const QVariant &value, QXmppDataForm::Field::Type type = QXmppDataForm::Field::TextSingleField) {
        QXmppDataForm::Field f(type, var, value);
        return f;
    };
    form.setFields({
        field(u"FORM_TYPE"_s, ns::mucRoomInfo, QXmppDataForm::Field::HiddenField),
        field(u"muc#roomconfig_roomname"_s, m_config.name),
        field(u"muc#roominfo_description"_s, m_config.description),
        field(u"muc#roominfo_occupants"_s, QString::number(m_occupants.size())),
        field(u"muc#roominfo_subject"_s, m_subject),
        field(u"muc#roominfo_subjectmod"_s, m_config.participantsMaySetSubject, QXmppDataForm::Field::BooleanField),
        field(u"muc#roominfo_lang"_s, m_config.language),
        field(u"muc#maxhistoryfetch"_s, QString::number(m_config.historyLength)),
    });
    reply.setForm(form);
    send(xml::serialize(reply));
}

void Room::answerDiscoItems(const Stanza &stanza)
{
    auto reply = discoResult(stanza.id, m_jid, stanza.fromFull, QXmppDiscoveryIq::ItemsQuery);
    // §6.5: occupants are listed only where that reveals nothing the asker could not see by
    // joining: in a public room, to its own occupants.
    const auto *asker = occupantBySession(stanza.fromFull);
    if (asker && m_config.isPublic) {
        QList<QXmppDiscoveryIq::Item> items;
        for (const auto &nick : std::as_const(m_joinOrder)) {
            QXmppDiscoveryIq::Item item;
            item.setJid(occupantJid(nick));
            items << item;
        }
        reply.setItems(items);
    }
    send(xml::serialize(reply));
}

void Room::forwardIq(const Stanza &stanza, const Occupant &sender)
{
    const auto *target = addressee(stanza);
    if (!target) {
        sendError(stanza, StanzaError::Cancel, StanzaError::ItemNotFound, tr("Nobody with that nickname is in this room."));
        return;
    }
    send(iqHead(m_escapedJid + '/' + xml::escaped(sender.nick), target->current().fullJid, stanza.type,
                forwardedId(stanza.fromFull, stanza.id))
         + xml::serializeChildren(stanza.element) + "</iq>");
}

void Room::returnIqResponse(const Stanza &stanza)
{
    // An answer to a request we forwarded: from the target's session, to room/asker's nick.
    const auto *answerer = occupantBySession(stanza.fromFull);
    const auto origin = parseForwardedId(stanza.id);
    if (!answerer || !origin)
        return;
    const auto &[askerFullJid, originalId] = *origin;
    const auto *asker = occupantBySession(askerFullJid);
    if (!asker || asker->nick != stanza.to.resource)
        return; // the asker left meanwhile, or a forged id: drop, never answer a response
    send(iqHead(m_escapedJid + '/' + xml::escaped(answerer->nick), askerFullJid, stanza.type, originalId)
         + xml::serializeChildren(stanza.element) + "</iq>");
}

} // namespace qmuc
