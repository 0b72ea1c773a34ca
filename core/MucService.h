#pragma once

#include "BlockList.h"
#include "ServiceLink.h"
#include "Settings.h"
#include "component/ComponentConnection.h"
#include "StorageReport.h"
#include "muc/Room.h"
#include "storage/StorageTarget.h"

#include <QFuture>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <unordered_map>

class QXmppIq;
class QXmppNonza;

namespace qmuc {

class Store;

// The component's face: owns the connection, answers what is addressed to the service itself,
// hands room traffic to rooms, and reports every change as a signal (ServiceLink's). The CLI and
// the GUI hold this object; its slots are the admin actions.
class MucService : public ServiceLink, private RoomHost
{
    Q_OBJECT
public:
    explicit MucService(QObject *parent = nullptr);
    ~MucService() override;

    // Takes the settings and the secret (kept only in the connection's configuration).
    void configure(const Settings &settings, const QString &secret);
    const Settings &settings() const { return m_settings; }

    // Opens the database in the data directory (in memory when there is none) and brings back the
    // persistent rooms, which then answer at once. start() does this if nobody did; call it first
    // to learn why it failed.
    bool openStorage(QString *error);
    // The database the settings name (reading PostgreSQL's password file; *error if it cannot),
    // and what windows and logs call it (the file, or the PostgreSQL connection without password).
    static StorageTarget storageTarget(const Settings &settings, QString *error = nullptr);
    static QString databasePath(const Settings &settings);
    QString databasePath() const override { return databasePath(m_settings); }
    // The database in use, for a view that shows where the data lives: its file (":memory:" when
    // kept in memory; empty while none is open), whether it may not be written (changes then stay
    // in memory), and what it holds, read on a thread of its own (counting a large archive takes a
    // while) without changing it.
    QString storagePath() const override;
    bool isStorageReadOnly() const override;
    QFuture<StorageReport> checkStorage(StorageCheck depth = StorageCheck::Counts) override;
    // Reads the database without changing it (`qmuc --check-db`).
    static StorageReport checkDatabase(const StorageTarget &target, StorageCheck depth = StorageCheck::Verify);
    QString domain() const override { return m_settings.domain; }
    QString serverAddress() const override;

    ComponentConnection::State connectionState() const override { return m_connection->state(); }
    QString connectionErrorText() const override { return m_connection->errorText(); }
    ComponentConnection *connection() const { return m_connection; }

    // Where outgoing stanzas go: the connection unless a test replaces it.
    using Sink = std::function<bool(const QByteArray &)>;
    void setSink(Sink sink) { m_sink = std::move(sink); }

    // The language of the texts the admin slots return (their refusals go to the operator, not to
    // an XMPP user): a language tag such as QLocale().bcp47Name(); English until set.
    void setOperatorLanguage(const QString &language) { m_operatorLanguage = language; }

    // The read side, for a view that opens late: every room, and the occupants of one.
    QList<RoomInfo> rooms() const override;
    QList<OccupantInfo> occupants(const QString &roomJid) const override;
    int limitsHit() const override { return m_limitsHit; }
    QList<int> messagesPerMinute() const override { return m_messagesPerMinute.history(MessageRate::monotonicMs()); }
    QList<int> joinsPerMinute() const override { return m_joinsPerMinute.history(MessageRate::monotonicMs()); }
    // How many messages a room's archive holds (0 for an unknown room). It writes the store's
    // queue first, so a view asks when it needs the number, not on every message.
    qint64 archivedMessages(const QString &roomJid);
    void countArchive(const QString &roomJid) override { Q_EMIT archiveCounted(roomJid, archivedMessages(roomJid)); }

public Q_SLOTS:
    void start() override;
    void stop() override;
    // One stanza from the server; every one that asks for an answer gets exactly one.
    void handleStanza(const QDomElement &stanza);

    // The admin actions (ServiceLink's).
    QString kick(const QString &roomJid, const QString &nick, const QString &reason = {}) override;
    QString ban(const QString &roomJid, const QString &bareJid, const QString &reason = {}) override;
    QString setRole(const QString &roomJid, const QString &nick, qmuc::Role role, const QString &reason = {}) override;
    QString setAffiliation(const QString &roomJid, const QString &bareJid, qmuc::Affiliation affiliation,
                           const QString &reason = {}) override;
    QString setSubject(const QString &roomJid, const QString &subject) override;
    QString destroyRoom(const QString &roomJid, const QString &reason = {}, const QString &alternateVenue = {}) override;
    QString putOnHat(const QString &roomJid, const QString &bareJid, const QString &uri, const QString &title) override;
    QString takeOffHat(const QString &roomJid, const QString &bareJid, const QString &uri) override;
    QString retractRecent(const QString &roomJid, const QString &nick, int hours, const QString &reason = {},
                          int *retracted = nullptr) override;

private:
    // tr() for the service's own texts: they go on the wire, so they are looked up in the wire
    // language (WireText.h), never through the application's translators.
    static QString wireTr(const char *text, const char *disambiguation = nullptr, int n = -1);

    // RoomHost
    void send(const QByteArray &stanzas) override;
    void joined(const Room &room, const OccupantInfo &occupant) override;
    void left(const Room &room, const OccupantInfo &occupant, LeaveReason reason) override;
    void nickChanged(const Room &room, const QString &oldNick, const OccupantInfo &occupant) override;
    void sessionEntered(const Room &room, const QString &fullJid, const QString &bareJid, const QString &nick) override;
    void sessionLeft(const Room &room, const QString &fullJid) override;
    void presenceChanged(const Room &room, const OccupantInfo &occupant) override;
    void relayed(const Room &room, const QString &nick, qsizetype size) override;
    void subjectSet(const Room &room, const QString &subject, const QString &nick) override;
    void configured(const Room &room) override;
    void roleChanged(const Room &room, const OccupantInfo &occupant) override;
    void affiliationSet(const Room &room, const QString &bareJid, Affiliation affiliation) override;
    bool isServiceAdmin(const QString &bareJid) const override;
    void changed(const Room &room) override;
    MessageArchive &archive() override;
    QByteArray occupantIdKey() override;
    qsizetype maxAvatarBytes() const override;
    const Limits &limits() const override { return m_settings.limits; }
    void overLimit(const Room &room, const QString &who, LimitKind kind) override;
    bool isBlocked(const QString &bareJid) const override { return m_blockList.lists(bareJid); }
    // The service's limits on joining and creating rooms (XEP-0045 §7.2, §10.1): a refusal.
    std::optional<Refusal> refuseJoin(const Stanza &stanza, bool creates);
    // A user went over a limit (in the room, if any): reportLimit() once per burst.
    void overLimit(const QString &who, LimitKind kind, const QString &roomJid = {});
    // The refusal for a user on the block list.
    static Refusal blockedRefusal();
    // Logs it and emits limitHit.
    void reportLimit(const QString &roomJid, const QString &who, LimitKind kind);
    // The database, opened on first use (in memory when the file cannot be used).
    Store &store();

    // Several instances on one database (Store::isShared): rooms are loaded as their stanzas come,
    // and what the service says of all rooms comes from the database.
    bool isShared() const;
    using Rooms = std::unordered_map<QString, std::unique_ptr<Room>>;
    // Loads a room the database has and this instance does not, claiming it from the instance
    // that held it (alive or not, when `fromOthersAlive`). end() when it is not loaded: with
    // *refusal the requester's reason when the room may exist (the database is out of reach, or
    // another instance alive holds it), empty when there is no such room.
    Rooms::iterator loadRoom(const QString &jid, bool fromOthersAlive, std::optional<Refusal> *refusal);
    // Tells sessions recorded in rooms of an instance gone that they are out (status 332).
    void tellShutDown(const QList<RecordedSession> &sessions);
    // Lets go of every room (after telling its occupants when `tell`): the server may route them
    // elsewhere now, and whichever instance receives their next stanza loads them.
    void releaseRooms(bool tell);
    // Renews this instance's lease and reaps instances gone (on a timer).
    void renewLease();
    // Every room of the service, for lists that show them all: jid, name, occupants.
    QList<RoomInfo> serviceRooms();

    // Runs an admin action on a room as the service's own administrator.
    QString administer(const QString &roomJid, const std::function<std::optional<Refusal>(Room &, const Actor &)> &action);
    // After a room has handled something: dispose of it if it is done, save it if it changed.
    void settle(const QString &roomJid);
    void saveForRestart();

    void handleRoomStanza(const Stanza &stanza);
    // With several instances, makes a new room's row before the room: false when the database
    // cannot; *it is the room when another instance made it first (loaded from the database).
    bool claimNewRoom(const QString &roomJid, Rooms::iterator *it);
    bool mayCreateRooms(const Jid &user) const;
    QByteArray answerServiceItems(const QDomElement &element);
    // AdHocCommands.cpp (XEP-0050): node and name of each command, and running one.
    // The ad-hoc commands (XEP-0050) this user may run: node, name.
    QList<std::pair<QString, QString>> commands(const QString &bareJid) const;
    QByteArray answerCommand(const QDomElement &iq);
    void handleIq(const QDomElement &element);
    void handleMessage(const QDomElement &element);
    void handlePresence(const QDomElement &element);
    // Returns the one answer, serialised (a QXmppIq value would slice off the payload).
    QByteArray answerServiceIq(const QDomElement &element);

    Settings m_settings;
    QString m_operatorLanguage;
    bool m_handlingStanza = false;
    bool m_connectedBefore = false; // a later connection may find sessions the server lost
    bool m_connected = false;       // to the server: stanzas sent now reach someone
    ComponentConnection *m_connection;
    Sink m_sink;
    Rooms m_rooms; // by bare room JID
    Store *m_store;
    QSet<QString> m_unsaved; // rooms whose lasting state changed since they were last saved
    QTimer *m_retentionTimer;
    QTimer *m_blockListRetry; // asks a block list that refused again, later and later
    QTimer *m_leaseTimer;     // renews this instance's lease on a shared database
    QList<RecordedSession> m_untold; // of instances gone, reaped while not connected
    RateTable m_joinRates;     // by user and by domain
    RateTable m_creationRates; // by user and by domain
    BlockList m_blockList;
    int m_limitsHit = 0; // limitHit() so far
    MessageRate m_messagesPerMinute{60'000};
    MessageRate m_joinsPerMinute{60'000};
    RateTable m_blockedReports{1000}; // by user: a refusal of a listed user is reported once per burst
};

} // namespace qmuc
