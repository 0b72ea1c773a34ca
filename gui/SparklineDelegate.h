#pragma once

#include <QStyledItemDelegate>

namespace qmuc::gui {

// Draws a cell's number over a sparkline of its history (RoomListModel::RateHistoryRole).
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The points of `values` as a line in `area`, the largest at its top, zero at its bottom.
    static QPolygonF line(const QList<int> &values, const QRectF &area, int largest);
};

} // namespace qmuc::gui
