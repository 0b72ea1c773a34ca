#include "AttachedLink.h"

#include "rep_AdminEndpoint_replica.h"

#include <QLocalSocket>
#include <QLocale>
#include <QRemoteObjectNode>
#include <QRemoteObjectPendingCallWatcher>

#include <unistd.h>
#include <pwd.h>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// The name of the user this process runs as, for messages about access.
QString localUserName()
{
    const auto *entry = getpwuid(getuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString::number(getuid());
}

// Waits for the answer of an admin slot: the refusal, empty when done, or why there is none.
// The window waits as it does for the service in its own process; events other than the user's
// go on meanwhile (the service's signals come before its answer).
QString refusalOf(QRemoteObjectPendingReply<QString> reply)
{
    if (!reply.waitForFinished(AttachedLink::ActionTimeoutMs) || reply.error() != QRemoteObjectPendingCall::NoError)
        return AttachedLink::tr("qmuc did not answer; the action may not have been taken.");
    return reply.returnValue();
}

} // namespace

AttachedLink::AttachedLink(QObject *parent)
    : ServiceLink(parent)
    , m_socket(new QLocalSocket(this))
    , m_node(new QRemoteObjectNode(this))
{
    connect(m_socket, &QLocalSocket::connected, this, &AttachedLink::acquire);
    connect(m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        switch (error) {
        case QLocalSocket::ServerNotFoundError:
            return lose(tr("No qmuc answers at %1: is it running, with its admin endpoint on ([admin] enabled)?").arg(m_path));
        case QLocalSocket::ConnectionRefusedError:
            return lose(tr("Nothing answers at %1: qmuc is not running.").arg(m_path));
        case QLocalSocket::SocketAccessError:
            return lose(tr("The user %1 may not open %2: only qmuc's user and group (qmuc) may.").arg(localUserName(), m_path));
        case QLocalSocket::PeerClosedError:
            return; // disconnected() says it
        default:
            return lose(tr("Cannot reach qmuc at %1: %2").arg(m_path, m_socket->errorString()));
        }
    });
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        if (m_ready)
            lose(tr("The connection to qmuc at %1 was lost: the service stopped or restarted.").arg(m_path));
        else
            lose(tr("qmuc at %1 refused the user %2: only the users and groups in its admin/allow setting may attach.")
                     .arg(m_path, localUserName()));
    });
}

AttachedLink::~AttachedLink()
{
    m_socket->disconnect(this);
}

void AttachedLink::attach(const QString &socketPath)
{
    m_path = socketPath;
    m_socket->connectToServer(socketPath);
}

void AttachedLink::acquire()
{
    m_node->addClientSideConnection(m_socket);
    m_replica = m_node->acquire<AdminEndpointReplica>();
    m_replica->setParent(this);
    connect(m_replica, &QRemoteObjectReplica::stateChanged, this, [this](QRemoteObjectReplica::State state) {
        if (state == QRemoteObjectReplica::SignatureMismatch)
            lose(tr("qmuc at %1 is another version, whose admin endpoint this window does not speak.").arg(m_path));
    });
    connect(m_replica, &QRemoteObjectReplica::initialized, this, [this] {
        auto *watcher = new QRemoteObjectPendingCallWatcher(m_replica->snapshot(QLocale().bcp47Name()), this);
        connect(watcher, &QRemoteObjectPendingCallWatcher::finished, this, [this, watcher] {
            watcher->deleteLater();
            if (watcher->error() != QRemoteObjectPendingCall::NoError)
                return lose(tr("qmuc at %1 did not send its state.").arg(m_path));
            takeSnapshot(watcher->returnValue().value<ServiceSnapshot>());
        });
    });
}

void AttachedLink::takeSnapshot(const ServiceSnapshot &snapshot)
{
    // Everything the service did before it answered is in the snapshot; what it did after
    // comes next on the same socket, as signals.
    m_snapshot = snapshot;
    m_messages.seed(snapshot.messagesPerMinute, MessageRate::monotonicMs());
    m_joins.seed(snapshot.joinsPerMinute, MessageRate::monotonicMs());
    follow();
    forwardServiceSignals(m_replica, this);
    connect(m_replica, &AdminEndpointReplica::archiveCounted, this, &ServiceLink::archiveCounted);
    connect(m_replica, &AdminEndpointReplica::storageChecked, this, [this](const StorageReport &report) {
        for (const auto &promise : std::as_const(m_storageChecks)) {
            promise->addResult(report);
            promise->finish();
        }
        m_storageChecks.clear();
    });
    m_ready = true;
    Q_EMIT ready();
}

RoomInfo *AttachedLink::room(const QString &roomJid)
{
    const auto it = std::find_if(m_snapshot.rooms.begin(), m_snapshot.rooms.end(), [&](const RoomInfo &r) { return r.jid == roomJid; });
    return it == m_snapshot.rooms.end() ? nullptr : &*it;
}

void AttachedLink::replaceOccupant(const QString &roomJid, const QString &nick, const OccupantInfo &occupant)
{
    auto &occupants = m_snapshot.occupants[roomJid];
    for (auto &o : occupants) {
        if (o.nick == nick)
            o = occupant;
    }
}

void AttachedLink::follow()
{
    // Connected before the signals are passed on, so a view that reads in its slot reads the news.
    auto *r = m_replica;
    connect(r, &AdminEndpointReplica::connectionStateChanged, this, [this](ComponentConnection::State state, const QString &error) {
        m_snapshot.state = state;
        m_snapshot.errorText = error;
    });
    connect(r, &AdminEndpointReplica::roomCreated, this, [this](const RoomInfo &room) {
        m_snapshot.rooms.append(room);
        m_snapshot.occupants.insert(room.jid, {});
    });
    connect(r, &AdminEndpointReplica::roomDestroyed, this, [this](const QString &roomJid) {
        m_snapshot.rooms.removeIf([&](const RoomInfo &r) { return r.jid == roomJid; });
        m_snapshot.occupants.remove(roomJid);
    });
    connect(r, &AdminEndpointReplica::roomConfigurationChanged, this, [this](const RoomInfo &changed) {
        if (auto *known = room(changed.jid))
            *known = changed;
    });
    connect(r, &AdminEndpointReplica::subjectChanged, this, [this](const QString &roomJid, const QString &subject) {
        if (auto *known = room(roomJid))
            known->subject = subject;
    });
    connect(r, &AdminEndpointReplica::occupantJoined, this, [this](const QString &roomJid, const OccupantInfo &occupant) {
        m_snapshot.occupants[roomJid].append(occupant);
        m_joins.add(MessageRate::monotonicMs());
        if (auto *known = room(roomJid))
            ++known->occupants;
    });
    connect(r, &AdminEndpointReplica::occupantLeft, this, [this](const QString &roomJid, const OccupantInfo &occupant) {
        m_snapshot.occupants[roomJid].removeIf([&](const OccupantInfo &o) { return o.nick == occupant.nick; });
        if (auto *known = room(roomJid))
            --known->occupants;
    });
    connect(r, &AdminEndpointReplica::occupantNickChanged, this,
            [this](const QString &roomJid, const QString &oldNick, const OccupantInfo &occupant) {
        replaceOccupant(roomJid, oldNick, occupant);
    });
    const auto update = [this](const QString &roomJid, const OccupantInfo &occupant) { replaceOccupant(roomJid, occupant.nick, occupant); };
    connect(r, &AdminEndpointReplica::occupantPresenceChanged, this, update);
    connect(r, &AdminEndpointReplica::occupantRoleChanged, this, update);
    connect(r, &AdminEndpointReplica::limitHit, this, [this] { ++m_snapshot.limitsHit; });
    connect(r, &AdminEndpointReplica::messageRelayed, this, [this] { m_messages.add(MessageRate::monotonicMs()); });
    connect(r, &AdminEndpointReplica::affiliationChanged, this,
            [this](const QString &roomJid, const QString &bareJid, Affiliation affiliation) {
        for (auto &o : m_snapshot.occupants[roomJid]) {
            if (o.realJid == bareJid)
                o.affiliation = affiliation;
        }
    });
}

void AttachedLink::lose(const QString &reason)
{
    if (m_lost)
        return;
    m_lost = true;
    m_ready = false;
    for (const auto &promise : std::as_const(m_storageChecks))
        promise->finish();
    m_storageChecks.clear();
    Q_EMIT lost(reason);
}

QFuture<StorageReport> AttachedLink::checkStorage(StorageCheck)
{
    auto promise = std::make_shared<QPromise<StorageReport>>();
    promise->start();
    if (m_ready && m_storageChecks.isEmpty())
        m_replica->checkStorage();
    if (m_ready)
        m_storageChecks.append(promise);
    else
        promise->finish();
    return promise->future();
}

void AttachedLink::countArchive(const QString &roomJid)
{
    if (m_ready)
        m_replica->countArchive(roomJid);
}

void AttachedLink::start()
{
    if (m_ready)
        m_replica->start();
}

void AttachedLink::stop()
{
    if (m_ready)
        m_replica->stop();
}

QString AttachedLink::kick(const QString &roomJid, const QString &nick, const QString &reason)
{
    return refusalOf(m_replica->kick(roomJid, nick, reason));
}

QString AttachedLink::ban(const QString &roomJid, const QString &bareJid, const QString &reason)
{
    return refusalOf(m_replica->ban(roomJid, bareJid, reason));
}

QString AttachedLink::setRole(const QString &roomJid, const QString &nick, Role role, const QString &reason)
{
    return refusalOf(m_replica->setRole(roomJid, nick, role, reason));
}

QString AttachedLink::setAffiliation(const QString &roomJid, const QString &bareJid, Affiliation affiliation,
                                     const QString &reason)
{
    return refusalOf(m_replica->setAffiliation(roomJid, bareJid, affiliation, reason));
}

QString AttachedLink::setSubject(const QString &roomJid, const QString &subject)
{
    return refusalOf(m_replica->setSubject(roomJid, subject));
}

QString AttachedLink::destroyRoom(const QString &roomJid, const QString &reason, const QString &alternateVenue)
{
    return refusalOf(m_replica->destroyRoom(roomJid, reason, alternateVenue));
}

QString AttachedLink::putOnHat(const QString &roomJid, const QString &bareJid, const QString &uri, const QString &title)
{
    return refusalOf(m_replica->putOnHat(roomJid, bareJid, uri, title));
}

QString AttachedLink::takeOffHat(const QString &roomJid, const QString &bareJid, const QString &uri)
{
    return refusalOf(m_replica->takeOffHat(roomJid, bareJid, uri));
}

QString AttachedLink::retractRecent(const QString &roomJid, const QString &nick, int hours, const QString &reason,
                                    int *retracted)
{
    auto reply = m_replica->retractRecent(roomJid, nick, hours, reason);
    if (!reply.waitForFinished(ActionTimeoutMs) || reply.error() != QRemoteObjectPendingCall::NoError)
        return tr("qmuc did not answer; the action may not have been taken.");
    const auto retraction = reply.returnValue();
    if (retracted)
        *retracted = retraction.retracted;
    return retraction.refusal;
}

} // namespace qmuc
