// The room's subject: XEP-0045 §8.1.
#include "Room.h"

#include "../Xml.h"

#include <QXmppUtils.h>

namespace qmuc {

void Room::changeSubject(const Stanza &stanza, const Occupant &sender, const QDomElement &subject)
{
    const bool allowed = sender.role == Role::Moderator
        || (m_config.participantsMaySetSubject && sender.role >= Role::Participant);
    if (!allowed) {
        sendError(stanza, StanzaError::Auth, StanzaError::Forbidden, tr("You are not allowed to change the subject of this room."));
        return;
    }
    m_subject = subject.text();
    m_subjectNick = sender.nick;
    const auto id = stanza.id.isEmpty() ? QXmppUtils::generateStanzaUuid() : stanza.id;
    const QByteArray head = "<message from='" + m_escapedJid + '/' + xml::escaped(sender.nick)
        + "' type='groupchat' id='" + xml::escaped(id) + "' to='";
    fanOut(head, "'>" + xml::serialize(subject) + "</message>");
    m_host.subjectSet(*this, m_subject, sender.nick);
}

} // namespace qmuc
