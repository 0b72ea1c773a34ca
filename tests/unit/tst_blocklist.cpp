// The real-time block list (BlockList.h, features/BlockedUsers.cpp): a XEP-0060 node of hex
// SHA-256 hashes of bare JIDs and domains, followed from the service's domain; listed users are
// refused as Prosody's mod_muc_rtbl refuses them.
#include "ServiceHarness.h"

#include <QSignalSpy>

using namespace qmuc;
using namespace qmuc::test;

namespace {

const QString Pubsub = u"pubsub.shakespeare.lit"_s;
const QString Node = u"muc_bans_sha256"_s;
// sha256("hag66@shakespeare.lit"), sha256("shakespeare.lit"), computed elsewhere.
const QString HagHash = u"3aee2e986c6b9e26ed729dfef476910aaef90a31140cab7c7b7a918762c92339"_s;
const QString DomainHash = u"21844e763d4c4dcb06d94a229a2ef1ede3f4ee30fb03ca94dbfff587aa4111be"_s;

QString notification(const QString &payload)
{
    return u"<message from='%1' to='chat.shakespeare.lit' id='n1'><event xmlns='http://jabber.org/protocol/pubsub#event'>%2</event></message>"_s
        .arg(Pubsub, payload);
}

QString published(const QString &hash)
{
    return notification(u"<items node='%1'><item id='%2'/></items>"_s.arg(Node, hash));
}

QString retracted(const QString &hash)
{
    return notification(u"<items node='%1'><retract id='%2'/></items>"_s.arg(Node, hash));
}

} // namespace

class BlockListTest : public ServiceHarness
{
    Q_OBJECT
private Q_SLOTS:
    void hashesBareJidsAsModMucRtbl();
    void connectingSubscribesAndFetchesItems();
    void refusingListIsAskedAgainLater();
    void listedUserIsRefusedWithForbidden();
    void listedDomainIsRefused();
    void refusalsAreReportedOncePerBurst();
    void notificationsKeepTheListCurrent();
    void fetchAfterReconnectReplacesTheList();
    void affiliatedUserIsLetIn();
    void listedOccupantMayNotTalk();
    void invitationFromListedUserIsRefused();
    void listedUserMayNotCreateRooms();
    void listIsBounded();
    void withoutServiceNothingHappens();

private:
    // A service following the list at Pubsub; returns the requests it sent on connecting.
    QList<QDomElement> setUpList(int retrySeconds = 60)
    {
        setUpService();
        Settings settings = m_service->settings();
        settings.blocklistService = Pubsub;
        settings.blocklistRetrySeconds = retrySeconds;
        m_service->configure(settings, u"secret"_s);
        return connectService();
    }
    QList<QDomElement> connectService()
    {
        m_out.clear();
        Q_EMIT m_service->connection()->stateChanged(ComponentConnection::State::Connected);
        // What went to the list's service (on a reconnection, the rooms ping their occupants too).
        auto out = parseStanzas(QString::fromUtf8(m_out));
        out.removeIf([](const QDomElement &e) { return e.attribute(u"to"_s) != Pubsub; });
        return out;
    }
    // The service's answer to the last requests (§6.5.2, Example 78).
    void answerItems(const QList<QDomElement> &requests, const QStringList &hashes)
    {
        QString items;
        for (const auto &hash : hashes)
            items += u"<item id='%1'/>"_s.arg(hash);
        feed(u"<iq from='%1' to='chat.shakespeare.lit' type='result' id='%2'/>"_s.arg(Pubsub, requests.value(0).attribute(u"id"_s)));
        const auto out = feed(u"<iq from='%1' to='chat.shakespeare.lit' type='result' id='%2'><pubsub xmlns='http://jabber.org/protocol/pubsub'>"
                              "<items node='%3'>%4</items></pubsub></iq>"_s.arg(Pubsub, requests.value(1).attribute(u"id"_s), Node, items));
        QVERIFY(out.isEmpty()); // results are never answered
    }
    QList<QDomElement> hagJoins() { return feed(u"<presence from='%1' to='%2/thirdwitch'>%3</presence>"_s.arg(Hag, Coven, Join)); }
    static bool isRefusal(const QList<QDomElement> &out)
    {
        return out.size() == 1 && out[0].attribute(u"type"_s) == u"error" && errorOf(out[0]) == u"forbidden"
            && out[0].firstChildElement(u"error"_s).attribute(u"type"_s) == u"cancel"
            && !out[0].firstChildElement(u"error"_s).firstChildElement(u"text"_s).text().isEmpty();
    }
    static bool entered(const QList<QDomElement> &out, const QString &who = Hag)
    {
        return std::any_of(out.cbegin(), out.cend(), [&](const QDomElement &e) {
            return e.localName() == u"presence" && e.attribute(u"to"_s) == who && e.attribute(u"type"_s).isEmpty();
        });
    }
};

void BlockListTest::hashesBareJidsAsModMucRtbl()
{
    QCOMPARE(BlockList::hash(u"hag66@shakespeare.lit"_s), HagHash);
    BlockList list;
    list.configure(Pubsub, Node, 10);
    QVERIFY(!list.lists(u"hag66@shakespeare.lit"_s));
}

void BlockListTest::connectingSubscribesAndFetchesItems()
{
    const auto out = setUpList();
    // XEP-0060 §6.1.1 (Example 33) from the component's domain, then §6.5.2 (Example 77).
    COMPARE_STANZAS(out, u"<iq type='set' from='chat.shakespeare.lit' to='pubsub.shakespeare.lit' id='*'>"
                         "<pubsub xmlns='http://jabber.org/protocol/pubsub'><subscribe node='muc_bans_sha256' jid='chat.shakespeare.lit'/></pubsub></iq>"
                         "<iq type='get' from='chat.shakespeare.lit' to='pubsub.shakespeare.lit' id='*'>"
                         "<pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='muc_bans_sha256'/></pubsub></iq>"_s);
}

void BlockListTest::refusingListIsAskedAgainLater()
{
    // The node does not exist yet (XEP-0060 §6.1.3.12, §6.5.9.11): once it is made, the service
    // must follow it without waiting for a reconnection.
    const auto requests = setUpList(1);
    m_out.clear();
    for (const auto &request : requests) {
        feed(u"<iq from='%1' to='chat.shakespeare.lit' type='error' id='%2'><error type='cancel'>"
             "<item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/></error></iq>"_s.arg(Pubsub, request.attribute(u"id"_s)));
    }
    QVERIFY(m_out.isEmpty()); // an answer to an answer never goes out
    QTRY_VERIFY_WITH_TIMEOUT(m_out.contains("<subscribe node='muc_bans_sha256'"), 10000);
    const auto again = parseStanzas(QString::fromUtf8(m_out));
    QCOMPARE(again.size(), 2);
    QVERIFY(again.at(0).attribute(u"id"_s) != requests.at(0).attribute(u"id"_s));
    // Now the node is there: the list is followed.
    answerItems(again, {HagHash});
    createInstantRoom();
    QVERIFY(isRefusal(hagJoins()));
}

void BlockListTest::listedUserIsRefusedWithForbidden()
{
    answerItems(setUpList(), {HagHash});
    createInstantRoom();
    QVERIFY(isRefusal(hagJoins()));
    // Others are not concerned.
    QVERIFY(entered(feed(u"<presence from='%1' to='%2/secondwitch'>%3</presence>"_s.arg(Wiccarocks, Coven, Join)), Wiccarocks));
}

void BlockListTest::listedDomainIsRefused()
{
    // mod_muc_rtbl hashes the domain too: a whole server can be listed.
    answerItems(setUpList(), {});
    createInstantRoom();
    feed(published(DomainHash.toUpper()));
    QVERIFY(isRefusal(hagJoins()));
}

void BlockListTest::refusalsAreReportedOncePerBurst()
{
    answerItems(setUpList(), {HagHash});
    createInstantRoom();
    QSignalSpy hits(m_service.get(), &MucService::limitHit);
    for (int i = 0; i < 5; ++i)
        QVERIFY(isRefusal(hagJoins()));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits[0][1].toString(), u"hag66@shakespeare.lit"_s);
    QCOMPARE(hits[0][2].value<LimitKind>(), LimitKind::Blocked);
}

void BlockListTest::notificationsKeepTheListCurrent()
{
    answerItems(setUpList(), {});
    createInstantRoom();
    // §7.1.2.1: published; notifications need no answer.
    QVERIFY(feed(published(HagHash)).isEmpty());
    QVERIFY(isRefusal(hagJoins()));
    // §7.2.2.1: retracted.
    QVERIFY(feed(retracted(HagHash)).isEmpty());
    QVERIFY(entered(hagJoins()));
    feed(u"<presence from='%1' to='%2/thirdwitch' type='unavailable'/>"_s.arg(Hag, Coven));
    // §8.5.3: purged.
    feed(published(HagHash));
    QVERIFY(isRefusal(hagJoins()));
    QVERIFY(feed(notification(u"<purge node='%1'/>"_s.arg(Node))).isEmpty());
    QVERIFY(entered(hagJoins()));
}

void BlockListTest::fetchAfterReconnectReplacesTheList()
{
    answerItems(setUpList(), {HagHash});
    createInstantRoom();
    QVERIFY(isRefusal(hagJoins()));
    // Retracted while qmuc was away: the fetch on the next connection no longer has it.
    answerItems(connectService(), {});
    QVERIFY(entered(hagJoins()));
}

void BlockListTest::affiliatedUserIsLetIn()
{
    answerItems(setUpList(), {HagHash});
    createInstantRoom();
    feed(u"<iq from='%1' id='m1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#admin'>"
         "<item affiliation='member' jid='hag66@shakespeare.lit'/></query></iq>"_s.arg(Crone, Coven));
    QVERIFY(entered(hagJoins()));
}

void BlockListTest::listedOccupantMayNotTalk()
{
    answerItems(setUpList(), {});
    createInstantRoom();
    QVERIFY(entered(hagJoins()));
    feed(published(HagHash));
    const auto out = feed(u"<message from='%1' to='%2' type='groupchat' id='g1'><body>Hail!</body></message>"_s.arg(Hag, Coven));
    QVERIFY(isRefusal(out));
    QVERIFY(isRefusal(feed(u"<message from='%1' to='%2/firstwitch' type='chat' id='p1'><body>Hail!</body></message>"_s.arg(Hag, Coven))));
}

void BlockListTest::invitationFromListedUserIsRefused()
{
    answerItems(setUpList(), {HagHash});
    createInstantRoom();
    // §7.8.2: from outside the room; not passed on to the invitee.
    const auto out = feed(u"<message from='%1' id='i1' to='%2'><x xmlns='http://jabber.org/protocol/muc#user'>"
                          "<invite to='victim@example.org'><reason>Buy now</reason></invite></x></message>"_s.arg(Hag, Coven));
    QVERIFY(isRefusal(out));
    QCOMPARE(out[0].attribute(u"to"_s), Hag);
}

void BlockListTest::listedUserMayNotCreateRooms()
{
    answerItems(setUpList(), {HagHash});
    const auto out = feed(u"<presence from='%1' to='darkcave@chat.shakespeare.lit/thirdwitch'>%2</presence>"_s.arg(Hag, Join));
    QVERIFY(isRefusal(out));
    QVERIFY(m_service->rooms().isEmpty());
}

void BlockListTest::listIsBounded()
{
    BlockList list;
    list.configure(Pubsub, Node, 1);
    const auto requests = parseStanzas(QString::fromUtf8(list.requests(u"chat.shakespeare.lit"_s)));
    const auto items = parseStanzas(u"<iq from='%1' type='result' id='%2'><pubsub xmlns='http://jabber.org/protocol/pubsub'><items node='%3'>"
                                    "<item id='%4'/><item id='%5'/><item id='not-a-hash'/></items></pubsub></iq>"_s
                                        .arg(Pubsub, requests.value(1).attribute(u"id"_s), Node, HagHash, DomainHash));
    QVERIFY(list.handle(items.value(0)));
    QCOMPARE(list.size(), 1);
}

void BlockListTest::withoutServiceNothingHappens()
{
    setUpService();
    QVERIFY(connectService().isEmpty());
    createInstantRoom();
    // A notification from a service we do not follow is a message to the service like any other.
    const auto out = feed(published(HagHash));
    QCOMPARE(out.size(), 1);
    QCOMPARE(errorOf(out[0]), u"service-unavailable"_s);
    QVERIFY(entered(hagJoins()));
}

QTEST_GUILESS_MAIN(BlockListTest)
#include "tst_blocklist.moc"
