// Several qmuc instances under one component domain (issue 16), as users notice it: one ejabberd
// that spreads the domain's stanzas over two component connections by room (domain_balancing,
// bare_destination), one PostgreSQL both instances share, and real clients. Rooms land on both
// instances and their users talk; the service's room list shows every instance's rooms; when
// one instance is killed and a replacement takes its place, its rooms answer again on their next
// stanza, with their configuration, affiliations and archive, and their former occupants are
// told (status 332) and can rejoin.
#include "EjabberdServer.h"
#include "PostgresServer.h"
#include "QmucProcess.h"
#include "RoomScenario.h"
#include "TestClient.h"

#include <QXmppDiscoveryIq.h>

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace qmuc::test;

namespace {

const QString mucOwnerNs = u"http://jabber.org/protocol/muc#owner"_s;

} // namespace

class ScaleOutTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roomsLandOnBothInstancesAndTheirUsersTalk();
    void serviceListsTheRoomsOfEveryInstance();
    void roomsOfAKilledInstanceAnswerAgainThroughItsReplacement();
    void cleanupTestCase();

private:
    // Starts an instance (a new one for `slot`) and waits until it is connected.
    bool startInstance(int slot);
    // The instance whose log says it made or loaded `room`; -1 if none.
    int holder(const QString &room) const;
    QString roomJid(const QString &name) const { return name + u'@' + m_server->domain(); }
    // `who` joins `room` as `nick`; its own presence back (110) once the subject came, or the error.
    QDomElement enter(TestClient &who, const QString &room, const QString &nick);
    // alice makes `room` persistent (and public, logged: the defaults) at once (§10.1.2 with a form).
    bool create(const QString &room);
    bool say(TestClient &who, const QString &room, const QString &nick, const QString &body);
    // The first value of a query on the shared database.
    QVariant scalar(const QString &sql, const QVariantList &binds);

    std::unique_ptr<EjabberdServer> m_server;
    QStringList m_arguments;
    std::unique_ptr<QmucProcess> m_instances[2];
    std::unique_ptr<TestClient> m_alice;
    std::unique_ptr<TestClient> m_bob;
    QStringList m_rooms;   // made by alice, in order
    QString m_roomOn[2];   // a room on each instance
    QSqlDatabase m_db;     // the database both share, as the test reads it
    QElapsedTimer m_clock; // the whole test's duration
};

void ScaleOutTest::initTestCase()
{
    m_clock.start();
    auto *cluster = sharedPostgres();
    QVERIFY2(cluster, "no PostgreSQL cluster");
    const auto database = cluster->createDatabase(u"scaleout"_s);
    QVERIFY2(!database.isEmpty(), qPrintable(cluster->error()));
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"scaleout"_s);
    m_db.setConnectOptions(database);
    QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    m_arguments = qmucConfig("qmuc.ini",
                             "[storage]\ndriver=postgres\npostgres=" + database.toUtf8()
                                 + "\nflush_interval_ms=50\n"
                                   "[limits]\ncreation_rate_per_user=1000/1\njoin_rate_per_user=1000/1\n");

    m_server = std::make_unique<EjabberdServer>(testDir("ejabberd"));
    // ejabberd 24.12: src/ejabberd_options.erl opt_type(domain_balancing), and
    // ejabberd_router.erl balancing_route/4 (one slot per component_number, chosen by a hash of
    // the bare 'to').
    m_server->addConfig(u"domain_balancing:\n  \"%1\":\n    type: bare_destination\n    component_number: 2"_s
                            .arg(m_server->domain()));
    QVERIFY2(m_server->start(), qPrintable(m_server->error() + m_server->logTail()));
    for (int slot : {0, 1})
        QVERIFY(startInstance(slot));

    m_alice = std::make_unique<TestClient>(u"alice"_s);
    m_bob = std::make_unique<TestClient>(u"bob"_s);
    QVERIFY(m_alice->connectTo(*m_server));
    QVERIFY(m_bob->connectTo(*m_server));
}

void ScaleOutTest::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
    for (auto &instance : m_instances)
        instance.reset();
    m_server.reset();
    m_db.close();
    m_db = {};
    QSqlDatabase::removeDatabase(u"scaleout"_s);
    qInfo("the whole test took %lld ms", m_clock.elapsed());
}

bool ScaleOutTest::startInstance(int slot)
{
    auto &instance = m_instances[slot];
    instance = std::make_unique<QmucProcess>();
    const auto name = u"instance%1"_s.arg(slot);
    instance->start(*m_server, m_arguments + QStringList{u"--data-dir"_s, testDir(qPrintable(name)),
                                                          u"--admin-socket"_s, testDir(qPrintable(name + u".sock"_s))});
    if (!instance->waitForOutput(u"state: Connected"_s)) {
        qWarning("%s did not connect: %s", qPrintable(name), qPrintable(instance->output()));
        return false;
    }
    return true;
}

int ScaleOutTest::holder(const QString &room) const
{
    for (int slot : {0, 1}) {
        const auto &log = m_instances[slot]->output();
        if (log.contains(u"room %1 created"_s.arg(roomJid(room))) || log.contains(u"room %1 loaded"_s.arg(roomJid(room))))
            return slot;
    }
    return -1;
}

QDomElement ScaleOutTest::enter(TestClient &who, const QString &room, const QString &nick)
{
    who.clearReceived();
    const auto occupant = roomJid(room) + u'/' + nick;
    who.sendRaw(u"<presence to='%1'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(occupant));
    const auto answer = who.waitFor([&](const QDomElement &s) {
        return isKind(s, u"presence"_s, occupant) && (s.attribute(u"type"_s) == u"error" || statusCodes(s).contains(110));
    });
    if (!answer.isNull() && answer.attribute(u"type"_s) != u"error") {
        who.waitFor([&](const QDomElement &s) {
            return s.tagName() == u"message" && !s.firstChildElement(u"subject"_s).isNull()
                && s.attribute(u"from"_s).startsWith(roomJid(room));
        });
    }
    return answer;
}

bool ScaleOutTest::create(const QString &room)
{
    const auto self = enter(*m_alice, room, u"alice"_s);
    if (!statusCodes(self).contains(201))
        return false;
    const auto reply = m_alice->request(
        u"<iq type='set' to='%1'><query xmlns='%2'><x xmlns='jabber:x:data' type='submit'>"
        "<field var='FORM_TYPE'><value>http://jabber.org/protocol/muc#roomconfig</value></field>"
        "<field var='muc#roomconfig_persistentroom'><value>1</value></field>"
        "<field var='muc#roomconfig_roomname'><value>Room %3</value></field></x></query></iq>"_s
            .arg(roomJid(room), mucOwnerNs, room));
    return reply.isResult();
}

QVariant ScaleOutTest::scalar(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(m_db);
    q.prepare(sql);
    for (const auto &v : binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

bool ScaleOutTest::say(TestClient &who, const QString &room, const QString &nick, const QString &body)
{
    who.clearReceived();
    who.sendRaw(u"<message type='groupchat' to='%1'><body>%2</body></message>"_s.arg(roomJid(room), body));
    return !who.waitFor([&](const QDomElement &s) {
        return isKind(s, u"message"_s, roomJid(room) + u'/' + nick) && s.firstChildElement(u"body"_s).text() == body;
    }).isNull();
}

void ScaleOutTest::roomsLandOnBothInstancesAndTheirUsersTalk()
{
    // Which instance gets a room is ejabberd's hash of its JID: alice makes rooms until both have
    // one (each new room has even odds; twenty tries leave a chance of 2^-19 to fail).
    for (int i = 0; i < 20 && (m_roomOn[0].isEmpty() || m_roomOn[1].isEmpty()); ++i) {
        const auto room = u"hall%1"_s.arg(i);
        QVERIFY2(create(room), qPrintable(room));
        m_rooms << room;
        const int slot = holder(room);
        QVERIFY2(slot >= 0, qPrintable(room + u" was made by neither instance"_s));
        QVERIFY2(holder(room) == slot, "two instances made one room");
        if (m_roomOn[slot].isEmpty())
            m_roomOn[slot] = room;
    }
    QVERIFY2(!m_roomOn[0].isEmpty() && !m_roomOn[1].isEmpty(), "every room landed on one instance");
    qInfo("%lld rooms made; %s on instance 0, %s on instance 1", qsizetype(m_rooms.size()),
          qPrintable(m_roomOn[0]), qPrintable(m_roomOn[1]));

    // In a room on each instance, bob hears alice and alice hears bob.
    for (const auto &room : m_roomOn) {
        QVERIFY(statusCodes(enter(*m_bob, room, u"bob"_s)).contains(110));
        QVERIFY(say(*m_alice, room, u"alice"_s, u"hello from alice in "_s + room));
        QVERIFY(!m_bob->waitFor([&](const QDomElement &s) {
            return isKind(s, u"message"_s, roomJid(room) + u"/alice"_s)
                && s.firstChildElement(u"body"_s).text() == u"hello from alice in "_s + room;
        }).isNull());
        QVERIFY(say(*m_bob, room, u"bob"_s, u"hello from bob in "_s + room));
    }
}

void ScaleOutTest::serviceListsTheRoomsOfEveryInstance()
{
    // The service's JID goes to one instance; it answers for both, from the database, once each
    // instance wrote its rooms' configuration there (storage/flush_interval_ms).
    QStringList expected;
    for (const auto &room : std::as_const(m_rooms))
        expected << roomJid(room);
    std::sort(expected.begin(), expected.end());
    QStringList listed;
    const auto listsAll = [&] {
        const auto items = m_alice->discover(QXmppDiscoveryIq::ItemsQuery, m_server->domain());
        listed.clear();
        if (items.isResult()) {
            for (const auto &item : items.as<QXmppDiscoveryIq>().items())
                listed << item.jid();
        }
        return listed == expected;
    };
    if (!QTest::qWaitFor(listsAll, Timeout)) {
        // What the database says of each room, for the reader of a failure.
        QSqlQuery q(m_db);
        q.exec(u"SELECT jid, listed, persistent, instance FROM rooms ORDER BY jid"_s);
        while (q.next())
            qWarning() << q.value(0) << "listed" << q.value(1) << "persistent" << q.value(2) << "held by" << q.value(3);
        QFAIL(qPrintable(listed.join(u", ")));
    }

    // Paged (XEP-0059), the same list.
    auto reply = m_alice->request(u"<iq type='get' to='%1'><query xmlns='http://jabber.org/protocol/disco#items'>"
                             "<set xmlns='http://jabber.org/protocol/rsm'><max>1</max></set></query></iq>"_s
                                 .arg(m_server->domain()));
    QVERIFY(reply.isResult());
    const auto set = reply.result.firstChildElement(u"query"_s).firstChildElement(u"set"_s);
    QCOMPARE(set.firstChildElement(u"count"_s).text().toInt(), expected.size());
    QCOMPARE(set.firstChildElement(u"first"_s).text(), expected.first());
}

void ScaleOutTest::roomsOfAKilledInstanceAnswerAgainThroughItsReplacement()
{
    const int victim = 0;
    const auto room = m_roomOn[victim];
    const auto survivor = m_roomOn[1 - victim];
    // What must survive: an affiliation (bob a member), the subject, the archive (the two
    // messages said above, and one more).
    auto reply = m_alice->request(u"<iq type='set' to='%1'><query xmlns='http://jabber.org/protocol/muc#admin'>"
                                  "<item affiliation='member' jid='%2'/></query></iq>"_s.arg(roomJid(room), m_bob->bareJid()));
    QVERIFY2(reply.isResult(), qPrintable(reply.outcome()));
    m_alice->sendRaw(u"<message type='groupchat' to='%1'><subject>Before the crash</subject></message>"_s.arg(roomJid(room)));
    QVERIFY(say(*m_alice, room, u"alice"_s, u"last words"_s));
    // A kill loses what was not written yet (storage/flush_interval_ms): wait until it is.
    const auto jid = roomJid(room);
    QVERIFY(QTest::qWaitFor([&] {
        return scalar(u"SELECT subject FROM rooms WHERE jid = ?"_s, {jid}).toString() == u"Before the crash"
            && scalar(u"SELECT count(*) FROM affiliations a JOIN rooms r ON r.id = a.room_id"
                      " WHERE r.jid = ? AND a.affiliation = 'member'"_s, {jid}).toInt() == 1
            && scalar(u"SELECT count(*) FROM archive a JOIN rooms r ON r.id = a.room_id WHERE r.jid = ?"_s, {jid}).toInt() >= 3;
    }, Timeout));

    QElapsedTimer clock;
    clock.start();
    m_instances[victim]->kill();
    QVERIFY(QTest::qWaitFor([&] { return m_instances[victim]->process().state() == QProcess::NotRunning; }, Timeout));
    // Until an instance takes the dead one's place, ejabberd drops what it routes there.
    QVERIFY2(!m_alice->discover(QXmppDiscoveryIq::InfoQuery, roomJid(room), {}, 1000).isResult(),
             "a room of the killed instance answered before a replacement came");
    // The other instance's rooms go on.
    QVERIFY(say(*m_alice, survivor, u"alice"_s, u"still here"_s));

    QVERIFY(startInstance(victim));
    qInfo("replacement connected %lld ms after the kill", clock.elapsed());

    // bob, who was in the room, speaks: the replacement loads the room, tells its former
    // occupants that they are out (332, as a stopping service does), and refuses the message of
    // someone who is not in the room (XEP-0045 §7.4 / XEP-0410: not-acceptable makes clients rejoin).
    m_bob->clearReceived();
    m_alice->clearReceived();
    m_bob->sendRaw(u"<message type='groupchat' id='lost' to='%1'><body>anyone?</body></message>"_s.arg(roomJid(room)));
    const auto told = m_bob->waitFor([&](const QDomElement &s) {
        return isKind(s, u"presence"_s, roomJid(room) + u"/bob"_s) && s.attribute(u"type"_s) == u"unavailable";
    });
    QVERIFY2(!told.isNull(), qPrintable(m_instances[victim]->output()));
    QCOMPARE(statusCodes(told), (QList<int>{110, 332}));
    QVERIFY(!m_alice->waitFor([&](const QDomElement &s) {
        return isKind(s, u"presence"_s, roomJid(room) + u"/alice"_s) && statusCodes(s).contains(332);
    }).isNull());
    const auto refused = m_bob->waitFor([&](const QDomElement &s) {
        return s.tagName() == u"message" && s.attribute(u"id"_s) == u"lost" && s.attribute(u"type"_s) == u"error";
    });
    QCOMPARE(errorCondition(refused), u"not-acceptable"_s);
    QVERIFY(m_instances[victim]->output().contains(u"room %1 loaded"_s.arg(roomJid(room))));

    // bob rejoins: still a member, the subject and the history as they were.
    const auto self = enter(*m_bob, room, u"bob"_s);
    QVERIFY(statusCodes(self).contains(110));
    QCOMPARE(mucItem(self).attribute(u"affiliation"_s), u"member"_s);
    QStringList history;
    QString subject;
    for (const auto &s : m_bob->received()) {
        if (s.tagName() == u"message" && !s.firstChildElement(u"body"_s).isNull())
            history << s.firstChildElement(u"body"_s).text();
        if (s.tagName() == u"message" && !s.firstChildElement(u"subject"_s).isNull())
            subject = s.firstChildElement(u"subject"_s).text();
    }
    QVERIFY2(history.contains(u"hello from alice in "_s + room) && history.contains(u"last words"_s), qPrintable(history.join(u'|')));
    QCOMPARE(subject, u"Before the crash"_s);
    // The configuration: its name and persistence, as disco#info tells anyone.
    reply = m_alice->discover(QXmppDiscoveryIq::InfoQuery, roomJid(room));
    QVERIFY(reply.isResult());
    const auto info = reply.as<QXmppDiscoveryIq>();
    QVERIFY(info.features().contains(u"muc_persistent"_s));
    QCOMPARE(info.identities().value(0).name(), u"Room "_s + room);
    // The archive (XEP-0313), through the replacement.
    reply = m_bob->request(u"<iq type='set' to='%1'><query xmlns='urn:xmpp:mam:2' queryid='q1'/></iq>"_s.arg(roomJid(room)));
    QVERIFY2(reply.isResult(), qPrintable(reply.outcome()));
    QStringList archived;
    for (const auto &s : m_bob->received()) {
        const auto result = child(s, u"result"_s, u"urn:xmpp:mam:2"_s);
        if (!result.isNull())
            archived << result.firstChildElement(u"forwarded"_s).firstChildElement(u"message"_s).firstChildElement(u"body"_s).text();
    }
    QVERIFY2(archived.contains(u"hello from bob in "_s + room) && archived.contains(u"last words"_s), qPrintable(archived.join(u'|')));
    // And the owner is still the owner: alice rejoins as one.
    QCOMPARE(mucItem(enter(*m_alice, room, u"alice"_s)).attribute(u"affiliation"_s), u"owner"_s);
    QVERIFY(say(*m_bob, room, u"bob"_s, u"back again"_s));
    qInfo("the room answered again, whole, %lld ms after the kill", clock.elapsed());
}

QTEST_GUILESS_MAIN(ScaleOutTest)
#include "tst_scaleout.moc"
