#include "RoomListModel.h"

#include "EventText.h"

#include <QColor>
#include <QIcon>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace qmuc::gui {

RoomListModel::RoomListModel(ServiceLink *service, QObject *parent)
    : QAbstractTableModel(parent)
{
    m_elapsed.start();
    m_clock = [this] { return m_elapsed.elapsed(); };
    for (const auto &room : service->rooms()) {
        m_index.insert(room.jid, int(m_rows.size()));
        m_rows.append({room, MessageRate(), MessageRate(10'000), 0, {}});
    }
    connect(service, &ServiceLink::roomCreated, this, &RoomListModel::addRoom);
    connect(service, &ServiceLink::roomDestroyed, this, &RoomListModel::removeRoom);
    connect(service, &ServiceLink::roomConfigurationChanged, this, &RoomListModel::updateRoom);
    connect(service, &ServiceLink::occupantJoined, this, [this](const QString &room) { countOccupant(room, +1); });
    connect(service, &ServiceLink::occupantLeft, this, [this](const QString &room) { countOccupant(room, -1); });
    connect(service, &ServiceLink::messageRelayed, this, &RoomListModel::countMessage);
    connect(service, &ServiceLink::subjectChanged, this, &RoomListModel::setSubject);
    // The rates fall as the minute slides on, message or not: views hear of it once a second.
    m_rateTimer.setInterval(1s);
    connect(&m_rateTimer, &QTimer::timeout, this, &RoomListModel::announceRates);
    m_rateTimer.start();
}

int RoomListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoomListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RoomListModel::messagesPerMinute(int row) const
{
    return m_rows.at(row).rate.count(m_clock());
}

namespace {

struct Badge {
    QString word;
    QColor color;
};

QColor colorOf(EventText::RoomFeature feature)
{
    using Feature = EventText::RoomFeature;
    switch (feature) {
    case Feature::AwaitingConfiguration: return QColor(0xd9, 0x9a, 0x00);
    case Feature::Persistent: return QColor(0x1c, 0x7e, 0xd6);
    case Feature::Archived: return QColor(0x2f, 0x9e, 0x44);
    case Feature::MembersOnly: return QColor(0x70, 0x48, 0xe8);
    case Feature::Password: return QColor(0xc9, 0x2a, 0x2a);
    case Feature::Moderated: return QColor(0x10, 0x98, 0xad);
    case Feature::Hidden: return QColor(0x7b, 0x87, 0x94);
    }
    return {};
}

// The room's features as the event lines name them, each with its colour.
QList<Badge> badgesOf(const RoomInfo &room)
{
    QList<Badge> list;
    for (const auto feature : EventText::roomFeatures(room))
        list.append({EventText::roomFeature(feature), colorOf(feature)});
    return list;
}

QVariantList badgeColors(const RoomInfo &room)
{
    QVariantList colors;
    for (const auto &badge : badgesOf(room))
        colors << badge.color;
    return colors;
}

} // namespace

QString RoomListModel::displayName(const RoomInfo &room)
{
    return room.name.isEmpty() ? room.jid.section(u'@', 0, 0) : room.name;
}

QStringList RoomListModel::badges(const RoomInfo &room)
{
    QStringList words;
    for (const auto &badge : badgesOf(room))
        words << badge.word;
    return words;
}

QVariant RoomListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &room = m_rows.at(index.row()).info;
    switch (role) {
    case RoomInfoRole:
        return QVariant::fromValue(room);
    case BadgesRole:
        return badges(room);
    case BadgeColorsRole:
        return badgeColors(room);
    case RateHistoryRole:
        return QVariant::fromValue(m_rows.at(index.row()).recent.history(m_clock()));
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn: return displayName(room);
        case JidColumn: return room.jid;
        case OccupantsColumn: return room.occupants;
        case RateColumn: return messagesPerMinute(index.row());
        case BadgesColumn: return badges(room).join(u", "_s);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return QIcon(u":/icons/room.svg"_s);
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == JidColumn) {
            return room.subject.isEmpty() ? room.jid
                                          : tr("%1\nSubject: %2").arg(room.jid, room.subject);
        }
        if (index.column() == RateColumn)
            return tr("Messages sent to the room in the last minute; the line shows the last ten minutes");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == OccupantsColumn || index.column() == RateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant RoomListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Room");
        case JidColumn: return tr("JID");
        case OccupantsColumn: return tr("Occupants");
        case RateColumn: return tr("Msgs/min");
        case BadgesColumn: return tr("Settings");
        }
    } else if (role == Qt::ToolTipRole && section == RateColumn) {
        return tr("Messages sent to the room in the last minute");
    } else if (role == Qt::TextAlignmentRole && (section == OccupantsColumn || section == RateColumn)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

void RoomListModel::addRoom(const RoomInfo &room)
{
    if (m_index.contains(room.jid)) {
        updateRoom(room);
        return;
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({room, MessageRate(), MessageRate(10'000), 0, {}});
    m_index.insert(room.jid, row);
    endInsertRows();
}

void RoomListModel::removeRoom(const QString &roomJid)
{
    const int row = rowOf(roomJid);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_index.remove(roomJid);
    for (int i = row; i < m_rows.size(); ++i)
        m_index[m_rows.at(i).info.jid] = i;
    endRemoveRows();
}

void RoomListModel::updateRoom(const RoomInfo &room)
{
    const int row = rowOf(room.jid);
    if (row < 0) {
        addRoom(room);
        return;
    }
    m_rows[row].info = room;
    changed(row, NameColumn, ColumnCount - 1);
}

void RoomListModel::countOccupant(const QString &roomJid, int delta)
{
    const int row = rowOf(roomJid);
    if (row < 0)
        return;
    m_rows[row].info.occupants = std::max(0, m_rows[row].info.occupants + delta);
    changed(row, OccupantsColumn, OccupantsColumn);
}

void RoomListModel::countMessage(const QString &roomJid)
{
    // The hot path: count only; views hear of the new rate on the next tick.
    const int row = rowOf(roomJid);
    if (row < 0)
        return;
    const auto now = m_clock();
    m_rows[row].rate.add(now);
    m_rows[row].recent.add(now);
}

void RoomListModel::setSubject(const QString &roomJid, const QString &subject)
{
    const int row = rowOf(roomJid);
    if (row < 0)
        return;
    m_rows[row].info.subject = subject;
    changed(row, NameColumn, ColumnCount - 1); // the subject is in the tooltips
}

void RoomListModel::announceRates()
{
    const auto now = m_clock();
    for (int row = 0; row < m_rows.size(); ++row) {
        auto &entry = m_rows[row];
        const int rate = entry.rate.count(now);
        auto history = entry.recent.history(now);
        if (rate != entry.shownRate || history != entry.shownHistory) {
            entry.shownRate = rate;
            entry.shownHistory = std::move(history);
            changed(row, RateColumn, RateColumn);
        }
    }
}

void RoomListModel::changed(int row, int first, int last)
{
    Q_EMIT dataChanged(index(row, first), index(row, last));
}

} // namespace qmuc::gui
