// Configuring a room as its owner: XEP-0045 §10.1 (creating), §10.2 (configuring). The form's
// fields are declared by the features that own them (ConfigField); this file builds the form,
// reads a submitted one and tells occupants what changed.
#include "Room.h"

#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppDataForm.h>
#include <QXmppMucIq.h>

using namespace Qt::StringLiterals;

namespace qmuc {

void Room::handleOwner(const Stanza &stanza, const QDomElement &query)
{
    const auto actor = actorFor(stanza.fromFull);
    if (actor.affiliation != Affiliation::Owner) {
        sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, tr("Only owners may configure this room."));
        return;
    }
    const auto destroyRequest = query.firstChildElement(u"destroy"_s);
    if (stanza.type == u"set" && !destroyRequest.isNull()) {
        // §10.9
        destroy(actor, destroyRequest.firstChildElement(u"reason"_s).text(), destroyRequest.attribute(u"jid"_s));
        sendResult(stanza);
        return;
    }
    if (stanza.type == u"get") {
        answerConfigForm(stanza);
        return;
    }
    const auto x = query.firstChildElement(u"x"_s);
    if (x.isNull() || x.namespaceURI() != ns::dataForms) {
        sendError(stanza, StanzaError::Modify, StanzaError::BadRequest);
        return;
    }
    if (x.attribute(u"type"_s) == u"cancel") {
        sendResult(stanza);
        if (m_locked)
            abandon(); // §10.1.3: cancelling the initial configuration destroys the room
        return;
    }
    if (x.attribute(u"type"_s) != u"submit") {
        sendError(stanza, StanzaError::Modify, StanzaError::BadRequest);
        return;
    }
    applyConfigForm(stanza, x);
}

void Room::answerConfigForm(const Stanza &stanza)
{
    // §10.1.3 / §10.2: the form with the current values.
    using Field = QXmppDataForm::Field;
    QXmppDataForm form(QXmppDataForm::Form);
    form.setTitle(tr("Configuration of %1").arg(m_jid));
    QList<Field> fields{Field(Field::HiddenField, u"FORM_TYPE"_s, ns::mucRoomConfig)};
    for (const auto &declared : roomConfigFields()) {
        Field f(declared.type, declared.var, declared.get(m_config), false, tr(declared.label));
        QList<std::pair<QString, QString>> options;
        for (const auto &[label, value] : declared.options)
            options.append({tr(label), value});
        f.setOptions(options);
        fields << f;
    }
    form.setFields(fields);
    auto reply = resultTo<QXmppMucOwnerIq>(stanza);
    reply.setForm(form);
    send(reply);
}

void Room::applyConfigForm(const Stanza &stanza, const QDomElement &x)
{
    QXmppDataForm form;
    form.parse(x);
    RoomConfig next = m_config;
    QString problem;
    for (const auto &f : form.fields()) {
        const auto var = f.key();
        const auto text = f.value().toString();
        bool ok = true;
        if (var == u"FORM_TYPE") {
            ok = text == ns::mucRoomConfig;
        } else {
            const auto &declared = roomConfigFields();
            const auto it = std::find_if(declared.cbegin(), declared.cend(), [&](const ConfigField &c) {
                return c.var == var || c.aliases.contains(var);
            });
            // Fields we do not know are ignored, as §10.2 allows.
            if (it != declared.cend())
                ok = it->set(next, text);
        }
        if (!ok) {
            problem = tr("The value of %1 is not valid.").arg(var);
            break;
        }
    }
    if (problem.isEmpty()) {
        for (const auto &feature : m_features) {
            if (auto why = feature->checkConfig(form, m_config, next)) {
                problem = *why;
                break;
            }
        }
    }
    if (!problem.isEmpty()) {
        sendError(stanza, StanzaError::Modify, StanzaError::NotAcceptable, problem);
        return;
    }
    const bool wasLocked = m_locked;
    const RoomConfig before = m_config;
    m_config = next;
    m_locked = false;
    sendResult(stanza);

    // §10.2.1: occupants learn that the configuration changed, and how their privacy did; the
    // features act on what changed (e.g. members-only removes non-members).
    QList<int> codes{104};
    for (const auto &feature : m_features)
        feature->configured(*this, before, codes);
    if (wasLocked || before != next) { // the first configuration too
        QByteArray status;
        for (int code : std::as_const(codes))
            status += "<status code='" + QByteArray::number(code) + "'/>";
        notifyAll("<x xmlns='http://jabber.org/protocol/muc#user'>" + status + "</x>");
    }
    m_host.configured(*this);
    m_host.changed(*this);
}

} // namespace qmuc
