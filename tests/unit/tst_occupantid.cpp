// XEP-0421 occupant ids, as occupants see them: on every presence and message that comes from an
// occupant, the same for the same user whatever the nick or session, different for everyone else.
#include "ServiceHarness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace qmuc;
using namespace qmuc::test;

class OccupantIdTest : public ServiceHarness
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyPresenceCarriesTheOccupantsId();
    void sameUserSameIdAcrossNicksAndSessions();
    void differentUsersAndRoomsGetDifferentIds();
    void messagesCarryTheSendersId();
    void historyArchiveAndSubjectCarryTheSendersId();
    void forgedIdsAreReplaced();
    void roomAdvertisesOccupantIds();
    void idsSurviveARestart();

private:
    static QString idOf(const QDomElement &stanza);
    QString selfPresenceId(const QList<QDomElement> &out, const QString &to);
};

void OccupantIdTest::init()
{
    setUpService();
}

QString OccupantIdTest::idOf(const QDomElement &stanza)
{
    QStringList ids;
    for (auto e = stanza.firstChildElement(u"occupant-id"_s); !e.isNull(); e = e.nextSiblingElement(u"occupant-id"_s)) {
        if (e.namespaceURI() == u"urn:xmpp:occupant-id:0")
            ids << e.attribute(u"id"_s);
    }
    // XEP-0421 §4: never more than one.
    return ids.size() == 1 ? ids.first() : (ids.isEmpty() ? QString() : u"<several>"_s);
}

QString OccupantIdTest::selfPresenceId(const QList<QDomElement> &out, const QString &to)
{
    for (const auto &stanza : out) {
        const auto x = stanza.firstChildElement(u"x"_s);
        bool self = false;
        for (auto s = x.firstChildElement(u"status"_s); !s.isNull(); s = s.nextSiblingElement(u"status"_s))
            self = self || s.attribute(u"code"_s) == u"110";
        if (stanza.tagName() == u"presence" && stanza.attribute(u"to"_s) == to && self)
            return idOf(stanza);
    }
    return {};
}

void OccupantIdTest::everyPresenceCarriesTheOccupantsId()
{
    createInstantRoom();
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven));
    QStringList presences;
    for (const auto &stanza : out) {
        if (stanza.tagName() == u"presence")
            presences << stanza.attribute(u"from"_s) + u" -> "_s + stanza.attribute(u"to"_s) + u": "_s + idOf(stanza);
    }
    // The crone's presence to the hag, the hag's to the crone and to herself: each with one id.
    QCOMPARE(presences.size(), 3);
    for (const auto &line : std::as_const(presences))
        QVERIFY2(!line.endsWith(u": "_s) && !line.endsWith(u"<several>"_s), qPrintable(line));
    const auto leave = feed(u"<presence from='%1' to='%2/thirdwitch' type='unavailable'/>"_s.arg(Hag, Coven));
    QCOMPARE(leave.size(), 2);
    QCOMPARE(idOf(leave[0]), idOf(leave[1]));
    QVERIFY(!idOf(leave[0]).isEmpty());
}

void OccupantIdTest::sameUserSameIdAcrossNicksAndSessions()
{
    createInstantRoom();
    const auto first = selfPresenceId(feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven)), Hag);
    QVERIFY(!first.isEmpty());
    // A nick change: the unavailable (303) and the new presence both carry the same id.
    const auto renamed = feed(u"<presence from='%1' to='%2/oldhag'/>"_s.arg(Hag, Coven));
    for (const auto &stanza : renamed)
        QCOMPARE(idOf(stanza), first);
    feed(u"<presence from='%1' to='%2/oldhag' type='unavailable'/>"_s.arg(Hag, Coven));
    // Another session of the same user, another day, another nick.
    const auto other = u"hag66@shakespeare.lit/broom"_s;
    QCOMPARE(selfPresenceId(feed(u"<presence from='%1' to='%2/hecate'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(other, Coven)), other), first);
}

void OccupantIdTest::differentUsersAndRoomsGetDifferentIds()
{
    createInstantRoom();
    const auto crone = selfPresenceId(feed(u"<presence from='%1' to='%2/firstwitch'/>"_s.arg(Crone, Coven)), Crone);
    const auto hag = selfPresenceId(feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven)), Hag);
    QVERIFY(!crone.isEmpty() && !hag.isEmpty());
    QVERIFY(crone != hag);
    // The id says nothing a reader could turn back into the JID.
    QVERIFY(!hag.contains(u"hag66"_s));
    const auto otherRoom = feed(u"<presence from='%1' to='cauldron@chat.shakespeare.lit/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag));
    const auto there = selfPresenceId(otherRoom, Hag);
    QVERIFY(!there.isEmpty());
    QVERIFY(there != hag);
}

void OccupantIdTest::messagesCarryTheSendersId()
{
    createInstantRoom();
    const auto hag = selfPresenceId(feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven)), Hag);
    auto out = feed(u"<message from='%1' id='g1' to='%2' type='groupchat'><body>Harpier cries</body></message>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 2);
    for (const auto &stanza : out)
        QCOMPARE(idOf(stanza), hag);
    out = feed(u"<message from='%1' id='p1' to='%2/firstwitch' type='chat'><body>psst</body></message>"_s.arg(Hag, Coven));
    QCOMPARE(out.size(), 1);
    QCOMPARE(idOf(out[0]), hag);
}

void OccupantIdTest::historyArchiveAndSubjectCarryTheSendersId()
{
    joinAs(Crone, u"firstwitch"_s);
    feed(u"<iq from='%1' id='c1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
         "<x xmlns='jabber:x:data' type='submit'><field var='muc#roomconfig_enablelogging'><value>1</value></field>"
         "</x></query></iq>"_s.arg(Crone, Coven));
    const auto crone = idOf(feed(u"<message from='%1' id='g1' to='%2' type='groupchat'><body>When shall we three meet again</body></message>"_s.arg(Crone, Coven)).value(0));
    QVERIFY(!crone.isEmpty());
    QCOMPARE(idOf(feed(u"<message from='%1' id='s1' to='%2' type='groupchat'><subject>Thunder</subject></message>"_s.arg(Crone, Coven)).value(0)), crone);

    const auto join = feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven));
    int checked = 0;
    for (const auto &stanza : join) {
        if (stanza.tagName() != u"message")
            continue;
        QCOMPARE(idOf(stanza), crone); // the history and the subject, both the crone's
        ++checked;
    }
    QCOMPARE(checked, 2);

    const auto mam = feed(u"<iq from='%1' id='q1' to='%2' type='set'><query xmlns='urn:xmpp:mam:2'/></iq>"_s.arg(Hag, Coven));
    QCOMPARE(mam.size(), 3); // the message, the subject change, the fin
    for (int i = 0; i < 2; ++i) {
        const auto inner = mam[i].firstChildElement(u"result"_s).firstChildElement(u"forwarded"_s).firstChildElement(u"message"_s);
        QCOMPARE(idOf(inner), crone);
    }
}

void OccupantIdTest::forgedIdsAreReplaced()
{
    createInstantRoom();
    const auto out = feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/>"
                          "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='forged'/></presence>"_s.arg(Hag, Coven));
    const auto hag = selfPresenceId(out, Hag);
    QVERIFY(!hag.isEmpty());
    QVERIFY(hag != u"forged"_s);
    const auto message = feed(u"<message from='%1' id='g1' to='%2' type='groupchat'><body>x</body>"
                              "<occupant-id xmlns='urn:xmpp:occupant-id:0' id='forged'/></message>"_s.arg(Hag, Coven));
    for (const auto &stanza : message)
        QCOMPARE(idOf(stanza), hag);
}

void OccupantIdTest::roomAdvertisesOccupantIds()
{
    createInstantRoom();
    const auto out = feed(u"<iq from='%1' id='d1' to='%2' type='get'><query xmlns='http://jabber.org/protocol/disco#info'/></iq>"_s.arg(Hag, Coven));
    QStringList features;
    for (auto f = out.value(0).firstChildElement(u"query"_s).firstChildElement(u"feature"_s); !f.isNull(); f = f.nextSiblingElement(u"feature"_s))
        features << f.attribute(u"var"_s);
    QVERIFY(features.contains(u"urn:xmpp:occupant-id:0"_s));
}

void OccupantIdTest::idsSurviveARestart()
{
    QTemporaryDir dir;
    const auto idAfterStart = [&](const QString &dataDir) {
        QString error;
        if (!setUpServiceWithData(dataDir, &error))
            return u"error: "_s + error;
        return selfPresenceId(feed(u"<presence from='%1' to='%2/thirdwitch'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Hag, Coven)), Hag);
    };
    const auto before = idAfterStart(dir.path());
    const auto after = idAfterStart(dir.path());
    QVERIFY(!before.isEmpty());
    QCOMPARE(after, before);
    // Another service (another key) gives the same user another id.
    QTemporaryDir elsewhere;
    QVERIFY(idAfterStart(elsewhere.path()) != before);
}

QTEST_GUILESS_MAIN(OccupantIdTest)
#include "tst_occupantid.moc"
