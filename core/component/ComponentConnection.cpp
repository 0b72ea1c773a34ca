#include "ComponentConnection.h"

#include "../Logging.h"
#include "../Namespaces.h"
#include "../Xml.h"

#include <QXmppNonza.h>

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace qmuc {

namespace {

// What Qt takes from the kernel for us at most: while input is paused the rest waits there, and
// TCP's flow control slows the server down.
constexpr qint64 ReadBufferSize = 128 * 1024;
// What one read hands to the parser, so that a pause takes effect within it.
constexpr qint64 ReadChunkSize = 64 * 1024;

QByteArray serialize(const QXmppNonza &stanza)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    stanza.toXml(&writer);
    return out;
}

QString attributeEscaped(const QString &value)
{
    return value.toHtmlEscaped().replace(u'\'', u"&apos;"_s);
}

} // namespace

ComponentConnection::ComponentConnection(QObject *parent)
    : QXmppLoggable(parent)
    , m_socket(new QTcpSocket(this))
{
    m_parser.onStreamOpened = [this](const QXmlStreamAttributes &a) { onStreamOpened(a); };
    m_parser.onStanza = [this](const QDomElement &e) { onStanza(e); };
    m_parser.onStreamClosed = [this] {
        connectionLost(Error::ConnectionClosed, tr("The server closed the stream."));
    };

    connect(m_socket, &QTcpSocket::connected, this, &ComponentConnection::onConnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &ComponentConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &ComponentConnection::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &ComponentConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ComponentConnection::onBytesWritten);
    m_socket->setReadBufferSize(ReadBufferSize);

    m_keepaliveTimer.callOnTimeout(this, [this] { writeBytes(" "_ba); });
    m_handshakeTimer.setSingleShot(true);
    m_handshakeTimer.callOnTimeout(this, [this] {
        connectionLost(Error::Timeout,
                       tr("The server did not answer the handshake within %n second(s).", nullptr,
                          int(duration_cast<seconds>(m_config.handshakeTimeout).count())));
    });
    m_reconnectTimer.setSingleShot(true);
    m_reconnectTimer.callOnTimeout(this, &ComponentConnection::connectToServer);
}

ComponentConnection::~ComponentConnection()
{
    m_wantConnection = false;
    if (m_state == State::Connected)
        writeBytes("</stream:stream>"_ba);
    m_socket->disconnect(this);
    m_socket->abort();
}

void ComponentConnection::setConfig(const ComponentConfig &config)
{
    m_config = config;
    m_parser.setLimits(config.limits);
}

bool ComponentConnection::tracing() const
{
    // Turning traffic into text costs a copy of every read and write: only when it is logged.
    // (QXmppLoggable connects every child to its parent, so a connected signal proves nothing.)
    return lcTraffic().isDebugEnabled();
}

bool ComponentConnection::isFatal(Error error)
{
    return error == Error::WrongSecret || error == Error::Conflict || error == Error::HostUnknown;
}

QString ComponentConnection::stateName(State state)
{
    switch (state) {
    case State::Disconnected: return tr("Disconnected");
    case State::Connecting: return tr("Connecting");
    case State::Authenticating: return tr("Authenticating");
    case State::Connected: return tr("Connected");
    case State::WaitingToReconnect: return tr("Waiting to reconnect");
    case State::Failed: return tr("Failed");
    }
    return {};
}

void ComponentConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ComponentConnection::connectToServer()
{
    if (m_state == State::Connecting || m_state == State::Authenticating || m_state == State::Connected)
        return;
    if (!m_wantConnection) {
        m_wantConnection = true;
        m_nextDelay = m_config.reconnectMinDelay;
    }
    m_reconnectTimer.stop();
    // Before clearing m_errorReported: aborting a socket that was still closing reports its end
    // again, and that end has been reported.
    m_socket->abort();
    m_errorReported = false;
    m_inputPaused = false;
    m_pauseLogged = false;
    m_parser.reset();
    setState(State::Connecting);
    qCInfo(lcComponent).noquote() << "connecting to" << m_config.host << "port" << m_config.port
                                  << "as" << m_config.domain;
    m_socket->connectToHost(m_config.host, m_config.port);
}

void ComponentConnection::disconnectFromServer()
{
    m_wantConnection = false;
    m_reconnectTimer.stop();
    m_handshakeTimer.stop();
    m_keepaliveTimer.stop();
    m_errorReported = true;
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        writeBytes("</stream:stream>"_ba);
        m_socket->disconnectFromHost();
    } else {
        m_socket->abort();
    }
    setState(State::Disconnected);
}

void ComponentConnection::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::KeepAliveOption, 1);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // XEP-0114 §3: the component opens the stream with its own domain as 'to'.
    writeBytes(u"<?xml version='1.0'?><stream:stream xmlns='%1' xmlns:stream='%2' to='%3'>"_s
                   .arg(ns::componentAccept, ns::stream, attributeEscaped(m_config.domain))
                   .toUtf8());
    m_handshakeTimer.start(m_config.handshakeTimeout);
}

qint64 ComponentConnection::pendingOutputBytes() const
{
    return m_socket->bytesToWrite();
}

void ComponentConnection::onReadyRead()
{
    if (m_errorReported) {
        m_socket->readAll(); // this connection is over; nothing more of it is parsed
        return;
    }
    while (!m_inputPaused && !m_errorReported && m_socket->bytesAvailable() > 0) {
        const QByteArray bytes = m_socket->read(ReadChunkSize);
        if (tracing())
            logReceived(QString::fromUtf8(bytes));
        if (!m_parser.feed(bytes))
            failStream(m_parser.errorCondition(), m_parser.errorText());
    }
    // Everything this read caused leaves in one go, not one block per event-loop turn.
    m_socket->flush();
}

void ComponentConnection::checkOutput()
{
    const auto limit = m_config.maxOutputBytes;
    if (limit <= 0 || m_inputPaused || m_socket->bytesToWrite() <= limit)
        return;
    m_socket->flush(); // what the kernel takes at once is not waiting
    const auto waiting = m_socket->bytesToWrite();
    if (waiting <= limit)
        return;
    m_inputPaused = true;
    m_parser.pause();
    const auto message = u"the server is slow to take our output (%1 KiB waiting): reading paused until it has taken half"_s
                             .arg(waiting / 1024);
    if (m_pauseLogged) {
        qCDebug(lcComponent).noquote() << message;
    } else {
        m_pauseLogged = true;
        qCInfo(lcComponent).noquote() << message;
    }
}

void ComponentConnection::onBytesWritten()
{
    if (!m_inputPaused || m_resumeQueued || m_socket->bytesToWrite() > m_config.maxOutputBytes / 2)
        return;
    // Not from within the socket's signal: resuming handles stanzas, which write again.
    m_resumeQueued = true;
    QMetaObject::invokeMethod(this, [this] {
        m_resumeQueued = false;
        if (!m_inputPaused || m_errorReported || m_socket->bytesToWrite() > m_config.maxOutputBytes / 2)
            return;
        qCDebug(lcComponent) << "reading resumed";
        m_inputPaused = false;
        if (!m_parser.resume()) {
            failStream(m_parser.errorCondition(), m_parser.errorText());
            return;
        }
        onReadyRead(); // what arrived meanwhile waits in the socket
    }, Qt::QueuedConnection);
}

void ComponentConnection::onStreamOpened(const QXmlStreamAttributes &attributes)
{
    const auto id = attributes.value(u"id"_s).toString();
    // A server that refuses us (host-unknown) opens its stream without an id and says why in the
    // stream error that follows; the handshake timeout covers one that then stays silent.
    if (id.isEmpty())
        return;
    // XEP-0114 §3: hex SHA-1 of the stream id followed by the secret.
    const auto digest = QCryptographicHash::hash((id + m_config.secret).toUtf8(), QCryptographicHash::Sha1).toHex();
    m_socket->write("<handshake>" + digest + "</handshake>");
    logSent(u"<handshake>(digest hidden)</handshake>"_s);
    setState(State::Authenticating);
}

void ComponentConnection::onStanza(const QDomElement &stanza)
{
    if (m_errorReported)
        return; // this connection is over; what else the same read held is not for us

    if (stanza.namespaceURI() == ns::stream && stanza.localName() == u"error") {
        handleStreamError(stanza);
        return;
    }
    if (stanza.localName() == u"handshake" && m_state == State::Authenticating) {
        m_handshakeTimer.stop();
        m_nextDelay = m_config.reconnectMinDelay;
        m_error = Error::NoError;
        m_errorText.clear();
        if (m_config.keepaliveInterval.count() > 0)
            m_keepaliveTimer.start(m_config.keepaliveInterval);
        qCInfo(lcComponent).noquote() << "connected as" << m_config.domain;
        setState(State::Connected);
        return;
    }
    if (m_state != State::Connected) {
        failStream(u"not-authorized"_s, u"stanza before the handshake completed"_s);
        return;
    }
    Q_EMIT stanzaReceived(stanza);
    checkOutput();
}

void ComponentConnection::handleStreamError(const QDomElement &element)
{
    QString condition;
    QString text;
    for (auto child = element.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (child.namespaceURI() != ns::streamErrors)
            continue;
        if (child.localName() == u"text")
            text = child.text();
        else if (condition.isEmpty())
            condition = child.localName();
    }
    const auto &domain = m_config.domain;
    Error error = Error::StreamError;
    QString message;
    if (condition == u"not-authorized") {
        error = Error::WrongSecret;
        message = tr("The server refused the component %1: the secret is wrong, or the server has no "
                     "component of that name (ejabberd says the same for both).").arg(domain);
    } else if (condition == u"conflict") {
        error = Error::Conflict;
        message = tr("Another component is already connected as %1.").arg(domain);
    } else if (condition == u"host-unknown" || condition == u"improper-addressing") {
        error = Error::HostUnknown;
        message = tr("The server does not know the component domain %1; declare it as a component "
                     "in the server's configuration.").arg(domain);
    } else {
        message = tr("The server ended the stream with the error '%1'.").arg(condition);
    }
    if (!text.isEmpty())
        message += u' ' + tr("Server says: %1").arg(text);
    connectionLost(error, message);
}

void ComponentConnection::failStream(const QString &condition, const QString &text)
{
    qCWarning(lcComponent).noquote() << "closing the stream:" << condition << "-" << text;
    // RFC 6120 §4.9: the error, then the stream's end. The text may quote what the server sent.
    writeBytes(u"<stream:error><%1 xmlns='%2'/><text xmlns='%2'>"_s.arg(condition, ns::streamErrors).toUtf8()
               + xml::escaped(text) + "</text></stream:error></stream:stream>");
    connectionLost(Error::BadInput, tr("The server sent data that is not valid XMPP (%1: %2).").arg(condition, text));
}

void ComponentConnection::onSocketError(QAbstractSocket::SocketError socketError)
{
    const auto where = u"%1:%2"_s.arg(m_config.host).arg(m_config.port);
    switch (socketError) {
    case QAbstractSocket::RemoteHostClosedError:
        onDisconnected();
        break;
    case QAbstractSocket::ConnectionRefusedError:
        connectionLost(Error::ConnectionRefused,
                       tr("Connection refused by %1: is the server running with its component port open?").arg(where));
        break;
    case QAbstractSocket::HostNotFoundError:
        connectionLost(Error::HostNotFound, tr("The server host %1 was not found.").arg(m_config.host));
        break;
    default:
        connectionLost(Error::NetworkError, tr("Network error with %1: %2").arg(where, m_socket->errorString()));
        break;
    }
}

void ComponentConnection::onDisconnected()
{
    connectionLost(Error::ConnectionClosed, tr("The server closed the connection."));
}

void ComponentConnection::connectionLost(Error error, const QString &text)
{
    // One report per connection attempt: the stream error, the TCP close and the socket error that
    // follow one another all describe the same end.
    if (m_errorReported)
        return;
    m_errorReported = true;
    m_handshakeTimer.stop();
    m_keepaliveTimer.stop();
    m_error = error;
    m_errorText = text;
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->disconnectFromHost(); // flushes a stream error we may have written
    else
        m_socket->abort();

    if (isFatal(error)) {
        qCCritical(lcComponent).noquote() << text;
        m_wantConnection = false;
        Q_EMIT errorOccurred(error, text);
        setState(State::Failed);
    } else if (m_wantConnection) {
        qCWarning(lcComponent).noquote() << text;
        Q_EMIT errorOccurred(error, text);
        scheduleReconnect();
    } else {
        Q_EMIT errorOccurred(error, text);
        setState(State::Disconnected);
    }
}

void ComponentConnection::scheduleReconnect()
{
    // Exponential backoff with ±25 % jitter, so that many components don't return in lockstep.
    const double jitter = 0.75 + 0.5 * QRandomGenerator::global()->generateDouble();
    const auto delay = milliseconds(qint64(double(m_nextDelay.count()) * jitter));
    m_nextDelay = std::min(m_nextDelay * 2, m_config.reconnectMaxDelay);
    qCInfo(lcComponent).noquote() << "reconnecting in" << QString::number(double(delay.count()) / 1000.0, 'f', 1) << "s";
    m_reconnectTimer.start(delay);
    setState(State::WaitingToReconnect);
}

bool ComponentConnection::send(const QXmppNonza &stanza)
{
    return sendRaw(serialize(stanza));
}

bool ComponentConnection::sendRaw(const QByteArray &xml)
{
    if (m_state != State::Connected)
        return false;
    if (tracing())
        logSent(QString::fromUtf8(xml));
    writeBytes(xml);
    return true;
}

void ComponentConnection::writeBytes(const QByteArray &bytes)
{
    if (m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

} // namespace qmuc
