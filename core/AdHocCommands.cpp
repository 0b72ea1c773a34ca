// XEP-0050 ad-hoc commands for service administrators, and one for room moderators (retracting
// what one occupant sent lately, XEP-0425), which the room checks like any moderation. Where Prosody's MUC offers the same
// command, node, form fields and completion note are Prosody's, so operators' tools keep working.
// Titles, labels and notes are human text for the requester: English as Prosody words them, or
// translated when the request's xml:lang asks for a language qmuc has (WireText.h).
#include "MucService.h"

#include "Namespaces.h"
#include "StanzaErrors.h"
#include "Xml.h"

#include <QXmppDataForm.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

const QString DestroyNode = QStringLiteral("http://prosody.im/protocol/muc#destroy");
const QString AffiliationNode = QStringLiteral("http://prosody.im/protocol/muc#set-affiliation");
const QString ListNode = QStringLiteral("urn:qmuc:muc#list-rooms");
const QString RetractNode = QStringLiteral("urn:qmuc:muc#retract-recent");
constexpr int MaxRetractHours = 24 * 30;

using Field = QXmppDataForm::Field;

QHash<QString, QVariant> submittedValues(const QDomElement &command)
{
    QXmppDataForm form;
    form.parse(command.firstChildElement(u"x"_s));
    QHash<QString, QVariant> values;
    for (const auto &field : form.fields())
        values.insert(field.key(), field.value());
    return values;
}

} // namespace

QList<std::pair<QString, QString>> MucService::commands(const QString &bareJid) const
{
    QList<std::pair<QString, QString>> commands;
    if (isServiceAdmin(bareJid)) {
        commands = {{ListNode, wireTr("List rooms")},
                    {DestroyNode, wireTr("Destroy Rooms")},
                    {AffiliationNode, wireTr("Set affiliation in room")}};
    }
    // Anyone may ask; the room lets its moderators (Room::retractSince).
    commands.append({RetractNode, wireTr("Retract recent messages")});
    return commands;
}

QByteArray MucService::answerCommand(const QDomElement &iq)
{
    const auto command = iq.firstChildElement(u"command"_s);
    const auto node = command.attribute(u"node"_s);
    const auto from = Jid::parse(iq.attribute(u"from"_s));
    QXmppIq request;
    request.parse(iq);
    if (!QStringList{ListNode, DestroyNode, AffiliationNode, RetractNode}.contains(node))
        return xml::serialize(errorReply(request, StanzaError::Cancel, StanzaError::ItemNotFound, wireTr("No such command.")));
    const auto offered = commands(from.bare());
    if (std::none_of(offered.cbegin(), offered.cend(), [&](const auto &c) { return c.first == node; }))
        return xml::serialize(errorReply(request, StanzaError::Auth, StanzaError::Forbidden, wireTr("Only service administrators may run commands.")));

    const auto sessionId = command.attribute(u"sessionid"_s).isEmpty() ? QXmppUtils::generateStanzaUuid()
                                                                          : command.attribute(u"sessionid"_s);
    const auto head = "<iq type='result' id='" + xml::escaped(iq.attribute(u"id"_s)) + "' from='" + xml::escaped(m_settings.domain)
        + "' to='" + xml::escaped(iq.attribute(u"from"_s)) + "'><command xmlns='http://jabber.org/protocol/commands' node='"
        + xml::escaped(node) + "' sessionid='" + xml::escaped(sessionId) + "' status='";
    const auto note = [&](const QString &status, const QString &type, const QString &text, const QByteArray &extra = {}) {
        return head + status.toLatin1() + "'>" + extra + "<note type='" + type.toLatin1() + "'>" + xml::escaped(text) + "</note></command></iq>";
    };
    if (command.attribute(u"action"_s) == u"cancel")
        return head + "canceled'/></iq>";

    const bool submitted = command.firstChildElement(u"x"_s).attribute(u"type"_s) == u"submit";
    if (node == ListNode) {
        QXmppDataForm result(QXmppDataForm::Result);
        result.setTitle(wireTr("Rooms"));
        QStringList lines;
        QStringList jids;
        for (const auto &room : serviceRooms()) {
            jids << room.jid;
            lines << wireTr("%1 (%n occupant(s))", nullptr, room.occupants).arg(room.jid);
        }
        result.setFields({Field(Field::HiddenField, u"FORM_TYPE"_s, ListNode), Field(Field::JidMultiField, u"rooms"_s, jids, false, wireTr("Rooms"))});
        return note(u"completed"_s, u"info"_s, lines.isEmpty() ? wireTr("There are no rooms.") : lines.join(u'\n'), xml::serialize(result));
    }
    if (!submitted) {
        // First step: the form to fill in.
        QXmppDataForm form(QXmppDataForm::Form);
        if (node == DestroyNode) {
            form.setTitle(wireTr("Destroy rooms"));
            form.setInstructions(wireTr("Select the rooms to destroy"));
            Field list(Field::ListMultiField, u"rooms"_s, QStringList(), true, wireTr("Rooms to destroy:"));
            QList<std::pair<QString, QString>> options;
            for (const auto &room : serviceRooms())
                options.append({room.jid, room.jid});
            list.setOptions(options);
            form.setFields({Field(Field::HiddenField, u"FORM_TYPE"_s, DestroyNode), list});
        } else if (node == RetractNode) {
            form.setTitle(wireTr("Retract recent messages"));
            form.setInstructions(wireTr("Retract everything one occupant sent in the room in the last hours"));
            form.setFields({Field(Field::HiddenField, u"FORM_TYPE"_s, RetractNode),
                            Field(Field::JidSingleField, u"room"_s, QString(), true, wireTr("Room")),
                            Field(Field::TextSingleField, u"nick"_s, QString(), true, wireTr("Nickname")),
                            Field(Field::TextSingleField, u"hours"_s, u"24"_s, true, wireTr("Hours")),
                            Field(Field::TextSingleField, u"reason"_s, QString(), false, wireTr("Reason"))});
        } else {
            form.setTitle(wireTr("Set affiliation"));
            Field affiliation(Field::ListSingleField, u"affiliation"_s, QString(), true, wireTr("Affiliation"));
            affiliation.setOptions({{u"owner"_s, u"owner"_s}, {u"admin"_s, u"admin"_s}, {u"member"_s, u"member"_s},
                                    {u"none"_s, u"none"_s}, {u"outcast"_s, u"outcast"_s}});
            form.setFields({Field(Field::HiddenField, u"FORM_TYPE"_s, AffiliationNode),
                            Field(Field::JidSingleField, u"room"_s, QString(), true, wireTr("Room")),
                            Field(Field::JidSingleField, u"jid"_s, QString(), true, wireTr("JID")), affiliation,
                            Field(Field::TextSingleField, u"reason"_s, QString(), false, wireTr("Reason"))});
        }
        return head + "executing'><actions execute='complete'><complete/></actions>" + xml::serialize(form) + "</command></iq>";
    }

    const auto values = submittedValues(command);
    if (node == DestroyNode) {
        QStringList destroyed;
        for (const auto &jid : values.value(u"rooms"_s).toStringList()) {
            if (destroyRoom(jid).isEmpty())
                destroyed << jid;
        }
        return note(u"completed"_s, u"info"_s, wireTr("The following rooms were destroyed:") + u'\n' + destroyed.join(u'\n'));
    }
    if (node == RetractNode) {
        bool ok = false;
        const int hours = values.value(u"hours"_s).toString().toInt(&ok);
        const auto roomJid = Jid::parse(values.value(u"room"_s).toString()).bare();
        const auto nick = values.value(u"nick"_s).toString();
        if (!ok || hours < 1 || hours > MaxRetractHours || roomJid.isEmpty() || nick.isEmpty())
            return note(u"completed"_s, u"error"_s, wireTr("room, nick and hours (1 to %1) are required").arg(MaxRetractHours));
        // The room's own rules decide: a service administrator may, anyone else as the moderator
        // they are in the room.
        const auto requester = iq.attribute(u"from"_s);
        const bool admin = isServiceAdmin(from.bare());
        int retracted = 0;
        const auto refusal = administer(roomJid, [&](Room &room, const Actor &serviceActor) {
            return room.retractSince(admin ? serviceActor : room.actorFor(requester), nick,
                                     QDateTime::currentDateTimeUtc().addSecs(-3600 * qint64(hours)),
                                     values.value(u"reason"_s).toString(), &retracted);
        });
        if (!refusal.isEmpty())
            return note(u"canceled"_s, u"error"_s, refusal);
        return note(u"completed"_s, u"info"_s, wireTr("Retracted %n message(s).", nullptr, retracted));
    }
    static const QHash<QString, Affiliation> affiliations = {
        {u"owner"_s, Affiliation::Owner}, {u"admin"_s, Affiliation::Admin}, {u"member"_s, Affiliation::Member},
        {u"none"_s, Affiliation::None}, {u"outcast"_s, Affiliation::Outcast}};
    const auto affiliation = values.value(u"affiliation"_s).toString();
    if (!affiliations.contains(affiliation) || values.value(u"room"_s).toString().isEmpty() || values.value(u"jid"_s).toString().isEmpty())
        return note(u"completed"_s, u"error"_s, wireTr("room, jid and affiliation are required"));
    const auto refusal = setAffiliation(values.value(u"room"_s).toString(), Jid::parse(values.value(u"jid"_s).toString()).bare(),
                                        affiliations.value(affiliation), values.value(u"reason"_s).toString());
    if (!refusal.isEmpty())
        return note(u"canceled"_s, u"error"_s, wireTr("Affiliation change failed: %1").arg(refusal));
    return note(u"completed"_s, u"info"_s, wireTr("Affiliation updated"));
}

} // namespace qmuc
