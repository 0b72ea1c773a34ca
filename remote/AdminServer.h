#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace qmuc {

class MucService;

// A local user on the other end of the admin socket, as the kernel names them (SO_PEERCRED).
struct LocalUser {
    uint uid = 0;
    uint gid = 0;
    qint64 pid = 0;
    QString name;       // the uid's name, or the number when it has none
    QStringList groups; // every group the user is in, by name
    // "alice (uid 1000)", for the log.
    QString describe() const;
    // Whether `allow` (user names, uids and @groups; empty: everyone) lets this user in.
    bool isAllowed(const QStringList &allow) const;
    // The user on the other end of a connected Unix socket; nullopt if the kernel does not say.
    static std::optional<LocalUser> ofPeer(qintptr socketDescriptor);
};

// qmuc's admin endpoint: a Unix socket (mode 0660) on which qmuc-admin windows attach to the
// running service (remote/AttachedLink). Each connection is checked against [admin] allow and then
// served by Qt Remote Objects with a source of its own, which logs every action it takes with the
// local user who asked.
class AdminServer : public QObject
{
    Q_OBJECT
public:
    AdminServer(MucService *service, const QStringList &allow, QObject *parent = nullptr);
    ~AdminServer() override;

    // Listens at `path`, replacing a socket file a dead qmuc left; false (and why) if it cannot.
    bool listen(const QString &path, QString *error);
    QString path() const;

    // Where qmuc listens when the settings name no socket: in the runtime directory systemd made
    // for it ($RUNTIME_DIRECTORY), else in the user's ($XDG_RUNTIME_DIR/qmuc), else /run/qmuc.
    static QString defaultPath();

private:
    void accept();
    void serve(QLocalSocket *socket, const LocalUser &user);

    MucService *m_service;
    QStringList m_allow;
    QLocalServer *m_server;
};

} // namespace qmuc
