#pragma once

#include "XmppServer.h"

#include <QProcess>
#include <QTemporaryDir>

namespace qmuc::test {

// A private Prosody (see XmppServer). Its config, data and log live in a fresh directory under
// /tmp: Prosody runs as its own user, who may not be able to enter the build tree (a checkout in
// /root). Any user name logs in with any password through its "insecure" authentication.
class ProsodyServer : public XmppServer
{
public:
    explicit ProsodyServer(const QString &dir);
    ~ProsodyServer() override;

    Kind kind() const override { return Kind::Prosody; }
    QString name() const override { return QStringLiteral("prosody"); }
    bool start() override;
    // SIGTERM, then SIGKILL, and waits.
    void stop() override;
    void crash() override;
    bool isRunning() const override { return m_process.state() == QProcess::Running; }
    QString logTail(int lines = 30) const override;
    qint64 workerPid() const override { return m_process.processId(); }

    QString runtimeDir() const { return m_runtime.path(); }

private:
    bool writeConfig();

    QTemporaryDir m_runtime;
    QProcess m_process;
};

} // namespace qmuc::test
