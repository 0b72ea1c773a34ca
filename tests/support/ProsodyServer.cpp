#include "ProsodyServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUuid>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace qmuc::test {

quint16 freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

namespace {

bool portOpen(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

ProsodyServer::ProsodyServer(const QString &dir)
    : m_dir(dir)
    , m_secret(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir(m_dir).removeRecursively();
    QDir().mkpath(m_dir + u"/data"_s);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
}

ProsodyServer::~ProsodyServer()
{
    stop();
}

bool ProsodyServer::writeConfig()
{
    QFile templateFile(QStringLiteral(QMUC_PROSODY_TEMPLATE));
    if (!templateFile.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read %1"_s.arg(templateFile.fileName());
        return false;
    }
    auto config = QString::fromUtf8(templateFile.readAll());
    config.replace(u"@DIR@"_s, m_dir)
        .replace(u"@LOG_LEVEL@"_s, u"debug"_s)
        .replace(u"@C2S_PORT@"_s, QString::number(m_c2sPort))
        .replace(u"@COMPONENT_PORT@"_s, QString::number(m_componentPort))
        .replace(u"@HOST@"_s, host())
        .replace(u"@DOMAIN@"_s, domain())
        .replace(u"@SECRET@"_s, m_secret);
    QFile out(m_dir + u"/prosody.cfg.lua"_s);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        m_error = u"cannot write %1"_s.arg(out.fileName());
        return false;
    }
    out.write(config.toUtf8());
    return true;
}

bool ProsodyServer::start()
{
    if (m_c2sPort == 0) {
        m_c2sPort = freeLoopbackPort();
        do {
            m_componentPort = freeLoopbackPort();
        } while (m_componentPort == m_c2sPort);
    }
    if (!writeConfig())
        return false;
    QStringList command = {u"prosody"_s, u"-F"_s, u"--config"_s, m_dir + u"/prosody.cfg.lua"_s};
    // Prosody refuses to run as root: drop to its own user, keeping our open-file limit.
    if (::geteuid() == 0) {
        QProcess::execute(u"chown"_s, {u"-R"_s, u"prosody:prosody"_s, m_dir});
        command = QStringList{u"setpriv"_s, u"--reuid=prosody"_s, u"--regid=prosody"_s, u"--init-groups"_s} + command;
    }
    m_process.start(command.takeFirst(), command);
    if (!m_process.waitForStarted(5000)) {
        m_error = u"cannot start prosody: %1"_s.arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error = u"prosody exited with code %1:\n%2"_s.arg(m_process.exitCode()).arg(logTail());
            return false;
        }
        if (portOpen(m_c2sPort) && portOpen(m_componentPort))
            return true;
        QThread::msleep(50);
    }
    m_error = u"prosody did not open its ports within 15 s:\n%1"_s.arg(logTail());
    return false;
}

void ProsodyServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString ProsodyServer::logTail(int lines) const
{
    QFile log(m_dir + u"/prosody.log"_s);
    if (!log.open(QIODevice::ReadOnly))
        return u"(no prosody log)"_s;
    const auto all = QString::fromUtf8(log.readAll()).split(u'\n');
    return all.mid(qMax(0, all.size() - lines)).join(u'\n');
}

} // namespace qmuc::test
