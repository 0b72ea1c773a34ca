#include "MainWindow.h"

#include "ActivityChart.h"
#include "AdminActions.h"
#include "AdminServer.h"
#include "AttachedLink.h"
#include "BadgeDelegate.h"
#include "ConnectionPanel.h"
#include "EventLogModel.h"
#include "FilteredView.h"
#include "OccupantModel.h"
#include "RoomDetailsPanel.h"
#include "RoomListModel.h"
#include "SettingsDialog.h"
#include "SparklineDelegate.h"
#include "StorageStatus.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

// The icons live in this static library: register them before use.
static void initResources()
{
    Q_INIT_RESOURCE(qmuc);
}

namespace qmuc::gui {

MainWindow::MainWindow(ServiceLink *service, QWidget *parent)
    : QMainWindow(parent)
    , m_service(service)
    , m_roomModel(new RoomListModel(service, this))
    , m_occupantModel(new OccupantModel(service, this))
    , m_eventLog(new EventLogModel(service, EventLogModel::DefaultLimit, this))
    , m_details(new RoomDetailsPanel)
    , m_archiveTimer(new QTimer(this))
    , m_totals(new QLabel)
{
    initResources();
    setWindowTitle(tr("qmuc admin — %1").arg(service->domain()));
    setWindowIcon(QIcon(u":/icons/qmuc.svg"_s));
    m_actions = new AdminActions(service, m_eventLog, this);

    m_connectAction = new QAction(QIcon(u":/icons/connect.svg"_s), tr("&Connect"), this);
    m_connectAction->setShortcut(tr("Ctrl+R"));
    m_connectAction->setToolTip(tr("Connect to the server now"));
    connect(m_connectAction, &QAction::triggered, m_service, &ServiceLink::start);
    m_disconnectAction = new QAction(QIcon(u":/icons/disconnect.svg"_s), tr("&Disconnect"), this);
    m_disconnectAction->setShortcut(tr("Ctrl+D"));
    m_disconnectAction->setToolTip(tr("Close the connection to the server; every room stays as it is"));
    connect(m_disconnectAction, &QAction::triggered, m_service, &ServiceLink::stop);
    auto *settingsAction = m_settingsAction = new QAction(QIcon(u":/icons/settings.svg"_s), tr("S&ettings…"), this);
    settingsAction->setObjectName(u"settingsAction"_s);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    settingsAction->setVisible(false); // until there are settings to edit

    m_connection = new ConnectionPanel(service, m_connectAction, m_disconnectAction);
    m_storage = new StorageStatus(service);
    m_connection->addRow(tr("Data"), m_storage);

    createLists();
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_connection);
    layout->addWidget(createSplitters(), 1);
    setCentralWidget(central);

    createMenus(settingsAction);
    createToolBar(settingsAction);
    statusBar()->addPermanentWidget(m_totals);

    auto *findRoom = new QAction(this);
    findRoom->setShortcut(QKeySequence::Find);
    connect(findRoom, &QAction::triggered, m_rooms->filterEdit(), qOverload<>(&QWidget::setFocus));
    addAction(findRoom);

    connect(service, &ServiceLink::connectionStateChanged, this, &MainWindow::showState);
    connect(service, &ServiceLink::lost, this, &MainWindow::showLost);
    connect(m_actions, &AdminActions::reported, this, [this](const QString &text, bool refused) {
        statusBar()->showMessage(text, refused ? 15'000 : 5'000);
    });
    connect(m_storage, &StorageStatus::reported, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15'000);
    });
    connect(m_rooms->view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::refreshSelection);
    connect(m_occupants->view()->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::refreshSelection);
    for (auto *model : {static_cast<QAbstractItemModel *>(m_roomModel), static_cast<QAbstractItemModel *>(m_occupantModel)}) {
        connect(model, &QAbstractItemModel::dataChanged, this, &MainWindow::refreshSelection);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MainWindow::refreshSelection);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::refreshSelection);
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::refreshSelection);
    }
    // The chosen room's archive is counted when the room is chosen, then at most once a second
    // while messages come in: counting writes the store's queue first, which a busy room must
    // not cost on every message.
    m_archiveTimer->setSingleShot(true);
    m_archiveTimer->setInterval(1s);
    connect(m_archiveTimer, &QTimer::timeout, this, [this] { countArchive(m_countedRoom); });
    const auto archived = [this](const QString &roomJid) {
        if (roomJid == m_countedRoom && !m_archiveTimer->isActive())
            m_archiveTimer->start();
    };
    connect(service, &ServiceLink::archiveCounted, this, &MainWindow::showArchiveCount);
    connect(service, &ServiceLink::messageRelayed, this, archived);
    connect(service, &ServiceLink::subjectChanged, this, archived); // subject changes are archived too
    connect(service, &ServiceLink::limitHit, this, &MainWindow::updateTotals);
    connect(m_roomModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateTotals);
    connect(m_roomModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateTotals);
    connect(m_roomModel, &QAbstractItemModel::dataChanged, this, &MainWindow::updateTotals);
    // With nothing chosen yet, the first room that appears is shown.
    connect(m_rooms->proxy(), &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_rooms->view()->currentIndex().isValid())
            m_rooms->view()->setCurrentIndex(m_rooms->proxy()->index(0, 0));
    });

    showState(service->connectionState());
    if (m_rooms->proxy()->rowCount() > 0)
        m_rooms->view()->setCurrentIndex(m_rooms->proxy()->index(0, 0));
    refreshSelection();
    updateTotals();
    restoreLayout();
}

MainWindow::MainWindow(MucService *service, QWidget *parent)
    : MainWindow(static_cast<ServiceLink *>(service), parent)
{
    m_settings = service->settings();
    m_settingsAction->setVisible(true);
}

void MainWindow::createLists()
{
    m_rooms = new FilteredView(tr("Rooms"), m_roomModel);
    m_rooms->view()->setObjectName(u"rooms"_s);
    m_rooms->proxy()->setSortRole(RoomListModel::SortRole);
    m_rooms->view()->setSortingEnabled(true);
    m_rooms->view()->sortByColumn(RoomListModel::NameColumn, Qt::AscendingOrder);
    m_rooms->view()->setItemDelegateForColumn(RoomListModel::BadgesColumn, new BadgeDelegate(m_rooms->view()));
    m_rooms->view()->setItemDelegateForColumn(RoomListModel::RateColumn, new SparklineDelegate(m_rooms->view()));
    m_rooms->view()->addActions(m_actions->roomActions());
    m_rooms->fitColumn(RoomListModel::NameColumn, u"a room with a name"_s, true);
    m_rooms->fitColumn(RoomListModel::BadgesColumn, u"persistent members only password"_s);
    m_rooms->fitColumn(RoomListModel::OccupantsColumn);
    m_rooms->fitColumn(RoomListModel::RateColumn, u"0000 ~~~~~~~~~~"_s);

    m_occupants = new FilteredView(tr("Occupants"), m_occupantModel);
    m_occupants->view()->setObjectName(u"occupants"_s);
    m_occupants->proxy()->setSortRole(OccupantModel::SortRole);
    m_occupants->view()->setSortingEnabled(true);
    m_occupants->view()->sortByColumn(OccupantModel::NickColumn, Qt::AscendingOrder);
    m_occupants->view()->addActions(m_actions->occupantActions());
    m_occupants->fitColumn(OccupantModel::NickColumn, u"a long nickname"_s, true);
    m_occupants->fitColumn(OccupantModel::RoleColumn, OccupantModel::roleText(Role::Participant), true);
    m_occupants->fitColumn(OccupantModel::AffiliationColumn);
    m_occupants->fitColumn(OccupantModel::HatsColumn, u"Teacher, Host"_s);
    m_occupants->fitColumn(OccupantModel::JidColumn, u"someone@example.org"_s);
    m_occupants->fitColumn(OccupantModel::SinceColumn, QLocale().toString(QTime(23, 59, 59), QLocale::ShortFormat));

    m_events = new FilteredView(tr("Events"), m_eventLog);
    m_events->view()->setObjectName(u"events"_s);
    m_events->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_events->followNewRows();
    m_events->fitColumn(EventLogModel::TimeColumn, u"00:00:00"_s);
    m_events->fitColumn(EventLogModel::RoomColumn, u"a-room-name"_s);
    auto *copyEvents = new QAction(tr("&Copy"), m_events->view());
    copyEvents->setShortcut(QKeySequence::Copy);
    copyEvents->setShortcutContext(Qt::WidgetShortcut);
    connect(copyEvents, &QAction::triggered, this, &MainWindow::copyEvents);
    auto *clearEvents = new QAction(tr("C&lear the log"), m_events->view());
    connect(clearEvents, &QAction::triggered, m_eventLog, &EventLogModel::clear);
    m_events->view()->addActions({copyEvents, clearEvents});
}

QSplitter *MainWindow::createSplitters()
{
    // Splitters everywhere, so the operator decides what gets the room.
    auto *right = new QSplitter(Qt::Vertical);
    right->setObjectName(u"roomSplitter"_s);
    right->addWidget(m_details);
    right->addWidget(m_occupants);
    right->setStretchFactor(1, 1);
    auto *left = new QSplitter(Qt::Vertical);
    left->setObjectName(u"roomsSplitter"_s);
    left->addWidget(m_rooms);
    left->addWidget(new ActivityChart(m_service));
    left->setStretchFactor(0, 1);
    auto *top = new QSplitter(Qt::Horizontal);
    top->setObjectName(u"topSplitter"_s);
    top->addWidget(left);
    top->addWidget(right);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);
    auto *main = new QSplitter(Qt::Vertical);
    main->setObjectName(u"mainSplitter"_s);
    main->addWidget(top);
    main->addWidget(m_events);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    m_splitters = {main, top, left, right};
    for (auto *splitter : m_splitters)
        splitter->setChildrenCollapsible(false);
    return main;
}

void MainWindow::createMenus(QAction *settingsAction)
{
    auto *quitAction = new QAction(tr("&Quit"), this);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    auto *aboutAction = new QAction(tr("&About qmuc"), this);
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About qmuc"),
                           tr("<h3>qmuc %1</h3><p>Multi-user chat (XEP-0045) for any XMPP server, "
                              "as an external component (XEP-0114).</p>").arg(QStringLiteral(QMUC_VERSION)));
    });

    auto *serviceMenu = menuBar()->addMenu(tr("&Service"));
    serviceMenu->addAction(m_connectAction);
    serviceMenu->addAction(m_disconnectAction);
    serviceMenu->addSeparator();
    serviceMenu->addAction(settingsAction);
    auto *attachAction = serviceMenu->addAction(tr("Connect to a &Running Service…"), this, &MainWindow::askToAttach);
    attachAction->setObjectName(u"attachAction"_s);
    attachAction->setToolTip(tr("Open a window on a qmuc that runs as a service, through its admin socket"));
    serviceMenu->addSeparator();
    serviceMenu->addAction(quitAction);
    menuBar()->addMenu(tr("&Room"))->addActions(m_actions->roomActions());
    menuBar()->addMenu(tr("&Occupant"))->addActions(m_actions->occupantActions());
    menuBar()->addMenu(tr("&Help"))->addAction(aboutAction);
}

void MainWindow::createToolBar(QAction *settingsAction)
{
    auto *toolBar = addToolBar(tr("Moderation"));
    toolBar->setObjectName(u"moderationToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions(m_actions->toolBarActions());
    auto *spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(settingsAction);
}

bool MainWindow::selectRoom(const QString &roomJid)
{
    return m_rooms->setCurrentSourceRow(m_roomModel->rowOf(roomJid));
}

bool MainWindow::selectOccupant(const QString &nick)
{
    return m_occupants->setCurrentSourceRow(m_occupantModel->rowOf(nick));
}

void MainWindow::showState(ComponentConnection::State state)
{
    m_connection->showState(state, m_service->connectionErrorText());
    const bool active = state == ComponentConnection::State::Connected
        || state == ComponentConnection::State::Connecting
        || state == ComponentConnection::State::Authenticating;
    m_connectAction->setEnabled(!active);
    m_disconnectAction->setEnabled(state != ComponentConnection::State::Disconnected
                                   && state != ComponentConnection::State::Failed);
}

void MainWindow::showStorageError(const QString &error)
{
    m_storage->showOpenError(error);
    m_eventLog->add(EventLogModel::Kind::StorageFailed, {}, tr("Keeping rooms and messages in memory only: %1").arg(error));
}

void MainWindow::refreshSelection()
{
    const int roomRow = m_rooms->currentSourceRow();
    const auto room = roomRow < 0 ? std::nullopt : std::optional(m_roomModel->roomAt(roomRow));
    const auto roomJid = room ? room->jid : QString();
    if (roomJid != m_occupantModel->room())
        m_occupantModel->setRoom(roomJid); // comes back here through modelReset
    const auto archiving = room && room->logging ? roomJid : QString();
    if (archiving != m_countedRoom)
        countArchive(archiving);
    m_details->showRoom(room, room ? m_roomModel->messagesPerMinute(roomRow) : 0, m_archived);
    m_occupants->setTitle(room ? tr("Occupants (%1)").arg(m_occupantModel->rowCount()) : tr("Occupants"));
    m_actions->setRoom(room);
    const int occupantRow = m_occupants->currentSourceRow();
    m_actions->setOccupant(occupantRow < 0 ? std::nullopt : std::optional(m_occupantModel->occupantAt(occupantRow)));
}

void MainWindow::countArchive(const QString &roomJid)
{
    m_archiveTimer->stop();
    if (roomJid != m_countedRoom)
        m_archived = 0; // until the count comes
    m_countedRoom = roomJid;
    if (!roomJid.isEmpty())
        m_service->countArchive(roomJid);
}

void MainWindow::showArchiveCount(const QString &roomJid, qint64 messages)
{
    if (roomJid != m_countedRoom)
        return;
    m_archived = messages;
    refreshSelection();
}

void MainWindow::updateTotals()
{
    int occupants = 0;
    for (int row = 0; row < m_roomModel->rowCount(); ++row)
        occupants += m_roomModel->roomAt(row).occupants;
    m_rooms->setTitle(tr("Rooms (%1)").arg(m_roomModel->rowCount()));
    m_totals->setText(tr("Rooms: %1 · Occupants: %2 · Limits hit: %3").arg(m_roomModel->rowCount()).arg(occupants).arg(m_service->limitsHit()));
}

void MainWindow::openSettings()
{
    if (!m_settings)
        return;
    const auto path = m_configPath.isEmpty() ? SettingsDialog::defaultConfigPath() : m_configPath;
    SettingsDialog dialog(path, SettingsDialog::settingsIn(path, *m_settings), this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Settings saved to %1; they take effect when qmuc admin starts again.").arg(path), 10'000);
}

AttachedLink *MainWindow::attach(const QString &socketPath)
{
    auto *link = new AttachedLink;
    connect(link, &AttachedLink::ready, link, [link] {
        auto *window = new MainWindow(link);
        window->setWindowTitle(tr("qmuc admin — %1 (attached: %2)").arg(link->domain(), link->socketPath()));
        link->setParent(window); // the window is found from its link
        window->m_ownedLink.reset(link);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    link->attach(socketPath);
    return link;
}

QString MainWindow::defaultSocketPath()
{
    const auto system = u"/run/qmuc/admin.sock"_s;
    return QFileInfo::exists(system) ? system : AdminServer::defaultPath();
}

void MainWindow::askToAttach()
{
    bool ok = false;
    const auto path = QInputDialog::getText(this, tr("Connect to a Running Service"),
                                            tr("The admin socket of the running qmuc:"), QLineEdit::Normal,
                                            defaultSocketPath(), &ok);
    if (!ok || path.isEmpty())
        return;
    auto *link = attach(path);
    connect(link, &ServiceLink::lost, this, [this, link](const QString &reason) {
        if (link->isReady() || link->parent())
            return; // its own window says it
        QMessageBox::warning(this, tr("Cannot connect to the service"), reason);
        link->deleteLater();
    });
}

void MainWindow::showLost(const QString &reason)
{
    m_eventLog->add(EventLogModel::Kind::ConnectionError, {}, reason);
    statusBar()->showMessage(reason);
    setWindowTitle(tr("qmuc admin — %1 (detached)").arg(m_service->domain()));
    m_connectAction->setEnabled(false);
    m_disconnectAction->setEnabled(false);
    m_actions->setRoom(std::nullopt);
    m_actions->setOccupant(std::nullopt);
}

void MainWindow::copyEvents()
{
    QStringList lines;
    auto rows = m_events->view()->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const auto &index : rows) {
        QStringList cells;
        for (int column = 0; column < EventLogModel::ColumnCount; ++column)
            cells << index.siblingAtColumn(column).data().toString();
        lines << cells.join(u'\t');
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::saveLayout() const
{
    QSettings state;
    state.setValue(u"window/geometry"_s, saveGeometry());
    state.setValue(u"window/state"_s, saveState());
    for (const auto *splitter : m_splitters)
        state.setValue(u"window/%1"_s.arg(splitter->objectName()), splitter->saveState());
    for (const auto *list : {m_rooms, m_occupants, m_events})
        state.setValue(u"window/%1Columns"_s.arg(list->view()->objectName()), list->view()->header()->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings state;
    if (!restoreGeometry(state.value(u"window/geometry"_s).toByteArray())) {
        // In font units, so the first window fits its text at any scaling.
        resize(fontMetrics().averageCharWidth() * 170, fontMetrics().height() * 46);
    }
    restoreState(state.value(u"window/state"_s).toByteArray());
    for (auto *splitter : m_splitters)
        splitter->restoreState(state.value(u"window/%1"_s.arg(splitter->objectName())).toByteArray());
    if (!state.contains(u"window/topSplitter"_s)) {
        // The room list as wide as its columns; the splitter keeps the proportion.
        const int unit = fontMetrics().averageCharWidth();
        findChild<QSplitter *>(u"topSplitter"_s)->setSizes({unit * 95, unit * 100});
    }
    for (const auto *list : {m_rooms, m_occupants, m_events})
        list->view()->header()->restoreState(state.value(u"window/%1Columns"_s.arg(list->view()->objectName())).toByteArray());
}

} // namespace qmuc::gui
