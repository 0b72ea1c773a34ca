// A real-time block list end to end (BlockList.h, features/BlockedUsers.cpp): through a real
// server's publish-subscribe service and the real qmuc binary. A moderator of the list publishes
// the SHA-256 of bob's bare JID to the node mod_muc_rtbl follows; qmuc hears of it and refuses
// bob's join as mod_muc_rtbl does; once the item is retracted, bob gets in.
#include "RoomScenario.h"

#include <QCryptographicHash>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace qmuc::test;

namespace {

const QString Node = u"muc_bans_sha256"_s;

// The [blocklist] qmuc runs with: the server's own pubsub component (tests/prosody).
QStringList blocklistConfig()
{
    return qmucConfig("blocklist.ini", "[blocklist]\nservice=pubsub.localhost\n");
}

QString pubsubSet(const QString &payload)
{
    return u"<iq type='set' to='pubsub.localhost'><pubsub xmlns='http://jabber.org/protocol/pubsub'>%1</pubsub></iq>"_s.arg(payload);
}

} // namespace

class BlockListE2eTest : public RoomScenario
{
    Q_OBJECT
public:
    BlockListE2eTest()
        : RoomScenario(blocklistConfig())
    {
    }

private Q_SLOTS:
    void listedUserIsRefusedUntilRetracted();
};

void BlockListE2eTest::listedUserIsRefusedUntilRetracted()
{
    if (m_server->kind() == XmppServer::Kind::Ejabberd)
        QSKIP("the ejabberd fixture has no pubsub service an admin can publish to without more setup; Prosody's covers it");

    TestClient listAdmin(u"rtbladmin"_s);
    QVERIFY(listAdmin.connectTo(*m_server));
    // XEP-0060 §8.1.2: the node (already there if another run made it).
    const auto created = listAdmin.request(pubsubSet(u"<create node='%1'/>"_s.arg(Node)));
    QVERIFY2(created.isResult() || created.isError(QXmppStanza::Error::Conflict), qPrintable(created.outcome()));

    // qmuc subscribed when it connected, before there was a node: it subscribes again and fetches
    // the list when it connects again, as after a reconnect.
    m_qmuc->terminate();
    QCOMPARE(m_qmuc->waitForExit(), 0);
    m_qmuc = std::make_unique<QmucProcess>();
    m_qmuc->start(*m_server, blocklistConfig());
    QVERIFY2(m_qmuc->waitForOutput(u"holds 0 entries"_s), qPrintable(m_qmuc->output()));
    QVERIFY(createRoom());

    // mod_muc_rtbl's item ids: the SHA-256 of the bare JID, in hex.
    const auto bobHash = QString::fromLatin1(QCryptographicHash::hash("bob@localhost", QCryptographicHash::Sha256).toHex());
    const auto published = listAdmin.request(pubsubSet(
        u"<publish node='%1'><item id='%2'><report xmlns='urn:xmpp:reporting:1' reason='urn:xmpp:reporting:spam'/></item></publish>"_s
            .arg(Node, bobHash)));
    QVERIFY2(published.isResult(), qPrintable(published.outcome()));

    // The notification reaches qmuc before bob's join does (one stream from the server), but
    // nothing in XEP-0060 promises it: wait for the refusal.
    QDomElement refused;
    QTRY_VERIFY_WITH_TIMEOUT((refused = enter(*m_bob, u"bob"_s)).attribute(u"type"_s) == u"error", Timeout);
    QCOMPARE(errorCondition(refused), u"forbidden"_s);
    QCOMPARE(refused.firstChildElement(u"error"_s).attribute(u"type"_s), u"cancel"_s);
    QVERIFY(!refused.firstChildElement(u"error"_s).firstChildElement(u"text"_s).text().isEmpty());
    QVERIFY(m_qmuc->waitForOutput(u"bob@localhost is on the block list"_s));

    // §7.2.2.1: retracted, with a notification.
    const auto retracted = listAdmin.request(pubsubSet(u"<retract node='%1' notify='true'><item id='%2'/></retract>"_s.arg(Node, bobHash)));
    QVERIFY2(retracted.isResult(), qPrintable(retracted.outcome()));
    QDomElement self;
    QTRY_VERIFY_WITH_TIMEOUT(statusCodes(self = enter(*m_bob, u"bob"_s)).contains(110), Timeout);
    QVERIFY(self.attribute(u"type"_s).isEmpty());
}

QTEST_GUILESS_MAIN(BlockListE2eTest)
#include "tst_blocklist_e2e.moc"
