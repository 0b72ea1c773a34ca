#include "TestClient.h"

#include "XmppServer.h"

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

bool TestClient::connectTo(const XmppServer &server, int timeoutMs)
{
    QXmppConfiguration config;
    config.setJid(m_user + u'@' + server.host());
    config.setPassword(u"any password will do"_s);
    config.setHost(u"127.0.0.1"_s);
    config.setPort(server.c2sPort());
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
    m_client.sendIq(std::move(iq)).then(&m_client, [this, answer](QXmppClient::IqResult &&result) {
        Reply reply;
        reply.receivedBefore = m_recorder->stanzas.size();
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

TestClient::Reply TestClient::discover(QXmppDiscoveryIq::QueryType type, const QString &to, const QString &node, int timeoutMs)
{
    QXmppDiscoveryIq query;
    query.setQueryType(type);
    query.setTo(to);
    query.setQueryNode(node);
    return request(std::move(query), timeoutMs);
}

QString TestClient::Reply::outcome() const
{
    if (isResult())
        return u"result"_s;
    if (!error)
        return u"no answer"_s;
    // In the order of QXmppStanza::Error's enums.
    static const QStringList types{u"cancel"_s, u"continue"_s, u"modify"_s, u"auth"_s, u"wait"_s};
    static const QStringList conditions{
        u"bad-request"_s, u"conflict"_s, u"feature-not-implemented"_s, u"forbidden"_s, u"gone"_s,
        u"internal-server-error"_s, u"item-not-found"_s, u"jid-malformed"_s, u"not-acceptable"_s,
        u"not-allowed"_s, u"not-authorized"_s, u"payment-required"_s, u"recipient-unavailable"_s, u"redirect"_s,
        u"registration-required"_s, u"remote-server-not-found"_s, u"remote-server-timeout"_s,
        u"resource-constraint"_s, u"service-unavailable"_s, u"subscription-required"_s,
        u"undefined-condition"_s, u"unexpected-request"_s, u"policy-violation"_s};
    const auto name = [](const QStringList &names, int index) {
        return index >= 0 && index < names.size() ? names.at(index) : u"(none)"_s;
    };
    return u"error %1/%2"_s.arg(name(types, error->type()), name(conditions, error->condition()));
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
