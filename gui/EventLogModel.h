#pragma once

#include "ServiceLink.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace qmuc::gui {

// What happened on the service, newest last: joins, leaves and why, nick, role and affiliation
// changes, subjects, rooms coming and going, the connection, the database failing to take writes
// and taking them again, and the operator's own actions.
// Bounded: past the limit the oldest rows go, one by one.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, RoomColumn, TextColumn, ColumnCount };
    enum class Kind {
        Joined,
        Left,
        Kicked,
        Banned,
        NickChanged,
        RoleChanged,
        AffiliationChanged,
        SubjectChanged,
        RoomCreated,
        RoomConfigured,
        RoomDestroyed,
        Connection,
        ConnectionError,
        ActionDone,
        ActionRefused,
        StorageFailed,
        StorageRecovered,
        LimitHit,
    };
    Q_ENUM(Kind)
    enum Roles { KindRole = Qt::UserRole + 1, RoomJidRole };
    static constexpr int DefaultLimit = 10000;

    explicit EventLogModel(ServiceLink *service, int limit = DefaultLimit, QObject *parent = nullptr);

    // One event; `roomJid` is empty for events of the whole service.
    void add(Kind kind, const QString &roomJid, const QString &text);
    void clear();
    int limit() const { return m_limit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        QDateTime time;
        Kind kind;
        QString roomJid;
        QString text;
    };

    QList<Entry> m_entries;
    int m_limit;
};

} // namespace qmuc::gui
