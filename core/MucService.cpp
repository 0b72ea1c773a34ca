#include "MucService.h"

#include "Disco.h"
#include "EventText.h"
#include "Logging.h"
#include "Namespaces.h"
#include "StanzaErrors.h"
#include "WireText.h"
#include "Xml.h"
#include "muc/Nickname.h"
#include "muc/features/Hats.h"
#include "storage/Store.h"

#include <QDir>
#include <QPromise>
#include <QScopedValueRollback>
#include <QThread>
#include <QXmppDiscoveryIq.h>
#include <QXmppMucIq.h>
#include <QXmppPresence.h>
#include <QXmppPingIq.h>
#include <QXmppVersionIq.h>

using namespace Qt::StringLiterals;

namespace qmuc {

MucService::MucService(QObject *parent)
    : ServiceLink(parent)
    , m_connection(new ComponentConnection(this))
    , m_store(new Store(this))
    , m_retentionTimer(new QTimer(this))
    , m_blockListRetry(new QTimer(this))
    , m_leaseTimer(new QTimer(this))
{
    connect(m_leaseTimer, &QTimer::timeout, this, &MucService::renewLease);
    m_retentionTimer->setInterval(std::chrono::hours(1));
    // While routing, expired messages go a slice per tick.
    connect(m_retentionTimer, &QTimer::timeout, this, [this] {
        m_store->expire(QDateTime::currentDateTimeUtc().addDays(-m_settings.retentionDays));
    });
    m_blockListRetry->setSingleShot(true);
    connect(m_blockListRetry, &QTimer::timeout, this, [this] {
        send(m_blockList.requests(m_settings.domain)); // lost while down: connecting asks anyway
        m_blockListRetry->setInterval(std::min(m_blockListRetry->interval() * 2, 3600 * 1000));
    });
    qRegisterMetaType<RoomInfo>();
    qRegisterMetaType<OccupantInfo>();
    connect(m_store, &Store::writeFailed, this, &MucService::storageWriteFailed);
    connect(m_store, &Store::writeRecovered, this, &MucService::storageWriteRecovered);
    connect(m_store, &Store::queueFull, this, &MucService::storageQueueFull);
    m_sink = [this](const QByteArray &xml) { return m_connection->sendRaw(xml); };
    connect(m_connection, &ComponentConnection::stanzaReceived, this, &MucService::handleStanza);
    connect(m_connection, &ComponentConnection::stateChanged, this, [this](ComponentConnection::State state) {
        const bool down = state == ComponentConnection::State::WaitingToReconnect
            || state == ComponentConnection::State::Failed;
        Q_EMIT connectionStateChanged(state, down ? m_connection->errorText() : QString());
        m_connected = state == ComponentConnection::State::Connected;
        if (!m_connected)
            return;
        // A server that crashed or restarted may have ended its users' sessions without a word
        // to the component (ejabberd does): ask each occupant's session whether it is still there.
        // With several instances, a new connection may also have another share of the rooms
        // (ejabberd gives it the first free slot): this instance lets go of them all.
        if (m_connectedBefore && isShared()) {
            releaseRooms(true);
        } else if (m_connectedBefore) {
            for (const auto &[jid, room] : m_rooms)
                room->pingSessions();
        }
        m_connectedBefore = true;
        tellShutDown(std::exchange(m_untold, {}));
        // On every connection: what changed while we were away came as no notification.
        m_blockListRetry->setInterval(std::chrono::seconds(m_settings.blocklistRetrySeconds));
        send(m_blockList.requests(m_settings.domain));
    });
}

MucService::~MucService()
{
    saveForRestart();
    // Occupants of its rooms that a clean stop did not tell are told by the next instance to reap.
    if (isShared())
        m_store->instances().leave();
    // Checks under way (checkStorage) read the file on threads of their own.
    for (auto *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

void MucService::saveForRestart()
{
    // Rooms are saved as they change; the history of those that keep no archive changes with
    // every message, so it is saved here, on the way out.
    for (const auto &[jid, room] : m_rooms) {
        if (room->config().persistent && !room->config().logging)
            m_store->saveRoom(room->record());
    }
    m_store->flush();
}

void MucService::configure(const Settings &settings, const QString &secret)
{
    m_settings = settings;
    m_connection->setConfig(settings.componentConfig(secret));
    m_blockList.configure(settings.blocklistService, settings.blocklistNode, settings.blocklistMaxEntries);
}

StorageTarget MucService::storageTarget(const Settings &settings, QString *error)
{
    if (settings.storageDriver == u"postgres") {
        QString why;
        const auto password = readPostgresPassword(settings, &why);
        if (error)
            *error = why;
        return StorageTarget::postgres(settings.postgres, password);
    }
    return settings.dataDir.isEmpty() ? u":memory:"_s : QDir(settings.dataDir).filePath(u"qmuc.sqlite"_s);
}

QString MucService::databasePath(const Settings &settings)
{
    if (settings.storageDriver == u"postgres")
        return StorageTarget::postgres(settings.postgres).displayName();
    return storageTarget(settings).name;
}

bool MucService::openStorage(QString *error)
{
    if (m_store->isOpen())
        return true;
    m_store->setFlushInterval(m_settings.flushIntervalMs);
    m_store->setMaxQueueBytes(qint64(m_settings.maxWriteQueueKiB) * 1024);
    QString passwordError;
    const auto target = storageTarget(m_settings, &passwordError);
    if (!passwordError.isEmpty()) {
        *error = passwordError;
        return false;
    }
    if (!m_store->open(target, error))
        return false;
    if (m_settings.retentionDays > 0) {
        // At start, before routing: all at once.
        const auto removed = m_store->purgeOlderThan(QDateTime::currentDateTimeUtc().addDays(-m_settings.retentionDays));
        if (removed > 0)
            qCInfo(lcMuc) << "removed" << removed << "archived messages older than" << m_settings.retentionDays << "days";
        m_retentionTimer->start();
    }
    if (m_store->isShared()) {
        // One of several instances: each room is loaded when the server routes its next stanza
        // here (loadRoom), not all of them at start.
        if (!m_store->instances().join(qint64(m_settings.instanceLeaseSeconds) * 1000, error))
            return false;
        m_leaseTimer->start(m_settings.instanceLeaseSeconds * 1000 / 3);
        // What instances gone left behind goes now; their occupants are told once connected.
        m_untold += m_store->instances().reap();
        qCInfo(lcMuc).noquote() << "data in" << m_store->path() << "- instance" << m_store->instances().id()
                                << "among those sharing it; rooms are loaded as their stanzas come";
        return true;
    }
    const auto records = m_store->loadRooms();
    for (const auto &record : records) {
        auto room = std::make_unique<Room>(record, static_cast<RoomHost &>(*this));
        const auto info = room->info();
        m_rooms.insert_or_assign(record.jid, std::move(room));
        Q_EMIT roomCreated(info);
    }
    qCInfo(lcMuc).noquote() << "data in" << m_store->path() << "-" << records.size() << "persistent rooms";
    return true;
}

QString MucService::storagePath() const
{
    return m_store->isOpen() ? m_store->path() : QString();
}

bool MucService::isStorageReadOnly() const
{
    return m_store->isOpen() && m_store->isReadOnly();
}

QFuture<StorageReport> MucService::checkStorage(StorageCheck depth)
{
    // Store::check opens a connection of its own, read-only, on the thread that calls it.
    auto promise = std::make_shared<QPromise<StorageReport>>();
    auto *thread = QThread::create([promise, target = m_store->target(), depth] {
        promise->start();
        promise->addResult(Store::check(target, depth));
        promise->finish();
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
    return promise->future();
}

StorageReport MucService::checkDatabase(const StorageTarget &target, StorageCheck depth)
{
    return Store::check(target, depth);
}

Store &MucService::store()
{
    if (!m_store->isOpen()) {
        QString error;
        if (!openStorage(&error)) {
            qCCritical(lcMuc).noquote() << error << "- keeping rooms and archive in memory only";
            m_store->open(u":memory:"_s, &error);
        }
    }
    return *m_store;
}

MessageArchive &MucService::archive()
{
    return store();
}

QByteArray MucService::occupantIdKey()
{
    return store().occupantIdKey();
}

qsizetype MucService::maxAvatarBytes() const
{
    return qsizetype(m_settings.maxAvatarKiB) * 1024;
}

void MucService::start()
{
    store();
    m_connection->connectToServer();
}

void MucService::stop()
{
    // The rooms go back to the database for whichever instance receives their next stanza; their
    // occupants learn that they are out, before the stream closes.
    if (isShared()) {
        releaseRooms(true);
        m_store->instances().leave();
    }
    m_connection->disconnectFromServer();
    // A clean stop loses nothing.
    saveForRestart();
}

QList<RoomInfo> MucService::rooms() const
{
    QList<RoomInfo> list;
    for (const auto &[jid, room] : m_rooms)
        list << room->info();
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.jid < b.jid; });
    return list;
}

QList<OccupantInfo> MucService::occupants(const QString &roomJid) const
{
    const auto it = m_rooms.find(roomJid);
    return it == m_rooms.end() ? QList<OccupantInfo>() : it->second->occupants();
}

QString MucService::serverAddress() const
{
    return u"%1:%2"_s.arg(m_settings.host).arg(m_settings.port);
}

qint64 MucService::archivedMessages(const QString &roomJid)
{
    // A store nobody opened holds nothing yet; asking must not open it.
    if (!m_rooms.contains(roomJid) || !m_store->isOpen())
        return 0;
    ArchiveQuery count;
    count.room = roomJid;
    count.max = 0;
    return m_store->query(count).count;
}

void MucService::send(const QByteArray &stanzas)
{
    if (!stanzas.isEmpty() && !m_sink(stanzas))
        qCDebug(lcMuc) << "not connected; dropped outgoing stanzas";
}

QString MucService::wireTr(const char *text, const char *disambiguation, int n)
{
    return wire::translate("qmuc::MucService", text, disambiguation, n);
}

void MucService::handleStanza(const QDomElement &element)
{
    // Every text that answers this stanza is in its language (RFC 6120 §8.1.5; §8.3.2 for error
    // texts), English when it names none or one qmuc has no translation for.
    const wire::LanguageScope language(wire::languageOf(element));
    const QScopedValueRollback handling(m_handlingStanza, true);
    const auto stanza = Stanza::parse(element);
    const auto ours = [this](const QString &domain) { return domain.compare(m_settings.domain, Qt::CaseInsensitive) == 0; };
    // A component speaks only from its own domain and the JIDs at it (XEP-0114 §3), and the
    // server routes to it only what is addressed there. Two rules follow.
    //
    // Never answer ourselves: a stanza from our domain, a room or an occupant JID can only be our
    // own coming back (an error the server returns, something a room sent to the service); an
    // answer would go back to us, and the next answer too.
    if (ours(stanza.from.domain)) {
        qCDebug(lcMuc).noquote() << "dropped a" << stanza.kind << "from our own domain (" << stanza.fromFull
                                 << "): never answered, it would loop";
        return;
    }
    if (stanza.fromFull.isEmpty()) {
        qCDebug(lcMuc).noquote() << "dropped a" << stanza.kind << "without 'from': nobody to answer";
        return;
    }
    // A stanza for another domain reached us by a routing mistake (one component connection
    // serving several hosts, as ejabberd allows, or a wrong route). We cannot deliver it, and an
    // answer built the usual way, from its 'to', would speak for that domain: Prosody ends a
    // component's stream with invalid-from for that (validate_from_addresses, on by default).
    // So what needs an answer gets one from our own domain, with 'by' naming us (RFC 6120
    // §8.3.2), and the condition a server gives for a domain it cannot reach
    // (remote-server-not-found, RFC 6120 §8.3.3.13, §10.4.3); errors (§8.3.1), IQ results
    // (§8.2.3) and unavailable presence need none and are dropped.
    if (!ours(stanza.to.domain)) {
        const bool needsAnswer = stanza.type != u"error" && stanza.type != u"result"
            && !(stanza.kind == u"presence" && stanza.type == u"unavailable");
        qCDebug(lcMuc).noquote() << "a" << stanza.kind << "for another domain (" << element.attribute(u"to"_s)
                                 << ")" << (needsAnswer ? "refused" : "dropped");
        if (!needsAnswer)
            return;
        const auto refuse = [&](auto request) {
            request.parse(element);
            auto reply = errorReply(request, StanzaError::Cancel, StanzaError::RemoteServerNotFound,
                                    wireTr("This service, %1, does not deliver to %2.").arg(m_settings.domain, stanza.to.domain));
            reply.setFrom(m_settings.domain);
            auto error = reply.error();
            error.setBy(m_settings.domain);
            reply.setError(error);
            send(xml::serialize(reply));
        };
        if (stanza.kind == u"iq")
            refuse(QXmppIq());
        else if (stanza.kind == u"message")
            refuse(QXmppMessage());
        else if (stanza.kind == u"presence")
            refuse(QXmppPresence());
        return;
    }
    // The block list's answers and notifications, which need no answer.
    if (stanza.to.node.isEmpty() && m_blockList.handle(element)) {
        if (m_blockList.refused() && !m_blockListRetry->isActive())
            m_blockListRetry->start();
        return;
    }
    if (!stanza.to.node.isEmpty()) {
        handleRoomStanza(stanza);
        return;
    }
    if (stanza.kind == u"iq")
        handleIq(element);
    else if (stanza.kind == u"message")
        handleMessage(element);
    else if (stanza.kind == u"presence")
        handlePresence(element);
    else
        qCWarning(lcMuc).noquote() << "ignored a top-level element that is not a stanza:" << stanza.kind;
}

bool MucService::mayCreateRooms(const Jid &user) const
{
    if (m_settings.roomCreation == u"local") {
        // Users of the server this service belongs to: conference.example.org → example.org.
        const auto parent = m_settings.domain.section(u'.', 1);
        return user.domain == parent || user.domain == m_settings.domain;
    }
    return true;
}

void MucService::handleRoomStanza(const Stanza &stanza)
{
    const auto reply = [&](StanzaError::Type type, StanzaError::Condition condition, const QString &text) {
        send(errorReplyTo(stanza.element, type, condition, text));
    };
    const bool isError = stanza.type == u"error";
    const auto roomName = prepareRoomName(stanza.to.node);
    if (!roomName) {
        if (!isError && stanza.type != u"result" && stanza.type != u"unavailable")
            reply(StanzaError::Modify, StanzaError::JidMalformed, wireTr("'%1' cannot be the name of a room.").arg(stanza.to.node));
        return;
    }
    const auto roomJid = *roomName + u'@' + m_settings.domain;
    auto it = m_rooms.find(roomJid);
    if (it == m_rooms.end()) {
        if (isError || stanza.type == u"result" || stanza.type == u"unavailable")
            return; // nothing to answer, nobody to remove
        // Another instance may have made it, or held it until it stopped or died.
        std::optional<Refusal> refusal;
        if (isShared())
            it = loadRoom(roomJid, true, &refusal);
        if (refusal) {
            reply(refusal->type, refusal->condition, refusal->text);
            return;
        }
    }
    std::optional<QString> nick; // of the creator of a new room
    if (it == m_rooms.end()) {
        if (stanza.kind != u"presence" || !stanza.type.isEmpty() || stanza.to.resource.isEmpty()) {
            if (stanza.kind == u"presence" && stanza.type.isEmpty())
                reply(StanzaError::Modify, StanzaError::JidMalformed, wireTr("Join a room with a nickname: room@service/nick."));
            else
                reply(StanzaError::Cancel, StanzaError::ItemNotFound, wireTr("There is no room %1.").arg(roomJid));
            return;
        }
        QString why;
        nick = prepareNickname(stanza.to.resource, &why);
        if (!nick) {
            reply(StanzaError::Modify, StanzaError::JidMalformed, why);
            return;
        }
        if (!mayCreateRooms(stanza.from)) {
            // XEP-0045 §10.1.1: creation restricted by the service's policy.
            reply(StanzaError::Cancel, StanzaError::NotAllowed, wireTr("You may not create rooms on this service."));
            return;
        }
        if (const auto refusal = refuseJoin(stanza, true)) {
            reply(refusal->type, refusal->condition, refusal->text);
            return;
        }
        if (!claimNewRoom(roomJid, &it)) {
            reply(StanzaError::Wait, StanzaError::InternalServerError, wireTr("The rooms' database cannot be reached; try again later."));
            return;
        }
    }
    if (it == m_rooms.end()) {
        RoomConfig defaults;
        defaults.historyLength = m_settings.historyLength;
        defaults.logging = m_settings.loggingByDefault;
        it = m_rooms.emplace(roomJid, std::make_unique<Room>(roomJid, static_cast<RoomHost &>(*this), defaults)).first;
        qCInfo(lcMuc).noquote() << "room" << roomJid << "created by" << stanza.from.bare();
        Q_EMIT roomCreated(it->second->info());
        it->second->createBy(stanza, *nick);
    } else if (stanza.kind == u"presence") {
        const bool joins = stanza.type.isEmpty() && !it->second->occupantBySession(stanza.fromFull);
        if (const auto refusal = joins ? refuseJoin(stanza, false) : std::nullopt) {
            reply(refusal->type, refusal->condition, refusal->text);
            return;
        }
        it->second->handlePresence(stanza);
    } else if (stanza.kind == u"message") {
        it->second->handleMessage(stanza);
    } else if (stanza.kind == u"iq") {
        it->second->handleIq(stanza);
    }
    settle(roomJid);
}

bool MucService::claimNewRoom(const QString &roomJid, Rooms::iterator *it)
{
    if (!isShared())
        return true;
    // The database's unique JID decides when two instances make the same room at once (the
    // server routed its stanzas to both, around a change of instances): the other one loads it.
    switch (m_store->instances().create(roomJid)) {
    case InstanceTable::Creation::Created:
        return true;
    case InstanceTable::Creation::Exists: {
        std::optional<Refusal> refusal;
        *it = loadRoom(roomJid, true, &refusal);
        return *it != m_rooms.end();
    }
    case InstanceTable::Creation::Failed:
        break;
    }
    return false;
}

MucService::Rooms::iterator MucService::loadRoom(const QString &jid, bool fromOthersAlive, std::optional<Refusal> *refusal)
{
    QList<RecordedSession> sessions;
    auto outcome = InstanceTable::Claim::Missing;
    const auto record = m_store->instances().claim(jid, fromOthersAlive, &sessions, &outcome);
    tellShutDown(sessions);
    switch (outcome) {
    case InstanceTable::Claim::Claimed:
        break;
    case InstanceTable::Claim::Missing:
        return m_rooms.end();
    case InstanceTable::Claim::HeldElsewhere:
        *refusal = Refusal{StanzaError::Cancel, StanzaError::NotAllowed,
                           wireTr("The room %1 is served by another instance of this service; send the request to the room itself.").arg(jid)};
        return m_rooms.end();
    case InstanceTable::Claim::Failed:
        *refusal = Refusal{StanzaError::Wait, StanzaError::InternalServerError, wireTr("The rooms' database cannot be reached; try again later.")};
        return m_rooms.end();
    }
    auto it = m_rooms.insert_or_assign(jid, std::make_unique<Room>(*record, static_cast<RoomHost &>(*this))).first;
    qCInfo(lcMuc).noquote() << "room" << jid << "loaded from the database";
    Q_EMIT roomCreated(it->second->info());
    return it;
}

void MucService::tellShutDown(const QList<RecordedSession> &sessions)
{
    if (sessions.isEmpty())
        return;
    // What a room says to each of its occupants when the service stops (Room::shutDown), said for
    // a room whose instance died: XEP-0045 status 332, with 110 as it is about the occupant.
    QByteArray out;
    for (const auto &session : sessions) {
        QXmppPresence presence(QXmppPresence::Unavailable);
        presence.setFrom(session.room + u'/' + session.nick);
        presence.setTo(session.jid);
        QXmppMucItem item;
        item.setAffiliation(toQXmpp(session.affiliation));
        item.setRole(QXmppMucItem::NoRole);
        presence.setMucItem(item);
        presence.setMucStatusCodes({110, 332});
        out += xml::serialize(presence);
    }
    send(out);
    qCInfo(lcMuc).noquote() << "told" << sessions.size() << "sessions that another instance had their rooms and is gone";
}

void MucService::releaseRooms(bool tell)
{
    for (const auto &[jid, room] : m_rooms) {
        if (tell)
            room->shutDown();
        if (room->config().persistent)
            m_store->saveRoom(room->record());
        else
            m_store->removeRoom(jid);
        Q_EMIT roomDestroyed(jid); // gone from this instance: another may load it
    }
    if (!m_rooms.empty())
        qCInfo(lcMuc).noquote() << "let go of" << m_rooms.size() << "rooms";
    m_rooms.clear();
    m_unsaved.clear();
    m_store->flush();
}

void MucService::renewLease()
{
    auto &instances = m_store->instances();
    if (instances.renew() == InstanceTable::Renewal::Lapsed) {
        qCWarning(lcMuc).noquote() << "this instance's lease lapsed (was the database out of reach?): other instances "
                                      "have told its occupants; its rooms are loaded again as their stanzas come";
        releaseRooms(false);
    }
    // Only a connected instance can tell anyone; the others keep what they reap for later.
    m_untold += instances.reap();
    if (m_connected)
        tellShutDown(std::exchange(m_untold, {}));
}

bool MucService::isShared() const
{
    return m_store->isOpen() && m_store->isShared() && m_store->instances().hasJoined();
}

QList<RoomInfo> MucService::serviceRooms()
{
    if (!isShared())
        return rooms();
    QList<RoomInfo> all;
    for (const auto &room : m_store->instances().all()) {
        RoomInfo info;
        info.jid = room.jid;
        info.name = room.name;
        info.occupants = room.occupants;
        all << info;
    }
    return all;
}

std::optional<Refusal> MucService::refuseJoin(const Stanza &stanza, bool creates)
{
    const auto user = stanza.from.bare();
    if (isServiceAdmin(user))
        return std::nullopt;
    const auto &limits = m_settings.limits;
    const auto overRate = [&](RateTable &table, const Rate &perUser, const Rate &perDomain, LimitKind kind) {
        const auto byUser = table.take(u"u\n"_s + user, perUser);
        const auto byDomain = byUser.allowed ? table.take(u"d\n"_s + stanza.from.domain, perDomain) : byUser;
        if (byDomain.refused == 1)
            reportLimit({}, byUser.allowed ? stanza.from.domain : user, kind); // once per burst
        return !byDomain.allowed;
    };
    // Refusals of a count are resource-constraint: the user may try again later (RFC 6120 §8.3.3.18).
    if (overRate(m_joinRates, limits.joinsPerUser, limits.joinsPerDomain, LimitKind::Join))
        return Refusal{StanzaError::Wait, StanzaError::ResourceConstraint, wireTr("You are joining rooms too fast; wait a moment, then try again.")};
    if (!creates)
        return std::nullopt;
    // A listed user may not make a room of their own either (joining one is the room's to refuse:
    // features/BlockList.cpp, which lets its members and owners in).
    if (isBlocked(user)) {
        overLimit(user, LimitKind::Blocked);
        return blockedRefusal();
    }
    if (overRate(m_creationRates, limits.creationsPerUser, limits.creationsPerDomain, LimitKind::Creation))
        return Refusal{StanzaError::Wait, StanzaError::ResourceConstraint, wireTr("You are creating rooms too fast; wait a moment, then try again.")};
    if (qsizetype(m_rooms.size()) >= limits.maxRooms) {
        reportLimit({}, user, LimitKind::Rooms);
        return Refusal{StanzaError::Wait, StanzaError::ResourceConstraint, wireTr("This service holds as many rooms as it can; try again later.")};
    }
    // With several instances, the rooms the others hold count too.
    const auto owned = (isShared() ? m_store->instances().ownedElsewhere(user) : 0)
        + std::count_if(m_rooms.cbegin(), m_rooms.cend(), [&](const auto &entry) {
              return entry.second->affiliates().value(user).affiliation == Affiliation::Owner;
          });
    if (owned >= limits.roomsPerCreator) {
        reportLimit({}, user, LimitKind::Rooms);
        return Refusal{StanzaError::Cancel, StanzaError::NotAllowed, wireTr("You own as many rooms as this service allows one user.")};
    }
    return std::nullopt;
}

void MucService::reportLimit(const QString &roomJid, const QString &who, LimitKind kind)
{
    qCInfo(lcMuc).noquote() << (roomJid.isEmpty() ? m_settings.domain : roomJid) + u": "_s + EventText::limitHit(who, kind);
    ++m_limitsHit;
    Q_EMIT limitHit(roomJid, who, kind);
}

void MucService::overLimit(const Room &room, const QString &who, LimitKind kind)
{
    overLimit(who, kind, room.jid());
}

void MucService::overLimit(const QString &who, LimitKind kind, const QString &roomJid)
{
    // A listed user's client retries and rejoins its bookmarks: one report a minute is enough.
    if (kind == LimitKind::Blocked && !m_blockedReports.take(who, Rate{1, 60}).allowed)
        return;
    reportLimit(roomJid, who, kind);
}

Refusal MucService::blockedRefusal()
{
    // As mod_muc_rtbl refuses them.
    return Refusal{StanzaError::Cancel, StanzaError::Forbidden, wireTr("You are banned from this service.")};
}

void MucService::settle(const QString &roomJid)
{
    const auto it = m_rooms.find(roomJid);
    if (it == m_rooms.end())
        return;
    if (!it->second->isDisposable()) {
        if (m_unsaved.remove(roomJid))
            store().saveRoom(it->second->record());
        return;
    }
    m_rooms.erase(it);
    m_unsaved.remove(roomJid);
    store().removeRoom(roomJid); // with its archive
    qCInfo(lcMuc).noquote() << "room" << roomJid << "destroyed";
    Q_EMIT roomDestroyed(roomJid);
}

QString MucService::administer(const QString &roomJid, const std::function<std::optional<Refusal>(Room &, const Actor &)> &action)
{
    // The window's operator reads the refusal, in their own language; an ad-hoc command runs the
    // same slots while its stanza is handled, and answers in the stanza's language.
    const wire::LanguageScope language(m_handlingStanza ? wire::language() : m_operatorLanguage);
    // A room JID an operator typed (RFC 7622): Lobby@Conference.example is lobby@conference.example.
    const auto prepared = prepareJid(roomJid);
    const auto jid = prepared ? prepared->bare() : roomJid;
    auto it = m_rooms.find(jid);
    if (it == m_rooms.end() && isShared()) {
        // A room another instance holds is left to it: its occupants are there.
        std::optional<Refusal> refusal;
        it = loadRoom(jid, false, &refusal);
        if (refusal)
            return refusal->text;
    }
    if (it == m_rooms.end())
        return wireTr("There is no room %1.").arg(roomJid);
    // The admin window acts as the service itself: a service administrator outside the room.
    const auto refusal = action(*it->second, it->second->serviceAdmin(m_settings.domain));
    settle(jid);
    return refusal ? refusal->text : QString();
}

QString MucService::kick(const QString &roomJid, const QString &nick, const QString &reason)
{
    return setRole(roomJid, nick, Role::None, reason);
}

QString MucService::ban(const QString &roomJid, const QString &bareJid, const QString &reason)
{
    return setAffiliation(roomJid, bareJid, Affiliation::Outcast, reason);
}

QString MucService::setRole(const QString &roomJid, const QString &nick, Role role, const QString &reason)
{
    return administer(roomJid, [&](Room &room, const Actor &actor) { return room.changeRoles(actor, {{nick, role, reason}}); });
}

QString MucService::setAffiliation(const QString &roomJid, const QString &bareJid, Affiliation affiliation, const QString &reason)
{
    return administer(roomJid, [&](Room &room, const Actor &actor) {
        return room.changeAffiliations(actor, {{bareJid, affiliation, reason}});
    });
}

QString MucService::setSubject(const QString &roomJid, const QString &subject)
{
    return administer(roomJid, [&](Room &room, const Actor &actor) { return room.setSubject(actor, subject); });
}

QString MucService::destroyRoom(const QString &roomJid, const QString &reason, const QString &alternateVenue)
{
    return administer(roomJid, [&](Room &room, const Actor &actor) { return room.destroy(actor, reason, alternateVenue); });
}

QString MucService::putOnHat(const QString &roomJid, const QString &bareJid, const QString &uri, const QString &title)
{
    return administer(roomJid, [&](Room &room, const Actor &actor) { return qmuc::putOnHat(room, actor, bareJid, {uri, title}); });
}

QString MucService::takeOffHat(const QString &roomJid, const QString &bareJid, const QString &uri)
{
    return administer(roomJid, [&](Room &room, const Actor &actor) { return qmuc::takeOffHat(room, actor, bareJid, uri); });
}

QString MucService::retractRecent(const QString &roomJid, const QString &nick, int hours, const QString &reason, int *retracted)
{
    return administer(roomJid, [&](Room &room, const Actor &actor) {
        return room.retractSince(actor, nick, QDateTime::currentDateTimeUtc().addSecs(-3600 * qint64(hours)), reason, retracted);
    });
}

void MucService::handleIq(const QDomElement &element)
{
    const auto type = element.attribute(u"type"_s);
    // RFC 6120 §8.2.3: results and errors are never answered.
    if (type == u"result" || type == u"error")
        return;
    if (type != u"get" && type != u"set") {
        QXmppIq request;
        request.parse(element);
        send(xml::serialize(errorReply(request, StanzaError::Modify, StanzaError::BadRequest, wireTr("Unknown IQ type."))));
        return;
    }
    send(answerServiceIq(element));
}

QByteArray MucService::answerServiceIq(const QDomElement &element)
{
    const bool isGet = element.attribute(u"type"_s) == u"get";

    const auto payload = element.firstChildElement();
    if (!isGet && payload.localName() == u"command" && payload.namespaceURI() == ns::commands)
        return answerCommand(element);
    if (isGet && QXmppDiscoveryIq::isDiscoveryIq(element)) {
        QXmppDiscoveryIq request;
        request.parse(element);
        if (request.queryNode() == ns::commands && request.queryType() == QXmppDiscoveryIq::ItemsQuery) {
            // XEP-0050 §2.2: the commands, for those who may run them.
            auto reply = discoResult(request.id(), request.to(), request.from(), QXmppDiscoveryIq::ItemsQuery);
            reply.setQueryNode(request.queryNode());
            QList<QXmppDiscoveryIq::Item> items;
            for (const auto &[node, name] : commands(Jid::parse(request.from()).bare())) {
                QXmppDiscoveryIq::Item item;
                item.setJid(m_settings.domain);
                item.setNode(node);
                item.setName(name);
                items << item;
            }
            reply.setItems(items);
            return xml::serialize(reply);
        }
        if (!request.queryNode().isEmpty()) {
            return xml::serialize(errorReply(request, StanzaError::Cancel, StanzaError::ItemNotFound,
                                             wireTr("No such node.")));
        }
        if (request.queryType() == QXmppDiscoveryIq::ItemsQuery)
            return answerServiceItems(element);
        auto reply = discoResult(request.id(), request.to(), request.from(), QXmppDiscoveryIq::InfoQuery);
        QXmppDiscoveryIq::Identity identity;
        identity.setCategory(u"conference"_s);
        identity.setType(u"text"_s);
        identity.setName(m_settings.serviceName);
        reply.setIdentities({identity});
        reply.setFeatures({ns::discoInfo, ns::discoItems, ns::muc, ns::mucStableId, ns::ping, ns::version,
                           ns::rsm, ns::commands, ns::hats});
        return xml::serialize(reply);
    }
    if (isGet && QXmppPingIq::isPingIq(element)) {
        QXmppPingIq request;
        request.parse(element);
        QXmppIq pong(QXmppIq::Result);
        pong.setId(request.id());
        pong.setFrom(request.to());
        pong.setTo(request.from());
        return xml::serialize(pong);
    }
    if (isGet && QXmppVersionIq::isVersionIq(element)) {
        QXmppVersionIq request;
        request.parse(element);
        QXmppVersionIq reply;
        reply.setType(QXmppIq::Result);
        reply.setId(request.id());
        reply.setFrom(request.to());
        reply.setTo(request.from());
        reply.setName(u"qmuc"_s);
        reply.setVersion(QStringLiteral(QMUC_VERSION));
        return xml::serialize(reply);
    }
    QXmppIq request;
    request.parse(element);
    return xml::serialize(errorReply(request, StanzaError::Cancel, StanzaError::ServiceUnavailable));
}

QByteArray MucService::answerServiceItems(const QDomElement &element)
{
    // XEP-0045 §6.3: the public rooms, with names; XEP-0059 paging when asked. With several
    // instances, every instance's rooms, from the database.
    QList<RoomInfo> listed;
    if (isShared()) {
        for (const auto &room : m_store->instances().listed()) {
            RoomInfo info;
            info.jid = room.jid;
            info.name = room.name;
            listed << info;
        }
    } else {
        for (const auto &info : rooms()) {
            if (info.isPublic && !info.locked)
                listed << info;
        }
    }
    const auto set = element.firstChildElement().firstChildElement(u"set"_s);
    const bool asked = !set.isNull() && set.namespaceURI() == ns::rsm;
    qsizetype first = 0;
    qsizetype count = listed.size();
    bool backwards = false;
    if (asked) {
        const auto after = set.firstChildElement(u"after"_s);
        const auto before = set.firstChildElement(u"before"_s);
        const auto index = set.firstChildElement(u"index"_s);
        bool hasMax = false;
        const int max = set.firstChildElement(u"max"_s).text().toInt(&hasMax);
        qsizetype end = listed.size();
        if (!after.isNull()) {
            first = std::upper_bound(listed.cbegin(), listed.cend(), after.text(),
                                     [](const QString &jid, const RoomInfo &r) { return jid < r.jid; }) - listed.cbegin();
        } else if (!index.isNull()) {
            first = qBound(qsizetype(0), qsizetype(index.text().toInt()), listed.size());
        }
        if (!before.isNull()) {
            backwards = true;
            end = before.text().isEmpty()
                ? listed.size()
                : std::lower_bound(listed.cbegin(), listed.cend(), before.text(),
                                   [](const RoomInfo &r, const QString &jid) { return r.jid < jid; }) - listed.cbegin();
            if (hasMax)
                first = qMax<qsizetype>(0, end - max);
        }
        count = qMax<qsizetype>(0, (hasMax ? qMin<qsizetype>(end, first + qMax(0, max)) : end) - first);
    }
    // XEP-0059 §2.6: a service may page a large answer, asked or not; the <set/> says how to go on.
    const qsizetype most = m_settings.limits.discoItems;
    const bool paged = asked || count > most;
    if (count > most) {
        if (backwards)
            first += count - most; // the page just before <before/>
        count = most;
    }
    QByteArray out = "<iq type='result' id='" + xml::escaped(element.attribute(u"id"_s)) + "' from='"
        + xml::escaped(m_settings.domain) + "' to='" + xml::escaped(element.attribute(u"from"_s))
        + "'><query xmlns='http://jabber.org/protocol/disco#items'>";
    for (qsizetype i = first; i < first + count; ++i) {
        const auto &room = listed.at(i);
        out += "<item jid='" + xml::escaped(room.jid) + '\'';
        const auto name = room.name.isEmpty() ? room.jid.section(u'@', 0, 0) : room.name;
        out += " name='" + xml::escaped(name) + "'/>";
    }
    if (paged) {
        out += "<set xmlns='http://jabber.org/protocol/rsm'>";
        if (count > 0) {
            out += "<first index='" + QByteArray::number(first) + "'>" + xml::escaped(listed.at(first).jid) + "</first>";
            out += "<last>" + xml::escaped(listed.at(first + count - 1).jid) + "</last>";
        }
        out += "<count>" + QByteArray::number(listed.size()) + "</count></set>";
    }
    out += "</query></iq>";
    return out;
}

void MucService::handleMessage(const QDomElement &element)
{
    QXmppMessage message;
    message.parse(element);
    if (message.type() == QXmppMessage::Error)
        return; // RFC 6120 §8.3.1: never answer an error with an error
    send(xml::serialize(errorReply(message, StanzaError::Cancel, StanzaError::ServiceUnavailable)));
}

void MucService::handlePresence(const QDomElement &element)
{
    QXmppPresence presence;
    presence.parse(element);
    // Errors are never answered; an unavailable presence to the service needs no answer either.
    if (presence.type() == QXmppPresence::Error || presence.type() == QXmppPresence::Unavailable)
        return;
    send(xml::serialize(errorReply(presence, StanzaError::Cancel, StanzaError::ServiceUnavailable)));
}

// RoomHost: room events become the service's signals.

void MucService::joined(const Room &room, const OccupantInfo &occupant)
{
    m_joinsPerMinute.add(MessageRate::monotonicMs());
    Q_EMIT occupantJoined(room.jid(), occupant);
}

void MucService::left(const Room &room, const OccupantInfo &occupant, LeaveReason reason)
{
    Q_EMIT occupantLeft(room.jid(), occupant, reason);
}

void MucService::sessionEntered(const Room &room, const QString &fullJid, const QString &bareJid, const QString &nick)
{
    if (isShared())
        m_store->recordEntered(room.jid(), fullJid, bareJid, nick);
}

void MucService::sessionLeft(const Room &room, const QString &fullJid)
{
    if (isShared())
        m_store->recordLeft(room.jid(), fullJid);
}

void MucService::nickChanged(const Room &room, const QString &oldNick, const OccupantInfo &occupant)
{
    if (isShared())
        m_store->recordRenamed(room.jid(), oldNick, occupant.nick);
    Q_EMIT occupantNickChanged(room.jid(), oldNick, occupant);
}

void MucService::presenceChanged(const Room &room, const OccupantInfo &occupant)
{
    Q_EMIT occupantPresenceChanged(room.jid(), occupant);
}

void MucService::relayed(const Room &room, const QString &nick, qsizetype size)
{
    m_messagesPerMinute.add(MessageRate::monotonicMs());
    Q_EMIT messageRelayed(room.jid(), nick, size);
}

void MucService::subjectSet(const Room &room, const QString &subject, const QString &nick)
{
    Q_EMIT subjectChanged(room.jid(), subject, nick);
}

void MucService::configured(const Room &room)
{
    Q_EMIT roomConfigurationChanged(room.info());
}

void MucService::roleChanged(const Room &room, const OccupantInfo &occupant)
{
    Q_EMIT occupantRoleChanged(room.jid(), occupant);
}

void MucService::affiliationSet(const Room &room, const QString &bareJid, Affiliation affiliation)
{
    Q_EMIT affiliationChanged(room.jid(), bareJid, affiliation);
}

void MucService::changed(const Room &room)
{
    m_unsaved.insert(room.jid());
}

bool MucService::isServiceAdmin(const QString &bareJid) const
{
    return bareJid == m_settings.domain || m_settings.admins.contains(bareJid);
}

} // namespace qmuc
