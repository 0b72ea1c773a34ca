// Flooding end to end (DESIGN.md, "Limits and abuse"): through a real server and the real qmuc
// binary, one client sends groupchat messages as fast as it can while two others talk at a normal
// pace. The flooder is refused with policy-violation, then kicked (XEP-0045 §8.2, 307) with a
// reason; the others' conversation goes on undisturbed. Also a size limit as a client sees it.
#include "RoomScenario.h"

#include <QXmppMessage.h>
#include <QXmppUtils.h>

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace qmuc::test;

namespace {

constexpr int NormalMessages = 10;
constexpr int FloodMessages = 400;

// The [limits] qmuc runs with: its defaults for the rates, a small body size to test against.
QStringList limitsConfig()
{
    return qmucConfig("limits.ini", "[limits]\ngroupchat_rate=20/10\nkick_after=40\nmax_body_bytes=100\n");
}

} // namespace

class FloodTest : public RoomScenario
{
    Q_OBJECT
public:
    FloodTest()
        : RoomScenario(limitsConfig())
    {
    }

private Q_SLOTS:
    void flooderIsRefusedThenKickedWhileOthersTalk();
    void longMessageIsRefusedWithPolicyViolation();
};

void FloodTest::flooderIsRefusedThenKickedWhileOthersTalk()
{
    // alice owns the room; bob floods; alice and carol talk.
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});

    // When each normal message was sent, and how long it took to reach the other talker.
    QHash<QString, qint64> sentAt;
    QList<qint64> latencies;
    QElapsedTimer clock;
    clock.start();
    int delivered = 0;
    QObject scope; // the connections below end with this function
    const auto hear = [&](TestClient &listener, const QString &speakerNick) {
        QObject::connect(&listener.client(), &QXmppClient::messageReceived, &scope, [&, speakerNick](const QXmppMessage &m) {
            if (m.type() == QXmppMessage::GroupChat && m.from() == occupantJid(speakerNick) && sentAt.contains(m.id())) {
                latencies << clock.elapsed() - sentAt.value(m.id());
                ++delivered;
            }
        });
    };
    hear(*m_carol, u"alice"_s);
    hear(*m_alice, u"carol"_s);

    // Normal pace: one message each every 300 ms, within the room's 20 per 10 s.
    int normalSent = 0;
    QTimer normal;
    normal.setInterval(300);
    QObject::connect(&normal, &QTimer::timeout, &scope, [&] {
        for (auto *who : {m_alice.get(), m_carol.get()}) {
            const auto id = QXmppUtils::generateStanzaUuid();
            sentAt.insert(id, clock.elapsed());
            who->sendRaw(u"<message to='%1' type='groupchat' id='%2'><body>normal %3</body></message>"_s.arg(m_room, id).arg(normalSent));
        }
        if (++normalSent == NormalMessages)
            normal.stop();
    });
    // The flood: as fast as the client writes, in slices so that the event loop keeps turning.
    int floodSent = 0;
    QTimer flood;
    flood.setInterval(0);
    QObject::connect(&flood, &QTimer::timeout, &scope, [&] {
        for (int i = 0; i < 20 && floodSent < FloodMessages; ++i, ++floodSent)
            m_bob->sendRaw(u"<message to='%1' type='groupchat' id='flood%2'><body>flood %2</body></message>"_s.arg(m_room).arg(floodSent));
        if (floodSent == FloodMessages)
            flood.stop();
    });
    normal.start();
    flood.start();

    // Everything alice and carol said reached the other.
    QTRY_COMPARE_WITH_TIMEOUT(delivered, 2 * NormalMessages, 60000);

    // RFC 6120 §8.3.3.12: the flooder's messages past the rate come back as policy-violation.
    const auto refused = m_bob->waitFor([](const QDomElement &s) {
        return s.tagName() == u"message" && s.attribute(u"type"_s) == u"error" && errorCondition(s) == u"policy-violation";
    }, 30000);
    QVERIFY2(!refused.isNull(), "the flooder got no policy-violation");
    QCOMPARE(refused.firstChildElement(u"error"_s).attribute(u"type"_s), u"wait"_s);
    // §8.2 (Example 91): then kicked, with 307 and a reason.
    const auto kicked = m_bob->waitFor([&](const QDomElement &s) {
        return isKind(s, u"presence"_s, occupantJid(u"bob"_s)) && s.attribute(u"type"_s) == u"unavailable";
    }, 30000);
    QVERIFY2(!kicked.isNull(), "the flooder was not kicked");
    QCOMPARE(statusCodes(kicked), (QList<int>{110, 307}));
    QVERIFY(!mucItem(kicked).firstChildElement(u"reason"_s).text().isEmpty());
    // carol saw bob go with 307 too.
    QVERIFY(!m_carol->waitFor([&](const QDomElement &s) {
        return isKind(s, u"presence"_s, occupantJid(u"bob"_s)) && statusCodes(s).contains(307);
    }).isNull());

    // The room keeps working.
    QVERIFY(say(*m_alice, u"alice"_s, u"still here"_s));
    QVERIFY(say(*m_carol, u"carol"_s, u"me too"_s));

    std::sort(latencies.begin(), latencies.end());
    qInfo("normal messages during the flood: %lld delivered, latency median %lld ms, max %lld ms (%d flood messages sent)",
          qint64(latencies.size()), latencies.at(latencies.size() / 2), latencies.last(), floodSent);
}

void FloodTest::longMessageIsRefusedWithPolicyViolation()
{
    QVERIFY(allThreeIn());
    settle({m_alice.get(), m_bob.get(), m_carol.get()});
    const QString tooLong(101, u'x');
    m_carol->sendRaw(u"<message to='%1' type='groupchat' id='long1' xml:lang='de'><body>%2</body></message>"_s.arg(m_room, tooLong));
    // policy-violation, type modify (as mod_muc_limits answers a message over its size), with a text.
    const auto error = m_carol->waitFor([](const QDomElement &s) {
        return s.tagName() == u"message" && s.attribute(u"id"_s) == u"long1" && s.attribute(u"type"_s) == u"error";
    });
    QVERIFY2(!error.isNull(), "no answer to a message over the size limit");
    QCOMPARE(errorCondition(error), u"policy-violation"_s);
    QCOMPARE(error.firstChildElement(u"error"_s).attribute(u"type"_s), u"modify"_s);
    QVERIFY(!error.firstChildElement(u"error"_s).firstChildElement(u"text"_s).text().isEmpty());
    // Nobody got it; a message within the limit goes through.
    QVERIFY(say(*m_carol, u"carol"_s, u"short"_s));
    QVERIFY(!m_alice->waitFor([&](const QDomElement &s) {
        return isKind(s, u"message"_s, occupantJid(u"carol"_s)) && s.firstChildElement(u"body"_s).text() == u"short";
    }).isNull());
    for (const auto &s : fromRoom(*m_alice))
        QVERIFY(s.attribute(u"id"_s) != u"long1");
}

QTEST_GUILESS_MAIN(FloodTest)
#include "tst_flood.moc"
