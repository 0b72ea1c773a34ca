#include "StanzaErrors.h"

#include "Xml.h"

#include <QXmppUtils.h>

namespace qmuc {

namespace {

template<typename T>
void address(T &reply, const QXmppStanza &request, StanzaError::Type type,
             StanzaError::Condition condition, const QString &text)
{
    reply.setId(request.id());
    reply.setFrom(request.to());
    reply.setTo(request.from());
    StanzaError error(type, condition, text);
    error.setBy(QXmppUtils::jidToBareJid(request.to()));
    reply.setError(error);
}

} // namespace

QXmppIq errorReply(const QXmppIq &request, StanzaError::Type type, StanzaError::Condition condition,
                   const QString &text)
{
    QXmppIq reply(QXmppIq::Error);
    address(reply, request, type, condition, text);
    return reply;
}

QXmppMessage errorReply(const QXmppMessage &request, StanzaError::Type type,
                        StanzaError::Condition condition, const QString &text)
{
    QXmppMessage reply;
    reply.setType(QXmppMessage::Error);
    address(reply, request, type, condition, text);
    return reply;
}

QXmppPresence errorReply(const QXmppPresence &request, StanzaError::Type type,
                         StanzaError::Condition condition, const QString &text)
{
    QXmppPresence reply(QXmppPresence::Error);
    address(reply, request, type, condition, text);
    reply.setMucSupported(request.isMucSupported());
    return reply;
}

QByteArray errorReplyTo(const QDomElement &request, StanzaError::Type type, StanzaError::Condition condition,
                        const QString &text)
{
    const auto reply = [&](auto stanza) {
        stanza.parse(request);
        return xml::serialize(errorReply(stanza, type, condition, text));
    };
    const auto kind = request.localName();
    if (kind == u"presence")
        return reply(QXmppPresence());
    if (kind == u"message")
        return reply(QXmppMessage());
    return reply(QXmppIq());
}

} // namespace qmuc
