// qmuc-admin's window on the offscreen platform, driving a real core against a real server (Prosody or ejabberd).
#include "AdminActions.h"
#include "DestroyRoomDialog.h"
#include "EventLogModel.h"
#include "MainWindow.h"
#include "XmppServer.h"
#include "RoomFeeder.h"
#include "RoomListModel.h"
#include "SettingsDialog.h"
#include "TestClient.h"

#include <QAction>
#include <QApplication>
#include <QHelpEvent>
#include <QScopeGuard>
#include <QTranslator>
#include <QDir>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using qmuc::test::XmppServer;

class MainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsConnectedStateLive();
    void showsServerRefusalInItsWords();
    void disconnectActionStopsTheService();
    void screenshotWithLiveRooms();
    void kickFromTheWindowReachesTheClientThroughTheServer();
    void retractFromTheWindowReachesTheClientThroughTheServer();
    void windowSpeaksGermanAndFrench_data();
    void windowSpeaksGermanAndFrench();

private:
    qmuc::Settings settingsFor() const;
    // A window on a service, and two users of the server.
    struct TwoInARoom {
        explicit TwoInARoom(const QString &jid) : room(jid) { }
        QString room;
        qmuc::MucService service;
        std::unique_ptr<qmuc::gui::MainWindow> window; // made by enter(), on the configured service
        qmuc::test::TestClient alice{u"alice"_s};
        qmuc::test::TestClient bob{u"bob"_s};
    };
    // The service connected; Alice makes the room through the server and Bob enters it.
    void enter(TwoInARoom &scene);
    static QString text(const QWidget &window, const char *name)
    {
        auto *label = window.findChild<QLabel *>(QLatin1StringView(name));
        return label ? label->text() : u"(no label %1)"_s.arg(QLatin1StringView(name));
    }
    static QString events(const QWidget &window)
    {
        const auto *model = window.findChild<QTreeView *>(u"events"_s)->model();
        QStringList texts;
        for (int row = 0; row < model->rowCount(); ++row)
            texts << model->index(row, qmuc::gui::EventLogModel::TextColumn).data().toString();
        return texts.join(u'\n');
    }

    std::unique_ptr<XmppServer> m_server;
    QString m_dir;
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the window's state goes to a throwaway place
    m_dir = qEnvironmentVariable("QMUC_TEST_DIR", QDir::tempPath() + u"/qmuc-gui-test"_s);
    m_server = qmuc::test::makeServer(m_dir + u"/server"_s);
    QVERIFY2(m_server->start(), qPrintable(m_server->error()));
}

qmuc::Settings MainWindowTest::settingsFor() const
{
    qmuc::Settings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = m_server->componentPort();
    settings.domain = m_server->domain();
    return settings;
}

void MainWindowTest::enter(TwoInARoom &scene)
{
    auto &[room, service, window, alice, bob] = scene;
    service.configure(settingsFor(), m_server->secret());
    window = std::make_unique<qmuc::gui::MainWindow>(&service);
    window->show();
    service.start();
    QTRY_COMPARE(text(*window, "connectionState"), u"Connected"_s);
    QVERIFY(alice.connectTo(*m_server));
    QVERIFY(bob.connectTo(*m_server));
    QVERIFY(alice.sendRaw(u"<presence to='%1/alice'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(room)));
    QVERIFY(alice.request(u"<iq type='set' to='%1'><query xmlns='http://jabber.org/protocol/muc#owner'>"
                          "<x xmlns='jabber:x:data' type='submit'/></query></iq>"_s.arg(room)).isResult());
    QVERIFY(bob.sendRaw(u"<presence to='%1/bob'><x xmlns='http://jabber.org/protocol/muc'/></presence>"_s.arg(room)));
}

void MainWindowTest::showsConnectedStateLive()
{
    qmuc::MucService service;
    service.configure(settingsFor(), m_server->secret());
    qmuc::gui::MainWindow window(&service);
    window.show();
    QCOMPARE(text(window, "connectionState"), u"Disconnected"_s);
    service.start();
    QTRY_COMPARE(text(window, "connectionState"), u"Connected"_s);
    QVERIFY(events(window).contains(u"Connecting"_s));
    QVERIFY(events(window).contains(u"Connected"_s));
}

void MainWindowTest::showsServerRefusalInItsWords()
{
    qmuc::MucService service;
    service.configure(settingsFor(), u"wrong"_s);
    qmuc::gui::MainWindow window(&service);
    window.show();
    service.start();
    QTRY_COMPARE(text(window, "connectionState"), u"Failed"_s);
    QVERIFY2(text(window, "errorText").contains(u"the secret is wrong"_s), qPrintable(text(window, "errorText")));
    // The server's own explanation is shown too, when it gives one: Prosody does ("Given token does
    // not match calculated token"), ejabberd sends a bare <not-authorized/>.
    if (m_server->kind() == XmppServer::Kind::Prosody)
        QVERIFY2(text(window, "errorText").contains(u"Server says:"_s), qPrintable(text(window, "errorText")));
}

void MainWindowTest::disconnectActionStopsTheService()
{
    qmuc::MucService service;
    service.configure(settingsFor(), m_server->secret());
    qmuc::gui::MainWindow window(&service);
    window.show();
    service.start();
    QTRY_COMPARE(text(window, "connectionState"), u"Connected"_s);
    QAction *disconnect = nullptr;
    for (auto *action : window.findChildren<QAction *>()) {
        if (action->text() == u"&Disconnect")
            disconnect = action;
    }
    QVERIFY(disconnect);
    QVERIFY(disconnect->isEnabled());
    disconnect->trigger();
    QTRY_COMPARE(text(window, "connectionState"), u"Disconnected"_s);
    QCOMPARE(service.connectionState(), qmuc::ComponentConnection::State::Disconnected);
    QVERIFY(!disconnect->isEnabled());
}

// For people to look at: the window connected, with rooms, occupants and events, and where the
// data lives.
void MainWindowTest::screenshotWithLiveRooms()
{
    // A data directory of its own, fresh each run, opened as qmuc-admin opens it.
    const auto dataDir = m_dir + u"/data"_s;
    QVERIFY(QDir(dataDir).removeRecursively());
    QVERIFY(QDir().mkpath(dataDir));
    auto stored = settingsFor();
    stored.dataDir = dataDir;
    qmuc::MucService service;
    service.configure(stored, m_server->secret());
    QString storageError;
    QVERIFY2(service.openStorage(&storageError), qPrintable(storageError));
    qmuc::gui::MainWindow window(&service);
    window.resize(1360, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(text(window, "databasePath"), QDir::toNativeSeparators(dataDir + u"/qmuc.sqlite"_s));
    service.start();
    QTRY_COMPARE(text(window, "connectionState"), u"Connected"_s);

    // The users are made up, so what the service says to them goes to the test, not to Prosody.
    qmuc::test::RoomFeeder feeder(service);
    const auto user = [](const char *name) { return u"%1@localhost/%2"_s.arg(QLatin1StringView(name), u"phone"_s); };
    feeder.createRoom(u"lobby"_s, user("alice"), u"alice"_s,
                      {{u"muc#roomconfig_roomname"_s, u"Lobby"_s}, {u"muc#roomconfig_persistentroom"_s, u"1"_s},
                       {u"muc#roomconfig_enablelogging"_s, u"1"_s}});
    feeder.setSubject(u"lobby"_s, user("alice"), u"Welcome! Be kind, and read the house rules before posting links."_s);
    feeder.join(u"lobby"_s, user("bob"), u"bob"_s, u"away"_s, u"In a meeting until 3"_s);
    feeder.join(u"lobby"_s, user("carol"), u"carol"_s);
    feeder.join(u"lobby"_s, user("dave"), u"dave"_s, u"dnd"_s, u"Focus time"_s);
    feeder.join(u"lobby"_s, user("erin"), u"erin"_s, u"chat"_s);
    feeder.join(u"lobby"_s, user("frank"), u"frank"_s);
    feeder.join(u"lobby"_s, user("grace"), u"grace"_s, {}, u"Reviewing the release notes"_s);
    feeder.join(u"lobby"_s, user("heidi"), u"heidi"_s, u"xa"_s, u"On holiday"_s);

    feeder.createRoom(u"dev"_s, user("oscar"), u"oscar"_s,
                      {{u"muc#roomconfig_roomname"_s, u"Developers"_s}, {u"muc#roomconfig_persistentroom"_s, u"1"_s},
                       {u"muc#roomconfig_membersonly"_s, u"1"_s}});
    for (const auto *name : {"peggy", "trent", "walter"}) {
        QCOMPARE(service.setAffiliation(feeder.roomJid(u"dev"_s), u"%1@localhost"_s.arg(QLatin1StringView(name)),
                                        qmuc::Affiliation::Member), QString());
        feeder.join(u"dev"_s, user(name), QString::fromLatin1(name));
    }
    feeder.createRoom(u"townhall"_s, user("victor"), u"victor"_s,
                      {{u"muc#roomconfig_roomname"_s, u"Town Hall Q&A"_s}, {u"muc#roomconfig_moderatedroom"_s, u"1"_s}});
    for (const auto *name : {"judy", "mike", "niaj", "olivia"})
        feeder.join(u"townhall"_s, user(name), QString::fromLatin1(name));
    feeder.createRoom(u"staff"_s, user("sybil"), u"sybil"_s,
                      {{u"muc#roomconfig_roomname"_s, u"Staff"_s}, {u"muc#roomconfig_persistentroom"_s, u"1"_s},
                       {u"muc#roomconfig_publicroom"_s, u"0"_s}, {u"muc#roomconfig_passwordprotectedroom"_s, u"1"_s},
                       {u"muc#roomconfig_roomsecret"_s, u"s3cret"_s}});
    feeder.join(u"staff"_s, user("trudy"), u"trudy"_s, {}, u"password"_s);
    feeder.createRoom(u"coffee-break"_s, user("ivan"), u"ivan"_s);
    feeder.join(u"coffee-break"_s, user("zoe"), u"zoe"_s);

    for (int i = 0; i < 23; ++i)
        feeder.say(u"lobby"_s, user(i % 3 ? "carol" : "erin"), u"message %1"_s.arg(i));
    for (int i = 0; i < 9; ++i)
        feeder.say(u"dev"_s, user("peggy"), u"build %1 is green"_s.arg(i));
    for (int i = 0; i < 4; ++i)
        feeder.say(u"coffee-break"_s, user("zoe"), u"☕"_s);
    feeder.changeNick(u"lobby"_s, user("carol"), u"caroline"_s);
    feeder.leave(u"townhall"_s, user("olivia"), u"olivia"_s);
    QCOMPARE(service.setRole(feeder.roomJid(u"townhall"_s), u"judy"_s, qmuc::Role::Participant), QString());
    QCOMPARE(service.setRole(feeder.roomJid(u"lobby"_s), u"bob"_s, qmuc::Role::Moderator), QString());

    // The operator at work: a kick with a reason, and one the rules refuse.
    QVERIFY(window.selectRoom(feeder.roomJid(u"lobby"_s)));
    auto prompts = qmuc::gui::AdminPrompts::interactive();
    prompts.reason = [](QWidget *, const QString &, const QString &) { return std::optional(u"Posting spam links"_s); };
    window.adminActions()->setPrompts(prompts);
    QVERIFY(window.selectOccupant(u"frank"_s));
    window.adminActions()->kickAction()->trigger();
    QVERIFY(window.selectOccupant(u"alice"_s));
    window.adminActions()->kickAction()->trigger();
    QVERIFY(window.selectOccupant(u"bob"_s));
    QVERIFY(events(window).contains(u"frank was kicked"_s));

    // The lobby keeps an archive: its subject and 23 messages.
    const auto configuration = [&] { return text(window, "roomConfiguration").replace(QChar::Nbsp, u' '); };
    QTRY_VERIFY2(configuration().endsWith(u" · Messages archived (24 so far)"_s), qPrintable(configuration()));
    QTest::qWait(100); // layouts settle
    const auto path = m_dir + u"/qmuc-admin.png"_s;
    QVERIFY(window.grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));

    // What the database holds, as the path's tooltip tells it.
    auto *databasePath = window.findChild<QLabel *>(u"databasePath"_s);
    const auto hover = [&] {
        QHelpEvent event(QEvent::ToolTip, QPoint(2, 2), databasePath->mapToGlobal(QPoint(2, 2)));
        QApplication::sendEvent(databasePath, &event);
        return databasePath->toolTip();
    };
    // New rooms archive by default: the lobby's 24, dev's 9 and the coffee break's 4.
    QTRY_VERIFY2(hover().contains(u"Persistent rooms: 3 · Archived messages: 37"_s),
                 qPrintable(databasePath->toolTip()));
    QTest::qWait(50);
    for (auto *widget : QApplication::topLevelWidgets()) {
        if (widget->inherits("QTipLabel") && widget->isVisible())
            QVERIFY(widget->grab().save(m_dir + u"/qmuc-admin-data-tooltip.png"_s));
    }

    // And the two dialogs an operator meets.
    const auto lobby = window.roomModel()->roomAt(window.roomModel()->rowOf(feeder.roomJid(u"lobby"_s)));
    qmuc::gui::DestroyRoomDialog destroy(lobby, &window);
    destroy.show();
    QTest::qWait(50);
    QVERIFY(destroy.grab().save(m_dir + u"/qmuc-admin-destroy.png"_s));
    qmuc::gui::SettingsDialog settings(m_dir + u"/qmuc.ini"_s, service.settings(), &window);
    settings.show();
    QTest::qWait(50);
    QVERIFY(settings.grab().save(m_dir + u"/qmuc-admin-settings.png"_s));
}

// The operator's whole path: a real user joins through the server, shows up in the window, is kicked
// from it with a reason, and their own client hears of it with 307 and that reason.
void MainWindowTest::kickFromTheWindowReachesTheClientThroughTheServer()
{
    TwoInARoom scene(u"kickroom@"_s + m_server->domain());
    enter(scene);
    if (QTest::currentTestFailed())
        return;
    auto &[room, service, window, alice, bob] = scene;

    QTRY_VERIFY(window->selectRoom(room));
    QTRY_VERIFY(window->selectOccupant(u"bob"_s));
    auto prompts = qmuc::gui::AdminPrompts::interactive();
    prompts.reason = [](QWidget *, const QString &, const QString &) { return std::optional(u"Enough spam"_s); };
    window->adminActions()->setPrompts(prompts);
    window->adminActions()->kickAction()->trigger();

    const auto kicked = bob.waitFor([&](const QDomElement &stanza) {
        return stanza.tagName() == u"presence" && stanza.attribute(u"type"_s) == u"unavailable"
            && stanza.attribute(u"from"_s) == room + u"/bob"_s;
    });
    QVERIFY(!kicked.isNull());
    const auto x = kicked.firstChildElement(u"x"_s);
    QStringList codes;
    for (auto status = x.firstChildElement(u"status"_s); !status.isNull(); status = status.nextSiblingElement(u"status"_s))
        codes << status.attribute(u"code"_s);
    QVERIFY(codes.contains(u"307"_s));
    QVERIFY(codes.contains(u"110"_s));
    QCOMPARE(x.firstChildElement(u"item"_s).firstChildElement(u"reason"_s).text(), u"Enough spam"_s);
    QTRY_VERIFY(!window->selectOccupant(u"bob"_s));
    QVERIFY(events(*window).contains(u"bob was kicked"_s));
}

// A moderator's cleanup: a user's recent messages, retracted from the window, are retracted in
// the other user's client (XEP-0425 §4), the one it knew them by (XEP-0359 stanza id).
void MainWindowTest::retractFromTheWindowReachesTheClientThroughTheServer()
{
    TwoInARoom scene(u"retractroom@"_s + m_server->domain());
    enter(scene);
    if (QTest::currentTestFailed())
        return;
    auto &[room, service, window, alice, bob] = scene;
    QVERIFY(!alice.waitFor([&](const QDomElement &stanza) { return stanza.attribute(u"from"_s) == room + u"/bob"_s; }).isNull());
    QVERIFY(bob.sendRaw(u"<message to='%1' type='groupchat'><body>Buy cheap watches</body></message>"_s.arg(room)));
    const auto spam = alice.waitFor([&](const QDomElement &stanza) {
        return stanza.tagName() == u"message" && stanza.firstChildElement(u"body"_s).text() == u"Buy cheap watches";
    });
    QVERIFY(!spam.isNull());
    QString stanzaId;
    for (auto id = spam.firstChildElement(u"stanza-id"_s); !id.isNull(); id = id.nextSiblingElement(u"stanza-id"_s)) {
        if (id.attribute(u"by"_s) == room)
            stanzaId = id.attribute(u"id"_s);
    }
    QVERIFY(!stanzaId.isEmpty());

    QTRY_VERIFY(window->selectRoom(room));
    QTRY_VERIFY(window->selectOccupant(u"bob"_s));
    auto prompts = qmuc::gui::AdminPrompts::interactive();
    prompts.retraction = [](QWidget *, const qmuc::OccupantInfo &) { return std::optional(qmuc::gui::RetractRequest{1, u"Spam"_s}); };
    window->adminActions()->setPrompts(prompts);
    window->adminActions()->retractRecentAction()->trigger();
    QVERIFY2(events(*window).contains(u"Retracted 1 message(s) from bob (“Spam”)"_s), qPrintable(events(*window)));

    const auto retraction = alice.waitFor([&](const QDomElement &stanza) {
        const auto retract = stanza.firstChildElement(u"retract"_s);
        return stanza.tagName() == u"message" && retract.namespaceURI() == u"urn:xmpp:message-retract:1"
            && retract.attribute(u"id"_s) == stanzaId;
    });
    QVERIFY(!retraction.isNull());
    QCOMPARE(retraction.attribute(u"from"_s), room);
    QCOMPARE(retraction.firstChildElement(u"retract"_s).firstChildElement(u"reason"_s).text(), u"Spam"_s);
}

void MainWindowTest::windowSpeaksGermanAndFrench_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("connected");
    QTest::newRow("de") << u"de"_s << u"Verbunden"_s;
    QTest::newRow("fr") << u"fr"_s << u"Connecté"_s;
}

// The translations qmuc-admin ships, as the system locale would pick them.
void MainWindowTest::windowSpeaksGermanAndFrench()
{
    QFETCH(QString, language);
    QFETCH(QString, connected);
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), u"qmuc"_s, u"_"_s, QStringLiteral(QMUC_TRANSLATIONS_DIR)));
    QCoreApplication::installTranslator(&translator);
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

    qmuc::MucService service;
    service.configure(settingsFor(), m_server->secret());
    qmuc::gui::MainWindow window(&service);
    window.resize(1100, 640);
    window.show();
    service.start();
    QTRY_COMPARE(text(window, "connectionState"), connected);
    QTest::qWait(50);
    QVERIFY(window.grab().save(m_dir + u"/qmuc-admin-%1.png"_s.arg(language)));
}

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
