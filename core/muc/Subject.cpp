// The room's subject: XEP-0045 §8.1.
#include "Room.h"

#include "../Xml.h"

#include <QXmppUtils.h>

namespace qmuc {

std::optional<Refusal> Room::setSubject(const Actor &actor, const QString &subject, const QString &id)
{
    if (actor.role != Role::Moderator && !(m_config.participantsMaySetSubject && actor.role >= Role::Participant))
        return Refusal{StanzaError::Auth, StanzaError::Forbidden, tr("You are not allowed to change the subject of this room.")};
    m_subject = subject;
    m_subjectNick = actor.nick;
    m_subjectJid = actor.nick.isEmpty() ? QString() : actor.bareJid;
    // §8.1: from the occupant who set it (the room itself for a service administrator outside it).
    QByteArray head = "<message from='" + m_escapedJid;
    if (!actor.nick.isEmpty())
        head += '/' + xml::escaped(actor.nick);
    const auto messageId = id.isEmpty() ? QXmppUtils::generateStanzaUuid() : id;
    head += "' type='groupchat' id='" + xml::escaped(messageId) + "' to='";
    const auto payload = subject.isEmpty() ? QByteArray("<subject/>") : "<subject>" + xml::escaped(subject) + "</subject>";
    // XEP-0313 §5.1.2: subject changes are archived too.
    const auto stanzaId = m_config.logging ? newStanzaId() : QString();
    fanOut(head, "'>" + payload + stanzaIdElement(stanzaId) + occupantIdElement(m_subjectJid) + "</message>");
    if (!stanzaId.isEmpty()) {
        m_host.archive().archive({stanzaId, m_jid, QDateTime::currentDateTimeUtc(), actor.nick, actor.bareJid,
                                messageId, payload});
    }
    m_host.subjectSet(*this, m_subject, actor.nick);
    m_host.changed(*this);
    return std::nullopt;
}

} // namespace qmuc
