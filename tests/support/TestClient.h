#pragma once

#include <QXmppClient.h>
#include <QXmppIq.h>

#include <QDomElement>

namespace qmuc::test {

class ProsodyServer;

// A real XMPP user: QXmppClient logged into the test Prosody over c2s.
class TestClient
{
public:
    explicit TestClient(const QString &user);
    // Logs in as user@host; false if that did not work within the timeout.
    bool connectTo(const ProsodyServer &prosody, int timeoutMs = 10000);
    // The answer to an IQ: the result element, or the stanza error; neither if none came in time.
    struct Reply {
        QDomElement result;
        std::optional<QXmppStanza::Error> error;
        bool isResult() const { return !result.isNull(); }
        bool isError(QXmppStanza::Error::Condition condition) const
        {
            return error && error->condition() == condition;
        }
    };
    // Sends an IQ and waits for its answer.
    Reply request(QXmppIq &&iq, int timeoutMs = 10000);
    QString jid() { return m_client.configuration().jid(); }
    QXmppClient &client() { return m_client; }

private:
    QString m_user;
    QXmppClient m_client;
};

} // namespace qmuc::test
