// The admin window driven by a real core fed stanzas: what the operator sees and what their
// actions send.
#include "AdminActions.h"
#include "ConnectionPanel.h"
#include "EventLogModel.h"
#include "MainWindow.h"
#include "OccupantModel.h"
#include "RoomFeeder.h"
#include "RoomListModel.h"
#include "ServiceHarness.h" // XEP-0045's witches: Coven, Crone, Wiccarocks, Hag
#include "SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QImage>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace qmuc;
using namespace qmuc::gui;
using namespace qmuc::test;

class DashboardTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void joinMakesTheOccupantRowAppear();
    void kickFromTheOccupantsViewRemovesLogsAndSends307WithReason();
    void deleteKeyKicksTheChosenOccupant();
    void cancellingTheReasonKicksNobody();
    void refusalIsShownInTheStatusBarAndTheLog();
    void banSends301AndLogsIt();
    void roleActionsFollowTheOccupantsRole();
    void affiliationMenuSetsTheAffiliation();
    void setSubjectShowsInTheDetails();
    void detailsCountTheChosenRoomsArchive();
    void destroyRoomAsksThenRemovesTheRoom();
    void hatPutOnFromTheOccupantsViewShowsInTheRowAndGoesOut();
    void hatsChangedElsewhereShowLive();
    void occupantIdIsInTheOccupantsTooltip();
    void retractRecentRetractsWhatTheOccupantSentLately();
    void detailsShowTheRoomsAvatarOrAPlaceholder();
    void roomFilterKeepsMatchingRooms();
    void splittersAreRememberedAcrossWindows();
    void settingsDialogWritesIniAndSecretFileForOwnerOnly();
    void settingsDialogRefusesAnUnusableDomain();
    void dataLocationIsTheDataDirectorysDatabaseWithWhatItHolds();
    void postgresDatabaseIsNamedWithoutAFolderToOpen();
    void readOnlyDatabaseShowsItsWriteFailureInRedAndInTheLog();
    void writeFailureClearsWhenWritesWorkAgain();
    void unusableDatabaseIsShownAndTheServiceRunsInMemory();

private:
    QTreeView *view(const char *name) const { return m_window->findChild<QTreeView *>(QLatin1StringView(name)); }
    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1StringView(name)); }
    QStringList eventTexts() const;
    QStringList shownNicks() const;
    // What the occupants view shows in a column of the occupant's row.
    QString shownCell(const QString &nick, OccupantModel::Column column, int role = Qt::DisplayRole) const;
    void answerReason(const std::optional<QString> &reason);
    // A service with its rooms and archive in dataDir, opened as qmuc-admin opens it.
    static std::unique_ptr<MucService> storedService(const QString &dataDir, QString *error);
    // The tooltip the widget shows when the mouse rests on it.
    static QString hoverToolTip(QWidget *widget);
    static QStringList eventTexts(const MainWindow &window);

    std::unique_ptr<MucService> m_service;
    std::unique_ptr<RoomFeeder> m_feeder;
    std::unique_ptr<MainWindow> m_window;
};

void DashboardTest::initTestCase()
{
    // Window state goes to a throwaway settings location.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void DashboardTest::init()
{
    m_service = makeService();
    m_feeder = std::make_unique<RoomFeeder>(*m_service);
    m_window = std::make_unique<MainWindow>(m_service.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Unarchived, as the tests compare it with an archived one (new rooms archive by default).
    m_feeder->createRoom(u"coven"_s, Crone, u"firstwitch"_s, {{u"muc#roomconfig_enablearchiving"_s, u"0"_s}});
    m_feeder->join(u"coven"_s, Wiccarocks, u"secondwitch"_s);
    QVERIFY(m_window->selectRoom(Coven));
    m_feeder->takeOutput();
}

void DashboardTest::cleanup()
{
    m_window.reset();
    m_feeder.reset();
    m_service.reset();
}

QStringList DashboardTest::eventTexts() const
{
    return eventTexts(*m_window);
}

QStringList DashboardTest::eventTexts(const MainWindow &window)
{
    QStringList texts;
    const auto *log = window.eventLog();
    for (int row = 0; row < log->rowCount(); ++row)
        texts << log->index(row, EventLogModel::TextColumn).data().toString();
    return texts;
}

QStringList DashboardTest::shownNicks() const
{
    QStringList nicks;
    const auto *model = view("occupants")->model();
    for (int row = 0; row < model->rowCount(); ++row)
        nicks << model->index(row, OccupantModel::NickColumn).data().toString();
    return nicks;
}

QString DashboardTest::shownCell(const QString &nick, OccupantModel::Column column, int role) const
{
    const auto *model = m_window->occupantModel();
    return model->index(model->rowOf(nick), column).data(role).toString();
}

void DashboardTest::answerReason(const std::optional<QString> &reason)
{
    auto prompts = AdminPrompts::interactive();
    prompts.reason = [reason](QWidget *, const QString &, const QString &) { return reason; };
    m_window->adminActions()->setPrompts(prompts);
}

void DashboardTest::joinMakesTheOccupantRowAppear()
{
    QVERIFY(!shownNicks().contains(u"thirdwitch"_s));
    m_feeder->join(u"coven"_s, Hag, u"thirdwitch"_s, u"dnd"_s, u"brewing"_s);
    QVERIFY2(shownNicks().contains(u"thirdwitch"_s), qPrintable(shownNicks().join(u", "_s)));
    QVERIFY(eventTexts().contains(u"thirdwitch joined (hag66@shakespeare.lit, participant)"_s));
    const auto *rooms = view("rooms")->model();
    QCOMPARE(rooms->index(0, RoomListModel::OccupantsColumn).data().toInt(), 3);
    QCOMPARE(m_window->findChild<QLabel *>(u"roomName"_s)->text(), u"coven"_s);
}

void DashboardTest::kickFromTheOccupantsViewRemovesLogsAndSends307WithReason()
{
    m_feeder->join(u"coven"_s, Hag, u"thirdwitch"_s);
    answerReason(u"Avaunt, you cullion!"_s);
    QVERIFY(m_window->selectOccupant(u"thirdwitch"_s));
    auto *kick = action("kickAction");
    QVERIFY(kick->isEnabled());
    QVERIFY(view("occupants")->actions().contains(kick)); // in its context menu
    kick->trigger();

    QVERIFY(!shownNicks().contains(u"thirdwitch"_s));
    QVERIFY2(eventTexts().contains(u"thirdwitch was kicked"_s), qPrintable(eventTexts().join(u'\n')));
    QVERIFY2(eventTexts().contains(u"Kicked thirdwitch (“Avaunt, you cullion!”)"_s), qPrintable(eventTexts().join(u'\n')));
    const auto out = m_feeder->takeOutput();
    QVERIFY(std::any_of(out.cbegin(), out.cend(), [](const QDomElement &stanza) {
        return stanza.attribute(u"to"_s) == Hag && stanza.attribute(u"type"_s) == u"unavailable"
            && RoomFeeder::statusCodes(stanza).contains(307) && RoomFeeder::itemReason(stanza) == u"Avaunt, you cullion!";
    }));
}

void DashboardTest::deleteKeyKicksTheChosenOccupant()
{
    m_feeder->join(u"coven"_s, Hag, u"thirdwitch"_s);
    answerReason(QString());
    QVERIFY(m_window->selectOccupant(u"thirdwitch"_s));
    m_window->activateWindow();
    view("occupants")->setFocus();
    QTRY_VERIFY(view("occupants")->hasFocus());
    QTest::keyClick(view("occupants"), Qt::Key_Delete);
    QTRY_VERIFY(!shownNicks().contains(u"thirdwitch"_s));
}

void DashboardTest::cancellingTheReasonKicksNobody()
{
    answerReason(std::nullopt);
    QVERIFY(m_window->selectOccupant(u"secondwitch"_s));
    action("kickAction")->trigger();
    QVERIFY(shownNicks().contains(u"secondwitch"_s));
    QVERIFY(m_feeder->takeOutput().isEmpty());
}

void DashboardTest::refusalIsShownInTheStatusBarAndTheLog()
{
    answerReason(QString());
    QVERIFY(m_window->selectOccupant(u"firstwitch"_s)); // the owner
    action("kickAction")->trigger();
    QVERIFY(shownNicks().contains(u"firstwitch"_s));
    const auto shown = m_window->statusBar()->currentMessage();
    QVERIFY2(shown.contains(u"refused"_s) && shown.contains(u"change their affiliation first"_s), qPrintable(shown));
    const auto *log = m_window->eventLog();
    const auto last = log->index(log->rowCount() - 1, EventLogModel::TextColumn);
    QCOMPARE(last.data().toString(), shown);
    QCOMPARE(last.data(EventLogModel::KindRole).value<EventLogModel::Kind>(), EventLogModel::Kind::ActionRefused);
}

void DashboardTest::banSends301AndLogsIt()
{
    m_feeder->join(u"coven"_s, Hag, u"thirdwitch"_s);
    answerReason(u"Hurlyburly"_s);
    QVERIFY(m_window->selectOccupant(u"thirdwitch"_s));
    QCOMPARE(action("banAction")->shortcut(), QKeySequence(u"Ctrl+B"_s));
    action("banAction")->trigger();
    QVERIFY(!shownNicks().contains(u"thirdwitch"_s));
    QVERIFY(eventTexts().contains(u"thirdwitch was banned"_s));
    QVERIFY(eventTexts().contains(u"hag66@shakespeare.lit has the affiliation outcast"_s));
    const auto out = m_feeder->takeOutput();
    QVERIFY(std::any_of(out.cbegin(), out.cend(), [](const QDomElement &stanza) {
        return stanza.attribute(u"to"_s) == Hag && RoomFeeder::statusCodes(stanza).contains(301)
            && RoomFeeder::itemReason(stanza) == u"Hurlyburly";
    }));
    // Banned means kept out.
    m_feeder->join(u"coven"_s, Hag, u"thirdwitch"_s);
    QVERIFY(!shownNicks().contains(u"thirdwitch"_s));
}

void DashboardTest::roleActionsFollowTheOccupantsRole()
{
    QVERIFY(m_window->selectOccupant(u"secondwitch"_s));
    QVERIFY(action("grantModeratorAction")->isEnabled());
    QVERIFY(!action("revokeModeratorAction")->isEnabled());
    QVERIFY(action("revokeVoiceAction")->isEnabled());
    QVERIFY(!action("grantVoiceAction")->isEnabled());

    action("grantModeratorAction")->trigger();
    const auto row = m_window->occupantModel()->rowOf(u"secondwitch"_s);
    QCOMPARE(m_window->occupantModel()->index(row, OccupantModel::RoleColumn).data().toString(), u"moderator"_s);
    QVERIFY(eventTexts().contains(u"secondwitch is now moderator"_s));
    QVERIFY(action("revokeModeratorAction")->isEnabled());
    QVERIFY(!action("grantModeratorAction")->isEnabled());

    action("revokeModeratorAction")->trigger();
    action("revokeVoiceAction")->trigger();
    QCOMPARE(m_window->occupantModel()->index(row, OccupantModel::RoleColumn).data().toString(), u"visitor"_s);
    QVERIFY(action("grantVoiceAction")->isEnabled());
}

void DashboardTest::affiliationMenuSetsTheAffiliation()
{
    QVERIFY(m_window->selectOccupant(u"secondwitch"_s));
    QVERIFY(action("affiliation-none")->isChecked());
    action("affiliation-member")->trigger();
    const auto row = m_window->occupantModel()->rowOf(u"secondwitch"_s);
    QCOMPARE(m_window->occupantModel()->index(row, OccupantModel::AffiliationColumn).data().toString(), u"member"_s);
    QVERIFY(action("affiliation-member")->isChecked());
    QVERIFY(eventTexts().contains(u"Gave wiccarocks@shakespeare.lit the affiliation member"_s));
}

void DashboardTest::setSubjectShowsInTheDetails()
{
    auto prompts = AdminPrompts::interactive();
    prompts.subject = [](QWidget *, const RoomInfo &) { return std::optional(u"Fair is foul, and foul is fair"_s); };
    m_window->adminActions()->setPrompts(prompts);
    action("setSubjectAction")->trigger();
    QCOMPARE(m_window->findChild<QLabel *>(u"roomSubject"_s)->text(), u"Fair is foul, and foul is fair"_s);
    QVERIFY(eventTexts().contains(u"Set the subject to “Fair is foul, and foul is fair”"_s));
    const auto out = m_feeder->takeOutput();
    QVERIFY(std::any_of(out.cbegin(), out.cend(), [](const QDomElement &stanza) {
        return stanza.firstChildElement(u"subject"_s).text() == u"Fair is foul, and foul is fair";
    }));
}

void DashboardTest::detailsCountTheChosenRoomsArchive()
{
    // Read with plain spaces: the label keeps each setting on one line with non-breaking ones.
    const auto configuration = [this] {
        return m_window->findChild<QLabel *>(u"roomConfiguration"_s)->text().replace(QChar::Nbsp, u' ');
    };
    QVERIFY2(configuration().endsWith(u" · Not archived"_s), qPrintable(configuration()));

    m_feeder->createRoom(u"heath"_s, Hag, u"thirdwitch"_s, {{u"muc#roomconfig_enablelogging"_s, u"1"_s}});
    const auto heath = m_feeder->roomJid(u"heath"_s);
    QVERIFY(m_window->selectRoom(heath));
    QVERIFY2(configuration().endsWith(u" · Messages archived (0 so far)"_s), qPrintable(configuration()));

    // Messages with a body and subject changes are archived; a chat state alone is not.
    for (int i = 0; i < 3; ++i)
        m_feeder->say(u"heath"_s, Hag, u"When shall we three meet again?"_s);
    m_feeder->setSubject(u"heath"_s, Hag, u"Upon the heath"_s);
    m_feeder->feed(u"<message from='%1' to='%2' type='groupchat'>"
                   "<active xmlns='http://jabber.org/protocol/chatstates'/></message>"_s.arg(Hag, heath));
    m_feeder->say(u"coven"_s, Crone, u"Not here"_s); // another room, and one without an archive
    QCOMPARE(m_service->archivedMessages(heath), 4);
    QCOMPARE(m_service->archivedMessages(Coven), 0);
    QCOMPARE(m_service->archivedMessages(u"nowhere@chat.shakespeare.lit"_s), 0);
    QTRY_VERIFY2(configuration().endsWith(u" · Messages archived (4 so far)"_s), qPrintable(configuration()));

    // Counted again when the room is chosen again.
    QVERIFY(m_window->selectRoom(Coven));
    QVERIFY2(configuration().endsWith(u" · Not archived"_s), qPrintable(configuration()));
    m_feeder->say(u"heath"_s, Hag, u"In thunder, lightning, or in rain?"_s);
    QVERIFY(m_window->selectRoom(heath));
    QVERIFY2(configuration().endsWith(u" · Messages archived (5 so far)"_s), qPrintable(configuration()));
}

void DashboardTest::destroyRoomAsksThenRemovesTheRoom()
{
    auto prompts = AdminPrompts::interactive();
    RoomInfo asked;
    prompts.destroy = [&asked](QWidget *, const RoomInfo &room) {
        asked = room;
        return std::optional(DestroyRequest{u"The play is over"_s, u"heath@chat.shakespeare.lit"_s});
    };
    prompts.warn = [](QWidget *, const QString &, const QString &text) { QFAIL(qPrintable(text)); };
    m_window->adminActions()->setPrompts(prompts);
    action("destroyRoomAction")->trigger();
    QCOMPARE(asked.jid, Coven);
    QCOMPARE(asked.occupants, 2);
    QCOMPARE(view("rooms")->model()->rowCount(), 0);
    QVERIFY(eventTexts().contains(u"Destroyed coven@chat.shakespeare.lit (“The play is over”)"_s));
    QVERIFY(eventTexts().contains(u"Room destroyed"_s));
    QVERIFY(!action("destroyRoomAction")->isEnabled());
    const auto out = m_feeder->takeOutput();
    QVERIFY(std::any_of(out.cbegin(), out.cend(), [](const QDomElement &stanza) {
        const auto destroy = RoomFeeder::mucUser(stanza).firstChildElement(u"destroy"_s);
        return stanza.attribute(u"to"_s) == Wiccarocks && destroy.attribute(u"jid"_s) == u"heath@chat.shakespeare.lit"
            && destroy.firstChildElement(u"reason"_s).text() == u"The play is over";
    }));
}

void DashboardTest::hatPutOnFromTheOccupantsViewShowsInTheRowAndGoesOut()
{
    auto prompts = AdminPrompts::interactive();
    prompts.hat = [](QWidget *, const OccupantInfo &) { return std::optional(Hat{u"urn:example:hats:cauldron"_s, u"Cauldron keeper"_s}); };
    prompts.hatToTakeOff = [](QWidget *, const OccupantInfo &occupant) { return std::optional(occupant.hats.value(0).uri); };
    m_window->adminActions()->setPrompts(prompts);
    QVERIFY(m_window->selectOccupant(u"secondwitch"_s));
    auto *putOn = action("putOnHatAction");
    QVERIFY(view("occupants")->actions().contains(putOn)); // in its context menu
    QVERIFY(putOn->isEnabled());
    QVERIFY(!action("takeOffHatAction")->isEnabled()); // no hat to take off yet
    putOn->trigger();

    QTRY_COMPARE(shownCell(u"secondwitch"_s, OccupantModel::HatsColumn), u"Cauldron keeper"_s);
    QVERIFY(shownCell(u"secondwitch"_s, OccupantModel::HatsColumn, Qt::ToolTipRole).contains(u"urn:example:hats:cauldron"_s));
    QVERIFY2(eventTexts().contains(u"Put the hat “Cauldron keeper” on secondwitch"_s), qPrintable(eventTexts().join(u'\n')));
    // XEP-0317 §2.1: everyone sees it in the occupant's presence.
    const auto out = m_feeder->takeOutput();
    QVERIFY(std::any_of(out.cbegin(), out.cend(), [](const QDomElement &stanza) {
        return stanza.tagName() == u"presence" && stanza.attribute(u"to"_s) == Crone
            && stanza.attribute(u"from"_s) == Coven + u"/secondwitch"_s
            && stanza.firstChildElement(u"hats"_s).firstChildElement(u"hat"_s).attribute(u"title"_s) == u"Cauldron keeper";
    }));

    QTRY_VERIFY(action("takeOffHatAction")->isEnabled());
    action("takeOffHatAction")->trigger();
    QTRY_COMPARE(shownCell(u"secondwitch"_s, OccupantModel::HatsColumn), QString());
    QVERIFY(eventTexts().contains(u"Took the hat “Cauldron keeper” off secondwitch"_s));
    QTRY_VERIFY(!action("takeOffHatAction")->isEnabled());
}

void DashboardTest::hatsChangedElsewhereShowLive()
{
    // The service's slot, as another admin's ad-hoc command takes the same path.
    QCOMPARE(m_service->putOnHat(Coven, u"wiccarocks@shakespeare.lit"_s, u"urn:example:hats:broom"_s, u"Broom pilot"_s), QString());
    QCOMPARE(m_service->putOnHat(Coven, u"wiccarocks@shakespeare.lit"_s, u"urn:example:hats:toad"_s, u"Toad tamer"_s), QString());
    QTRY_COMPARE(shownCell(u"secondwitch"_s, OccupantModel::HatsColumn), u"Broom pilot, Toad tamer"_s);
    QCOMPARE(m_service->takeOffHat(Coven, u"wiccarocks@shakespeare.lit"_s, u"urn:example:hats:broom"_s), QString());
    QTRY_COMPARE(shownCell(u"secondwitch"_s, OccupantModel::HatsColumn), u"Toad tamer"_s);
    // A new view of the room starts from the same.
    QCOMPARE(OccupantModel::hatsText(m_service->occupants(Coven).value(1)), u"Toad tamer"_s);
}

void DashboardTest::occupantIdIsInTheOccupantsTooltip()
{
    m_feeder->join(u"coven"_s, Hag, u"thirdwitch"_s);
    const auto out = m_feeder->takeOutput();
    QString id;
    for (const auto &stanza : out) {
        if (stanza.attribute(u"from"_s) == Coven + u"/thirdwitch"_s)
            id = stanza.firstChildElement(u"occupant-id"_s).attribute(u"id"_s);
    }
    QVERIFY(!id.isEmpty());
    QVERIFY2(shownCell(u"thirdwitch"_s, OccupantModel::NickColumn, Qt::ToolTipRole).endsWith(u"Occupant id: "_s + id),
             qPrintable(shownCell(u"thirdwitch"_s, OccupantModel::NickColumn, Qt::ToolTipRole)));
    QVERIFY(shownCell(u"thirdwitch"_s, OccupantModel::JidColumn, Qt::ToolTipRole).contains(id));
}

void DashboardTest::retractRecentRetractsWhatTheOccupantSentLately()
{
    // An archived room (as new rooms are): what the second witch said, and one line of the third.
    m_feeder->createRoom(u"heath"_s, Hag, u"thirdwitch"_s);
    m_feeder->join(u"heath"_s, Wiccarocks, u"secondwitch"_s);
    const auto heath = m_feeder->roomJid(u"heath"_s);
    m_feeder->takeOutput();
    m_feeder->say(u"heath"_s, Wiccarocks, u"Fillet of a fenny snake"_s);
    m_feeder->say(u"heath"_s, Hag, u"Eye of newt"_s);
    m_feeder->say(u"heath"_s, Wiccarocks, u"In the cauldron boil and bake"_s);
    QStringList secondWitchIds; // the stanza ids (XEP-0359) the third witch's client knows them by
    for (const auto &stanza : m_feeder->takeOutput()) {
        if (stanza.tagName() == u"message" && stanza.attribute(u"to"_s) == Hag
            && stanza.attribute(u"from"_s) == heath + u"/secondwitch"_s)
            secondWitchIds << stanza.firstChildElement(u"stanza-id"_s).attribute(u"id"_s);
    }
    QCOMPARE(secondWitchIds.size(), 2);

    auto prompts = AdminPrompts::interactive();
    OccupantInfo asked;
    prompts.retraction = [&asked](QWidget *, const OccupantInfo &occupant) {
        asked = occupant;
        return std::optional(RetractRequest{2, u"Spoilers"_s});
    };
    m_window->adminActions()->setPrompts(prompts);
    QVERIFY(m_window->selectRoom(heath));
    QVERIFY(m_window->selectOccupant(u"secondwitch"_s));
    auto *retract = action("retractRecentAction");
    QVERIFY(view("occupants")->actions().contains(retract));
    QVERIFY(retract->isEnabled());
    retract->trigger();
    QCOMPARE(asked.nick, u"secondwitch"_s);

    QCOMPARE(m_window->statusBar()->currentMessage(), u"Retracted 2 message(s) from secondwitch (“Spoilers”)"_s);
    QVERIFY(eventTexts().contains(u"Retracted 2 message(s) from secondwitch (“Spoilers”)"_s));
    // XEP-0425 §4: the room tells every occupant which messages are gone, and why.
    QStringList retracted;
    for (const auto &stanza : m_feeder->takeOutput()) {
        const auto retraction = stanza.firstChildElement(u"retract"_s);
        if (stanza.attribute(u"to"_s) == Hag && retraction.namespaceURI() == u"urn:xmpp:message-retract:1") {
            QCOMPARE(retraction.firstChildElement(u"reason"_s).text(), u"Spoilers"_s);
            retracted << retraction.attribute(u"id"_s);
        }
    }
    QCOMPARE(retracted, secondWitchIds);

    // Nothing left to retract a second time.
    retract->trigger();
    QCOMPARE(m_window->statusBar()->currentMessage(), u"Retracted 0 message(s) from secondwitch (“Spoilers”)"_s);
}

void DashboardTest::detailsShowTheRoomsAvatarOrAPlaceholder()
{
    auto *avatar = m_window->findChild<QLabel *>(u"roomAvatar"_s);
    QCOMPARE(avatar->toolTip(), u"This room has no avatar"_s);
    QVERIFY(!avatar->pixmap().isNull()); // the placeholder

    // The owner sets one (XEP-0486 §3.2): a red square.
    QImage red(16, 16, QImage::Format_RGB32);
    red.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(red.save(&buffer, "PNG"));
    m_feeder->feed(u"<iq from='%1' id='avatar1' to='%2' type='set'><vCard xmlns='vcard-temp'><PHOTO><TYPE>image/png</TYPE>"
                   "<BINVAL>%3</BINVAL></PHOTO></vCard></iq>"_s.arg(Crone, Coven, QString::fromLatin1(png.toBase64())));
    QVERIFY(m_feeder->takeOutput().value(0).attribute(u"type"_s) == u"result");

    QTRY_COMPARE(avatar->toolTip(), u"The room's avatar (16 × 16 pixels)"_s);
    const auto shown = avatar->pixmap().toImage();
    QCOMPARE(shown.size(), avatar->size() * avatar->devicePixelRatioF());
    QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2), QColor(Qt::red));

    // An empty vCard takes it away again (§3.2).
    m_feeder->feed(u"<iq from='%1' id='avatar2' to='%2' type='set'><vCard xmlns='vcard-temp'/></iq>"_s.arg(Crone, Coven));
    QTRY_COMPARE(avatar->toolTip(), u"This room has no avatar"_s);
}

void DashboardTest::roomFilterKeepsMatchingRooms()
{
    m_feeder->createRoom(u"heath"_s, Hag, u"thirdwitch"_s, {{u"muc#roomconfig_roomname"_s, u"Blasted Heath"_s}});
    auto *rooms = view("rooms");
    QCOMPARE(rooms->model()->rowCount(), 2);
    auto *filter = rooms->parentWidget()->findChild<QLineEdit *>();
    QTest::keyClicks(filter, u"blasted"_s);
    QCOMPARE(rooms->model()->rowCount(), 1);
    QCOMPARE(rooms->model()->index(0, RoomListModel::NameColumn).data().toString(), u"Blasted Heath"_s);
}

void DashboardTest::splittersAreRememberedAcrossWindows()
{
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({total / 4, total - total / 4});
    const auto sizes = splitter->sizes();
    m_window->close();
    MainWindow again(m_service.get());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
}

void DashboardTest::settingsDialogWritesIniAndSecretFileForOwnerOnly()
{
    QTemporaryDir dir;
    const auto ini = dir.filePath(u"etc/qmuc.ini"_s);
    SettingsDialog dialog(ini, Settings{});
    dialog.findChild<QLineEdit *>(u"host"_s)->setText(u"xmpp.example.org"_s);
    dialog.findChild<QSpinBox *>(u"port"_s)->setValue(5348);
    dialog.findChild<QLineEdit *>(u"domain"_s)->setText(u"conference.example.org"_s);
    dialog.findChild<QLineEdit *>(u"secret"_s)->setText(u"a long random secret"_s);
    dialog.findChild<QLineEdit *>(u"dataDir"_s)->setText(dir.filePath(u"data"_s));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // The same INI file the CLI reads.
    Settings read;
    QCOMPARE(loadSettings(ini, read), QStringList());
    QCOMPARE(read.host, u"xmpp.example.org"_s);
    QCOMPARE(read.port, quint16(5348));
    QCOMPARE(read.domain, u"conference.example.org"_s);
    QCOMPARE(read.dataDir, dir.filePath(u"data"_s));
    QCOMPARE(read.secretFile, dir.filePath(u"etc/secret"_s));
    QFile iniFile(ini);
    QVERIFY(iniFile.open(QIODevice::ReadOnly));
    QVERIFY(!iniFile.readAll().contains("a long random secret"));

    QFile secretFile(read.secretFile);
    QCOMPARE(secretFile.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
    QString error;
    qunsetenv(SecretEnvironmentVariable);
    QCOMPARE(readSecret(read, &error), u"a long random secret"_s);
}

void DashboardTest::settingsDialogRefusesAnUnusableDomain()
{
    QTemporaryDir dir;
    const auto ini = dir.filePath(u"qmuc.ini"_s);
    SettingsDialog dialog(ini, Settings{});
    dialog.findChild<QLineEdit *>(u"domain"_s)->setText(u"not a domain"_s);
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(!dialog.findChild<QLabel *>(u"problems"_s)->isHidden());
    QVERIFY(!QFile::exists(ini));
}

std::unique_ptr<MucService> DashboardTest::storedService(const QString &dataDir, QString *error)
{
    auto service = std::make_unique<MucService>();
    Settings settings;
    settings.domain = u"chat.shakespeare.lit"_s;
    settings.dataDir = dataDir;
    settings.flushIntervalMs = 10;
    service->configure(settings, u"secret"_s);
    QDir().mkpath(dataDir);
    error->clear();
    service->openStorage(error);
    return service;
}

void DashboardTest::postgresDatabaseIsNamedWithoutAFolderToOpen()
{
    MucService service;
    Settings settings;
    settings.domain = u"chat.shakespeare.lit"_s;
    settings.storageDriver = u"postgres"_s;
    settings.postgres = u"host=db.example.org dbname=qmuc"_s;
    service.configure(settings, u"secret"_s);
    MainWindow window(&service);
    window.show();
    auto *path = window.findChild<QLabel *>(u"databasePath"_s);
    QCOMPARE(path->text(), u"PostgreSQL (host=db.example.org dbname=qmuc)"_s);
    // No folder of the operator's holds it, and it is not called a file.
    QVERIFY(window.findChild<QToolButton *>(u"openDataFolder"_s)->isHidden());
    QVERIFY2(hoverToolTip(path).contains(u"kept in this PostgreSQL database"_s), qPrintable(path->toolTip()));
    QVERIFY(!path->toolTip().contains(u"file"_s));
}

QString DashboardTest::hoverToolTip(QWidget *widget)
{
    QHelpEvent event(QEvent::ToolTip, QPoint(1, 1), widget->mapToGlobal(QPoint(1, 1)));
    QApplication::sendEvent(widget, &event);
    return widget->toolTip();
}

void DashboardTest::dataLocationIsTheDataDirectorysDatabaseWithWhatItHolds()
{
    QTemporaryDir dir;
    const auto dataDir = dir.filePath(u"data"_s);
    QString error;
    auto service = storedService(dataDir, &error);
    QCOMPARE(error, QString());
    MainWindow window(service.get());
    window.show();
    auto *path = window.findChild<QLabel *>(u"databasePath"_s);
    QCOMPARE(path->text(), QDir::toNativeSeparators(dataDir + u"/qmuc.sqlite"_s));
    QVERIFY(path->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(window.findChild<QToolButton *>(u"openDataFolder"_s)->isEnabled());
    QVERIFY(window.findChild<QLabel *>(u"storageProblem"_s)->isHidden());

    // What the file holds, counted when the operator looks.
    RoomFeeder feeder(*service);
    feeder.createRoom(u"coven"_s, Crone, u"firstwitch"_s, {{u"muc#roomconfig_persistentroom"_s, u"1"_s}});
    feeder.createRoom(u"heath"_s, Hag, u"thirdwitch"_s);
    QTRY_VERIFY2(hoverToolTip(path).contains(u"Persistent rooms: 1 · Archived messages: 0"_s), qPrintable(path->toolTip()));
    QVERIFY(path->toolTip().startsWith(QDir::toNativeSeparators(dataDir + u"/qmuc.sqlite"_s)));
    QVERIFY(!path->toolTip().contains(u"Read-only"_s));
}

void DashboardTest::readOnlyDatabaseShowsItsWriteFailureInRedAndInTheLog()
{
    QTemporaryDir dir;
    const auto dataDir = dir.filePath(u"data"_s);
    QString error;
    storedService(dataDir, &error); // makes the file
    QCOMPARE(error, QString());
    // The store goes by the mode bits, so this holds for root too.
    QVERIFY(QFile::setPermissions(dataDir + u"/qmuc.sqlite"_s, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    auto service = storedService(dataDir, &error);
    QCOMPARE(error, QString());
    QVERIFY(service->isStorageReadOnly());
    MainWindow window(service.get());
    window.show();
    auto *problem = window.findChild<QLabel *>(u"storageProblem"_s);
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().startsWith(u"Read-only"_s), qPrintable(problem->text()));
    QVERIFY(hoverToolTip(window.findChild<QLabel *>(u"databasePath"_s)).contains(u"Read-only"_s));

    RoomFeeder feeder(*service);
    feeder.createRoom(u"coven"_s, Crone, u"firstwitch"_s, {{u"muc#roomconfig_persistentroom"_s, u"1"_s}});
    QTRY_VERIFY2(problem->text().startsWith(u"Cannot write to "_s), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(u"read-only"_s));
    QCOMPARE(problem->palette().color(QPalette::WindowText), ConnectionPanel::stateColor(ComponentConnection::State::Failed));
    auto *log = window.eventLog();
    const auto failure = log->index(log->rowCount() - 1, EventLogModel::TextColumn);
    QVERIFY2(failure.data().toString().startsWith(u"Cannot write to "_s), qPrintable(failure.data().toString()));
    QCOMPARE(failure.data(EventLogModel::KindRole).value<EventLogModel::Kind>(), EventLogModel::Kind::StorageFailed);
    // Red, as a refused action is.
    log->add(EventLogModel::Kind::ActionRefused, {}, u"refused"_s);
    const auto refusal = log->index(log->rowCount() - 1, EventLogModel::TextColumn);
    QVERIFY(failure.data(Qt::ForegroundRole).isValid());
    QCOMPARE(failure.data(Qt::ForegroundRole), refusal.data(Qt::ForegroundRole));
    // The room itself goes on, in memory.
    QCOMPARE(window.roomModel()->rowCount(), 1);
}

void DashboardTest::writeFailureClearsWhenWritesWorkAgain()
{
    QTemporaryDir dir;
    const auto dataDir = dir.filePath(u"data"_s);
    QString error;
    auto service = storedService(dataDir, &error);
    QCOMPARE(error, QString());
    MainWindow window(service.get());
    window.show();
    auto *problem = window.findChild<QLabel *>(u"storageProblem"_s);
    QVERIFY(problem->isHidden());

    {
        // Another writer holds the file, so the store's writes time out.
        auto locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        locker.setDatabaseName(dataDir + u"/qmuc.sqlite"_s);
        QVERIFY(locker.open());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s));
        RoomFeeder feeder(*service);
        feeder.createRoom(u"coven"_s, Crone, u"firstwitch"_s, {{u"muc#roomconfig_persistentroom"_s, u"1"_s}});
        QTRY_VERIFY(!problem->isHidden());
        QVERIFY2(problem->text().startsWith(u"Cannot write to "_s), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(u"keeps trying"_s), qPrintable(problem->text()));
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        locker.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);

    // The store tries again and gets through.
    QTRY_VERIFY_WITH_TIMEOUT(problem->isHidden(), 10'000);
    QVERIFY(eventTexts(window).contains(u"Writing to the database works again"_s));
}

void DashboardTest::unusableDatabaseIsShownAndTheServiceRunsInMemory()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // The data directory would be inside a plain file.
    const auto dataDir = dir.filePath(u"blocker/data"_s);
    QString error;
    auto service = storedService(dataDir, &error);
    QVERIFY(!error.isEmpty());
    MainWindow window(service.get());
    window.showStorageError(error);
    window.show();
    QCOMPARE(window.findChild<QLabel *>(u"databasePath"_s)->text(), QDir::toNativeSeparators(dataDir + u"/qmuc.sqlite"_s));
    auto *problem = window.findChild<QLabel *>(u"storageProblem"_s);
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(error) && problem->text().contains(u"memory only"_s), qPrintable(problem->text()));
    QCOMPARE(problem->palette().color(QPalette::WindowText), ConnectionPanel::stateColor(ComponentConnection::State::Failed));
    QVERIFY(eventTexts(window).contains(u"Keeping rooms and messages in memory only: "_s + error));

    RoomFeeder feeder(*service);
    feeder.createRoom(u"coven"_s, Crone, u"firstwitch"_s, {{u"muc#roomconfig_persistentroom"_s, u"1"_s}});
    QCOMPARE(window.roomModel()->rowCount(), 1);
    QVERIFY(!problem->isHidden());
}

QTEST_MAIN(DashboardTest)
#include "tst_dashboard.moc"
