#pragma once

#include "MessageRate.h"
#include "ServiceLink.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace qmuc::gui {

// Every room of the service, one row each: starts from the service's snapshot and follows its
// signals row by row. Messages per minute count the rooms' relayed messages over a sliding minute;
// a sparkline shows the last ten minutes of them.
class RoomListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OccupantsColumn, RateColumn, BadgesColumn, JidColumn, ColumnCount };
    enum Roles {
        RoomInfoRole = Qt::UserRole + 1, // the row's RoomInfo
        SortRole,                        // what the column sorts by
        BadgesRole,                      // QStringList: the room's notable settings, in words
        BadgeColorsRole,                 // QVariantList of QColor, one per badge
        RateHistoryRole,                 // QList<int>: messages per ten seconds, the last ten minutes
    };
    // A monotonic clock in milliseconds; tests replace it to move time.
    using Clock = std::function<qint64()>;

    explicit RoomListModel(ServiceLink *service, QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    RoomInfo roomAt(int row) const { return m_rows.at(row).info; }
    int rowOf(const QString &roomJid) const { return m_index.value(roomJid, -1); }
    int messagesPerMinute(int row) const;

    // A room's notable settings as words, e.g. "persistent", "archived", "members only".
    static QStringList badges(const RoomInfo &room);
    // Its configured name, or the local part of its JID.
    static QString displayName(const RoomInfo &room);

private:
    struct Row {
        RoomInfo info;
        MessageRate rate;
        MessageRate recent{10'000};
        int shownRate = 0;        // as last announced to views
        QList<int> shownHistory;  // likewise
    };

    void addRoom(const RoomInfo &room);
    void removeRoom(const QString &roomJid);
    void updateRoom(const RoomInfo &room);
    void countOccupant(const QString &roomJid, int delta);
    void countMessage(const QString &roomJid);
    void setSubject(const QString &roomJid, const QString &subject);
    void announceRates();
    void changed(int row, int first, int last);

    QList<Row> m_rows;
    QHash<QString, int> m_index; // room JID -> row
    QElapsedTimer m_elapsed;
    Clock m_clock;
    QTimer m_rateTimer;
};

} // namespace qmuc::gui
