#pragma once

#include "XmppServer.h"

#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace qmuc::test {

// A private ejabberd (see XmppServer), run by Debian's `ejabberdctl foreground` as the ejabberd
// user (the Erlang VM refuses root), with its config, Mnesia spool, logs and HOME in the test's
// directory (or under /tmp when the ejabberd user cannot enter the build tree). Each instance is
// an Erlang node of its own name that uses a distribution port of its own instead of epmd.
//
// Every process it starts carries a marker in its environment, so stop() finds the beam (and an
// epmd, if one ever starts) by PID, without touching other tests' servers; a server left behind
// by a test that crashed is ended by the next one that starts.
class EjabberdServer : public XmppServer
{
public:
    explicit EjabberdServer(const QString &dir);
    ~EjabberdServer() override;

    Kind kind() const override { return Kind::Ejabberd; }
    QString name() const override { return QStringLiteral("ejabberd"); }
    bool start() override;
    // SIGTERM to the Erlang VM, SIGKILL to whatever of ours is left after 15 s; waits until every
    // process it started is gone.
    void stop() override;
    void crash() override;
    bool isRunning() const override { return m_process.state() == QProcess::Running; }
    QString logTail(int lines = 30) const override;
    // The Erlang VM.
    qint64 workerPid() const override;

    QString runtimeDir() const { return m_runtimeDir; }
    // Top-level options (YAML) added to the generated ejabberd.yml, before start(): e.g.
    // domain_balancing for several component connections on one domain.
    void addConfig(const QString &yaml) { m_extraConfig += yaml + u'\n'; }

private:
    bool writeFile(const char *templatePath, const QString &target);
    // The processes whose environment carries this instance's marker.
    QList<qint64> ownProcesses() const;

    std::unique_ptr<QTemporaryDir> m_tempDir; // when the build tree is closed to the ejabberd user
    QString m_runtimeDir;
    QString m_extraConfig;
    QString m_marker;
    QString m_node;
    quint16 m_distPort = 0;
    QProcess m_process;
};

} // namespace qmuc::test
