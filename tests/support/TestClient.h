#pragma once

#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppIq.h>

#include <QDomElement>

#include <functional>

namespace qmuc::test {

class XmppServer;
class StanzaRecorder;

// A real XMPP user: QXmppClient logged into the test server over c2s.
class TestClient
{
public:
    explicit TestClient(const QString &user, const QString &resource = QStringLiteral("test"));
    ~TestClient();
    // Logs in as user@host/resource; false if that did not work within the timeout.
    bool connectTo(const XmppServer &server, int timeoutMs = 10000);
    // Logs out as a client does when it quits (QXmppClient::disconnectFromServer) and waits.
    bool disconnect(int timeoutMs = 10000);
    // The answer to an IQ: the result element, or the stanza error; neither if none came in time.
    struct Reply {
        QDomElement result;
        std::optional<QXmppStanza::Error> error;
        // How many messages and presences had come (see received()) when the answer came.
        qsizetype receivedBefore = -1;
        bool isResult() const { return !result.isNull(); }
        bool isError(QXmppStanza::Error::Condition condition) const
        {
            return error && error->condition() == condition;
        }
        // "result", "error auth/forbidden", "error cancel/item-not-found", …, or "no answer".
        QString outcome() const;
        // The result parsed as a QXmpp IQ type.
        template<typename T>
        T as() const
        {
            T iq;
            iq.parse(result);
            return iq;
        }
    };
    // Sends an IQ and waits for its answer.
    Reply request(QXmppIq &&iq, int timeoutMs = 10000);
    // Asks `to` for its disco#info or disco#items (XEP-0030), of `node` if given.
    Reply discover(QXmppDiscoveryIq::QueryType type, const QString &to, const QString &node = {}, int timeoutMs = 10000);
    // The same for an IQ written as XML in the client namespace (an id is added if it has none).
    Reply request(const QString &xml, int timeoutMs = 10000);
    // Sends one stanza written as XML in the client namespace, exactly as given: for what QXmpp
    // does not model. False if it is not well-formed or could not be sent.
    bool sendRaw(const QString &xml);

    // Every message and presence received, in the order they came (IQ answers go to request()).
    const QList<QDomElement> &received() const;
    void clearReceived();
    // Waits until a received stanza matches (those already received count) and returns the first
    // that does; a null element if none came in time.
    QDomElement waitFor(const std::function<bool(const QDomElement &)> &match, int timeoutMs = 10000);

    QString jid() { return m_client.configuration().jid(); }
    QString bareJid() { return m_client.configuration().jidBare(); }
    QXmppClient &client() { return m_client; }

private:
    QString m_user;
    QString m_resource;
    QXmppClient m_client;
    StanzaRecorder *m_recorder; // owned by m_client
};

} // namespace qmuc::test
