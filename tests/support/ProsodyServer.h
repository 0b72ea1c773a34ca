#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace qmuc::test {

// A private Prosody on free loopback ports, the component declared, and any user name accepted
// with any password. Its config, data and log live in a fresh directory under /tmp: Prosody runs
// as its own user, who may not be able to enter the build tree (a checkout in /root).
class ProsodyServer
{
public:
    // dir: a directory of the test's own (created, emptied), for what the test keeps.
    explicit ProsodyServer(const QString &dir);
    ~ProsodyServer();

    // Starts Prosody and waits until both ports accept connections. Ports are chosen on the first
    // start and kept for restarts.
    bool start();
    // Stops it (SIGTERM, then SIGKILL) and waits.
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    QString host() const { return QStringLiteral("localhost"); }
    QString domain() const { return QStringLiteral("conference.localhost"); }
    QString secret() const { return m_secret; }
    quint16 c2sPort() const { return m_c2sPort; }
    quint16 componentPort() const { return m_componentPort; }
    QString dir() const { return m_dir; }
    QString runtimeDir() const { return m_runtime.path(); }
    // The last lines of Prosody's log, for failure messages.
    QString logTail(int lines = 30) const;
    QString error() const { return m_error; }

private:
    bool writeConfig();

    QString m_dir;
    QTemporaryDir m_runtime;
    QString m_secret;
    quint16 m_c2sPort = 0;
    quint16 m_componentPort = 0;
    QProcess m_process;
    QString m_error;
};

// A port on 127.0.0.1 that nothing listens on right now.
quint16 freeLoopbackPort();

} // namespace qmuc::test
