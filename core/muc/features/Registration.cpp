// Registering with a room (XEP-0045 §7.10): a reserved nickname and membership; the
// registered-nickname query (§7.12); and nobody else may take a registered nick (§7.2.9, §7.6).
#include "../Room.h"

#include "../Nickname.h"

#include "../../Namespaces.h"
#include "../../Xml.h"

#include <QXmppDiscoveryIq.h>
#include <QXmppRegisterIq.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

const QString RegisterForm = u"http://jabber.org/protocol/muc#register"_s;
const QString NickVar = u"muc#register_roomnick"_s;

class Registration final : public RoomFeature
{
public:
    void discover(const Room &, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << ns::registration;
    }
    std::optional<Refusal> refuseNickname(const Room &room, const QString &bareJid, const QString &nick) const override
    {
        if (const auto holder = room.nickHolder(nick); !holder.isEmpty() && holder != bareJid)
            return Refusal{StanzaError::Cancel, StanzaError::Conflict, Room::tr("That nickname is reserved by a member of this room.")};
        return std::nullopt;
    }
    bool handleIq(Room &room, const Stanza &stanza, const QDomElement &payload) override
    {
        if (payload.namespaceURI() == ns::registration) {
            if (stanza.type == u"get")
                answerForm(room, stanza);
            else
                update(room, stanza, payload);
            return true;
        }
        if (stanza.type == u"get" && payload.namespaceURI() == ns::discoInfo && payload.attribute(u"node"_s) == u"x-roomuser-item") {
            answerRegisteredNick(room, stanza);
            return true;
        }
        return false;
    }

private:
    static std::optional<Refusal> refusal(const Room &room, const QString &bareJid)
    {
        const auto affiliation = room.affiliationOf(bareJid);
        // §7.10: registration makes a user with no affiliation a member; a banned user stays banned.
        if (affiliation == Affiliation::Outcast)
            return Refusal{StanzaError::Auth, StanzaError::Forbidden, Room::tr("You are banned from this room.")};
        if (room.config().membersOnly && affiliation < Affiliation::Member)
            return Refusal{StanzaError::Cancel, StanzaError::NotAllowed, Room::tr("Only members may register with this room.")};
        return std::nullopt;
    }

    static void answerForm(Room &room, const Stanza &stanza)
    {
        const auto bare = stanza.from.bare();
        auto answer = room.resultTo<QXmppRegisterIq>(stanza);
        if (const auto reserved = room.affiliates().value(bare).nick; !reserved.isEmpty()) {
            // §7.10 (Example 67): already registered.
            answer.setIsRegistered(true);
            answer.setUsername(reserved);
            room.send(answer);
            return;
        }
        if (const auto why = refusal(room, bare)) {
            room.sendError(stanza, *why);
            return;
        }
        QXmppDataForm form(QXmppDataForm::Form);
        form.setTitle(Room::tr("Registration with %1").arg(room.jid()));
        form.setInstructions(Room::tr("Choose the nickname that is yours in this room."));
        using Field = QXmppDataForm::Field;
        form.setFields({Field(Field::HiddenField, u"FORM_TYPE"_s, RegisterForm),
                        Field(Field::TextSingleField, NickVar, QString(), true, Room::tr("Desired Nickname"))});
        answer.setInstructions(Room::tr("To register with this room, choose a nickname."));
        answer.setForm(form);
        room.send(answer);
    }

    static void update(Room &room, const Stanza &stanza, const QDomElement &query)
    {
        const auto bare = stanza.from.bare();
        if (!query.firstChildElement(u"remove"_s).isNull()) {
            // Cancelling the registration gives up the nick and the membership with it.
            room.setRegisteredNick(bare, {});
            if (room.affiliationOf(bare) == Affiliation::Member)
                room.changeAffiliations(room.roomActor(), {{bare, Affiliation::None, {}}});
            room.sendResult(stanza);
            return;
        }
        QXmppDataForm form;
        form.parse(query.firstChildElement(u"x"_s));
        QString requested;
        for (const auto &field : form.fields()) {
            if (field.key() == NickVar)
                requested = field.value().toString();
        }
        QString why;
        const auto nick = prepareNickname(requested, &why);
        if (!nick) {
            room.sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, why);
            return;
        }
        if (const auto refused = refusal(room, bare)) {
            room.sendError(stanza, *refused);
            return;
        }
        const auto holder = room.nickHolder(*nick);
        const auto *inUse = room.occupantByNick(*nick);
        if ((!holder.isEmpty() && holder != bare) || (inUse && inUse->bareJid != bare)) {
            room.sendError(stanza, StanzaError::Cancel, StanzaError::Conflict, Room::tr("That nickname is taken in this room."));
            return;
        }
        room.setRegisteredNick(bare, *nick);
        if (room.affiliationOf(bare) < Affiliation::Member)
            room.changeAffiliations(room.roomActor(), {{bare, Affiliation::Member, {}}});
        room.sendResult(stanza);
    }

    static void answerRegisteredNick(Room &room, const Stanza &stanza)
    {
        // §7.12 (Example 70): the nick as the identity's name, or no identity at all.
        auto answer = room.resultTo<QXmppDiscoveryIq>(stanza);
        answer.setQueryType(QXmppDiscoveryIq::InfoQuery);
        answer.setQueryNode(u"x-roomuser-item"_s);
        if (const auto nick = room.affiliates().value(stanza.from.bare()).nick; !nick.isEmpty()) {
            QXmppDiscoveryIq::Identity identity;
            identity.setCategory(u"conference"_s);
            identity.setType(u"text"_s);
            identity.setName(nick);
            answer.setIdentities({identity});
        }
        room.send(answer);
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeRegistration()
{
    return std::make_unique<Registration>();
}

} // namespace qmuc
