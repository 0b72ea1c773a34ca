// The component against a real server (Prosody or ejabberd), with the real qmuc binary and real clients.
#include "XmppServer.h"
#include "QmucProcess.h"
#include "TestClient.h"

#include <QXmppDiscoveryIq.h>
#include <QXmppPingIq.h>
#include <QXmppVersionIq.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qmuc::test;

namespace {

QString testDir(const char *name)
{
    return qEnvironmentVariable("QMUC_TEST_DIR", QDir::tempPath() + u"/qmuc-test"_s) + u'/' + QLatin1StringView(name);
}

constexpr int Timeout = 15000;

} // namespace

class ComponentTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void componentAuthenticates();
    void clientGetsServiceDiscoInfo();
    void clientGetsEmptyServiceDiscoItems();
    void clientPingsService();
    void clientGetsServiceVersion();
    void unhandledRequestGetsServiceUnavailable();
    void wrongSecretExitsWithRefusedCode();
    void secondInstanceGetsConflictOnProsodyOnly();
    void undeclaredDomainGetsHostUnknown();
    void debugLogNeverShowsSecret();
    void reconnectsAfterServerRestart();
    void sigtermStopsCleanly();
    void badCommandLineExitsWithConfigCode();
    void cleanupTestCase();

private:
    std::unique_ptr<XmppServer> m_server;
    std::unique_ptr<QmucProcess> m_qmuc;
    std::unique_ptr<TestClient> m_alice;
};

void ComponentTest::initTestCase()
{
    m_server = makeServer(testDir("server"));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    m_qmuc = std::make_unique<QmucProcess>();
    m_qmuc->start(*m_server);
    m_alice = std::make_unique<TestClient>(u"alice"_s);
    QVERIFY(m_alice->connectTo(*m_server));
}

void ComponentTest::componentAuthenticates()
{
    QVERIFY2(m_qmuc->waitForOutput(u"state: Connected"_s), qPrintable(m_qmuc->output()));
}

void ComponentTest::clientGetsServiceDiscoInfo()
{
    const auto reply = m_alice->discover(QXmppDiscoveryIq::InfoQuery, m_server->domain());
    QVERIFY(reply.isResult());
    QCOMPARE(reply.result.attribute(u"from"_s), m_server->domain());

    const auto info = reply.as<QXmppDiscoveryIq>();
    QCOMPARE(info.identities().size(), 1);
    QCOMPARE(info.identities().first().category(), u"conference"_s);
    QCOMPARE(info.identities().first().type(), u"text"_s);
    QVERIFY(info.features().contains(u"http://jabber.org/protocol/muc"_s));
    QVERIFY(info.features().contains(u"http://jabber.org/protocol/disco#info"_s));
    QVERIFY(info.features().contains(u"urn:xmpp:ping"_s));
}

void ComponentTest::clientGetsEmptyServiceDiscoItems()
{
    const auto reply = m_alice->discover(QXmppDiscoveryIq::ItemsQuery, m_server->domain());
    QVERIFY(reply.isResult());
    const auto items = reply.as<QXmppDiscoveryIq>();
    QCOMPARE(items.queryType(), QXmppDiscoveryIq::ItemsQuery);
    QVERIFY(items.items().isEmpty());
}

void ComponentTest::clientPingsService()
{
    QXmppPingIq ping;
    ping.setTo(m_server->domain());
    const auto reply = m_alice->request(std::move(ping));
    QVERIFY(reply.isResult());
    QCOMPARE(reply.result.attribute(u"from"_s), m_server->domain());
}

void ComponentTest::clientGetsServiceVersion()
{
    QXmppVersionIq request;
    request.setType(QXmppIq::Get);
    request.setTo(m_server->domain());
    const auto reply = m_alice->request(std::move(request));
    QVERIFY(reply.isResult());
    QXmppVersionIq version;
    version.parse(reply.result);
    QCOMPARE(version.name(), u"qmuc"_s);
    QCOMPARE(version.version(), QStringLiteral(QMUC_VERSION));
}

void ComponentTest::unhandledRequestGetsServiceUnavailable()
{
    // A vCard request: something qmuc does not serve must be answered, not ignored.
    QXmppIq request(QXmppIq::Get);
    request.setTo(m_server->domain());
    QDomDocument document;
    auto query = document.createElementNS(u"vcard-temp"_s, u"vCard"_s);
    request.setExtensions({QXmppElement(query)});
    const auto reply = m_alice->request(std::move(request));
    QVERIFY(reply.isError(QXmppStanza::Error::ServiceUnavailable));
    QCOMPARE(reply.error->by(), m_server->domain());
}

void ComponentTest::wrongSecretExitsWithRefusedCode()
{
    QmucProcess impostor;
    impostor.start(*m_server, {}, u"not-the-secret"_s);
    QCOMPARE(impostor.waitForExit(), 3);
    QVERIFY2(impostor.output().contains(u"the secret is wrong"_s), qPrintable(impostor.output()));
    QVERIFY(!impostor.output().contains(u"not-the-secret"_s));
}

// Prosody refuses a second connection for a connected component domain with <conflict/>.
// ejabberd takes it and shares the domain's traffic between both connections (what its
// domain_balancing is for), so a second qmuc by mistake splits the rooms between two processes.
void ComponentTest::secondInstanceGetsConflictOnProsodyOnly()
{
    QmucProcess second;
    second.start(*m_server);
    if (m_server->kind() == XmppServer::Kind::Ejabberd) {
        QVERIFY2(second.waitForOutput(u"state: Connected"_s), qPrintable(second.output()));
        second.terminate();
        QCOMPARE(second.waitForExit(), 0);
        return;
    }
    QCOMPARE(second.waitForExit(), 3);
    QVERIFY2(second.output().contains(u"already connected as conference.localhost"_s), qPrintable(second.output()));
}

// Prosody answers an undeclared domain with <host-unknown/> as it opens the stream. ejabberd opens
// the stream, takes the handshake and answers <not-authorized/> without a text, exactly as it
// answers a wrong secret: qmuc cannot tell the two apart, so it names both causes.
void ComponentTest::undeclaredDomainGetsHostUnknown()
{
    QmucProcess stranger;
    stranger.start(*m_server, {u"--domain"_s, u"rooms.localhost"_s});
    QCOMPARE(stranger.waitForExit(), 3);
    const auto said = m_server->kind() == XmppServer::Kind::Ejabberd
        ? u"refused the component rooms.localhost: the secret is wrong, or the server has no component of that name"_s
        : u"does not know the component domain rooms.localhost"_s;
    QVERIFY2(stranger.output().contains(said), qPrintable(stranger.output()));
}

void ComponentTest::debugLogNeverShowsSecret()
{
    // The handshake goes over the wire with full traffic logging on. The first instance holds the
    // domain, so Prosody refuses this one; ejabberd takes it (see above), and it is stopped.
    QmucProcess verbose;
    verbose.start(*m_server, {u"--log-level"_s, u"debug"_s});
    QVERIFY2(QTest::qWaitFor([&] {
        return verbose.output().contains(u"state: Connected"_s) || verbose.output().contains(u"state: Failed"_s);
    }, Timeout), qPrintable(verbose.output()));
    if (verbose.output().contains(u"state: Connected"_s))
        verbose.terminate(); // not while it exits by itself: it may be past its signal handler
    QVERIFY(verbose.waitForExit() >= 0);
    QVERIFY2(verbose.output().contains(u"<handshake>"_s), qPrintable(verbose.output()));
    QVERIFY(!verbose.output().contains(m_server->secret()));
    QVERIFY(!verbose.process().arguments().join(u' ').contains(m_server->secret()));
}

void ComponentTest::reconnectsAfterServerRestart()
{
    const auto connectedBefore = m_qmuc->output().count(u"state: Connected"_s);
    m_server->stop();
    QVERIFY2(m_qmuc->waitForOutput(u"state: Waiting to reconnect"_s), qPrintable(m_qmuc->output()));
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QVERIFY2(QTest::qWaitFor([&] { return m_qmuc->output().count(u"state: Connected"_s) > connectedBefore; }, 20000),
             qPrintable(m_qmuc->output()));

    // And it serves again.
    TestClient bob(u"bob"_s);
    QVERIFY(bob.connectTo(*m_server));
    QXmppPingIq ping;
    ping.setTo(m_server->domain());
    QVERIFY(bob.request(std::move(ping)).isResult());
}

void ComponentTest::sigtermStopsCleanly()
{
    m_qmuc->terminate();
    QCOMPARE(m_qmuc->waitForExit(), 0);
}

void ComponentTest::badCommandLineExitsWithConfigCode()
{
    QmucProcess misconfigured;
    misconfigured.start(*m_server, {u"--port"_s, u"seventy"_s});
    QCOMPARE(misconfigured.waitForExit(), 2);
    QVERIFY2(misconfigured.output().contains(u"--port"_s), qPrintable(misconfigured.output()));
}

void ComponentTest::cleanupTestCase()
{
    m_alice.reset();
    m_qmuc.reset();
    m_server.reset();
}

QTEST_GUILESS_MAIN(ComponentTest)
#include "tst_component.moc"
