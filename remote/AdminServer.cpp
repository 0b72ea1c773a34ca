#include "AdminServer.h"

#include "Logging.h"
#include "MucService.h"
#include "ServiceLink.h"
#include "rep_AdminEndpoint_source.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRemoteObjectHost>
#include <QTimer>
#include <QUrl>

#include <grp.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace qmuc {

namespace {

// What the service keeps for a window that does not read it, at most.
constexpr qint64 MaxUnreadBytes = 16 * 1024 * 1024;

// One attached window: the service's signals and admin slots, acting for one local user.
class AdminSession : public AdminEndpointSource
{
public:
    AdminSession(MucService *service, const LocalUser &user, QObject *parent)
        : AdminEndpointSource(parent)
        , m_service(service)
        , m_user(user)
    {
        forwardServiceSignals(service, this);
        connect(service, &ServiceLink::archiveCounted, this, &AdminSession::archiveCounted);
    }

    ServiceSnapshot snapshot(QString language) override
    {
        m_language = language;
        ServiceSnapshot snapshot;
        snapshot.domain = m_service->domain();
        snapshot.serverAddress = m_service->serverAddress();
        snapshot.state = m_service->connectionState();
        snapshot.errorText = m_service->connectionErrorText();
        snapshot.databasePath = m_service->databasePath();
        snapshot.storagePath = m_service->storagePath();
        snapshot.storageReadOnly = m_service->isStorageReadOnly();
        snapshot.limitsHit = m_service->limitsHit();
        snapshot.messagesPerMinute = m_service->messagesPerMinute();
        snapshot.joinsPerMinute = m_service->joinsPerMinute();
        snapshot.rooms = m_service->rooms();
        for (const auto &room : std::as_const(snapshot.rooms))
            snapshot.occupants.insert(room.jid, m_service->occupants(room.jid));
        return snapshot;
    }

    void start() override
    {
        qCInfo(lcAdmin).noquote() << u"connect requested by local user %1"_s.arg(m_user.describe());
        m_service->start();
    }
    void stop() override
    {
        qCInfo(lcAdmin).noquote() << u"disconnect requested by local user %1"_s.arg(m_user.describe());
        m_service->stop();
    }
    QString kick(QString room, QString nick, QString reason) override
    {
        return act(u"kick of %1 in %2"_s.arg(nick, room), [&] { return m_service->kick(room, nick, reason); });
    }
    QString ban(QString room, QString bareJid, QString reason) override
    {
        return act(u"ban of %1 from %2"_s.arg(bareJid, room), [&] { return m_service->ban(room, bareJid, reason); });
    }
    QString setRole(QString room, QString nick, Role role, QString reason) override
    {
        return act(u"role %1 for %2 in %3"_s.arg(roleName(role), nick, room), [&] { return m_service->setRole(room, nick, role, reason); });
    }
    QString setAffiliation(QString room, QString bareJid, Affiliation affiliation, QString reason) override
    {
        return act(u"affiliation %1 for %2 in %3"_s.arg(affiliationName(affiliation), bareJid, room),
                   [&] { return m_service->setAffiliation(room, bareJid, affiliation, reason); });
    }
    QString setSubject(QString room, QString subject) override
    {
        return act(u"subject of %1"_s.arg(room), [&] { return m_service->setSubject(room, subject); });
    }
    QString destroyRoom(QString room, QString reason, QString alternateVenue) override
    {
        return act(u"destruction of %1"_s.arg(room), [&] { return m_service->destroyRoom(room, reason, alternateVenue); });
    }
    QString putOnHat(QString room, QString bareJid, QString uri, QString title) override
    {
        return act(u"hat %1 on %2 in %3"_s.arg(uri, bareJid, room), [&] { return m_service->putOnHat(room, bareJid, uri, title); });
    }
    QString takeOffHat(QString room, QString bareJid, QString uri) override
    {
        return act(u"hat %1 off %2 in %3"_s.arg(uri, bareJid, room), [&] { return m_service->takeOffHat(room, bareJid, uri); });
    }
    Retraction retractRecent(QString room, QString nick, int hours, QString reason) override
    {
        Retraction retraction;
        retraction.refusal = act(u"retraction of %1's last %2 hours in %3"_s.arg(nick).arg(hours).arg(room), [&] {
            return m_service->retractRecent(room, nick, hours, reason, &retraction.retracted);
        });
        return retraction;
    }
    void countArchive(QString room) override { m_service->countArchive(room); }
    void checkStorage() override
    {
        m_service->checkStorage().then(this, [this](const StorageReport &report) { Q_EMIT storageChecked(report); });
    }

private:
    // Takes an admin action for the user, in their window's language, and logs it.
    QString act(const QString &what, const std::function<QString()> &action)
    {
        m_service->setOperatorLanguage(m_language);
        const auto refusal = action();
        m_service->setOperatorLanguage({});
        if (refusal.isEmpty())
            qCInfo(lcAdmin).noquote() << u"%1 by local user %2"_s.arg(what, m_user.describe());
        else
            qCInfo(lcAdmin).noquote() << u"%1 by local user %2 refused: %3"_s.arg(what, m_user.describe(), refusal);
        return refusal;
    }

    MucService *m_service;
    LocalUser m_user;
    QString m_language;
};

} // namespace

QString LocalUser::describe() const
{
    return u"%1 (uid %2)"_s.arg(name).arg(uid);
}

bool LocalUser::isAllowed(const QStringList &allow) const
{
    if (allow.isEmpty())
        return true; // the socket's permissions decide
    for (const auto &entry : allow) {
        if (entry.startsWith(u'@') ? groups.contains(entry.mid(1)) : (entry == name || entry == QString::number(uid)))
            return true;
    }
    return false;
}

std::optional<LocalUser> LocalUser::ofPeer(qintptr socketDescriptor)
{
    ucred credentials{};
    socklen_t length = sizeof credentials;
    if (getsockopt(int(socketDescriptor), SOL_SOCKET, SO_PEERCRED, &credentials, &length) != 0)
        return std::nullopt;
    LocalUser user;
    user.uid = credentials.uid;
    user.gid = credentials.gid;
    user.pid = credentials.pid;
    user.name = QString::number(user.uid);
    passwd entry{};
    passwd *found = nullptr;
    QByteArray buffer(16384, Qt::Uninitialized);
    if (getpwuid_r(user.uid, &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found) {
        user.name = QString::fromLocal8Bit(found->pw_name);
        int count = 64;
        QList<gid_t> gids(count);
        if (getgrouplist(found->pw_name, found->pw_gid, gids.data(), &count) < 0) {
            gids.resize(count);
            getgrouplist(found->pw_name, found->pw_gid, gids.data(), &count);
        }
        gids.resize(count);
        gids.append(user.gid);
        for (const auto gid : std::as_const(gids)) {
            if (const auto *group = getgrgid(gid))
                user.groups.append(QString::fromLocal8Bit(group->gr_name));
        }
    }
    return user;
}

AdminServer::AdminServer(MucService *service, const QStringList &allow, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_allow(allow)
    , m_server(new QLocalServer(this))
{
    // rw for the service's user and group (qmuc), nothing for others: mode 0660.
    m_server->setSocketOptions(QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &AdminServer::accept);
}

AdminServer::~AdminServer()
{
    m_server->close(); // removes the socket file
}

QString AdminServer::defaultPath()
{
    const auto runtime = qEnvironmentVariable("RUNTIME_DIRECTORY").section(u':', 0, 0);
    if (!runtime.isEmpty())
        return runtime + u"/admin.sock"_s;
    const auto user = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!user.isEmpty() && getuid() != 0)
        return user + u"/qmuc/admin.sock"_s;
    return u"/run/qmuc/admin.sock"_s;
}

bool AdminServer::listen(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    // A socket file left by a qmuc that died; one that answers belongs to a qmuc still running.
    QLocalSocket probe;
    probe.connectToServer(path);
    if (probe.waitForConnected(1000)) {
        *error = u"another qmuc already serves %1"_s.arg(path);
        return false;
    }
    QLocalServer::removeServer(path);
    if (!m_server->listen(path)) {
        *error = u"cannot listen on %1: %2"_s.arg(path, m_server->errorString());
        return false;
    }
    qCInfo(lcAdmin).noquote() << u"admin endpoint at %1 (mode 0660%2)"_s.arg(
        path, m_allow.isEmpty() ? QString() : u", allowed: "_s + m_allow.join(u", "_s));
    return true;
}

QString AdminServer::path() const
{
    return m_server->fullServerName();
}

void AdminServer::accept()
{
    while (auto *socket = m_server->nextPendingConnection()) {
        const auto user = LocalUser::ofPeer(socket->socketDescriptor());
        if (!user || !user->isAllowed(m_allow)) {
            qCWarning(lcAdmin).noquote() << u"refused an admin window of local user %1: not in admin/allow"_s.arg(
                user ? user->describe() : u"(unknown)"_s);
            socket->abort();
            socket->deleteLater();
            continue;
        }
        serve(socket, *user);
    }
}

void AdminServer::serve(QLocalSocket *socket, const LocalUser &user)
{
    // A node and a source per window: the source knows whom it acts for, and a window that goes
    // (or crashes) takes only its own with it.
    auto *host = new QRemoteObjectHost(this);
    // A URL of a scheme Qt does not listen on: the node serves this one socket and nothing else.
    static quint64 windows = 0;
    host->setHostUrl(QUrl(u"qmuc-admin-window:%1"_s.arg(++windows)), QRemoteObjectHost::AllowExternalRegistration);
    socket->setParent(host);
    auto *session = new AdminSession(m_service, user, host);
    if (!host->enableRemoting(session))
        qCWarning(lcAdmin) << "cannot serve an admin window:" << host->lastError();
    host->addHostSideConnection(socket);
    qCInfo(lcAdmin).noquote() << u"admin window attached: local user %1, pid %2"_s.arg(user.describe()).arg(user.pid);
    // A window that stops reading (stopped, hung) must not make the service hold its news forever.
    auto *watchdog = new QTimer(host);
    watchdog->setInterval(1s);
    connect(watchdog, &QTimer::timeout, socket, [socket, user] {
        if (socket->bytesToWrite() > MaxUnreadBytes) {
            qCWarning(lcAdmin).noquote() << u"closed the admin window of local user %1: it stopped reading"_s.arg(user.describe());
            socket->abort();
        }
    });
    watchdog->start();
    connect(socket, &QLocalSocket::disconnected, host, [host, user] {
        qCInfo(lcAdmin).noquote() << u"admin window detached: local user %1, pid %2"_s.arg(user.describe()).arg(user.pid);
        host->deleteLater();
    });
}

} // namespace qmuc
