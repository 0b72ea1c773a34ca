#include "Settings.h"

#include "muc/Jid.h"
#include "storage/StorageTarget.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace qmuc {

namespace {

// The translation context of everything said about settings.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(qmuc::Settings)
};

QString setInt(int &target, const QString &value, int min, int max)
{
    bool ok = false;
    const int number = value.trimmed().toInt(&ok);
    if (!ok || number < min || number > max)
        return Text::tr("'%1' is not a whole number from %2 to %3").arg(value).arg(min).arg(max);
    target = number;
    return {};
}

SettingSpec stringSetting(const char *key, const char *option, const char *valueName, const char *doc,
                          QString Settings::*member)
{
    return {QString::fromLatin1(key), QString::fromLatin1(option), QString::fromLatin1(valueName), doc,
            [member](const Settings &s) { return s.*member; },
            [member](Settings &s, const QString &v) { s.*member = v.trimmed(); return QString(); }};
}

SettingSpec intSetting(const char *key, const char *option, const char *valueName, const char *doc,
                       int Settings::*member, int min, int max)
{
    return {QString::fromLatin1(key), QString::fromLatin1(option), QString::fromLatin1(valueName), doc,
            [member](const Settings &s) { return QString::number(s.*member); },
            [member, min, max](Settings &s, const QString &v) { return setInt(s.*member, v, min, max); }};
}

SettingSpec boolSetting(const char *key, const char *doc, bool Settings::*member)
{
    return {QString::fromLatin1(key), {}, {}, doc,
            [member](const Settings &s) { return s.*member ? u"true"_s : u"false"_s; },
            [member](Settings &s, const QString &v) {
                const auto value = v.trimmed().toLower();
                if (value != u"true" && value != u"false")
                    return Text::tr("'%1' is not one of true, false").arg(v);
                s.*member = value == u"true";
                return QString();
            }};
}

// The [limits] section, a line each: name, member, doc (and for numbers the range).
struct RateLimit {
    const char *name;
    Rate Limits::*member;
    const char *doc;
};
struct NumberLimit {
    const char *name;
    int Limits::*member;
    int min, max;
    const char *doc;
};
const RateLimit rateLimits[] = {
    {"groupchat_rate", &Limits::groupchat, QT_TRANSLATE_NOOP("qmuc::Settings", "Groupchat messages one occupant may send, as N/SECONDS (0: no limit); more are refused.")},
    {"private_message_rate", &Limits::privateMessages, QT_TRANSLATE_NOOP("qmuc::Settings", "Private messages one occupant may send through a room, as N/SECONDS.")},
    {"presence_rate", &Limits::presence, QT_TRANSLATE_NOOP("qmuc::Settings", "Presence updates and nickname changes of one occupant, as N/SECONDS.")},
    {"iq_rate", &Limits::iqs, QT_TRANSLATE_NOOP("qmuc::Settings", "IQ requests one occupant may send to other occupants, as N/SECONDS.")},
    {"voice_request_rate", &Limits::voiceRequests, QT_TRANSLATE_NOOP("qmuc::Settings", "Voice requests of one occupant, as N/SECONDS.")},
    {"invitation_rate", &Limits::invitations, QT_TRANSLATE_NOOP("qmuc::Settings", "Invitations one occupant may send, as N/SECONDS.")},
    {"join_rate_per_user", &Limits::joinsPerUser, QT_TRANSLATE_NOOP("qmuc::Settings", "Room joins one user (bare JID) may make, as N/SECONDS.")},
    {"join_rate_per_domain", &Limits::joinsPerDomain, QT_TRANSLATE_NOOP("qmuc::Settings", "Room joins all users of one domain may make together, as N/SECONDS.")},
    {"creation_rate_per_user", &Limits::creationsPerUser, QT_TRANSLATE_NOOP("qmuc::Settings", "Rooms one user may create, as N/SECONDS.")},
    {"creation_rate_per_domain", &Limits::creationsPerDomain, QT_TRANSLATE_NOOP("qmuc::Settings", "Rooms all users of one domain may create together, as N/SECONDS.")},
    {"password_guesses", &Limits::passwordGuesses, QT_TRANSLATE_NOOP("qmuc::Settings", "Wrong room passwords one user may give a room, as N/SECONDS; then every attempt is refused for a while.")},
};
const NumberLimit numberLimits[] = {
    {"kick_after", &Limits::kickAfter, 0, 1000000, QT_TRANSLATE_NOOP("qmuc::Settings", "Stanzas refused in one burst after which the flooder is kicked from the room (0: never).")},
    {"max_rooms", &Limits::maxRooms, 1, 100000000, QT_TRANSLATE_NOOP("qmuc::Settings", "Rooms the service holds at most; further creations are refused.")},
    {"rooms_per_creator", &Limits::roomsPerCreator, 1, 100000000, QT_TRANSLATE_NOOP("qmuc::Settings", "Rooms one user may own before creating another is refused.")},
    {"occupants_per_room", &Limits::occupantsPerRoom, 1, 100000000, QT_TRANSLATE_NOOP("qmuc::Settings", "Occupants of a room whose owner set no maximum.")},
    {"sessions_per_occupant", &Limits::sessionsPerOccupant, 1, 10000, QT_TRANSLATE_NOOP("qmuc::Settings", "Devices one occupant may be in a room with at once.")},
    {"max_body_bytes", &Limits::maxBodyBytes, 1, 100000000, QT_TRANSLATE_NOOP("qmuc::Settings", "Largest message body relayed, in bytes of UTF-8.")},
    {"max_subject_bytes", &Limits::maxSubjectBytes, 1, 100000000, QT_TRANSLATE_NOOP("qmuc::Settings", "Longest room subject, in bytes of UTF-8.")},
    {"max_nick_chars", &Limits::maxNickChars, 1, 1023, QT_TRANSLATE_NOOP("qmuc::Settings", "Longest nickname, in characters.")},
    {"history_bytes", &Limits::historyBytes, 0, 1073741824, QT_TRANSLATE_NOOP("qmuc::Settings", "Bytes of recent messages a room keeps to replay to people who join.")},
    {"rejoin_replay_seconds", &Limits::rejoinReplaySeconds, 0, 86400, QT_TRANSLATE_NOOP("qmuc::Settings", "Seconds before a session that joins a room it is already in gets the occupants and history again.")},
    {"disco_items", &Limits::discoItems, 1, 100000000, QT_TRANSLATE_NOOP("qmuc::Settings", "Rooms listed in one answer to disco#items without paging (XEP-0059); the answer says how to page on.")},
};

SettingSpec rateSetting(const RateLimit &limit)
{
    const auto member = limit.member;
    return {u"limits/"_s + QLatin1StringView(limit.name), {}, {}, limit.doc,
            [member](const Settings &s) { return (s.limits.*member).toString(); },
            [member](Settings &s, const QString &v) {
                const auto rate = Rate::parse(v);
                if (!rate)
                    return Text::tr("'%1' is not a rate such as 10/60 (at most 10 in 60 seconds), or 0 for no limit").arg(v);
                s.limits.*member = *rate;
                return QString();
            }};
}

SettingSpec numberSetting(const NumberLimit &limit)
{
    const auto [name, member, min, max, doc] = limit;
    return {u"limits/"_s + QLatin1StringView(name), {}, {}, doc,
            [member](const Settings &s) { return QString::number(s.limits.*member); },
            [member, min, max](Settings &s, const QString &v) { return setInt(s.limits.*member, v, min, max); }};
}

// The settings before them, then the [limits] section.
QList<SettingSpec> withLimits(QList<SettingSpec> specs)
{
    for (const auto &limit : rateLimits)
        specs.append(rateSetting(limit));
    for (const auto &limit : numberLimits)
        specs.append(numberSetting(limit));
    return specs;
}

} // namespace

const QList<SettingSpec> &settingSpecs()
{
    static const QList<SettingSpec> specs = withLimits({
        stringSetting("server/host", "host", "HOST",
                      QT_TRANSLATE_NOOP("qmuc::Settings", "Host name or address of the XMPP server's component port."),
                      &Settings::host),
        {u"server/port"_s, u"port"_s, u"PORT"_s,
         QT_TRANSLATE_NOOP("qmuc::Settings", "The server's component port (XEP-0114)."),
         [](const Settings &s) { return QString::number(s.port); },
         [](Settings &s, const QString &v) {
             int port = 0;
             auto error = setInt(port, v, 1, 65535);
             if (error.isEmpty())
                 s.port = quint16(port);
             return error;
         }},
        {u"component/domain"_s, u"domain"_s, u"DOMAIN"_s,
         QT_TRANSLATE_NOOP("qmuc::Settings", "The service's domain, declared as a component on the server (e.g. conference.example.org)."),
         [](const Settings &s) { return s.domain; },
         // Domains compare case-insensitively; the server addresses us in lower case.
         [](Settings &s, const QString &v) { s.domain = v.trimmed().toLower(); return QString(); }},
        stringSetting("component/secret_file", "secret-file", "FILE",
                      QT_TRANSLATE_NOOP("qmuc::Settings", "File holding the component secret (the QMUC_SECRET environment variable overrides it)."),
                      &Settings::secretFile),
        stringSetting("storage/data_dir", "data-dir", "DIR",
                      QT_TRANSLATE_NOOP("qmuc::Settings", "Directory for qmuc's data (rooms and archive)."),
                      &Settings::dataDir),
        {u"log/level"_s, u"log-level"_s, u"LEVEL"_s,
         QT_TRANSLATE_NOOP("qmuc::Settings", "Least severe log messages shown: debug, info, warning or error."),
         [](const Settings &s) { return s.logLevel; },
         [](Settings &s, const QString &v) {
             static const QStringList levels = {u"debug"_s, u"info"_s, u"warning"_s, u"error"_s};
             const auto level = v.trimmed().toLower();
             if (!levels.contains(level))
                 return Text::tr("'%1' is not one of debug, info, warning, error").arg(v);
             s.logLevel = level;
             return QString();
         }},
        stringSetting("service/name", "", "",
                      QT_TRANSLATE_NOOP("qmuc::Settings", "The service's name in service discovery."),
                      &Settings::serviceName),
        intSetting("server/keepalive_seconds", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "Seconds between whitespace keepalives to the server (0 turns them off)."),
                   &Settings::keepaliveSeconds, 0, 3600),
        intSetting("server/max_stanza_kib", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "Largest stanza accepted from the server, in KiB; a larger one ends the stream."),
                   &Settings::maxStanzaKiB, 16, 65536),
        intSetting("server/max_output_kib", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "Output waiting for the server, in KiB, above which qmuc stops reading until half of it is gone."),
                   &Settings::maxOutputKiB, 16, 1048576),
        {u"rooms/creation"_s, u""_s, u""_s,
         QT_TRANSLATE_NOOP("qmuc::Settings", "Who may create rooms: anyone, or local (users of the server this service belongs to)."),
         [](const Settings &s) { return s.roomCreation; },
         [](Settings &s, const QString &v) {
             const auto policy = v.trimmed().toLower();
             if (policy != u"anyone" && policy != u"local")
                 return Text::tr("'%1' is not one of anyone, local").arg(v);
             s.roomCreation = policy;
             return QString();
         }},
        {u"service/admins"_s, u"admin"_s, u"JID"_s,
         QT_TRANSLATE_NOOP("qmuc::Settings", "A service administrator, with owner rights in every room (repeatable)."),
         [](const Settings &s) { return s.admins.join(u", "_s); },
         [](Settings &s, const QString &v) {
             for (const auto &jid : v.split(u',', Qt::SkipEmptyParts)) {
                 // Prepared (RFC 7622), as servers send it: Admin@Example.org is admin@example.org.
                 const auto prepared = prepareJid(jid);
                 if (!prepared || !prepared->resource.isEmpty() || prepared->node.isEmpty())
                     return Text::tr("'%1' is not a bare JID (user@domain)").arg(jid.trimmed());
                 if (!s.admins.contains(prepared->bare()))
                     s.admins << prepared->bare();
             }
             return QString();
         },
         true},
        intSetting("rooms/history_length", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "How many recent messages a new room replays to people who join."),
                   &Settings::historyLength, 0, 1000),
        boolSetting("rooms/logging",
                    QT_TRANSLATE_NOOP("qmuc::Settings", "Whether new rooms archive their messages (owners can change it): true or false."),
                    &Settings::loggingByDefault),
        intSetting("rooms/max_avatar_kib", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "The largest room avatar (XEP-0486) owners may set, in KiB of image."),
                   &Settings::maxAvatarKiB, 0, 8192),
        intSetting("archive/retention_days", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "Days archived messages are kept (0 keeps them forever)."),
                   &Settings::retentionDays, 0, 36500),
        intSetting("storage/flush_interval_ms", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "Milliseconds between writes of the archive to disk; a crash loses at most this much."),
                   &Settings::flushIntervalMs, 10, 60000),
        {u"blocklist/service"_s, u""_s, u""_s,
         QT_TRANSLATE_NOOP("qmuc::Settings", "The publish-subscribe service (XEP-0060) of a real-time block list whose users may not join rooms, e.g. pubsub.example.org; empty for none."),
         [](const Settings &s) { return s.blocklistService; },
         [](Settings &s, const QString &v) {
             const auto service = v.trimmed();
             if (service.isEmpty()) {
                 s.blocklistService.clear();
                 return QString();
             }
             // Prepared, as the service's stanzas name it.
             const auto prepared = prepareJid(service);
             if (!prepared || !prepared->resource.isEmpty())
                 return Text::tr("'%1' is not a JID without resource").arg(service);
             s.blocklistService = prepared->bare();
             return QString();
         }},
        stringSetting("blocklist/node", "", "",
                      QT_TRANSLATE_NOOP("qmuc::Settings", "The block list's node: its item ids are the SHA-256 (hex) of blocked bare JIDs or domains."),
                      &Settings::blocklistNode),
        intSetting("blocklist/max_entries", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "Entries of the block list kept at most; more are ignored, with a warning."),
                   &Settings::blocklistMaxEntries, 1, 10000000),
        intSetting("blocklist/retry_seconds", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "Seconds before asking again a block list that refused (e.g. its node does not exist yet); doubled each time, up to an hour."),
                   &Settings::blocklistRetrySeconds, 1, 3600),
        [] {
            auto spec = boolSetting("admin/enabled",
                                    QT_TRANSLATE_NOOP("qmuc::Settings", "Whether qmuc offers its admin endpoint, the socket qmuc-admin --attach connects to: true or false."),
                                    &Settings::adminEnabled);
            spec.option = u"admin-endpoint"_s;
            spec.valueName = u"true|false"_s;
            return spec;
        }(),
        stringSetting("admin/socket", "admin-socket", "PATH",
                      QT_TRANSLATE_NOOP("qmuc::Settings", "The admin endpoint's Unix socket (mode 0660); empty: admin.sock in $RUNTIME_DIRECTORY, else $XDG_RUNTIME_DIR/qmuc, else /run/qmuc."),
                      &Settings::adminSocket),
        {u"admin/allow"_s, u"admin-allow"_s, u"USER|@GROUP"_s,
         QT_TRANSLATE_NOOP("qmuc::Settings", "A local user or @group who may attach to the admin endpoint (repeatable); none: whoever the socket's permissions let in."),
         [](const Settings &s) { return s.adminAllow.join(u", "_s); },
         [](Settings &s, const QString &v) {
             for (const auto &entry : v.split(u',', Qt::SkipEmptyParts)) {
                 if (!s.adminAllow.contains(entry.trimmed()))
                     s.adminAllow << entry.trimmed();
             }
             return QString();
         },
         true},
        intSetting("storage/max_queue_kib", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "KiB of writes that may wait for a slow or failing disk; beyond it new messages are not archived."),
                   &Settings::maxWriteQueueKiB, 64, 4194304),
        {u"storage/driver"_s, u"storage"_s, u"sqlite|postgres"_s,
         QT_TRANSLATE_NOOP("qmuc::Settings", "Where rooms and archive live: sqlite (qmuc.sqlite in the data directory) or postgres (storage/postgres)."),
         [](const Settings &s) { return s.storageDriver; },
         [](Settings &s, const QString &v) {
             const auto driver = v.trimmed().toLower();
             if (driver != u"sqlite" && driver != u"postgres")
                 return Text::tr("'%1' is not one of sqlite, postgres").arg(v);
             s.storageDriver = driver;
             return QString();
         }},
        // No '=' in these docs: QSettings would read the commented line of --print-config as a key.
        [] {
            auto spec = stringSetting("storage/postgres", "postgres", "CONNINFO",
                                      QT_TRANSLATE_NOOP("qmuc::Settings", "PostgreSQL's libpq connection string: keyword and value pairs (service, or host, port, dbname, user); no password on the command line."),
                                      &Settings::postgres);
            spec.mayNamePassword = true;
            return spec;
        }(),
        stringSetting("storage/postgres_password_file", "postgres-password-file", "FILE",
                      QT_TRANSLATE_NOOP("qmuc::Settings", "File holding PostgreSQL's password, if neither the service file nor PGPASSFILE gives it."),
                      &Settings::postgresPasswordFile),
        intSetting("storage/instance_lease_seconds", "", "",
                   QT_TRANSLATE_NOOP("qmuc::Settings", "With several qmuc instances on one PostgreSQL database: seconds after which an instance that stopped renewing its lease is taken for gone, and its occupants told."),
                   &Settings::instanceLeaseSeconds, 3, 3600),
    });
    return specs;
}

QStringList Settings::validate() const
{
    QStringList problems;
    // A domain is a DNS name or address: no user part, resource, spaces or empty labels.
    static const QRegularExpression domainPattern(u"^[^@/\\s.][^@/\\s]*[^@/\\s.]$|^[^@/\\s.]$"_s);
    if (domain.isEmpty())
        problems << Text::tr("no component domain is set (component/domain or --domain)");
    else if (!domainPattern.match(domain).hasMatch() || domain.contains(u".."_s))
        problems << Text::tr("'%1' is not a valid domain").arg(domain);
    if (host.isEmpty())
        problems << Text::tr("no server host is set (server/host or --host)");
    // Qt hands the string to libpq after keywords of its own, where a URI is not understood.
    if (storageDriver == u"postgres" && postgres.trimmed().startsWith(u"postgres"_s, Qt::CaseInsensitive)
        && postgres.contains(u"://"_s))
        problems << Text::tr("storage/postgres: give the connection as keyword=value pairs (host=… dbname=…), not as a URI");
    return problems;
}

ComponentConfig Settings::componentConfig(const QString &secret) const
{
    ComponentConfig config;
    config.host = host;
    config.port = port;
    config.domain = domain;
    config.secret = secret;
    config.keepaliveInterval = std::chrono::seconds(keepaliveSeconds);
    config.limits.maxStanzaBytes = qsizetype(maxStanzaKiB) * 1024;
    config.maxOutputBytes = qint64(maxOutputKiB) * 1024;
    return config;
}

QStringList loadSettings(const QString &path, Settings &settings)
{
    if (!QFileInfo(path).isReadable())
        return {Text::tr("cannot read the configuration file %1").arg(path)};
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return {Text::tr("%1 is not a valid INI file").arg(path)};
    QStringList problems;
    QStringList known;
    for (const auto &spec : settingSpecs()) {
        known << spec.key;
        if (!ini.contains(spec.key))
            continue;
        const auto value = ini.value(spec.key);
        const auto error = spec.set(settings, spec.repeatable ? value.toStringList().join(u',') : value.toString());
        if (!error.isEmpty())
            problems << u"%1: %2: %3"_s.arg(path, spec.key, error);
    }
    for (const auto &key : ini.allKeys()) {
        if (!known.contains(key))
            problems << Text::tr("%1: unknown setting '%2'").arg(path, key);
    }
    return problems;
}

bool saveSettings(const QString &path, const Settings &settings, QString *error)
{
    QSettings ini(path, QSettings::IniFormat);
    for (const auto &spec : settingSpecs())
        ini.setValue(spec.key, spec.get(settings));
    ini.sync();
    if (ini.status() != QSettings::NoError) {
        if (error)
            *error = Text::tr("cannot write the configuration file %1").arg(path);
        return false;
    }
    return true;
}

QString describeSettings(const Settings &settings)
{
    // One block per section, in the order sections first appear among the specs.
    QStringList sections;
    QHash<QString, QString> blocks;
    for (const auto &spec : settingSpecs()) {
        const auto slash = spec.key.indexOf(u'/');
        const auto section = spec.key.left(slash);
        if (!blocks.contains(section))
            sections << section;
        auto &block = blocks[section];
        block += u"# "_s + Text::tr(spec.doc);
        if (!spec.option.isEmpty())
            block += u" (--"_s + spec.option + u')';
        auto value = spec.get(settings);
        if (spec.mayNamePassword)
            value = StorageTarget::withoutPassword(value); // printed, it would be in a terminal's history
        block += u'\n' + spec.key.mid(slash + 1) + u'=' + value + u'\n';
    }
    QStringList out;
    for (const auto &section : std::as_const(sections))
        out << u"["_s + section + u"]\n"_s + blocks.value(section);
    return out.join(u'\n');
}

QString readSecret(const Settings &settings, QString *error)
{
    const auto fromEnvironment = qEnvironmentVariable(SecretEnvironmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // systemd's LoadCredential=secret:FILE (qmuc.service) hands the secret to a service that may
    // not read FILE itself (DynamicUser) as $CREDENTIALS_DIRECTORY/secret.
    auto path = settings.secretFile;
    if (const auto credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY"); !credentials.isEmpty()
        && QFile::exists(credentials + u"/secret"_s))
        path = credentials + u"/secret"_s;
    if (path.isEmpty()) {
        *error = Text::tr("no component secret: set QMUC_SECRET or a secret file (component/secret_file or --secret-file)");
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read the secret file %1: %2").arg(path, file.errorString());
        return {};
    }
    const auto secret = QString::fromUtf8(file.readLine(4096)).trimmed();
    if (secret.isEmpty()) {
        *error = Text::tr("the secret file %1 is empty").arg(path);
        return {};
    }
    return secret;
}

QString readPostgresPassword(const Settings &settings, QString *error)
{
    auto path = settings.postgresPasswordFile;
    if (const auto credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY"); !credentials.isEmpty()
        && QFile::exists(credentials + u"/postgres_password"_s))
        path = credentials + u"/postgres_password"_s;
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read the PostgreSQL password file %1: %2").arg(path, file.errorString());
        return {};
    }
    // Only the line's end goes: a password may begin or end with spaces.
    auto password = QString::fromUtf8(file.readLine(4096));
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        *error = Text::tr("the PostgreSQL password file %1 is empty").arg(path);
    return password;
}

} // namespace qmuc
