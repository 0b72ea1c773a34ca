// What the server does around the component, checked against Prosody and ejabberd alike: how it
// lists the service, and what it sends back when qmuc addresses users who are gone. qmuc runs with
// its traffic logged, so that the tests can see what reached it.
#include "RoomScenario.h"

#include <QXmppDiscoveryIq.h>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace qmuc::test;

class RoutingTest : public RoomScenario
{
    Q_OBJECT
public:
    RoutingTest()
        : RoomScenario({u"--log-level"_s, u"debug"_s})
    {
    }

private Q_SLOTS:
    void serverListsTheServiceInItsDiscoItems();
    void occupantsLostInAServerCrashAreRemoved();

private:
    // The stanzas qmuc received since `from` (an offset into its output), one a line.
    QStringList received(qsizetype from) const;
};

QStringList RoutingTest::received(qsizetype from) const
{
    QStringList lines;
    for (const auto &line : m_qmuc->output().mid(from).split(u'\n')) {
        if (line.contains(u"RECV "_s))
            lines << line.mid(line.indexOf(u"RECV "_s) + 5);
    }
    return lines;
}

// XEP-0030 §4: users find the service in their server's disco#items.
void RoutingTest::serverListsTheServiceInItsDiscoItems()
{
    const auto reply = m_alice->discover(QXmppDiscoveryIq::ItemsQuery, m_server->host());
    QVERIFY2(reply.isResult(), qPrintable(reply.outcome()));
    QStringList jids;
    for (const auto &item : reply.as<QXmppDiscoveryIq>().items())
        jids << item.jid();
    qInfo("%s lists: %s", qPrintable(m_server->name()), qPrintable(jids.join(u", "_s)));
    QVERIFY2(jids.contains(m_server->domain()), qPrintable(jids.join(u", "_s)));
}

// XEP-0045 §7.2.3: a joiner is told who is in the room, so the room must not keep occupants
// whose sessions ended. A server that crashes ends every session and tells no one: qmuc reconnects
// to a server on which alice, bob and carol are gone while their room still lists them. (A server
// that stops cleanly tells the component who left: Prosody always did in these tests; ejabberd
// closes its users' sessions and the component's at once, so the room hears of some, all or none.)
// Both drop presence to their old full JIDs without an error, and answer an IQ to them with an
// error (RFC 6121 §8.5.3.2.1: service-unavailable), so qmuc pings every session (XEP-0199) once it
// has reconnected and removes those that fail with status 333.
void RoutingTest::occupantsLostInAServerCrashAreRemoved()
{
    QVERIFY(allThreeIn());
    const auto connectedBefore = m_qmuc->output().count(u"state: Connected"_s);
    // Each occupant that goes is one line of qmuc's log: "… was disconnected" or "… left".
    const auto gone = [this] { return m_qmuc->output().count(u" was disconnected"_s) + m_qmuc->output().count(u" left"_s); };
    const auto goneBefore = gone();
    m_server->crash();
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    QVERIFY2(QTest::qWaitFor([&] { return m_qmuc->output().count(u"state: Connected"_s) > connectedBefore; }, 30000),
             qPrintable(m_qmuc->output()));
    // Whichever of the three the server had not reported gone before the crash go now.
    QVERIFY2(QTest::qWaitFor([&] { return gone() - goneBefore >= 3; }, Timeout),
             qPrintable(m_qmuc->output()));

    TestClient bob(u"bob"_s, u"after"_s);
    QVERIFY(bob.connectTo(*m_server));
    const auto logBefore = m_qmuc->output().size();
    QVERIFY(statusCodes(enter(bob, u"bob-again"_s)).contains(110));
    QStringList others;
    for (const auto &line : conversation(bob)) {
        if (line.startsWith(u"presence "_s) && !line.startsWith(u"presence room/bob-again "_s))
            others << line;
    }
    QVERIFY2(others.isEmpty(), qPrintable(others.join(u'\n') + u"\nqmuc received:\n"_s
                                          + received(logBefore).join(u'\n')));
    QCOMPARE(occupantCount(bob), 1);
    QVERIFY(bob.disconnect());
}

QTEST_GUILESS_MAIN(RoutingTest)
#include "tst_routing.moc"
