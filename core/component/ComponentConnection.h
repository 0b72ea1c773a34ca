#pragma once

#include "XmlStreamParser.h"

#include <QXmppLogger.h>

#include <QAbstractSocket>
#include <QDomElement>
#include <QTimer>

#include <chrono>

class QTcpSocket;
class QXmppNonza;

namespace qmuc {

// Where and how the component connects (XEP-0114).
struct ComponentConfig {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5347;
    QString domain;                    // the component's JID, e.g. conference.example.org
    QString secret;                    // shared with the server; never logged
    std::chrono::milliseconds keepaliveInterval{std::chrono::seconds(60)};
    std::chrono::milliseconds handshakeTimeout{std::chrono::seconds(30)};
    std::chrono::milliseconds reconnectMinDelay{500};
    std::chrono::milliseconds reconnectMaxDelay{std::chrono::seconds(60)};
    StreamLimits limits;
    // Output the server has not taken yet above which qmuc stops reading its input, until half
    // of it is gone: a server that reads slowly slows its own stream down instead of making qmuc
    // buffer without bound. 0: no bound.
    qint64 maxOutputBytes = 1024 * 1024;
};

// The transport: one XEP-0114 stream to the server. Connects, authenticates with the handshake,
// turns incoming bytes into stanzas, writes outgoing ones, keeps the connection alive and comes
// back after the server goes away. It knows nothing about rooms.
class ComponentConnection : public QXmppLoggable
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,       // not connected and not trying
        Connecting,         // TCP connect and stream open under way
        Authenticating,     // handshake sent, waiting for the server's answer
        Connected,          // stanzas flow
        WaitingToReconnect, // lost the server; the next attempt is scheduled
        Failed,             // the server refused us for a reason that retrying won't fix
    };
    Q_ENUM(State)

    enum class Error {
        NoError,
        ConnectionRefused,
        HostNotFound,
        NetworkError,
        ConnectionClosed,   // the server closed the TCP connection or the stream
        Timeout,            // no handshake answer in time
        WrongSecret,        // stream error not-authorized
        Conflict,           // stream error conflict: the domain is already connected
        HostUnknown,        // stream error host-unknown: the server does not serve our domain
        StreamError,        // any other stream error from the server
        BadInput,           // the server sent something we refuse to parse
    };
    Q_ENUM(Error)

    explicit ComponentConnection(QObject *parent = nullptr);
    ~ComponentConnection() override;

    void setConfig(const ComponentConfig &config);
    const ComponentConfig &config() const { return m_config; }

    State state() const { return m_state; }
    Error error() const { return m_error; }
    // The last error in words an operator understands (translatable).
    QString errorText() const { return m_errorText; }
    // Whether an error means "fix the configuration": no automatic reconnect follows it.
    static bool isFatal(Error error);
    static QString stateName(State state);

    // Bytes written but not yet taken by the server.
    qint64 pendingOutputBytes() const;
    // Whether input waits for the server to take our output (see ComponentConfig::maxOutputBytes).
    bool isInputPaused() const { return m_inputPaused; }

    // Sends one stanza; false (and nothing sent) unless connected.
    bool send(const QXmppNonza &stanza);
    bool sendRaw(const QByteArray &xml);

public Q_SLOTS:
    void connectToServer();
    void disconnectFromServer();

Q_SIGNALS:
    void stateChanged(qmuc::ComponentConnection::State state);
    void errorOccurred(qmuc::ComponentConnection::Error error, const QString &text);
    void stanzaReceived(const QDomElement &stanza);

private:
    void setState(State state);
    bool tracing() const;
    void onConnected();
    void onReadyRead();
    void onBytesWritten();
    // After a stanza was handled: stops reading while too much output waits.
    void checkOutput();
    void onSocketError(QAbstractSocket::SocketError socketError);
    void onDisconnected();
    void onStreamOpened(const QXmlStreamAttributes &attributes);
    void onStanza(const QDomElement &stanza);
    void handleStreamError(const QDomElement &error);
    void failStream(const QString &condition, const QString &text);
    void connectionLost(Error error, const QString &text);
    void scheduleReconnect();
    void writeBytes(const QByteArray &bytes);

    ComponentConfig m_config;
    QTcpSocket *m_socket = nullptr;
    XmlStreamParser m_parser;
    QTimer m_keepaliveTimer;
    QTimer m_handshakeTimer;
    QTimer m_reconnectTimer;
    State m_state = State::Disconnected;
    Error m_error = Error::NoError;
    QString m_errorText;
    std::chrono::milliseconds m_nextDelay{0};
    bool m_wantConnection = false;
    bool m_errorReported = false; // a stream error already said why this connection ends
    bool m_inputPaused = false;
    bool m_resumeQueued = false;
    bool m_pauseLogged = false;   // once per connection at info; later pauses at debug
};

} // namespace qmuc
