#include "TestClient.h"

#include "ProsodyServer.h"

#include <QXmppConfiguration.h>
#include <QXmppError.h>
#include <QXmppTask.h>

#include <QTest>

using namespace Qt::StringLiterals;

namespace qmuc::test {

TestClient::TestClient(const QString &user)
    : m_user(user)
{
}

bool TestClient::connectTo(const ProsodyServer &prosody, int timeoutMs)
{
    QXmppConfiguration config;
    config.setJid(m_user + u'@' + prosody.host());
    config.setPassword(u"any password will do"_s);
    config.setHost(u"127.0.0.1"_s);
    config.setPort(prosody.c2sPort());
    config.setResource(u"test"_s);
    config.setStreamSecurityMode(QXmppConfiguration::TLSDisabled);
    config.setAutoReconnectionEnabled(false);
    // QXmpp turns PLAIN off by default; the test server offers only PLAIN, on loopback.
    config.setDisabledSaslMechanisms({});
    m_client.connectToServer(config);
    return QTest::qWaitFor([&] { return m_client.isConnected(); }, timeoutMs);
}

TestClient::Reply TestClient::request(QXmppIq &&iq, int timeoutMs)
{
    // Shared: the answer may come after we stopped waiting.
    auto answer = std::make_shared<std::optional<Reply>>();
    m_client.sendIq(std::move(iq)).then(&m_client, [answer](QXmppClient::IqResult &&result) {
        Reply reply;
        if (auto *element = std::get_if<QDomElement>(&result))
            reply.result = *element;
        else
            reply.error = std::get<QXmppError>(result).value<QXmppStanza::Error>();
        *answer = reply;
    });
    if (!QTest::qWaitFor([&] { return answer->has_value(); }, timeoutMs))
        return {};
    return answer->value();
}

} // namespace qmuc::test
