// Asking for voice (XEP-0045 §7.13) and approving it (§8.6), by data forms sent to the room.
#include "../Room.h"

#include "../Nickname.h"

#include "../../Namespaces.h"
#include "../../Xml.h"

#include <QXmppMessage.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {


class VoiceRequests final : public RoomFeature
{
public:
    void discover(const Room &, QStringList &features, QList<QXmppDataForm::Field> &) const override
    {
        features << ns::mucRequest;
    }
    bool handleMessage(Room &room, const Stanza &stanza, const Occupant *sender) override
    {
        const auto x = stanza.child(u"x"_s, ns::dataForms);
        if (x.isNull() || !sender)
            return false;
        QXmppDataForm form;
        form.parse(x);
        QHash<QString, QString> values;
        for (const auto &field : form.fields())
            values.insert(field.key(), field.value().toString());
        // XEP-0045's examples send FORM_TYPE without type='hidden'.
        if (values.value(u"FORM_TYPE"_s) != ns::mucRequest)
            return false;
        if (form.type() == QXmppDataForm::Submit && values.contains(u"muc#request_allow"_s))
            approve(room, stanza, *sender, values);
        else
            request(room, stanza, *sender);
        return true;
    }

private:
    static void approve(Room &room, const Stanza &stanza, const Occupant &sender, const QHash<QString, QString> &values)
    {
        // §8.6 (Example 122): a moderator approves (or not) a request forwarded earlier.
        if (sender.role != Role::Moderator) {
            room.sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, Room::tr("Only moderators may approve voice requests."));
            return;
        }
        const auto allow = values.value(u"muc#request_allow"_s);
        if (allow != u"true" && allow != u"1")
            return;
        QString why;
        const auto nick = prepareNickname(values.value(u"muc#roomnick"_s), &why);
        if (auto *target = nick ? room.occupantByNick(*nick) : nullptr; target && target->role == Role::Visitor)
            room.setRole(*target, Role::Participant);
    }

    static void request(Room &room, const Stanza &stanza, const Occupant &sender)
    {
        // §7.13 (Example 72): a visitor asks for voice; every moderator gets the approval form.
        if (sender.role != Role::Visitor) {
            room.sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, Room::tr("You already have voice in this room."));
            return;
        }
        QXmppDataForm approval(QXmppDataForm::Form);
        approval.setTitle(Room::tr("Voice request"));
        approval.setInstructions(Room::tr("To approve this request for voice, select the \"Grant voice to this person?\" checkbox and click OK. To skip this request, click the cancel button."));
        using Field = QXmppDataForm::Field;
        approval.setFields({
            Field(Field::HiddenField, u"FORM_TYPE"_s, ns::mucRequest),
            Field(Field::ListSingleField, u"muc#role"_s, u"participant"_s, false, Room::tr("Requested role")),
            Field(Field::JidSingleField, u"muc#jid"_s, stanza.fromFull, false, Room::tr("User ID")),
            Field(Field::TextSingleField, u"muc#roomnick"_s, sender.nick, false, Room::tr("Room Nickname")),
            Field(Field::BooleanField, u"muc#request_allow"_s, false, false, Room::tr("Grant voice to this person?")),
        });
        const QByteArray head = "<message from='" + room.escapedJid() + "' id='" + QXmppUtils::generateStanzaUuid().toLatin1() + "' to='";
        const QByteArray tail = "'>" + xml::serialize(approval) + "</message>";
        QByteArray out;
        for (const auto &nick : room.joinOrder()) {
            const auto *occupant = room.occupantByNick(nick);
            if (occupant->role != Role::Moderator)
                continue;
            for (const auto &session : occupant->sessions)
                out += head + session.escapedJid + tail;
        }
        room.send(out);
    }
};

} // namespace

std::unique_ptr<RoomFeature> makeVoiceRequests()
{
    return std::make_unique<VoiceRequests>();
}

} // namespace qmuc
