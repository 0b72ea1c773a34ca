#pragma once

#include "component/ComponentConnection.h"
#include "muc/Limits.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace qmuc {

// Everything an operator configures. The same INI file (QSettings' format) serves `qmuc`
// and `qmuc-admin`; each setting is declared once, in settingSpecs(), with its key,
// command-line option, default and one-line doc, so --help and --print-config come from there.
struct Settings {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5347;
    QString domain;
    QString secretFile;
    QString dataDir;
    QString logLevel = QStringLiteral("info");
    QString serviceName = QStringLiteral("Chatrooms");
    int keepaliveSeconds = 60;
    int maxStanzaKiB = 4096;
    int maxOutputKiB = 1024;   // output waiting for the server above which input is paused
    QString roomCreation = QStringLiteral("anyone");
    int historyLength = 20;
    bool loggingByDefault = true;  // new rooms archive their messages (XEP-0313), as Prosody's MAM does
    int retentionDays = 0;         // archived messages kept this long; 0 keeps them forever
    int flushIntervalMs = 200;     // at most this much of the archive is lost if qmuc is killed
    int maxAvatarKiB = 256;        // a room's avatar (XEP-0486) may be at most this big
    int maxWriteQueueKiB = 65536;  // writes waiting for the disk above which messages go unarchived
    QString storageDriver = QStringLiteral("sqlite"); // sqlite (a file in dataDir) or postgres
    QString postgres;              // libpq connection string (keyword=value) or "service=NAME"
    QString postgresPasswordFile;  // file holding PostgreSQL's password, when libpq's own ways do not
    int instanceLeaseSeconds = 30; // several instances on one PostgreSQL: one silent this long is gone
    QStringList admins;   // service administrators: owner rights in every room
    // [blocklist]: a real-time block list (XEP-0060 node) whose users may not join rooms.
    QString blocklistService;  // empty: none
    QString blocklistNode = QStringLiteral("muc_bans_sha256");
    int blocklistMaxEntries = 100000;
    int blocklistRetrySeconds = 60; // first wait before asking a refusing list again
    // [admin]: the socket qmuc-admin windows attach to (remote/AdminServer).
    bool adminEnabled = true;
    QString adminSocket;      // empty: AdminServer::defaultPath()
    QStringList adminAllow;   // local users and @groups who may attach; empty: whoever the socket lets in
    Limits limits;        // [limits]: what one user or domain may make the service spend

    // Problems that make this configuration unusable, in words for the operator.
    QStringList validate() const;
    // The connection settings for the transport, with the given secret.
    ComponentConfig componentConfig(const QString &secret) const;
};

struct SettingSpec {
    QString key;        // INI key, "section/name"
    QString option;     // command-line option without dashes, empty if none
    QString valueName;  // shown in --help
    const char *doc;    // one line, translatable in the "qmuc::Settings" context
    std::function<QString(const Settings &)> get;
    // Stores a value given as text; returns an error message, empty on success.
    std::function<QString(Settings &, const QString &)> set;
    // Given several times on the command line, or as a comma-separated list in the file.
    bool repeatable = false;
    // A connection string that may name a password: refused on the command line (every user of
    // the machine can read it there), never printed.
    bool mayNamePassword = false;
};

const QList<SettingSpec> &settingSpecs();

// Reads the INI file at path over `settings`. Returns the problems found (unknown keys,
// values that do not parse); an unreadable file is one of them.
QStringList loadSettings(const QString &path, Settings &settings);
// Writes every setting to the INI file at path.
bool saveSettings(const QString &path, const Settings &settings, QString *error = nullptr);
// A commented INI file with every setting and its current value.
QString describeSettings(const Settings &settings);

// The component secret: the QMUC_SECRET environment variable if set, otherwise the first line of
// the credential systemd hands over as $CREDENTIALS_DIRECTORY/secret if there is one, otherwise of
// the secret file. Returns an empty string and sets *error when there is none. Never logged.
QString readSecret(const Settings &settings, QString *error);
inline constexpr const char *SecretEnvironmentVariable = "QMUC_SECRET";

// PostgreSQL's password, when the settings say where it is: the credential systemd hands over as
// $CREDENTIALS_DIRECTORY/postgres_password if there is one, otherwise the first line of
// storage/postgres_password_file. Empty without error when neither is set: libpq then finds it
// itself (the connection string, the service file, PGPASSFILE or ~/.pgpass, PGPASSWORD). Sets
// *error when the file cannot be read. Never logged.
QString readPostgresPassword(const Settings &settings, QString *error);

} // namespace qmuc
