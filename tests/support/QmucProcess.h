#pragma once

#include <QProcess>
#include <QStringList>

namespace qmuc::test {

class XmppServer;

// The real `qmuc` binary run as an operator would: flags on the command line, the secret in the
// environment. Collects what it logs on stderr.
class QmucProcess
{
public:
    ~QmucProcess();

    // Starts qmuc against `server` with `secret` (the server's own unless given) and extra flags.
    void start(const XmppServer &server, const QStringList &extraArguments = {},
               const QString &secret = {});
    // Waits until a line of its stderr contains `text` (new output only if fromNow).
    bool waitForOutput(const QString &text, int timeoutMs = 15000);
    // Waits for it to exit; returns the exit code, or -1 if it did not exit in time or crashed.
    int waitForExit(int timeoutMs = 15000);
    // Sends SIGTERM.
    void terminate() { m_process.terminate(); }
    // Sends SIGKILL: a crash, with nothing flushed or closed.
    void kill() { m_process.kill(); }
    QString output() const { return m_output; }
    // Its admin endpoint, in the server's directory (unless the extra arguments named another).
    QString adminSocket() const { return m_adminSocket; }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_output;
    QString m_adminSocket;
};

} // namespace qmuc::test
