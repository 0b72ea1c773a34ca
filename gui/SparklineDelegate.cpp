#include "SparklineDelegate.h"

#include "RoomListModel.h"

#include <QPainter>
#include <QPainterPath>

namespace qmuc::gui {

QPolygonF SparklineDelegate::line(const QList<int> &values, const QRectF &area, int largest)
{
    QPolygonF points;
    if (values.size() < 2)
        return points;
    const qreal step = area.width() / qreal(values.size() - 1);
    for (int i = 0; i < values.size(); ++i) {
        const qreal share = largest > 0 ? qreal(values.at(i)) / largest : 0;
        points << QPointF(area.left() + i * step, area.bottom() - share * area.height());
    }
    return points;
}

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, index); // background, selection and the number
    const auto history = index.data(RoomListModel::RateHistoryRole).value<QList<int>>();
    const int largest = history.isEmpty() ? 0 : *std::max_element(history.cbegin(), history.cend());
    if (largest == 0)
        return;
    // Left of the number, as wide as the cell allows.
    const int margin = option.fontMetrics.averageCharWidth() / 2 + 1;
    const int numberWidth = option.fontMetrics.horizontalAdvance(index.data().toString()) + 2 * margin;
    const QRectF area = QRectF(option.rect).adjusted(margin, margin + 1, -numberWidth, -margin - 1);
    if (area.width() < 8)
        return;
    const auto points = line(history, area, largest);
    QColor color = option.state & QStyle::State_Selected ? option.palette.highlightedText().color()
                                                         : option.palette.link().color();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath fill;
    fill.moveTo(area.bottomLeft());
    for (const auto &point : points)
        fill.lineTo(point);
    fill.lineTo(area.bottomRight());
    color.setAlphaF(0.18f);
    painter->fillPath(fill, color);
    color.setAlphaF(0.9f);
    painter->setPen(QPen(color, 1.2));
    painter->drawPolyline(points);
    painter->restore();
}

QSize SparklineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    auto size = QStyledItemDelegate::sizeHint(option, index);
    // Room for a line of some length beside the number.
    size.setWidth(size.width() + option.fontMetrics.averageCharWidth() * 10);
    return size;
}

} // namespace qmuc::gui
