#include "EventLogModel.h"

#include "EventText.h"

#include <QColor>
#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

EventLogModel::EventLogModel(ServiceLink *service, int limit, QObject *parent)
    : QAbstractTableModel(parent)
    , m_limit(std::max(1, limit))
{
    // The lines are the core's (EventText), as qmuc logs them, here in the desktop's language.
    connect(service, &ServiceLink::connectionStateChanged, this, [this](ComponentConnection::State state, const QString &errorText) {
        add(errorText.isEmpty() ? Kind::Connection : Kind::ConnectionError, {}, EventText::connectionState(state, errorText));
    });
    connect(service, &ServiceLink::roomCreated, this, [this](const RoomInfo &room) {
        add(Kind::RoomCreated, room.jid, EventText::roomCreated(room));
    });
    connect(service, &ServiceLink::roomDestroyed, this, [this](const QString &roomJid) {
        add(Kind::RoomDestroyed, roomJid, EventText::roomDestroyed(roomJid));
    });
    connect(service, &ServiceLink::roomConfigurationChanged, this, [this](const RoomInfo &room) {
        add(Kind::RoomConfigured, room.jid, EventText::roomConfigurationChanged(room));
    });
    connect(service, &ServiceLink::occupantJoined, this, [this](const QString &roomJid, const OccupantInfo &occupant) {
        add(Kind::Joined, roomJid, EventText::occupantJoined(occupant));
    });
    connect(service, &ServiceLink::occupantLeft, this,
            [this](const QString &roomJid, const OccupantInfo &occupant, LeaveReason reason) {
                const auto kind = reason == LeaveReason::Kicked ? Kind::Kicked
                    : reason == LeaveReason::Banned             ? Kind::Banned
                                                                : Kind::Left;
                add(kind, roomJid, EventText::occupantLeft(occupant, reason));
            });
    connect(service, &ServiceLink::occupantNickChanged, this,
            [this](const QString &roomJid, const QString &oldNick, const OccupantInfo &occupant) {
                add(Kind::NickChanged, roomJid, EventText::occupantNickChanged(oldNick, occupant));
            });
    connect(service, &ServiceLink::occupantRoleChanged, this, [this](const QString &roomJid, const OccupantInfo &occupant) {
        add(Kind::RoleChanged, roomJid, EventText::occupantRoleChanged(occupant));
    });
    connect(service, &ServiceLink::affiliationChanged, this,
            [this](const QString &roomJid, const QString &bareJid, Affiliation affiliation) {
                add(Kind::AffiliationChanged, roomJid, EventText::affiliationChanged(bareJid, affiliation));
            });
    connect(service, &ServiceLink::subjectChanged, this, [this](const QString &roomJid, const QString &subject, const QString &nick) {
        add(Kind::SubjectChanged, roomJid, EventText::subjectChanged(subject, nick));
    });
    connect(service, &ServiceLink::storageWriteFailed, this, [this](const QString &error) {
        add(Kind::StorageFailed, {}, error);
    });
    connect(service, &ServiceLink::limitHit, this, [this](const QString &roomJid, const QString &who, LimitKind kind) {
        add(Kind::LimitHit, roomJid, EventText::limitHit(who, kind));
    });
    connect(service, &ServiceLink::storageWriteRecovered, this, [this] {
        add(Kind::StorageRecovered, {}, EventText::storageRecovered());
    });
}

void EventLogModel::add(Kind kind, const QString &roomJid, const QString &text)
{
    if (m_entries.size() >= m_limit) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({QDateTime::currentDateTime(), kind, roomJid, text});
    endInsertRows();
}

void EventLogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString iconOf(EventLogModel::Kind kind)
{
    using Kind = EventLogModel::Kind;
    switch (kind) {
    case Kind::Joined: return u":/icons/join.svg"_s;
    case Kind::Left: return u":/icons/leave.svg"_s;
    case Kind::Kicked: return u":/icons/kick.svg"_s;
    case Kind::Banned: return u":/icons/ban.svg"_s;
    case Kind::NickChanged: return u":/icons/nick.svg"_s;
    case Kind::RoleChanged: return u":/icons/moderator.svg"_s;
    case Kind::AffiliationChanged: return u":/icons/affiliation.svg"_s;
    case Kind::SubjectChanged: return u":/icons/subject.svg"_s;
    case Kind::RoomCreated: return u":/icons/room.svg"_s;
    case Kind::RoomConfigured: return u":/icons/configure.svg"_s;
    case Kind::RoomDestroyed: return u":/icons/destroy.svg"_s;
    case Kind::Connection: return u":/icons/connect.svg"_s;
    case Kind::ConnectionError: return u":/icons/disconnect.svg"_s;
    case Kind::ActionDone: return u":/icons/done.svg"_s;
    case Kind::ActionRefused:
    case Kind::LimitHit: return u":/icons/refused.svg"_s;
    case Kind::StorageFailed:
    case Kind::StorageRecovered: return u":/icons/database.svg"_s;
    }
    return {};
}

} // namespace

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &entry = m_entries.at(index.row());
    switch (role) {
    case KindRole:
        return QVariant::fromValue(entry.kind);
    case RoomJidRole:
        return entry.roomJid;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return entry.time.toString(u"HH:mm:ss"_s);
        case RoomColumn: return entry.roomJid.section(u'@', 0, 0);
        case TextColumn: return entry.text;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == TextColumn)
            return QIcon(iconOf(entry.kind));
        break;
    case Qt::ForegroundRole:
        if (entry.kind == Kind::ActionRefused || entry.kind == Kind::ConnectionError || entry.kind == Kind::StorageFailed)
            return QColor(0xd6, 0x33, 0x33);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(entry.time, QLocale::LongFormat);
        case RoomColumn: return entry.roomJid;
        case TextColumn: return entry.text;
        }
        break;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case RoomColumn: return tr("Room");
    case TextColumn: return tr("Event");
    }
    return {};
}

} // namespace qmuc::gui
