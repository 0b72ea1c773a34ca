// Inviting people (XEP-0045 §7.8): mediated invitations passed on from the room, and declines
// passed back to the inviter.
#include "../Room.h"

#include "../../Namespaces.h"
#include "../../Xml.h"

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

class Invitations final : public RoomFeature
{
public:
    QList<ConfigField> configFields() const override
    {
        return {ConfigField::boolean(u"muc#roomconfig_allowinvites"_s, QT_TRANSLATE_NOOP("qmuc::Room", "Members may invite others"),
                                     u"allowinvites"_s, &RoomConfig::allowInvites)};
    }
    // Whether occupants may invite, for clients that show or hide the action (as Prosody says it:
    // in an open room anyone may).
    void discover(const Room &room, QStringList &, QList<QXmppDataForm::Field> &info) const override
    {
        info << QXmppDataForm::Field(QXmppDataForm::Field::BooleanField, u"muc#roomconfig_allowinvites"_s,
                                     !room.config().membersOnly || room.config().allowInvites);
    }
    bool handleMessage(Room &room, const Stanza &stanza, const Occupant *sender) override
    {
        const auto x = stanza.child(u"x"_s, ns::mucUser);
        if (x.isNull())
            return false;
        const auto invites = x.elementsByTagNameNS(ns::mucUser, u"invite"_s);
        const auto decline = x.firstChildElement(u"decline"_s);
        if (!decline.isNull())
            passOnDecline(room, stanza, decline);
        else if (!invites.isEmpty())
            invite(room, stanza, sender, invites);
        else
            return false;
        return true;
    }

private:
    static void passOnDecline(Room &room, const Stanza &stanza, const QDomElement &decline)
    {
        // §7.8.2 (Example 63): the room passes the decline on to the inviter, from the room.
        const auto to = Jid::parse(decline.attribute(u"to"_s));
        if (to.domain.isEmpty()) {
            room.sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, Room::tr("A decline needs a 'to'."));
            return;
        }
        QByteArray out = "<message from='" + room.escapedJid() + "' to='" + xml::escaped(to.full()) + "'";
        if (!stanza.id.isEmpty())
            out += " id='" + xml::escaped(stanza.id) + '\'';
        out += "><x xmlns='http://jabber.org/protocol/muc#user'><decline from='" + xml::escaped(stanza.fromFull) + '\'';
        const auto reason = decline.firstChildElement(u"reason"_s);
        out += reason.isNull() ? QByteArray("/>") : "><reason>" + xml::escaped(reason.text()) + "</reason></decline>";
        out += "</x></message>";
        room.send(out);
    }

    static void invite(Room &room, const Stanza &stanza, const Occupant *sender, const QDomNodeList &invites)
    {
        if (!sender) {
            room.sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, Room::tr("You are not in this room."));
            return;
        }
        // §7.8.1: in members-only rooms only admins and owners invite, unless members may too.
        const auto &config = room.config();
        const bool mayInvite = config.membersOnly
            ? sender->affiliation >= Affiliation::Admin || (config.allowInvites && sender->affiliation >= Affiliation::Member)
            : sender->role >= Role::Participant;
        if (!mayInvite) {
            room.sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, Room::tr("You may not invite people to this room."));
            return;
        }
        QList<std::pair<Jid, QString>> invitees;
        for (int i = 0; i < invites.count(); ++i) {
            const auto invite = invites.at(i).toElement();
            const auto to = Jid::parse(invite.attribute(u"to"_s));
            if (to.domain.isEmpty()) {
                room.sendError(stanza, StanzaError::Modify, StanzaError::BadRequest, Room::tr("An invitation needs a 'to'."));
                return;
            }
            invitees.append({to, invite.firstChildElement(u"reason"_s).text()});
        }
        for (const auto &[to, reason] : std::as_const(invitees)) {
            // §7.8.2: an invitee to a members-only room becomes a member when the inviter may
            // grant it, by the same path as any affiliation change.
            if (config.membersOnly && room.affiliationOf(to.bare()) < Affiliation::Member && sender->affiliation >= Affiliation::Admin)
                room.changeAffiliations(room.roomActor(), {{to.bare(), Affiliation::Member, {}}});
            // §7.8.2 (Examples 58-59): from the room, naming the inviter, with the password if needed.
            QByteArray out = "<message from='" + room.escapedJid() + "' to='" + xml::escaped(to.full()) + "'";
            if (!stanza.id.isEmpty())
                out += " id='" + xml::escaped(stanza.id) + '\'';
            out += "><x xmlns='http://jabber.org/protocol/muc#user'><invite from='" + xml::escaped(stanza.fromFull) + '\'';
            out += reason.isEmpty() ? QByteArray("/>") : "><reason>" + xml::escaped(reason) + "</reason></invite>";
            if (config.passwordProtected())
                out += "<password>" + xml::escaped(config.password) + "</password>";
            out += "</x>";
            // XEP-0249 §2 (Example 1), for clients that know only direct invitations (as Prosody
            // and ejabberd add it): the same room, reason and password.
            out += "<x xmlns='jabber:x:conference' jid='" + room.escapedJid() + '\'';
            if (!reason.isEmpty())
                out += " reason='" + xml::escaped(reason) + '\'';
            if (config.passwordProtected())
                out += " password='" + xml::escaped(config.password) + '\'';
            out += "/></message>";
            room.send(out);
        }
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeInvitations()
{
    return std::make_unique<Invitations>();
}

} // namespace qmuc
