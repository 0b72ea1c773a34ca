#include "TestClient.h"

#include "ProsodyServer.h"

#include <QXmppClientExtension.h>
#include <QXmppConfiguration.h>
#include <QXmppElement.h>
#include <QXmppError.h>
#include <QXmppNonza.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

#include <QDomDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace qmuc::test {

// Sees every stanza first (it is the first extension) and keeps a copy of each message and
// presence, never taking one away from QXmpp.
class StanzaRecorder : public QXmppClientExtension
{
public:
    // QXmpp offers each stanza to both overloads: one of them records.
    bool handleStanza(const QDomElement &) override { return false; }
    bool handleStanza(const QDomElement &stanza, const std::optional<QXmppE2eeMetadata> &) override
    {
        const auto kind = stanza.tagName();
        if (kind == u"message" || kind == u"presence") {
            QDomDocument copy;
            copy.appendChild(copy.importNode(stanza, true));
            stanzas << copy.documentElement();
        }
        return false;
    }

    QList<QDomElement> stanzas;
};

namespace {

// A stanza given as XML, written to the stream as it is.
class RawStanza : public QXmppNonza
{
public:
    explicit RawStanza(const QDomElement &element)
        : m_element(element)
    {
    }
    bool isXmppStanza() const override { return true; }
    void parse(const QDomElement &) override { }
    void toXml(QXmlStreamWriter *writer) const override { m_element.toXml(writer); }

private:
    QXmppElement m_element;
};

// One stanza written as XML in the client namespace; null (with a warning) if not well-formed.
QDomElement parseStanza(const QString &xml)
{
    // Parsed inside a client stream, so that the stanza needs no xmlns of its own.
    QDomDocument document;
    const auto parsed = document.setContent(u"<stream xmlns='jabber:client'>"_s + xml + u"</stream>"_s,
                                            QDomDocument::ParseOption::UseNamespaceProcessing);
    if (!parsed) {
        qWarning("not well-formed (%s): %s", qPrintable(parsed.errorMessage), qPrintable(xml));
        return {};
    }
    return document.documentElement().firstChildElement();
}

} // namespace

TestClient::TestClient(const QString &user, const QString &resource)
    : m_user(user)
    , m_resource(resource)
    , m_recorder(new StanzaRecorder)
{
    m_client.insertExtension(0, m_recorder);
}

TestClient::~TestClient() = default;

bool TestClient::connectTo(const ProsodyServer &prosody, int timeoutMs)
{
    QXmppConfiguration config;
    config.setJid(m_user + u'@' + prosody.host());
    config.setPassword(u"any password will do"_s);
    config.setHost(u"127.0.0.1"_s);
    config.setPort(prosody.c2sPort());
    config.setResource(m_resource);
    config.setStreamSecurityMode(QXmppConfiguration::TLSDisabled);
    config.setAutoReconnectionEnabled(false);
    // QXmpp turns PLAIN off by default; the test server offers only PLAIN, on loopback.
    config.setDisabledSaslMechanisms({});
    m_client.connectToServer(config);
    return QTest::qWaitFor([&] { return m_client.isConnected(); }, timeoutMs);
}

bool TestClient::disconnect(int timeoutMs)
{
    m_client.disconnectFromServer();
    return QTest::qWaitFor([&] { return m_client.state() == QXmppClient::DisconnectedState; }, timeoutMs);
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

TestClient::Reply TestClient::discover(QXmppDiscoveryIq::QueryType type, const QString &to, int timeoutMs)
{
    QXmppDiscoveryIq query;
    query.setQueryType(type);
    query.setTo(to);
    return request(std::move(query), timeoutMs);
}

TestClient::Reply TestClient::request(const QString &xml, int timeoutMs)
{
    const auto element = parseStanza(xml);
    if (element.isNull())
        return {};
    QXmppIq iq;
    iq.parse(element); // the payload becomes the IQ's extensions, written back as they were
    if (iq.id().isEmpty())
        iq.setId(QXmppUtils::generateStanzaUuid());
    return request(std::move(iq), timeoutMs);
}

bool TestClient::sendRaw(const QString &xml)
{
    const auto element = parseStanza(xml);
    return !element.isNull() && m_client.sendPacket(RawStanza(element));
}

const QList<QDomElement> &TestClient::received() const
{
    return m_recorder->stanzas;
}

void TestClient::clearReceived()
{
    m_recorder->stanzas.clear();
}

QDomElement TestClient::waitFor(const std::function<bool(const QDomElement &)> &match, int timeoutMs)
{
    QDomElement found;
    const bool matched = QTest::qWaitFor([&] {
        for (const auto &stanza : std::as_const(m_recorder->stanzas)) {
            if (match(stanza)) {
                found = stanza;
                return true;
            }
        }
        return false;
    }, timeoutMs);
    return matched ? found : QDomElement();
}

} // namespace qmuc::test
