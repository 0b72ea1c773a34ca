// Registering with a room (XEP-0045 §7.10): a reserved nickname and membership; and the
// registered-nickname query (§7.12).
#include "Room.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppDataForm.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {
const QString RegisterForm = QStringLiteral("http://jabber.org/protocol/muc#register");
}

void Room::handleRegistration(const Stanza &stanza, const QDomElement &query)
{
    const auto bare = stanza.from.bare();
    const QByteArray resultHead = "<iq from='" + m_escapedJid + "' to='" + xml::escaped(stanza.fromFull)
        + "' type='result' id='" + xml::escaped(stanza.id) + "'";
    const auto reserved = m_reservedNicks.value(bare);

    if (stanza.type == u"get") {
        if (!reserved.isEmpty()) {
            // §7.10 (Example 67): already registered.
            send(resultHead + "><query xmlns='jabber:iq:register'><registered/><username>" + xml::escaped(reserved)
                 + "</username></query></iq>");
            return;
        }
        if (m_config.membersOnly && affiliationOf(bare) < Affiliation::Member) {
            sendError(stanza, StanzaError::Cancel, StanzaError::NotAllowed, tr("Only members may register with this room."));
            return;
        }
        QXmppDataForm form(QXmppDataForm::Form);
        form.setTitle(tr("Registration with %1").arg(m_jid));
        form.setInstructions(tr("Choose the nickname that is yours in this room."));
        using Field = QXmppDataForm::Field;
        Field type(Field::HiddenField, u"FORM_TYPE"_s, RegisterForm);
        Field nick(Field::TextSingleField, u"muc#register_roomnick"_s, QString(), true, tr("Desired Nickname"));
        form.setFields({type, nick});
        send(resultHead + "><query xmlns='jabber:iq:register'><instructions>"
             + xml::escaped(tr("To register with this room, choose a nickname.")) + "</instructions>" + xml::serialize(form)
             + "</query></iq>");
        return;
    }

    if (!query.firstChildElement(u"remove"_s).isNull()) {
        // Cancelling the registration gives up the nick and the membership with it.
        m_reservedNicks.remove(bare);
        m_host.changed(*this);
        if (affiliationOf(bare) == Affiliation::Member) {
            Actor self = actorFor(stanza.fromFull);
            self.affiliation = Affiliation::Owner; // the room acts for the leaver
            changeAffiliations(self, {{bare, Affiliation::None, {}}});
        }
        send(resultHead + "/>");
        return;
    }
    QXmppDataForm form;
    form.parse(query.firstChildElement(u"x"_s));
    QString requested;
    for (const auto &field : form.fields()) {
        if (field.key() == u"muc#register_roomnick")
            requested = field.value().toString();
    }
    QString why;
    const auto nick = prepareNickname(requested, &why);
    if (!nick) {
        sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, why);
        return;
    }
    if (m_config.membersOnly && affiliationOf(bare) < Affiliation::Member) {
        sendError(stanza, StanzaError::Cancel, StanzaError::NotAllowed, tr("Only members may register with this room."));
        return;
    }
    const auto holder = m_reservedNicks.key(*nick);
    const auto *inUse = occupantByNick(*nick);
    if ((!holder.isEmpty() && holder != bare) || (inUse && inUse->bareJid != bare)) {
        sendError(stanza, StanzaError::Cancel, StanzaError::Conflict, tr("That nickname is taken in this room."));
        return;
    }
    m_reservedNicks.insert(bare, *nick);
    m_host.changed(*this);
    if (affiliationOf(bare) < Affiliation::Member) {
        m_affiliations.insert(bare, Affiliation::Member);
        m_host.affiliationSet(*this, bare, Affiliation::Member);
        for (auto &occupant : m_occupants) {
            if (occupant.bareJid == bare) {
                occupant.affiliation = Affiliation::Member;
                broadcastPresence(occupant, {});
            }
        }
    }
    send(resultHead + "/>");
}

void Room::answerRegisteredNick(const Stanza &stanza)
{
    // §7.12 (Example 70): the nick as the identity's name, or no identity at all.
    QByteArray out = "<iq from='" + m_escapedJid + "' to='" + xml::escaped(stanza.fromFull) + "' type='result' id='"
        + xml::escaped(stanza.id) + "'><query xmlns='http://jabber.org/protocol/disco#info' node='x-roomuser-item'>";
    const auto nick = m_reservedNicks.value(stanza.from.bare());
    if (!nick.isEmpty())
        out += "<identity category='conference' name='" + xml::escaped(nick) + "' type='text'/>";
    out += "</query></iq>";
    send(out);
}

} // namespace qmuc
