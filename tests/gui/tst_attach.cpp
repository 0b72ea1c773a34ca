// qmuc-admin attached to a headless qmuc through its admin socket: a real qmuc process, a real
// server, real clients, and windows that only know the socket.
#include "ActivityChart.h"
#include "AdminActions.h"
#include "AttachedLink.h"
#include "EventLogModel.h"
#include "MainWindow.h"
#include "OccupantModel.h"
#include "RoomListModel.h"
#include "QmucProcess.h"
#include "TestClient.h"
#include "XmppServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

#include <numeric>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using qmuc::AttachedLink;
using qmuc::gui::MainWindow;
using qmuc::test::QmucProcess;
using qmuc::test::XmppServer;

class AttachTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoWindowsSeeTheRoomAndAKickReachesTheClient();
    void killedWindowsLeaveTheServiceServing();
    void userNotOnTheAllowListIsRefused();
    void attachedWindowFollowsLiveTraffic();

private:
    // A window on the running qmuc, once it has its snapshot; null if it could not attach.
    static MainWindow *attachWindow(const QString &socket);
    static QString userName()
    {
        const auto *entry = getpwuid(getuid());
        return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(getuid());
    }

    std::unique_ptr<XmppServer> m_server;
    QmucProcess m_qmuc;
    qmuc::test::TestClient m_alice{u"alice"_s};
    qmuc::test::TestClient m_bob{u"bob"_s};
    QString m_room;
};

void AttachTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto dir = qEnvironmentVariable("QMUC_TEST_DIR", QDir::tempPath() + u"/qmuc-attach-test"_s);
    m_server = qmuc::test::makeServer(dir + u"/server"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    // This user is on the allow-list: the list lets them in, and someone else's refusal is below.
    m_qmuc.start(*m_server, {u"--admin-allow"_s, userName() + u",@no-such-group"_s});
    QVERIFY2(m_qmuc.waitForOutput(u"state: Connected"_s), qPrintable(m_qmuc.output()));
    QVERIFY2(m_qmuc.output().contains(u"admin endpoint at "_s + m_qmuc.adminSocket()), qPrintable(m_qmuc.output()));
    QCOMPARE(QFileInfo(m_qmuc.adminSocket()).permissions() & (QFile::ReadOther | QFile::WriteOther), QFile::Permissions());

    m_room = u"watched@"_s + m_server->domain();
    QVERIFY(m_alice.connectTo(*m_server));
    QVERIFY(m_bob.connectTo(*m_server));
    QVERIFY(m_alice.sendRaw(u"<presence to='%1/alice'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(m_room)));
    QVERIFY(m_alice.request(u"<iq type='set' to='%1'><query xmlns='http://jabber.org/protocol/muc#owner'>"
                            "<x xmlns='jabber:x:data' type='submit'/></query></iq>"_s.arg(m_room)).isResult());
}

void AttachTest::cleanupTestCase()
{
    m_qmuc.terminate();
    m_qmuc.waitForExit();
}

MainWindow *AttachTest::attachWindow(const QString &socket)
{
    auto *link = MainWindow::attach(socket);
    QSignalSpy ready(link, &AttachedLink::ready);
    QSignalSpy lost(link, &AttachedLink::lost);
    if (!ready.wait(20000)) {
        qWarning() << "could not attach:" << lost;
        delete link;
        return nullptr;
    }
    return qobject_cast<MainWindow *>(link->parent());
}

void AttachTest::twoWindowsSeeTheRoomAndAKickReachesTheClient()
{
    // One window before Bob comes, one after: the late one starts from the snapshot.
    std::unique_ptr<MainWindow> early(attachWindow(m_qmuc.adminSocket()));
    QVERIFY2(early, qPrintable(m_qmuc.output()));
    QTRY_VERIFY(early->selectRoom(m_room));
    QVERIFY(m_bob.sendRaw(u"<presence to='%1/bob'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(m_room)));
    QTRY_VERIFY(early->selectOccupant(u"bob"_s));
    std::unique_ptr<MainWindow> late(attachWindow(m_qmuc.adminSocket()));
    QVERIFY2(late, qPrintable(m_qmuc.output()));
    QVERIFY(late->selectRoom(m_room));
    QVERIFY(late->selectOccupant(u"bob"_s));
    QVERIFY(late->selectOccupant(u"alice"_s));

    auto prompts = qmuc::gui::AdminPrompts::interactive();
    prompts.reason = [](QWidget *, const QString &, const QString &) { return std::optional(u"Enough spam"_s); };
    early->adminActions()->setPrompts(prompts);
    early->adminActions()->kickAction()->trigger();

    const auto kicked = m_bob.waitFor([&](const QDomElement &stanza) {
        return stanza.tagName() == u"presence" && stanza.attribute(u"type"_s) == u"unavailable"
            && stanza.attribute(u"from"_s) == m_room + u"/bob"_s;
    });
    QVERIFY2(!kicked.isNull(), qPrintable(m_qmuc.output()));
    QStringList codes;
    const auto x = kicked.firstChildElement(u"x"_s);
    for (auto status = x.firstChildElement(u"status"_s); !status.isNull(); status = status.nextSiblingElement(u"status"_s))
        codes << status.attribute(u"code"_s);
    QVERIFY(codes.contains(u"307"_s));
    QCOMPARE(x.firstChildElement(u"item"_s).firstChildElement(u"reason"_s).text(), u"Enough spam"_s);
    // Both windows follow; the service logs who did it.
    QTRY_VERIFY(!early->selectOccupant(u"bob"_s));
    QTRY_VERIFY(!late->selectOccupant(u"bob"_s));
    const auto *log = late->eventLog();
    QTRY_VERIFY(log->rowCount() > 0
                && log->index(log->rowCount() - 1, 0).data(qmuc::gui::EventLogModel::KindRole).value<qmuc::gui::EventLogModel::Kind>()
                       == qmuc::gui::EventLogModel::Kind::Kicked);
    QVERIFY2(m_qmuc.waitForOutput(u"kick of bob in %1 by local user %2 (uid %3)"_s.arg(m_room, userName()).arg(getuid())),
             qPrintable(m_qmuc.output()));
}

void AttachTest::killedWindowsLeaveTheServiceServing()
{
    // A window in a process of its own, killed as a crash would.
    QProcess window;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(QMUC_ADMIN_BINARY), {u"--attach"_s, m_qmuc.adminSocket()});
    QVERIFY(window.waitForStarted());
    QVERIFY2(m_qmuc.waitForOutput(u"admin window attached: local user %1 (uid %2), pid %3"_s.arg(userName()).arg(getuid()).arg(window.processId())),
             qPrintable(m_qmuc.output()));
    const auto pid = window.processId();
    window.kill();
    QVERIFY(window.waitForFinished());
    QVERIFY2(m_qmuc.waitForOutput(u"admin window detached: local user %1 (uid %2), pid %3"_s.arg(userName()).arg(getuid()).arg(pid)),
             qPrintable(m_qmuc.output()));

    // And one in this process, attached and destroyed.
    delete attachWindow(m_qmuc.adminSocket());

    // The service still serves its users and its windows.
    QVERIFY(m_qmuc.process().state() == QProcess::Running);
    QVERIFY(m_bob.sendRaw(u"<presence to='%1/bob'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(m_room)));
    std::unique_ptr<MainWindow> again(attachWindow(m_qmuc.adminSocket()));
    QVERIFY(again);
    QVERIFY(again->selectRoom(m_room));
    QTRY_VERIFY(again->selectOccupant(u"bob"_s));
}

void AttachTest::userNotOnTheAllowListIsRefused()
{
    // A second qmuc that lets only someone else in; it needs no server to refuse a window.
    QmucProcess strict;
    const auto dir = QFileInfo(m_qmuc.adminSocket()).absolutePath();
    const auto socket = dir + u"/strict.sock"_s;
    strict.start(*m_server, {u"--port"_s, u"1"_s, u"--data-dir"_s, dir + u"/strict-data"_s, u"--admin-socket"_s, socket,
                             u"--admin-allow"_s, u"someone-else,@no-such-group"_s});
    QVERIFY2(strict.waitForOutput(u"admin endpoint at "_s + socket), qPrintable(strict.output()));

    AttachedLink link;
    QSignalSpy lost(&link, &AttachedLink::lost);
    link.attach(socket);
    QVERIFY2(lost.wait(20000), qPrintable(strict.output()));
    const auto reason = lost.first().first().toString();
    QVERIFY2(reason.contains(u"refused the user %1"_s.arg(userName())), qPrintable(reason));
    QVERIFY(!link.isReady());
    QVERIFY(strict.waitForOutput(u"refused an admin window of local user %1"_s.arg(userName())));
}

void AttachTest::attachedWindowFollowsLiveTraffic()
{
    std::unique_ptr<MainWindow> window(attachWindow(m_qmuc.adminSocket()));
    QVERIFY(window);
    window->resize(1280, 800);
    window->show();
    QVERIFY(window->selectRoom(m_room));
    // Users come and talk; QMUC_TRAFFIC_SECONDS makes it last (for a screenshot of a busy hour).
    std::vector<std::unique_ptr<qmuc::test::TestClient>> guests;
    for (const auto *name : {"carol", "dave", "erin"}) {
        guests.push_back(std::make_unique<qmuc::test::TestClient>(QString::fromLatin1(name)));
        QVERIFY(guests.back()->connectTo(*m_server));
        QVERIFY(guests.back()->sendRaw(u"<presence to='%1/%2'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s
                                           .arg(m_room, QString::fromLatin1(name))));
    }
    QTRY_VERIFY(window->selectOccupant(u"erin"_s));
    const int seconds = qEnvironmentVariableIntValue("QMUC_TRAFFIC_SECONDS");
    QElapsedTimer elapsed;
    elapsed.start();
    int sent = 0;
    do {
        for (auto &guest : guests) {
            QVERIFY(guest->sendRaw(u"<message to='%1' type='groupchat'><body>line %2</body></message>"_s.arg(m_room).arg(++sent)));
            QTest::qWait(20 + (sent * 37) % 180);
        }
    } while (elapsed.elapsed() < seconds * 1000);
    // The window counts what the service relays, through the socket.
    const auto *rooms = window->roomModel();
    const auto rate = [&] { return rooms->index(rooms->rowOf(m_room), qmuc::gui::RoomListModel::RateColumn).data().toInt(); };
    if (seconds < 50)
        QTRY_COMPARE(rate(), sent);
    else
        QTRY_VERIFY(rate() > 0);
    // A window that opens now still shows the hour's messages and joins: the service counted them.
    std::unique_ptr<MainWindow> later(attachWindow(m_qmuc.adminSocket()));
    QVERIFY(later);
    const auto *chart = later->findChild<qmuc::gui::ActivityChart *>();
    QVERIFY(chart);
    const auto messages = chart->messagesPerMinute();
    QVERIFY(std::accumulate(messages.cbegin(), messages.cend(), 0) >= sent);
    const auto joins = chart->joinsPerMinute();
    QVERIFY(std::accumulate(joins.cbegin(), joins.cend(), 0) >= int(guests.size()));
    later.reset();

    // What the database holds, counted by the service on a thread of its own.
    auto *link = window->findChild<AttachedLink *>();
    QVERIFY(link);
    const auto check = link->checkStorage();
    QTRY_VERIFY(check.isFinished());
    QVERIFY(check.resultCount() == 1 && check.result().ok);
    QCOMPARE(check.result().path, link->storagePath());
    window->grab().save(qEnvironmentVariable("QMUC_TEST_DIR", QDir::tempPath()) + u"/attached.png"_s);
}

QTEST_MAIN(AttachTest)
#include "tst_attach.moc"
