// The room's subject: XEP-0045 §8.1. Who besides moderators may change it is the SubjectRights
// feature's to say.
#include "Room.h"

#include "../Xml.h"

#include <QXmppUtils.h>

namespace qmuc {

std::optional<Refusal> Room::setSubject(const Actor &actor, const QString &subject, const QString &id)
{
    if (actor.role != Role::Moderator) {
        if (actor.role < Role::Participant)
            return Refusal{StanzaError::Auth, StanzaError::Forbidden, tr("You are not allowed to change the subject of this room.")};
        if (auto refusal = firstOf<Refusal>([&](const RoomFeature &f) { return f.refuseSubjectChange(*this, actor.role); }))
            return refusal;
    }
    m_subject = subject;
    m_subjectNick = actor.nick;
    m_subjectJid = actor.nick.isEmpty() ? QString() : actor.bareJid;
    m_subjectStamp = QDateTime::currentDateTimeUtc();
    // §8.1: from the occupant who set it (the room itself for a service administrator outside it).
    OutgoingMessage message;
    message.nick = actor.nick;
    message.senderJid = actor.bareJid;
    message.id = id.isEmpty() ? QXmppUtils::generateStanzaUuid() : id;
    message.payload = subject.isEmpty() ? QByteArray("<subject/>") : "<subject>" + xml::escaped(subject) + "</subject>";
    message.marks = actor.nick.isEmpty() ? QByteArray() : senderMarks(actor.bareJid);
    message.isSubject = true;
    message.archivable = true; // XEP-0313 §5.1.2: subject changes are archived too
    relay(message);
    m_host.subjectSet(*this, m_subject, actor.nick);
    m_host.changed(*this);
    return std::nullopt;
}

} // namespace qmuc
