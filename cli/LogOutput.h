#pragma once

#include <QString>

class QObject;

namespace qmuc::cli {

// Sends Qt's log output to stderr, one line per message; with syslog priority prefixes when
// stderr is the systemd journal, so journalctl shows levels.
void installLogHandler();
// Shows messages at `level` (debug, info, warning, error) and above.
void setLogLevel(const QString &level);
// Forwards a QXmppLoggable's stanza traffic to the qmuc.traffic category (debug level).
void traceTraffic(QObject *loggable);

} // namespace qmuc::cli
