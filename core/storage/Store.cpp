#include "Store.h"

namespace qmuc {

Store::Store(QObject *parent)
    : QObject(parent)
    , m_rooms(m_database)
    , m_archive(m_database, m_rooms)
    , m_instances(m_database, m_rooms)
{
    connect(&m_database, &Database::writeFailed, this, &Store::writeFailed);
    connect(&m_database, &Database::writeRecovered, this, &Store::writeRecovered);
    connect(&m_database, &Database::queueFull, this, &Store::queueFull);
}

bool Store::open(const StorageTarget &target, QString *error)
{
    m_rooms.dropStaged(); // their writes went with the last connection
    return m_database.open(target, error);
}

Store::~Store()
{
    // The queued writes refer to the tables, which go before the database.
    m_database.close();
}

void Store::saveRoom(const RoomRecord &room)
{
    if (m_rooms.stage(room))
        return; // the write queued for this room saves this record
    m_database.enqueue([this, jid = room.jid](QSqlError *error) { return m_rooms.saveStaged(jid, error); },
                       Database::Priority::Lasting);
}

void Store::removeRoom(const QString &jid)
{
    m_rooms.unstage(jid);
    m_database.enqueue(
        [this, jid](QSqlError *error) {
            qint64 id = 0;
            if (!m_rooms.remove(jid, &id, error))
                return false;
            m_archive.removeRoom(id);
            return true;
        },
        Database::Priority::Lasting);
}

void Store::recordEntered(const QString &room, const QString &fullJid, const QString &bareJid, const QString &nick)
{
    m_database.enqueue([=, this](QSqlError *error) { return m_instances.enter(room, fullJid, bareJid, nick, error); },
                       Database::Priority::Lasting);
}

void Store::recordLeft(const QString &room, const QString &fullJid)
{
    m_database.enqueue([=, this](QSqlError *error) { return m_instances.leave(room, fullJid, error); },
                       Database::Priority::Lasting);
}

void Store::recordRenamed(const QString &room, const QString &oldNick, const QString &newNick)
{
    m_database.enqueue([=, this](QSqlError *error) { return m_instances.rename(room, oldNick, newNick, error); },
                       Database::Priority::Lasting);
}

void Store::archive(const ArchivedMessage &message)
{
    // What the queue holds of it: the texts and the payload, as they are in memory.
    const qint64 bytes = qint64(sizeof(ArchivedMessage)) + message.payload.size()
        + 2 * (message.stanzaId.size() + message.room.size() + message.nick.size() + message.senderJid.size() + message.messageId.size());
    m_database.enqueue([this, message](QSqlError *error) { return m_archive.insert(message, error); },
                       Database::Priority::Droppable, bytes);
}

void Store::replacePayload(const QString &room, const QString &stanzaId, const QByteArray &payload)
{
    // Lasting: a retraction that a full queue dropped would bring the message back.
    m_database.enqueue([this, room, stanzaId, payload](QSqlError *error) { return m_archive.replacePayload(room, stanzaId, payload, error); },
                       Database::Priority::Lasting);
}

} // namespace qmuc
