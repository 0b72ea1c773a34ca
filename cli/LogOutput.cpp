#include "LogOutput.h"

#include "Logging.h"

#include <QXmppLogger.h>

#include <QLoggingCategory>
#include <QObject>

#include <cstdio>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace qmuc::cli {

namespace {

bool g_journal = false;

// systemd sets JOURNAL_STREAM=dev:inode for a service whose stderr is the journal.
bool stderrIsJournal()
{
    const auto stream = qgetenv("JOURNAL_STREAM").split(':');
    struct stat st;
    if (stream.size() != 2 || fstat(STDERR_FILENO, &st) != 0)
        return false;
    return stream[0].toULongLong() == st.st_dev && stream[1].toULongLong() == st.st_ino;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const names[] = {"debug", "warning", "critical", "fatal", "info"};
    static const int priorities[] = {7, 4, 3, 2, 6}; // syslog(3) levels
    QByteArray line;
    if (g_journal)
        line += '<' + QByteArray::number(priorities[type]) + '>';
    line += context.category ? QByteArray(context.category) : QByteArray("default");
    line += ' ';
    line += names[type];
    line += ": ";
    line += message.toUtf8();
    line += '\n';
    fwrite(line.constData(), 1, size_t(line.size()), stderr);
    fflush(stderr);
}

} // namespace

void installLogHandler()
{
    g_journal = stderrIsJournal();
    qInstallMessageHandler(handler);
}

void setLogLevel(const QString &level)
{
    QString rules;
    if (level == u"debug")
        rules = u"*.debug=false\nqmuc.*.debug=true\n"_s;
    else if (level == u"info")
        rules = u"*.debug=false\n"_s;
    else if (level == u"warning")
        rules = u"*.debug=false\n*.info=false\n"_s;
    else
        rules = u"*.debug=false\n*.info=false\n*.warning=false\n"_s;
    QLoggingCategory::setFilterRules(rules);
}

void traceTraffic(QObject *loggable)
{
    auto *source = qobject_cast<QXmppLoggable *>(loggable);
    if (!source || !lcTraffic().isDebugEnabled())
        return;
    QObject::connect(source, &QXmppLoggable::logMessage, source,
                     [](QXmppLogger::MessageType type, const QString &text) {
        if (type == QXmppLogger::SentMessage)
            qCDebug(lcTraffic).noquote() << "SENT" << text;
        else if (type == QXmppLogger::ReceivedMessage)
            qCDebug(lcTraffic).noquote() << "RECV" << text;
    });
}

} // namespace qmuc::cli
