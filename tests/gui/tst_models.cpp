// The dashboard's models against a real core fed stanzas: they start from the snapshot, follow
// the signals row by row, and stay consistent through a burst.
#include "ActivityChart.h"
#include "EventLogModel.h"
#include "MessageRate.h"
#include "OccupantModel.h"
#include "RoomFeeder.h"
#include "RoomListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace qmuc;
using namespace qmuc::gui;
using namespace qmuc::test;

class ModelsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void messageRateSlidesOverAMinute();
    void roomListStartsFromSnapshotAndFollowsRooms();
    void roomListCountsMessagesPerMinute();
    void historyKeepsEachBucketOldestFirst();
    void roomListGivesTheLastTenMinutesForTheSparkline();
    void activityChartCountsMessagesAndJoinsPerMinute();
    void archivedBadgeOnlyForRoomsThatKeepAnArchive();
    void occupantModelFollowsItsRoomOnly();
    void nickAndRoleChangesUpdateRowsInPlace();
    void eventLogSaysWhyOccupantsLeft();
    void eventLogDropsTheOldestBeyondItsLimit();
    void eventLogShowsAFloodOnce();
    void modelsStayConsistentThroughABurst();

private:
    static QStringList column(const QAbstractItemModel &model, int column);
    std::unique_ptr<MucService> m_service;
    std::unique_ptr<RoomFeeder> m_feeder;
};

void ModelsTest::init()
{
    m_service = makeService();
    m_feeder = std::make_unique<RoomFeeder>(*m_service);
}

void ModelsTest::cleanup()
{
    m_feeder.reset();
    m_service.reset();
}

QStringList ModelsTest::column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

void ModelsTest::messageRateSlidesOverAMinute()
{
    MessageRate rate;
    rate.add(0);
    rate.add(500);
    rate.add(30'000);
    QCOMPARE(rate.count(30'000), 3);
    QCOMPARE(rate.count(59'999), 3);
    QCOMPARE(rate.count(60'000), 1); // the first second slid out
    QCOMPARE(rate.count(89'999), 1);
    QCOMPARE(rate.count(90'000), 0);
    rate.add(500'000); // long after: nothing old is left
    QCOMPARE(rate.count(500'000), 1);
}

void ModelsTest::roomListStartsFromSnapshotAndFollowsRooms()
{
    m_feeder->createRoom(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"firstwitch"_s,
                         {{u"muc#roomconfig_roomname"_s, u"The Coven"_s}, {u"muc#roomconfig_persistentroom"_s, u"1"_s}});
    m_feeder->join(u"coven"_s, u"wiccarocks@shakespeare.lit/laptop"_s, u"secondwitch"_s);

    RoomListModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RoomListModel::NameColumn).data().toString(), u"The Coven"_s);
    QCOMPARE(model.index(0, RoomListModel::JidColumn).data().toString(), u"coven@chat.shakespeare.lit"_s);
    QCOMPARE(model.index(0, RoomListModel::OccupantsColumn).data().toInt(), 2);
    QVERIFY(model.index(0, RoomListModel::BadgesColumn).data(RoomListModel::BadgesRole).toStringList().contains(u"persistent"_s));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_feeder->createRoom(u"heath"_s, u"hag66@shakespeare.lit/pda"_s, u"thirdwitch"_s,
                         {{u"muc#roomconfig_membersonly"_s, u"1"_s}, {u"muc#roomconfig_passwordprotectedroom"_s, u"1"_s},
                          {u"muc#roomconfig_roomsecret"_s, u"cauldron"_s}});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    const int heath = model.rowOf(u"heath@chat.shakespeare.lit"_s);
    QCOMPARE(model.index(heath, RoomListModel::OccupantsColumn).data().toInt(), 1);
    const auto badges = model.index(heath, RoomListModel::BadgesColumn).data(RoomListModel::BadgesRole).toStringList();
    QVERIFY2(badges.contains(u"members only"_s) && badges.contains(u"password"_s), qPrintable(badges.join(u", "_s)));

    m_feeder->join(u"heath"_s, u"hecate@shakespeare.lit/broom"_s, u"hecate"_s); // refused: members only
    QCOMPARE(model.index(heath, RoomListModel::OccupantsColumn).data().toInt(), 1);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    m_feeder->leave(u"heath"_s, u"hag66@shakespeare.lit/pda"_s, u"thirdwitch"_s); // a temporary room goes
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(u"heath@chat.shakespeare.lit"_s), -1);
    QCOMPARE(model.rowOf(u"coven@chat.shakespeare.lit"_s), 0);
    QCOMPARE(resets.size(), 0);
}

void ModelsTest::roomListCountsMessagesPerMinute()
{
    qint64 now = 1'000'000;
    m_feeder->createRoom(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"firstwitch"_s);
    RoomListModel model(m_service.get());
    model.setClock([&now] { return now; });
    const auto rate = [&] { return model.index(0, RoomListModel::RateColumn).data().toInt(); };
    QCOMPARE(rate(), 0);
    for (int i = 0; i < 3; ++i)
        m_feeder->say(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"Double, double toil and trouble"_s);
    QCOMPARE(rate(), 3);
    now += 30'000;
    m_feeder->say(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"Fire burn and cauldron bubble"_s);
    QCOMPARE(rate(), 4);
    now += 31'000;
    QCOMPARE(rate(), 1);
    // Views hear of the falling rate without any new message.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.wait(3000));
    QCOMPARE(changed.first().at(0).toModelIndex().column(), int(RoomListModel::RateColumn));
}

void ModelsTest::historyKeepsEachBucketOldestFirst()
{
    MessageRate perMinute(60'000);
    perMinute.add(0);
    perMinute.add(1000);
    perMinute.add(120'000);
    auto history = perMinute.history(120'000);
    QCOMPARE(history.size(), MessageRate::Buckets);
    QCOMPARE(history.last(), 1);
    QCOMPARE(history.at(MessageRate::Buckets - 3), 2);
    QCOMPARE(perMinute.count(120'000), 3);
    history = perMinute.history(3'600'000 + 60'000); // an hour on: only the third is left
    QCOMPARE(std::accumulate(history.cbegin(), history.cend(), 0), 1);
    QCOMPARE(history.first(), 1);
    QCOMPARE(perMinute.history(10'000'000), QList<int>(MessageRate::Buckets, 0));
}

void ModelsTest::roomListGivesTheLastTenMinutesForTheSparkline()
{
    qint64 now = 1'000'000;
    m_feeder->createRoom(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"firstwitch"_s);
    RoomListModel model(m_service.get());
    model.setClock([&now] { return now; });
    const auto history = [&] { return model.index(0, RoomListModel::RateColumn).data(RoomListModel::RateHistoryRole).value<QList<int>>(); };
    QCOMPARE(history(), QList<int>(MessageRate::Buckets, 0));
    m_feeder->say(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"Double, double toil and trouble"_s);
    now += 10'000;
    m_feeder->say(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"Fire burn"_s);
    m_feeder->say(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"and cauldron bubble"_s);
    QCOMPARE(history().last(), 2);
    QCOMPARE(history().at(MessageRate::Buckets - 2), 1);
    now += 600'000; // ten minutes on, the line is flat again
    QCOMPARE(history(), QList<int>(MessageRate::Buckets, 0));
}

void ModelsTest::activityChartCountsMessagesAndJoinsPerMinute()
{
    ActivityChart chart(m_service.get());
    m_feeder->createRoom(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"firstwitch"_s);
    m_feeder->join(u"coven"_s, u"wiccarocks@shakespeare.lit/laptop"_s, u"secondwitch"_s);
    m_feeder->say(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"Double, double toil and trouble"_s);
    QCOMPARE(chart.joinsPerMinute().last(), 2);
    QCOMPARE(chart.messagesPerMinute().last(), 1);
    QCOMPARE(chart.grab().isNull(), false); // paints without a hitch
}

void ModelsTest::archivedBadgeOnlyForRoomsThatKeepAnArchive()
{
    m_feeder->createRoom(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"firstwitch"_s,
                         {{u"muc#roomconfig_enablelogging"_s, u"1"_s}});
    m_feeder->createRoom(u"heath"_s, u"hag66@shakespeare.lit/pda"_s, u"thirdwitch"_s,
                         {{u"muc#roomconfig_enablelogging"_s, u"0"_s}}); // new rooms archive unless told not to
    RoomListModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto badges = [&](const QString &node) {
        return model.index(model.rowOf(m_feeder->roomJid(node)), RoomListModel::BadgesColumn);
    };
    QCOMPARE(badges(u"coven"_s).data(RoomListModel::BadgesRole).toStringList(), QStringList{u"archived"_s});
    QCOMPARE(badges(u"coven"_s).data(RoomListModel::BadgeColorsRole).toList().size(), 1);
    QCOMPARE(badges(u"coven"_s).data().toString(), u"archived"_s);
    QVERIFY(!badges(u"heath"_s).data(RoomListModel::BadgesRole).toStringList().contains(u"archived"_s));

    // It follows the owner's configuration, both ways.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    m_feeder->configure(u"heath"_s, u"hag66@shakespeare.lit/pda"_s, {{u"muc#roomconfig_enablelogging"_s, u"1"_s}});
    m_feeder->configure(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, {{u"muc#roomconfig_enablelogging"_s, u"0"_s}});
    QCOMPARE(changed.size(), 2);
    QVERIFY(badges(u"heath"_s).data(RoomListModel::BadgesRole).toStringList().contains(u"archived"_s));
    QVERIFY(!badges(u"coven"_s).data(RoomListModel::BadgesRole).toStringList().contains(u"archived"_s));
}

void ModelsTest::occupantModelFollowsItsRoomOnly()
{
    m_feeder->createRoom(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"firstwitch"_s);
    m_feeder->createRoom(u"heath"_s, u"hag66@shakespeare.lit/pda"_s, u"thirdwitch"_s);
    m_feeder->join(u"coven"_s, u"wiccarocks@shakespeare.lit/laptop"_s, u"secondwitch"_s, u"away"_s, u"stirring"_s);

    OccupantModel model(m_service.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setRoom(u"coven@chat.shakespeare.lit"_s);
    QCOMPARE(column(model, OccupantModel::NickColumn), QStringList({u"firstwitch"_s, u"secondwitch"_s}));
    QCOMPARE(model.index(0, OccupantModel::RoleColumn).data().toString(), u"moderator"_s);
    QCOMPARE(model.index(0, OccupantModel::AffiliationColumn).data().toString(), u"owner"_s);
    QCOMPARE(model.index(1, OccupantModel::JidColumn).data().toString(), u"wiccarocks@shakespeare.lit"_s);
    QCOMPARE(model.index(1, OccupantModel::StatusColumn).data().toString(), u"away — stirring"_s);
    QVERIFY(model.index(1, OccupantModel::SinceColumn).data(OccupantModel::SortRole).toDateTime().isValid());

    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_feeder->join(u"heath"_s, u"hecate@shakespeare.lit/broom"_s, u"hecate"_s);
    QCOMPARE(inserted.size(), 0);
    m_feeder->join(u"coven"_s, u"hecate@shakespeare.lit/broom"_s, u"hecate"_s);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    m_feeder->leave(u"coven"_s, u"wiccarocks@shakespeare.lit/laptop"_s, u"secondwitch"_s);
    QCOMPARE(column(model, OccupantModel::NickColumn), QStringList({u"firstwitch"_s, u"hecate"_s}));
    QCOMPARE(resets.size(), 0);
}

void ModelsTest::nickAndRoleChangesUpdateRowsInPlace()
{
    m_feeder->createRoom(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"firstwitch"_s);
    m_feeder->join(u"coven"_s, u"hag66@shakespeare.lit/pda"_s, u"thirdwitch"_s);
    OccupantModel model(m_service.get());
    model.setRoom(u"coven@chat.shakespeare.lit"_s);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    m_feeder->changeNick(u"coven"_s, u"hag66@shakespeare.lit/pda"_s, u"hecate"_s);
    QCOMPARE(model.index(1, OccupantModel::NickColumn).data().toString(), u"hecate"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_service->setRole(u"coven@chat.shakespeare.lit"_s, u"hecate"_s, Role::Moderator), QString());
    QCOMPARE(model.index(1, OccupantModel::RoleColumn).data().toString(), u"moderator"_s);
    QCOMPARE(m_service->setAffiliation(u"coven@chat.shakespeare.lit"_s, u"hag66@shakespeare.lit"_s, Affiliation::Admin), QString());
    QCOMPARE(model.index(1, OccupantModel::AffiliationColumn).data().toString(), u"admin"_s);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
}

void ModelsTest::eventLogSaysWhyOccupantsLeft()
{
    EventLogModel log(m_service.get());
    const auto coven = u"coven@chat.shakespeare.lit"_s;
    m_feeder->createRoom(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"firstwitch"_s);
    m_feeder->join(u"coven"_s, u"wiccarocks@shakespeare.lit/laptop"_s, u"secondwitch"_s);
    m_feeder->join(u"coven"_s, u"hag66@shakespeare.lit/pda"_s, u"thirdwitch"_s);
    m_feeder->join(u"coven"_s, u"hecate@shakespeare.lit/broom"_s, u"hecate"_s);
    m_feeder->setSubject(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"Fire burn"_s);
    m_feeder->leave(u"coven"_s, u"hecate@shakespeare.lit/broom"_s, u"hecate"_s);
    QCOMPARE(m_service->kick(coven, u"thirdwitch"_s, u"Avaunt"_s), QString());
    QCOMPARE(m_service->ban(coven, u"wiccarocks@shakespeare.lit"_s), QString());
    QCOMPARE(m_service->destroyRoom(coven, u"Done"_s), QString());

    const auto texts = column(log, EventLogModel::TextColumn);
    for (const auto &expected : {u"Room created"_s, u"secondwitch joined (wiccarocks@shakespeare.lit, participant)"_s,
                                 u"firstwitch set the subject to “Fire burn”"_s, u"hecate left"_s,
                                 u"thirdwitch was kicked"_s, u"secondwitch was banned"_s,
                                 u"firstwitch left: the room was destroyed"_s, u"Room destroyed"_s}) {
        QVERIFY2(texts.contains(expected), qPrintable(u"no “%1” in:\n%2"_s.arg(expected, texts.join(u'\n'))));
    }
    QCOMPARE(log.index(0, EventLogModel::RoomColumn).data().toString(), u"coven"_s);
    QCOMPARE(log.index(0, EventLogModel::RoomColumn).data(EventLogModel::RoomJidRole).toString(), coven);
}

void ModelsTest::eventLogDropsTheOldestBeyondItsLimit()
{
    EventLogModel log(m_service.get(), 5);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
    QSignalSpy resets(&log, &QAbstractItemModel::modelReset);
    for (int i = 1; i <= 8; ++i)
        log.add(EventLogModel::Kind::ActionDone, {}, u"event %1"_s.arg(i));
    QCOMPARE(log.rowCount(), 5);
    QCOMPARE(column(log, EventLogModel::TextColumn),
             QStringList({u"event 4"_s, u"event 5"_s, u"event 6"_s, u"event 7"_s, u"event 8"_s}));
    QCOMPARE(removed.size(), 3);
    QCOMPARE(resets.size(), 0);
}

void ModelsTest::eventLogShowsAFloodOnce()
{
    EventLogModel log(m_service.get());
    m_feeder->createRoom(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"firstwitch"_s);
    m_feeder->join(u"coven"_s, u"hag66@shakespeare.lit/pda"_s, u"thirdwitch"_s);
    // Past the default groupchat rate (30 in 10 s) in one burst, short of kicking.
    for (int i = 0; i < 40; ++i)
        m_feeder->say(u"coven"_s, u"hag66@shakespeare.lit/pda"_s, u"Round about the cauldron go"_s);
    int hits = 0;
    for (int row = 0; row < log.rowCount(); ++row) {
        if (log.index(row, 0).data(EventLogModel::KindRole).value<EventLogModel::Kind>() == EventLogModel::Kind::LimitHit) {
            ++hits;
            QCOMPARE(log.index(row, EventLogModel::TextColumn).data().toString(),
                     u"thirdwitch sends messages too fast; refused until they slow down"_s);
            QCOMPARE(log.index(row, EventLogModel::RoomColumn).data().toString(), u"coven"_s);
        }
    }
    QCOMPARE(hits, 1);
}

void ModelsTest::modelsStayConsistentThroughABurst()
{
    m_feeder->createRoom(u"coven"_s, u"crone1@shakespeare.lit/desktop"_s, u"firstwitch"_s);
    RoomListModel rooms(m_service.get());
    OccupantModel occupants(m_service.get());
    occupants.setRoom(u"coven@chat.shakespeare.lit"_s);
    EventLogModel log(m_service.get(), 50); // small, so the burst also drops old rows
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester roomsTester(&rooms, Mode::QtTest);
    QAbstractItemModelTester occupantsTester(&occupants, Mode::QtTest);
    QAbstractItemModelTester logTester(&log, Mode::QtTest);
    QSignalSpy roomResets(&rooms, &QAbstractItemModel::modelReset);
    QSignalSpy occupantResets(&occupants, &QAbstractItemModel::modelReset);
    QSignalSpy logResets(&log, &QAbstractItemModel::modelReset);

    // 200 changes over the coven and a few temporary rooms that come and go.
    const QStringList nodes = {u"coven"_s, u"heath"_s, u"cave"_s};
    QHash<QString, QString> nickOf; // full JID -> nick, of those inside
    QHash<QString, QString> roomOf; // full JID -> room node
    for (int i = 0; i < 200; ++i) {
        const auto user = u"user%1@shakespeare.lit/r"_s.arg(i % 23);
        if (!nickOf.contains(user)) {
            const auto node = nodes.at(i % nodes.size());
            const auto nick = u"n%1"_s.arg(i);
            if (m_service->occupants(m_feeder->roomJid(node)).isEmpty())
                m_feeder->createRoom(node, user, nick);
            else
                m_feeder->join(node, user, nick);
            nickOf.insert(user, nick);
            roomOf.insert(user, node);
        } else if (i % 3 == 0) {
            const auto nick = u"renamed%1"_s.arg(i);
            m_feeder->changeNick(roomOf.value(user), user, nick);
            nickOf.insert(user, nick);
        } else {
            m_feeder->leave(roomOf.value(user), user, nickOf.value(user));
            nickOf.remove(user);
            roomOf.remove(user);
        }
    }

    // What the models show is what the service has.
    const auto serviceRooms = m_service->rooms();
    QCOMPARE(rooms.rowCount(), serviceRooms.size());
    for (const auto &room : serviceRooms) {
        const int row = rooms.rowOf(room.jid);
        QVERIFY(row >= 0);
        QCOMPARE(rooms.index(row, RoomListModel::OccupantsColumn).data().toInt(), room.occupants);
    }
    QStringList expected;
    for (const auto &occupant : m_service->occupants(u"coven@chat.shakespeare.lit"_s))
        expected << occupant.nick;
    auto shown = column(occupants, OccupantModel::NickColumn);
    std::sort(expected.begin(), expected.end());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
    QCOMPARE(log.rowCount(), 50);
    QCOMPARE(roomResets.size(), 0);
    QCOMPARE(occupantResets.size(), 0);
    QCOMPARE(logResets.size(), 0);
}

QTEST_MAIN(ModelsTest)
#include "tst_models.moc"
