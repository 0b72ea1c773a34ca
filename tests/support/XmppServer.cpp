#include "XmppServer.h"

#include "EjabberdServer.h"
#include "ProsodyServer.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

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

XmppServer::XmppServer(const QString &dir)
    : m_dir(dir)
    , m_secret(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QDir(m_dir).removeRecursively();
    QDir().mkpath(m_dir);
}

void XmppServer::choosePorts()
{
    if (m_c2sPort != 0)
        return;
    m_c2sPort = freeLoopbackPort();
    do {
        m_componentPort = freeLoopbackPort();
    } while (m_componentPort == m_c2sPort);
}

QString XmppServer::fileTail(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const auto all = QString::fromUtf8(file.readAll()).split(u'\n');
    return u"--- %1:\n"_s.arg(path) + all.mid(qMax(0, all.size() - lines)).join(u'\n') + u'\n';
}

bool XmppServer::waitForPorts(const std::function<bool()> &alive, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (portOpen(m_c2sPort) && portOpen(m_componentPort))
            return true;
        if (!alive()) {
            m_error = u"%1 exited before it opened its ports:\n%2"_s.arg(name(), logTail());
            return false;
        }
    }
    m_error = u"%1 did not open its ports within %2 s:\n%3"_s.arg(name()).arg(timeoutMs / 1000).arg(logTail());
    return false;
}

QStringList XmppServer::pinned(const QStringList &command) const
{
    if (m_cpu < 0)
        return command;
    return QStringList{u"taskset"_s, u"--cpu-list"_s, QString::number(m_cpu)} + command;
}

XmppServer::Kind testServerKind()
{
    return qEnvironmentVariable("QMUC_TEST_SERVER") == u"ejabberd" ? XmppServer::Kind::Ejabberd
                                                                   : XmppServer::Kind::Prosody;
}

std::unique_ptr<XmppServer> makeServer(const QString &dir)
{
    return makeServer(testServerKind(), dir);
}

std::unique_ptr<XmppServer> makeServer(XmppServer::Kind kind, const QString &dir)
{
    if (kind == XmppServer::Kind::Ejabberd)
        return std::make_unique<EjabberdServer>(dir);
    return std::make_unique<ProsodyServer>(dir);
}

} // namespace qmuc::test
