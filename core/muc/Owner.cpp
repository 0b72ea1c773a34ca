// Configuring a room as its owner: XEP-0045 §10.1 (creating), §10.2 (configuring).
#include "Room.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppDataForm.h>
#include <QXmppIq.h>
#include <QXmppUtils.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

using Field = QXmppDataForm::Field;

Field field(Field::Type type, const QString &var, const QString &label, const QVariant &value)
{
    Field f(type, var, value, false, label);
    return f;
}

Field listField(const QString &var, const QString &label, const QString &value,
                const QList<std::pair<QString, QString>> &options)
{
    Field f(Field::ListSingleField, var, value, false, label);
    f.setOptions(options);
    return f;
}

bool parseBool(const QVariant &value, bool *ok)
{
    const auto text = value.toString();
    *ok = text == u"1" || text == u"0" || text == u"true" || text == u"false";
    return text == u"1" || text == u"true";
}

} // namespace

void Room::handleOwner(const Stanza &stanza, const QDomElement &query)
{
    const auto actor = actorFor(stanza.fromFull);
    if (actor.affiliation != Affiliation::Owner) {
        sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, tr("Only owners may configure this room."));
        return;
    }
    const QByteArray resultHead = "<iq from='" + m_escapedJid + "' to='" + xml::escaped(stanza.fromFull)
        + "' type='result' id='" + xml::escaped(stanza.id) + "'";

    const auto destroyRequest = query.firstChildElement(u"destroy"_s);
    if (stanza.type == u"set" && !destroyRequest.isNull()) {
        // §10.9
        destroy(actor, destroyRequest.firstChildElement(u"reason"_s).text(), destroyRequest.attribute(u"jid"_s));
        send(resultHead + "/>");
        return;
    }

    if (stanza.type == u"get") {
        // §10.1.3 / §10.2: the form with the current values.
        QXmppDataForm form(QXmppDataForm::Form);
        form.setTitle(tr("Configuration of %1").arg(m_jid));
        const auto &c = m_config;
        const QString maxUsers = c.maxUsers > 0 ? QString::number(c.maxUsers) : u"none"_s;
        form.setFields({
            field(Field::HiddenField, u"FORM_TYPE"_s, {}, ns::mucRoomConfig),
            field(Field::TextSingleField, u"muc#roomconfig_roomname"_s, tr("Name"), c.name),
            field(Field::TextSingleField, u"muc#roomconfig_roomdesc"_s, tr("Description"), c.description),
            field(Field::TextSingleField, u"muc#roomconfig_lang"_s, tr("Language"), c.language),
            field(Field::BooleanField, u"muc#roomconfig_persistentroom"_s, tr("Keep the room when it is empty"), c.persistent),
            field(Field::BooleanField, u"muc#roomconfig_publicroom"_s, tr("List the room publicly"), c.isPublic),
            field(Field::BooleanField, u"muc#roomconfig_changesubject"_s, tr("Participants may change the subject"), c.participantsMaySetSubject),
            field(Field::BooleanField, u"muc#roomconfig_moderatedroom"_s, tr("Only participants with voice may speak"), c.moderated),
            field(Field::BooleanField, u"muc#roomconfig_membersonly"_s, tr("Only members may enter"), c.membersOnly),
            field(Field::BooleanField, u"muc#roomconfig_passwordprotectedroom"_s, tr("A password is required to enter"), c.passwordProtected()),
            field(Field::TextPrivateField, u"muc#roomconfig_roomsecret"_s, tr("Password"), c.password),
            listField(u"muc#roomconfig_maxusers"_s, tr("Maximum number of occupants"), maxUsers,
                      {{u"10"_s, u"10"_s}, {u"20"_s, u"20"_s}, {u"50"_s, u"50"_s}, {u"100"_s, u"100"_s},
                       {u"500"_s, u"500"_s}, {tr("No limit"), u"none"_s}}),
            listField(u"muc#roomconfig_whois"_s, tr("Who may see real JIDs"), c.nonAnonymous() ? u"anyone"_s : u"moderators"_s,
                      {{tr("Moderators only"), u"moderators"_s}, {tr("Anyone"), u"anyone"_s}}),
            field(Field::BooleanField, u"muc#roomconfig_allowinvites"_s, tr("Members may invite others"), c.allowInvites),
            listField(u"muc#roomconfig_allowpm"_s, tr("Who may send private messages"), c.allowPrivateMessages ? u"anyone"_s : u"moderators"_s,
                      {{tr("Anyone"), u"anyone"_s}, {tr("Moderators only"), u"moderators"_s}}),
            field(Field::TextSingleField, u"muc#maxhistoryfetch"_s, tr("Messages shown to people who join"), QString::number(c.historyLength)),
            field(Field::BooleanField, u"muc#roomconfig_enablelogging"_s, tr("Keep a public archive of messages"), c.logging),
        });
        QByteArray out = resultHead + "><query xmlns='http://jabber.org/protocol/muc#owner'>" + xml::serialize(form) + "</query></iq>";
        send(out);
        return;
    }

    const auto x = query.firstChildElement(u"x"_s);
    if (stanza.type != u"set" || x.isNull() || x.namespaceURI() != ns::dataForms) {
        sendError(stanza, StanzaError::Modify, StanzaError::BadRequest);
        return;
    }
    if (x.attribute(u"type"_s) == u"cancel") {
        send(resultHead + "/>");
        if (m_locked) {
            // §10.1.3: cancelling the initial configuration destroys the room.
            m_abandoned = true;
            for (const auto &nick : QStringList(m_joinOrder)) {
                while (auto *occupant = occupantByNick(nick))
                    removeSession(*occupant, occupant->sessions.first().fullJid, LeaveReason::RoomDestroyed, {});
            }
        }
        return;
    }
    if (x.attribute(u"type"_s) != u"submit") {
        sendError(stanza, StanzaError::Modify, StanzaError::BadRequest);
        return;
    }
    QXmppDataForm form;
    form.parse(x);
    RoomConfig next = m_config;
    QString problem;
    bool passwordRequired = next.passwordProtected();
    for (const auto &f : form.fields()) {
        const auto var = f.key();
        const auto value = f.value();
        bool ok = true;
        if (var == u"FORM_TYPE") {
            ok = value.toString() == ns::mucRoomConfig;
        } else if (var == u"muc#roomconfig_roomname") {
            next.name = value.toString();
        } else if (var == u"muc#roomconfig_roomdesc") {
            next.description = value.toString();
        } else if (var == u"muc#roomconfig_lang") {
            next.language = value.toString();
        } else if (var == u"muc#roomconfig_persistentroom") {
            next.persistent = parseBool(value, &ok);
        } else if (var == u"muc#roomconfig_publicroom") {
            next.isPublic = parseBool(value, &ok);
        } else if (var == u"muc#roomconfig_changesubject") {
            next.participantsMaySetSubject = parseBool(value, &ok);
        } else if (var == u"muc#roomconfig_moderatedroom") {
            next.moderated = parseBool(value, &ok);
        } else if (var == u"muc#roomconfig_membersonly") {
            next.membersOnly = parseBool(value, &ok);
        } else if (var == u"muc#roomconfig_passwordprotectedroom") {
            passwordRequired = parseBool(value, &ok);
        } else if (var == u"muc#roomconfig_roomsecret") {
            next.password = value.toString();
        } else if (var == u"muc#roomconfig_maxusers") {
            const auto text = value.toString();
            next.maxUsers = text == u"none" || text.isEmpty() ? 0 : text.toInt(&ok);
            ok = ok && next.maxUsers >= 0;
        } else if (var == u"muc#roomconfig_whois") {
            const auto text = value.toString();
            ok = text == u"anyone" || text == u"moderators";
            next.whois = text == u"anyone" ? RoomConfig::Whois::Anyone : RoomConfig::Whois::Moderators;
        } else if (var == u"muc#roomconfig_allowpm") {
            const auto text = value.toString();
            ok = QStringList{u"anyone"_s, u"participants"_s, u"moderators"_s, u"none"_s}.contains(text);
            next.allowPrivateMessages = text == u"anyone" || text == u"participants";
        } else if (var == u"muc#maxhistoryfetch" || var == u"muc#roomconfig_historylength") {
            next.historyLength = value.toString().toInt(&ok);
            ok = ok && next.historyLength >= 0 && next.historyLength <= 1000;
        } else if (var == u"muc#roomconfig_allowinvites") {
            next.allowInvites = parseBool(value, &ok);
        } else if (var == u"muc#roomconfig_enablelogging" || var == u"muc#roomconfig_enablearchiving") {
            // The standard field, and the one Prosody's clients know: both mean the archive.
            next.logging = parseBool(value, &ok);
        }
        // Fields we do not know are ignored, as §10.2 allows.
        if (!ok) {
            problem = tr("The value of %1 is not valid.").arg(var);
            break;
        }
    }
    if (problem.isEmpty() && passwordRequired && next.password.isEmpty())
        problem = tr("A password-protected room needs a password.");
    if (!passwordRequired)
        next.password.clear();
    if (!problem.isEmpty()) {
        sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, problem);
        return;
    }
    const bool wasLocked = m_locked;
    const RoomConfig before = m_config;
    m_config = next;
    m_locked = false;
    m_history.setCapacity(next.historyLength);
    send(resultHead + "/>");

    if (!before.membersOnly && next.membersOnly) {
        // §10.2: turning members-only removes everyone who is not a member, with 322.
        for (const auto &nick : QStringList(m_joinOrder)) {
            auto *occupant = occupantByNick(nick);
            if (occupant && occupant->affiliation < Affiliation::Member) {
                Broadcast goodbye;
                goodbye.codes << 322;
                removeOccupant(*occupant, LeaveReason::Kicked, goodbye);
            }
        }
    }

    // §10.2.1: occupants learn that the configuration changed, and how their privacy did.
    if (!wasLocked && before != next) {
        QList<int> codes{104};
        if (before.nonAnonymous() != next.nonAnonymous())
            codes << (next.nonAnonymous() ? 172 : 173);
        if (before.logging != next.logging)
            codes << (next.logging ? 170 : 171);
        QByteArray status;
        for (int code : codes)
            status += "<status code='" + QByteArray::number(code) + "'/>";
        const QByteArray head = "<message from='" + m_escapedJid + "' type='groupchat' id='"
            + QXmppUtils::generateStanzaUuid().toLatin1() + "' to='";
        fanOut(head, "'><x xmlns='http://jabber.org/protocol/muc#user'>" + status + "</x></message>");
    }
    m_host.configured(*this);
    m_host.changed(*this);
}

} // namespace qmuc
