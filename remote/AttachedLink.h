#pragma once

#include "RemoteTypes.h"
#include "ServiceLink.h"

#include <QPointer>
#include <QPromise>

class QLocalSocket;
class QRemoteObjectNode;
class AdminEndpointReplica;

namespace qmuc {

// A running `qmuc`, reached over its admin socket (remote/AdminServer): a snapshot to start
// from, then its signals as they happen, and its admin slots. The rooms and occupants are kept
// here from the snapshot and the signals, so reading them never waits for the service.
class AttachedLink : public ServiceLink
{
    Q_OBJECT
public:
    explicit AttachedLink(QObject *parent = nullptr);
    ~AttachedLink() override;

    // Connects to the endpoint at `socketPath`: ready() follows, or lost() with the reason.
    void attach(const QString &socketPath);
    QString socketPath() const { return m_path; }
    bool isReady() const { return m_ready; }
    // How long an admin action may wait for the service's answer.
    static constexpr int ActionTimeoutMs = 15000;

    QString domain() const override { return m_snapshot.domain; }
    QString serverAddress() const override { return m_snapshot.serverAddress; }
    ComponentConnection::State connectionState() const override { return m_snapshot.state; }
    QString connectionErrorText() const override { return m_snapshot.errorText; }
    QString databasePath() const override { return m_snapshot.databasePath; }
    QString storagePath() const override { return m_snapshot.storagePath; }
    bool isStorageReadOnly() const override { return m_snapshot.storageReadOnly; }
    QFuture<StorageReport> checkStorage(StorageCheck depth = StorageCheck::Counts) override;
    void countArchive(const QString &roomJid) override;
    QList<RoomInfo> rooms() const override { return m_snapshot.rooms; }
    QList<OccupantInfo> occupants(const QString &roomJid) const override { return m_snapshot.occupants.value(roomJid); }
    int limitsHit() const override { return m_snapshot.limitsHit; }
    QList<int> messagesPerMinute() const override { return m_messages.history(MessageRate::monotonicMs()); }
    QList<int> joinsPerMinute() const override { return m_joins.history(MessageRate::monotonicMs()); }

    void start() override;
    void stop() override;
    QString kick(const QString &roomJid, const QString &nick, const QString &reason = {}) override;
    QString ban(const QString &roomJid, const QString &bareJid, const QString &reason = {}) override;
    QString setRole(const QString &roomJid, const QString &nick, Role role, const QString &reason = {}) override;
    QString setAffiliation(const QString &roomJid, const QString &bareJid, Affiliation affiliation,
                           const QString &reason = {}) override;
    QString setSubject(const QString &roomJid, const QString &subject) override;
    QString destroyRoom(const QString &roomJid, const QString &reason = {}, const QString &alternateVenue = {}) override;
    QString putOnHat(const QString &roomJid, const QString &bareJid, const QString &uri, const QString &title) override;
    QString takeOffHat(const QString &roomJid, const QString &bareJid, const QString &uri) override;
    QString retractRecent(const QString &roomJid, const QString &nick, int hours, const QString &reason = {},
                          int *retracted = nullptr) override;

Q_SIGNALS:
    // The snapshot arrived: the link shows the service from now on.
    void ready();

private:
    void acquire();
    void takeSnapshot(const ServiceSnapshot &snapshot);
    // Keeps the rooms and occupants as the service's signals change them.
    void follow();
    void lose(const QString &reason);
    RoomInfo *room(const QString &roomJid);
    void replaceOccupant(const QString &roomJid, const QString &nick, const OccupantInfo &occupant);

    QString m_path;
    QLocalSocket *m_socket;
    QRemoteObjectNode *m_node;
    AdminEndpointReplica *m_replica = nullptr;
    ServiceSnapshot m_snapshot;
    MessageRate m_messages{60'000}; // from the snapshot on
    MessageRate m_joins{60'000};
    bool m_ready = false;
    bool m_lost = false;
    QList<std::shared_ptr<QPromise<StorageReport>>> m_storageChecks;
};

} // namespace qmuc
