#include "Store.h"

namespace qmuc {

Store::Store(QObject *parent)
    : QObject(parent)
    , m_rooms(m_database)
    , m_archive(m_database, m_rooms)
{
    connect(&m_database, &Database::writeFailed, this, &Store::writeFailed);
    connect(&m_database, &Database::writeRecovered, this, &Store::writeRecovered);
}

Store::~Store()
{
    // The queued writes refer to the tables, which go before the database.
    m_database.close();
}

void Store::saveRoom(const RoomRecord &room)
{
    m_database.enqueue([this, room](QSqlError *error) { return m_rooms.save(room, error); },
                       Database::Priority::Lasting);
}

void Store::removeRoom(const QString &jid)
{
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

void Store::archive(const ArchivedMessage &message)
{
    m_database.enqueue([this, message](QSqlError *error) { return m_archive.insert(message, error); },
                       Database::Priority::Droppable);
}

void Store::replacePayload(const QString &room, const QString &stanzaId, const QByteArray &payload)
{
    // Lasting: a retraction that a full queue dropped would bring the message back.
    m_database.enqueue([this, room, stanzaId, payload](QSqlError *error) { return m_archive.replacePayload(room, stanzaId, payload, error); },
                       Database::Priority::Lasting);
}

} // namespace qmuc
