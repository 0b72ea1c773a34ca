#include "OccupantModel.h"

#include "EventText.h"

#include "DotIconEngine.h"

#include <QIcon>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

OccupantModel::OccupantModel(ServiceLink *service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    connect(service, &ServiceLink::occupantJoined, this, &OccupantModel::add);
    connect(service, &ServiceLink::occupantLeft, this, &OccupantModel::remove);
    connect(service, &ServiceLink::occupantNickChanged, this, &OccupantModel::rename);
    connect(service, &ServiceLink::occupantPresenceChanged, this, &OccupantModel::update);
    connect(service, &ServiceLink::occupantRoleChanged, this, &OccupantModel::update);
    connect(service, &ServiceLink::affiliationChanged, this, &OccupantModel::setAffiliation);
    connect(service, &ServiceLink::roomDestroyed, this, [this](const QString &roomJid) {
        if (roomJid == m_room)
            setRoom({});
    });
}

void OccupantModel::setRoom(const QString &roomJid)
{
    // Another room is another list: the one place this model resets.
    beginResetModel();
    m_room = roomJid;
    m_occupants = roomJid.isEmpty() ? QList<OccupantInfo>() : m_service->occupants(roomJid);
    endResetModel();
}

int OccupantModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_occupants.size());
}

int OccupantModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int OccupantModel::rowOf(const QString &nick) const
{
    for (int row = 0; row < m_occupants.size(); ++row) {
        if (m_occupants.at(row).nick == nick)
            return row;
    }
    return -1;
}

QString OccupantModel::roleText(Role role)
{
    return EventText::role(role);
}

QString OccupantModel::affiliationText(Affiliation affiliation)
{
    return EventText::affiliation(affiliation);
}

QString OccupantModel::showText(const QString &show)
{
    if (show == u"away")
        return tr("away");
    if (show == u"xa")
        return tr("extended away");
    if (show == u"dnd")
        return tr("do not disturb");
    if (show == u"chat")
        return tr("free to chat");
    return tr("available");
}

QString OccupantModel::hatsText(const OccupantInfo &occupant)
{
    QStringList titles;
    for (const auto &hat : occupant.hats)
        titles << hat.title;
    return titles.join(tr(", "));
}

namespace {

QColor presenceColor(const QString &show)
{
    if (show == u"away")
        return QColor(0xf0, 0xa2, 0x02);
    if (show == u"xa")
        return QColor(0xe0, 0x6c, 0x00);
    if (show == u"dnd")
        return QColor(0xd6, 0x33, 0x33);
    return QColor(0x2e, 0x9e, 0x44);
}

QIcon roleIcon(Role role)
{
    switch (role) {
    case Role::Moderator: return QIcon(u":/icons/moderator.svg"_s);
    case Role::Participant: return QIcon(u":/icons/voice.svg"_s);
    case Role::Visitor: return QIcon(u":/icons/voice-off.svg"_s);
    case Role::None: break;
    }
    return {};
}

} // namespace

QVariant OccupantModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &occupant = m_occupants.at(index.row());
    const auto statusLine = occupant.status.isEmpty() ? showText(occupant.show)
                                                      : tr("%1 — %2").arg(showText(occupant.show), occupant.status);
    // XEP-0421: what clients in the room know this user by, whatever their nick.
    const auto withOccupantId = [&](const QString &text) {
        return occupant.occupantId.isEmpty() ? text : tr("%1\nOccupant id: %2").arg(text, occupant.occupantId);
    };
    switch (role) {
    case OccupantInfoRole:
        return QVariant::fromValue(occupant);
    case SortRole:
        switch (index.column()) {
        case RoleColumn: return int(occupant.role);
        case AffiliationColumn: return int(occupant.affiliation);
        case SinceColumn: return occupant.since;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NickColumn: return occupant.nick;
        case RoleColumn: return roleText(occupant.role);
        case AffiliationColumn: return affiliationText(occupant.affiliation);
        case HatsColumn: return hatsText(occupant);
        case JidColumn: return occupant.realJid;
        case SinceColumn: {
            // The time alone for today's arrivals, with the date for older ones.
            const auto since = occupant.since.toLocalTime();
            return since.date() == QDate::currentDate() ? QLocale().toString(since.time(), QLocale::ShortFormat)
                                                        : QLocale().toString(since, QLocale::ShortFormat);
        }
        case StatusColumn: return statusLine;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NickColumn)
            return DotIconEngine::icon(presenceColor(occupant.show));
        if (index.column() == RoleColumn)
            return roleIcon(occupant.role);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NickColumn:
            return withOccupantId(occupant.sessions > 1
                                      ? tr("%1 (%2), joined from %3 devices").arg(occupant.nick, statusLine).arg(occupant.sessions)
                                      : tr("%1 (%2)").arg(occupant.nick, statusLine));
        case JidColumn: return withOccupantId(occupant.realJid);
        case HatsColumn: {
            QStringList lines;
            for (const auto &hat : occupant.hats)
                lines << tr("%1 (%2)").arg(hat.title, hat.uri);
            return lines.isEmpty() ? QVariant() : lines.join(u'\n');
        }
        case SinceColumn: return QLocale().toString(occupant.since.toLocalTime(), QLocale::LongFormat);
        case StatusColumn: return statusLine;
        }
        break;
    }
    return {};
}

QVariant OccupantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NickColumn: return tr("Nickname");
    case RoleColumn: return tr("Role");
    case AffiliationColumn: return tr("Affiliation");
    case HatsColumn: return tr("Hats");
    case JidColumn: return tr("Real JID");
    case SinceColumn: return tr("Since");
    case StatusColumn: return tr("Status");
    }
    return {};
}

void OccupantModel::add(const QString &roomJid, const OccupantInfo &occupant)
{
    if (roomJid != m_room)
        return;
    const int row = int(m_occupants.size());
    beginInsertRows({}, row, row);
    m_occupants.append(occupant);
    endInsertRows();
}

void OccupantModel::remove(const QString &roomJid, const OccupantInfo &occupant)
{
    const int row = roomJid == m_room ? rowOf(occupant.nick) : -1;
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_occupants.removeAt(row);
    endRemoveRows();
}

void OccupantModel::rename(const QString &roomJid, const QString &oldNick, const OccupantInfo &occupant)
{
    if (roomJid == m_room)
        replace(rowOf(oldNick), occupant);
}

void OccupantModel::update(const QString &roomJid, const OccupantInfo &occupant)
{
    if (roomJid == m_room)
        replace(rowOf(occupant.nick), occupant);
}

void OccupantModel::setAffiliation(const QString &roomJid, const QString &bareJid, Affiliation affiliation)
{
    if (roomJid != m_room)
        return;
    for (int row = 0; row < m_occupants.size(); ++row) {
        if (m_occupants.at(row).realJid != bareJid)
            continue;
        auto occupant = m_occupants.at(row);
        occupant.affiliation = affiliation;
        replace(row, occupant);
    }
}

void OccupantModel::replace(int row, const OccupantInfo &occupant)
{
    if (row < 0 || m_occupants.at(row) == occupant)
        return;
    m_occupants[row] = occupant;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace qmuc::gui
