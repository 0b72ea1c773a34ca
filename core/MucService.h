#pragma once

#include "Settings.h"
#include "component/ComponentConnection.h"

#include <QXmppLogger.h>

#include <functional>

class QXmppIq;
class QXmppNonza;

namespace qmuc {

// The component's face: owns the connection, answers what is addressed to the service itself,
// hands room traffic to rooms, and reports every change as a signal. The CLI and the GUI hold
// this object; its slots are the admin actions.
class MucService : public QXmppLoggable
{
    Q_OBJECT
public:
    explicit MucService(QObject *parent = nullptr);

    // Takes the settings and the secret (kept only in the connection's configuration).
    void configure(const Settings &settings, const QString &secret);
    const Settings &settings() const { return m_settings; }
    QString domain() const { return m_settings.domain; }

    ComponentConnection::State connectionState() const { return m_connection->state(); }
    QString connectionErrorText() const { return m_connection->errorText(); }
    ComponentConnection *connection() const { return m_connection; }

    // Where outgoing stanzas go: the connection unless a test replaces it.
    using Sink = std::function<bool(const QByteArray &)>;
    void setSink(Sink sink) { m_sink = std::move(sink); }

public Q_SLOTS:
    void start();
    void stop();
    // One stanza from the server; every one that asks for an answer gets exactly one.
    void handleStanza(const QDomElement &stanza);

Q_SIGNALS:
    // The connection's state, with the reason when it went down (empty otherwise).
    void connectionStateChanged(qmuc::ComponentConnection::State state, const QString &errorText);

private:
    void handleIq(const QDomElement &element);
    void handleMessage(const QDomElement &element);
    void handlePresence(const QDomElement &element);
    // Returns the one answer, serialised (a QXmppIq value would slice off the payload).
    QByteArray answerServiceIq(const QDomElement &element);
    static QByteArray serialize(const QXmppNonza &stanza);
    void send(const QByteArray &xml);

    Settings m_settings;
    ComponentConnection *m_connection;
    Sink m_sink;
};

} // namespace qmuc
