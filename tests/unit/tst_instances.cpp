// Several instances of the service on one PostgreSQL database (storage/InstanceTable), as two
// MucService objects in one process, each with its own way out: what one instance made or held,
// the other finds; what one leaves behind, the other cleans up and tells.
#include "ServiceHarness.h" // the witches, and PostgreSQL

using namespace qmuc;
using namespace qmuc::test;

namespace {

const QString Cauldron = u"cauldron@chat.shakespeare.lit"_s;

// One instance: a service and what it sent.
struct Instance {
    std::unique_ptr<MucService> service = std::make_unique<MucService>();
    QByteArray out;

    QList<QDomElement> feed(const QString &xml)
    {
        out.clear();
        for (const auto &stanza : parseStanzas(xml))
            service->handleStanza(stanza);
        return parseStanzas(QString::fromUtf8(out));
    }
    void join(const QString &from, const QString &room, const QString &nick)
    {
        feed(u"<presence from='%1' to='%2/%3'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(from, room, nick));
    }
    // An instant room, persistent or not (XEP-0045 §10.1.2).
    void create(const QString &from, const QString &room, const QString &nick, bool persistent)
    {
        join(from, room, nick);
        feed(u"<iq from='%1' id='c1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#owner'>"
             "<x xmlns='jabber:x:data' type='submit'><field var='muc#roomconfig_persistentroom'><value>%3</value></field>"
             "</x></query></iq>"_s.arg(from, room, persistent ? u"1"_s : u"0"_s));
    }
    // Writes what it queued for the database (asking the archive does, first).
    void flush(const QString &room) { service->archivedMessages(room); }
    QStringList listedRooms()
    {
        const auto out = feed(u"<iq from='%1' id='i1' to='chat.shakespeare.lit' type='get'>"
                              "<query xmlns='http://jabber.org/protocol/disco#items'/></iq>"_s.arg(Hag));
        QStringList jids;
        for (auto item = out.value(0).firstChildElement(u"query"_s).firstChildElement(u"item"_s); !item.isNull();
             item = item.nextSiblingElement(u"item"_s)) {
            jids << item.attribute(u"jid"_s);
        }
        return jids;
    }
};

} // namespace

class InstancesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void roomMadeByOneInstanceIsLoadedWholeByAnother();
    void serviceListsTheRoomsOfEveryInstance();
    void anotherStartKeepsTheTemporaryRoomsOfInstancesAlive();
    void occupantsOfAnInstanceGoneAreToldByAnother();

private:
    // An instance on this test's database, its storage open.
    std::unique_ptr<Instance> start();

    QString m_database;
};

void InstancesTest::init()
{
    auto *cluster = sharedPostgres();
    QVERIFY(cluster);
    m_database = cluster->createDatabase(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY2(!m_database.isEmpty(), qPrintable(cluster->error()));
}

std::unique_ptr<Instance> InstancesTest::start()
{
    auto instance = std::make_unique<Instance>();
    Settings settings;
    settings.domain = u"chat.shakespeare.lit"_s;
    settings.storageDriver = u"postgres"_s;
    settings.postgres = m_database;
    settings.instanceLeaseSeconds = 3; // renewed, and others reaped, every second
    instance->service->configure(settings, u"secret"_s);
    auto *out = &instance->out;
    instance->service->setSink([out](const QByteArray &xml) { *out += xml; return true; });
    QString error;
    if (!instance->service->openStorage(&error))
        qWarning("%s", qPrintable(error));
    return instance;
}

void InstancesTest::roomMadeByOneInstanceIsLoadedWholeByAnother()
{
    auto a = start();
    a->create(Crone, Coven, u"firstwitch"_s, true);
    a->feed(u"<iq from='%1' id='b1' to='%2' type='set'><query xmlns='http://jabber.org/protocol/muc#admin'>"
            "<item affiliation='outcast' jid='earlofcambridge@shakespeare.lit'/></query></iq>"_s.arg(Crone, Coven));
    a->flush(Coven);
    auto b = start();
    // The server now routes the room to b (a's connection went, or the slots changed).
    const auto out = b->feed(u"<presence from='earlofcambridge@shakespeare.lit/stabbed' to='%1/traitor'>"
                             "<x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(Coven));
    const auto refusal = std::find_if(out.cbegin(), out.cend(), [](const QDomElement &s) { return s.attribute(u"type"_s) == u"error"; });
    QVERIFY(refusal != out.cend());
    QCOMPARE(refusal->firstChildElement(u"error"_s).firstChildElement().localName(), u"forbidden"_s);
    QCOMPARE(b->service->rooms().size(), 1);
    QVERIFY(b->service->rooms().value(0).persistent);
    // The crone was in it, on a: b tells her she is out (332) when it takes the room.
    QVERIFY(b->out.contains("332"));
    QVERIFY(b->out.contains(Crone.toUtf8()));
    // And she is still its owner.
    b->join(Crone, Coven, u"firstwitch"_s);
    QVERIFY(b->out.contains("affiliation=\"owner\"") || b->out.contains("affiliation='owner'"));
}

void InstancesTest::serviceListsTheRoomsOfEveryInstance()
{
    auto a = start();
    auto b = start();
    a->create(Crone, Coven, u"firstwitch"_s, true);
    b->create(Crone, Cauldron, u"firstwitch"_s, false);
    a->flush(Coven);
    b->flush(Cauldron);
    const QStringList both{Cauldron, Coven};
    QCOMPARE(a->listedRooms(), both);
    QCOMPARE(b->listedRooms(), both);
}

void InstancesTest::anotherStartKeepsTheTemporaryRoomsOfInstancesAlive()
{
    auto a = start();
    a->create(Crone, Cauldron, u"firstwitch"_s, false);
    a->flush(Cauldron);
    // A second instance starts, and a third: the temporary room of one alive is not theirs to remove.
    auto b = start();
    auto c = start();
    QCOMPARE(c->listedRooms(), QStringList{Cauldron});
    QCOMPARE(a->feed(u"<message from='%1' to='%2' type='groupchat'><body>still here</body></message>"_s.arg(Crone, Cauldron))
                 .value(0).firstChildElement(u"body"_s).text(),
             u"still here"_s);
}

void InstancesTest::occupantsOfAnInstanceGoneAreToldByAnother()
{
    auto a = start();
    a->create(Crone, Coven, u"firstwitch"_s, true);
    a->join(Hag, Coven, u"thirdwitch"_s);
    auto b = start();
    // a goes without a word to its occupants (its connection is gone): b, once connected, tells them.
    a.reset();
    Q_EMIT b->service->connection()->stateChanged(ComponentConnection::State::Connected);
    QVERIFY(QTest::qWaitFor([&] { return b->out.contains(Hag.toUtf8()) && b->out.contains(Crone.toUtf8()); }, 5000));
    const auto told = parseStanzas(QString::fromUtf8(b->out));
    QStringList lines;
    for (const auto &stanza : told) {
        if (stanza.tagName() != u"presence")
            continue;
        QList<int> codes;
        const auto x = stanza.firstChildElement(u"x"_s);
        for (auto s = x.firstChildElement(u"status"_s); !s.isNull(); s = s.nextSiblingElement(u"status"_s))
            codes << s.attribute(u"code"_s).toInt();
        lines << u"%1 → %2 %3 %4"_s.arg(stanza.attribute(u"from"_s), stanza.attribute(u"to"_s), stanza.attribute(u"type"_s),
                                        x.firstChildElement(u"item"_s).attribute(u"affiliation"_s))
                     + u" status=%1,%2"_s.arg(codes.value(0)).arg(codes.value(1));
    }
    lines.sort();
    QCOMPARE(lines, (QStringList{u"%1/firstwitch → %2 unavailable owner status=110,332"_s.arg(Coven, Crone),
                                 u"%1/thirdwitch → %2 unavailable none status=110,332"_s.arg(Coven, Hag)}));
}

QTEST_GUILESS_MAIN(InstancesTest)
#include "tst_instances.moc"
