#include "QmucProcess.h"

#include "XmppServer.h"

#include <QProcessEnvironment>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace qmuc::test {

QmucProcess::~QmucProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void QmucProcess::start(const XmppServer &server, const QStringList &extraArguments, const QString &secret)
{
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QMUC_SECRET"_s, secret.isEmpty() ? server.secret() : secret);
    m_process.setProcessEnvironment(environment);
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
        m_output += QString::fromUtf8(m_process.readAllStandardError());
    });
    const QStringList arguments = QStringList{
        u"--host"_s, u"127.0.0.1"_s,
        u"--port"_s, QString::number(server.componentPort()),
        u"--domain"_s, server.domain(),
        u"--data-dir"_s, server.dir() + u"/qmuc-data"_s,
        u"--admin-socket"_s, m_adminSocket = server.dir() + u"/admin.sock"_s,
    } + extraArguments;
    // A test that crashes takes its qmuc with it.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_process.start(QStringLiteral(QMUC_BINARY), arguments);
    m_process.waitForStarted(5000);
}

bool QmucProcess::waitForOutput(const QString &text, int timeoutMs)
{
    return QTest::qWaitFor([&] { return m_output.contains(text); }, timeoutMs);
}

int QmucProcess::waitForExit(int timeoutMs)
{
    if (!QTest::qWaitFor([&] { return m_process.state() == QProcess::NotRunning; }, timeoutMs))
        return -1;
    m_output += QString::fromUtf8(m_process.readAllStandardError());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace qmuc::test
