#include "ProsodyServer.h"

#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace qmuc::test {

ProsodyServer::ProsodyServer(const QString &dir)
    : XmppServer(dir)
    , m_runtime(QDir::tempPath() + u"/qmuc-prosody-XXXXXX"_s)
{
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
        .replace(u"@LOG_LEVEL@"_s, m_benchmark ? u"warn"_s : u"debug"_s)
        .replace(u"@C2S_PORT@"_s, QString::number(m_c2sPort))
        .replace(u"@COMPONENT_PORT@"_s, QString::number(m_componentPort))
        .replace(u"@HOST@"_s, host())
        .replace(u"@DOMAIN@"_s, domain())
        .replace(u"@SECRET@"_s, m_secret);
    if (m_benchmark) {
        config += u"\nComponent \"%1\" \"muc\"\n    muc_room_locking = false\n    restrict_room_creation = false\n"
                  u"\nComponent \"%2\"\n    component_secret = \"%3\"\n"_s.arg(builtinMucDomain(), echoDomain(), m_secret);
        // Global settings a benchmark adds (E2E_PROSODY_CONFIG), such as a profiling module.
        if (const auto extra = qEnvironmentVariable("E2E_PROSODY_CONFIG"); !extra.isEmpty())
            config += u"\n"_s + extra + u"\n"_s;
    }
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
    choosePorts();
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
    command = pinned(command);
    m_process.start(command.takeFirst(), command);
    if (!m_process.waitForStarted(5000)) {
        m_error = u"cannot start prosody: %1"_s.arg(m_process.errorString());
        return false;
    }
    return waitForPorts([this] { return !m_process.waitForFinished(50); }, 15000);
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

void ProsodyServer::crash()
{
    m_process.kill(); // setpriv has become prosody itself
    m_process.waitForFinished(5000);
}

QString ProsodyServer::logTail(int lines) const
{
    // Startup errors go to its own output, the rest to its log.
    const auto tail = fileTail(runtimeDir() + u"/prosody.out"_s, lines) + fileTail(runtimeDir() + u"/prosody.log"_s, lines);
    return tail.isEmpty() ? u"(no prosody output)"_s : tail;
}

} // namespace qmuc::test
