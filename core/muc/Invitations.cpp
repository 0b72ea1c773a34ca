// Inviting people (XEP-0045 §7.8) and asking for voice (§7.13), both by messages to the room.
#include "Room.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppDataForm.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

bool Room::handleInvitations(const Stanza &stanza, const Occupant *sender)
{
    const auto x = stanza.child(u"x"_s, ns::mucUser);
    if (x.isNull())
        return false;
    const auto invites = x.elementsByTagNameNS(ns::mucUser, u"invite"_s);
    const auto decline = x.firstChildElement(u"decline"_s);
    if (invites.isEmpty() && decline.isNull())
        return false;

    if (!decline.isNull()) {
        // §7.8.2 (Example 63): the room passes the decline on to the inviter, from the room.
        const auto to = Jid::parse(decline.attribute(u"to"_s));
        if (to.domain.isEmpty()) {
            sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("A decline needs a 'to'."));
            return true;
        }
        QByteArray out = "<message from='" + m_escapedJid + "' to='" + xml::escaped(to.full()) + "'";
        if (!stanza.id.isEmpty())
            out += " id='" + xml::escaped(stanza.id) + '\'';
        out += "><x xmlns='http://jabber.org/protocol/muc#user'><decline from='" + xml::escaped(stanza.fromFull) + '\'';
        const auto reason = decline.firstChildElement(u"reason"_s);
        out += reason.isNull() ? QByteArray("/>") : "><reason>" + xml::escaped(reason.text()) + "</reason></decline>";
        out += "</x></message>";
        send(out);
        return true;
    }

    if (!sender) {
        sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, tr("You are not in this room."));
        return true;
    }
    // §7.8.1: in members-only rooms only admins and owners invite, unless members may too.
    const bool mayInvite = m_config.membersOnly
        ? sender->affiliation >= Affiliation::Admin || (m_config.allowInvites && sender->affiliation >= Affiliation::Member)
        : sender->role >= Role::Participant;
    if (!mayInvite) {
        sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, tr("You may not invite people to this room."));
        return true;
    }
    QList<std::pair<Jid, QString>> invitees;
    for (int i = 0; i < invites.count(); ++i) {
        const auto invite = invites.at(i).toElement();
        const auto to = Jid::parse(invite.attribute(u"to"_s));
        if (to.domain.isEmpty()) {
            sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, tr("An invitation needs a 'to'."));
            return true;
        }
        invitees.append({to, invite.firstChildElement(u"reason"_s).text()});
    }
    for (const auto &[to, reason] : std::as_const(invitees)) {
        // §7.8.2: an invitee to a members-only room becomes a member when the inviter may grant it.
        if (m_config.membersOnly && affiliationOf(to.bare()) < Affiliation::Member && sender->affiliation >= Affiliation::Admin) {
            m_affiliations.insert(to.bare(), Affiliation::Member);
            m_host.affiliationSet(*this, to.bare(), Affiliation::Member);
            m_host.changed(*this);
        }
        // §7.8.2 (Examples 58-59): from the room, naming the inviter, with the password if needed.
        QByteArray out = "<message from='" + m_escapedJid + "' to='" + xml::escaped(to.full()) + "'";
        if (!stanza.id.isEmpty())
            out += " id='" + xml::escaped(stanza.id) + '\'';
        out += "><x xmlns='http://jabber.org/protocol/muc#user'><invite from='" + xml::escaped(stanza.fromFull) + '\'';
        out += reason.isEmpty() ? QByteArray("/>") : "><reason>" + xml::escaped(reason) + "</reason></invite>";
        if (m_config.passwordProtected())
            out += "<password>" + xml::escaped(m_config.password) + "</password>";
        out += "</x></message>";
        send(out);
    }
    return true;
}

bool Room::handleVoiceRequest(const Stanza &stanza, const Occupant &sender)
{
    const auto x = stanza.child(u"x"_s, ns::dataForms);
    if (x.isNull())
        return false;
    QXmppDataForm form;
    form.parse(x);
    QHash<QString, QString> values;
    for (const auto &field : form.fields())
        values.insert(field.key(), field.value().toString());
    // XEP-0045's examples send FORM_TYPE without type='hidden'.
    if (values.value(u"FORM_TYPE"_s) != u"http://jabber.org/protocol/muc#request")
        return false;

    if (form.type() == QXmppDataForm::Submit && values.contains(u"muc#request_allow"_s)) {
        // §8.6 (Example 122): a moderator approves (or not) a request forwarded earlier.
        if (sender.role != Role::Moderator) {
            sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, tr("Only moderators may approve voice requests."));
            return true;
        }
        const auto allow = values.value(u"muc#request_allow"_s);
        if (allow == u"true" || allow == u"1") {
            QString why;
            const auto nick = prepareNickname(values.value(u"muc#roomnick"_s), &why);
            if (auto *target = nick ? occupantByNick(*nick) : nullptr; target && target->role == Role::Visitor) {
                target->role = Role::Participant;
                broadcastPresence(*target, {});
                m_host.roleChanged(*this, infoOf(*target));
            }
        }
        return true;
    }
    // §7.13 (Example 72): a visitor asks for voice; every moderator gets the approval form.
    if (sender.role != Role::Visitor) {
        sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, tr("You already have voice in this room."));
        return true;
    }
    QXmppDataForm approval(QXmppDataForm::Form);
    approval.setTitle(tr("Voice request"));
    approval.setInstructions(tr("To approve this request for voice, select the \"Grant voice to this person?\" checkbox and click OK. To skip this request, click the cancel button."));
    using Field = QXmppDataForm::Field;
    Field type(Field::HiddenField, u"FORM_TYPE"_s, u"http://jabber.org/protocol/muc#request"_s);
    Field role(Field::ListSingleField, u"muc#role"_s, u"participant"_s, false, tr("Requested role"));
    Field jid(Field::JidSingleField, u"muc#jid"_s, stanza.fromFull, false, tr("User ID"));
    Field nick(Field::TextSingleField, u"muc#roomnick"_s, sender.nick, false, tr("Room Nickname"));
    Field allow(Field::BooleanField, u"muc#request_allow"_s, false, false, tr("Grant voice to this person?"));
    approval.setFields({type, role, jid, nick, allow});
    const QByteArray head = "<message from='" + m_escapedJid + "' id='" + QXmppUtils::generateStanzaUuid().toLatin1() + "' to='";
    const QByteArray tail = "'>" + xml::serialize(approval) + "</message>";
    QByteArray out;
    for (const auto &nickName : std::as_const(m_joinOrder)) {
        const auto &occupant = m_occupants[nickName];
        if (occupant.role != Role::Moderator)
            continue;
        for (const auto &session : occupant.sessions)
            out += head + session.escapedJid + tail;
    }
    send(out);
    return true;
}

} // namespace qmuc
