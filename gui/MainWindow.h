#pragma once

#include "MucService.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QSplitter;
class QTimer;

namespace qmuc {
class AttachedLink;
}

namespace qmuc::gui {

class AdminActions;
class ConnectionPanel;
class EventLogModel;
class FilteredView;
class OccupantModel;
class RoomDetailsPanel;
class RoomListModel;
class StorageStatus;

// The operator's window on a running service: the connection, the rooms, the chosen room's
// occupants and details, and the live event log; moderation through the service's admin slots.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // A window on `service`, wherever it runs.
    explicit MainWindow(ServiceLink *service, QWidget *parent = nullptr);
    // A window on a service in this process, whose settings the Settings dialog edits.
    explicit MainWindow(MucService *service, QWidget *parent = nullptr);

    // Attaches to the qmuc whose admin endpoint is `socketPath` and opens a window on it once it
    // has sent its state (the window owns the link then). Until then the link is the caller's to
    // watch: lost() says why it could not attach.
    static AttachedLink *attach(const QString &socketPath);
    // Where `qmuc-admin --attach` looks without a socket: a system service's, else the user's own.
    static QString defaultSocketPath();

    // The INI file the Settings dialog edits (the one qmuc-admin was started with).
    void setConfigPath(const QString &path) { m_configPath = path; }
    // Why the service could not open its database (MucService::openStorage); it runs in memory.
    void showStorageError(const QString &error);

    AdminActions *adminActions() const { return m_actions; }
    RoomListModel *roomModel() const { return m_roomModel; }
    OccupantModel *occupantModel() const { return m_occupantModel; }
    EventLogModel *eventLog() const { return m_eventLog; }
    // Makes a room, or an occupant of the chosen room, the current row of its list.
    bool selectRoom(const QString &roomJid);
    bool selectOccupant(const QString &nick);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createLists();
    QSplitter *createSplitters();
    void createMenus(QAction *settingsAction);
    void createToolBar(QAction *settingsAction);
    void showState(ComponentConnection::State state);
    // Follows the current room and occupant into the details, the occupant list and the actions.
    void refreshSelection();
    // Counts the archive of the room the details show (roomJid empty: none keeps one).
    void countArchive(const QString &roomJid);
    void showArchiveCount(const QString &roomJid, qint64 messages);
    void updateTotals();
    void openSettings();
    void askToAttach();
    // The service went out of reach: what the window shows is as it last was.
    void showLost(const QString &reason);
    void copyEvents();
    void saveLayout() const;
    void restoreLayout();

    ServiceLink *m_service;
    // An attached service's link, which goes before the views (their last reads may wait on it).
    std::unique_ptr<ServiceLink> m_ownedLink;
    std::optional<Settings> m_settings; // the service's, when it runs in this process
    QString m_configPath;
    QAction *m_settingsAction;
    RoomListModel *m_roomModel;
    OccupantModel *m_occupantModel;
    EventLogModel *m_eventLog;
    AdminActions *m_actions;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    ConnectionPanel *m_connection;
    StorageStatus *m_storage;
    RoomDetailsPanel *m_details;
    QTimer *m_archiveTimer;
    QString m_countedRoom; // the chosen room, if it keeps an archive
    qint64 m_archived = 0; // and how many messages that archive held when last counted
    FilteredView *m_rooms;
    FilteredView *m_occupants;
    FilteredView *m_events;
    QList<QSplitter *> m_splitters;
    QLabel *m_totals;
};

} // namespace qmuc::gui
