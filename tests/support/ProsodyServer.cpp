#include "ProsodyServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
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
    , m_runtime(QDir::tempPath() + u"/qmuc-prosody-XXXXXX"_s)
    , m_secret(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir(m_dir).removeRecursively();
    QDir().mkpath(m_dir);
    QDir().mkpath(runtimeDir() + u"/data"_s);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(runtimeDir() + u"/prosody.out"_s, QIODevice::Append);
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
    config.replace(u"@DIR@"_s, runtimeDir())
        .replace(u"@LOG_LEVEL@"_s, u"debug"_s)
        .replace(u"@C2S_PORT@"_s, QString::number(m_c2sPort))
        .replace(u"@COMPONENT_PORT@"_s, QString::number(m_componentPort))
        .replace(u"@HOST@"_s, host())
        .replace(u"@DOMAIN@"_s, domain())
        .replace(u"@SECRET@"_s, m_secret);
    QFile out(runtimeDir() + u"/prosody.cfg.lua"_s);
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
    QStringList command = {u"prosody"_s, u"-F"_s, u"--config"_s, runtimeDir() + u"/prosody.cfg.lua"_s};
    // Prosody refuses to run as root: drop to its own user, keeping our open-file limit.
    if (::geteuid() == 0) {
        QProcess::execute(u"chown"_s, {u"-R"_s, u"prosody:prosody"_s, runtimeDir()});
        // --pdeathsig: a test that crashes takes its Prosody with it.
        command = QStringList{u"setpriv"_s, u"--reuid=prosody"_s, u"--regid=prosody"_s, u"--init-groups"_s,
                              u"--pdeathsig=KILL"_s} + command;
    }
    m_process.start(command.takeFirst(), command);
    if (!m_process.waitForStarted(5000)) {
        m_error = u"cannot start prosody: %1"_s.arg(m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (portOpen(m_c2sPort) && portOpen(m_componentPort))
            return true;
        if (m_process.waitForFinished(50)) {
            m_error = u"prosody exited with code %1:\n%2"_s.arg(m_process.exitCode()).arg(logTail());
            return false;
        }
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
    QString tail;
    // Startup errors go to its own output, the rest to its log.
    for (const auto *name : {"prosody.out", "prosody.log"}) {
        QFile file(runtimeDir() + u'/' + QLatin1StringView(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const auto all = QString::fromUtf8(file.readAll()).split(u'\n');
        tail += u"--- %1:\n"_s.arg(file.fileName()) + all.mid(qMax(0, all.size() - lines)).join(u'\n') + u'\n';
    }
    return tail.isEmpty() ? u"(no prosody output)"_s : tail;
}

} // namespace qmuc::test
