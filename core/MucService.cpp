#include "MucService.h"

#include "Logging.h"
#include "Namespaces.h"
#include "StanzaErrors.h"

#include <QXmppDiscoveryIq.h>
#include <QXmppPingIq.h>
#include <QXmppVersionIq.h>

#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace qmuc {

MucService::MucService(QObject *parent)
    : QXmppLoggable(parent)
    , m_connection(new ComponentConnection(this))
{
    m_sink = [this](const QByteArray &xml) { return m_connection->sendRaw(xml); };
    connect(m_connection, &ComponentConnection::stanzaReceived, this, &MucService::handleStanza);
    connect(m_connection, &ComponentConnection::stateChanged, this, [this](ComponentConnection::State state) {
        const bool down = state == ComponentConnection::State::WaitingToReconnect
            || state == ComponentConnection::State::Failed;
        Q_EMIT connectionStateChanged(state, down ? m_connection->errorText() : QString());
    });
}

void MucService::configure(const Settings &settings, const QString &secret)
{
    m_settings = settings;
    m_connection->setConfig(settings.componentConfig(secret));
}

void MucService::start()
{
    m_connection->connectToServer();
}

void MucService::stop()
{
    m_connection->disconnectFromServer();
}

QByteArray MucService::serialize(const QXmppNonza &stanza)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    stanza.toXml(&writer);
    return xml;
}

void MucService::send(const QByteArray &xml)
{
    if (!m_sink(xml))
        qCDebug(lcMuc) << "not connected; dropped an outgoing stanza";
}

void MucService::handleStanza(const QDomElement &stanza)
{
    const auto kind = stanza.localName();
    if (kind == u"iq")
        handleIq(stanza);
    else if (kind == u"message")
        handleMessage(stanza);
    else if (kind == u"presence")
        handlePresence(stanza);
    else
        qCWarning(lcMuc).noquote() << "ignored a top-level element that is not a stanza:" << kind;
}

void MucService::handleIq(const QDomElement &element)
{
    const auto type = element.attribute(u"type"_s);
    // RFC 6120 §8.2.3: results and errors are never answered.
    if (type == u"result" || type == u"error")
        return;
    if (type != u"get" && type != u"set") {
        QXmppIq request;
        request.parse(element);
        send(serialize(errorReply(request, StanzaError::Modify, StanzaError::BadRequest, tr("Unknown IQ type."))));
        return;
    }
    send(answerServiceIq(element));
}

QByteArray MucService::answerServiceIq(const QDomElement &element)
{
    const auto to = element.attribute(u"to"_s);
    const bool toService = to == m_settings.domain;
    const bool isGet = element.attribute(u"type"_s) == u"get";

    if (toService && isGet && QXmppDiscoveryIq::isDiscoveryIq(element)) {
        QXmppDiscoveryIq request;
        request.parse(element);
        if (!request.queryNode().isEmpty()) {
            return serialize(errorReply(request, StanzaError::Cancel, StanzaError::ItemNotFound,
                                        tr("No such node.")));
        }
        QXmppDiscoveryIq reply;
        reply.setType(QXmppIq::Result);
        reply.setId(request.id());
        reply.setFrom(request.to());
        reply.setTo(request.from());
        reply.setQueryType(request.queryType());
        if (request.queryType() == QXmppDiscoveryIq::InfoQuery) {
            QXmppDiscoveryIq::Identity identity;
            identity.setCategory(u"conference"_s);
            identity.setType(u"text"_s);
            identity.setName(m_settings.serviceName);
            reply.setIdentities({identity});
            reply.setFeatures({ns::discoInfo, ns::discoItems, ns::muc, ns::ping, ns::version});
        }
        return serialize(reply);
    }
    if (isGet && QXmppPingIq::isPingIq(element)) {
        QXmppPingIq request;
        request.parse(element);
        QXmppIq pong(QXmppIq::Result);
        pong.setId(request.id());
        pong.setFrom(request.to());
        pong.setTo(request.from());
        return serialize(pong);
    }
    if (toService && isGet && QXmppVersionIq::isVersionIq(element)) {
        QXmppVersionIq request;
        request.parse(element);
        QXmppVersionIq reply;
        reply.setType(QXmppIq::Result);
        reply.setId(request.id());
        reply.setFrom(request.to());
        reply.setTo(request.from());
        reply.setName(u"qmuc"_s);
        reply.setVersion(QStringLiteral(QMUC_VERSION));
        return serialize(reply);
    }
    QXmppIq request;
    request.parse(element);
    return serialize(errorReply(request, StanzaError::Cancel, StanzaError::ServiceUnavailable));
}

void MucService::handleMessage(const QDomElement &element)
{
    QXmppMessage message;
    message.parse(element);
    if (message.type() == QXmppMessage::Error)
        return; // RFC 6120 §8.3.1: never answer an error with an error
    send(serialize(errorReply(message, StanzaError::Cancel, StanzaError::ServiceUnavailable)));
}

void MucService::handlePresence(const QDomElement &element)
{
    QXmppPresence presence;
    presence.parse(element);
    // Errors are never answered; leaving a room that does not exist needs no answer either.
    if (presence.type() == QXmppPresence::Error || presence.type() == QXmppPresence::Unavailable)
        return;
    send(serialize(errorReply(presence, StanzaError::Cancel, StanzaError::ServiceUnavailable)));
}

} // namespace qmuc
