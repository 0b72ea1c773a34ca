#include "BadgeDelegate.h"

#include "RoomListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace qmuc::gui {

namespace {

// Spacing in units of the badge font's x-height, so it scales with the font.
constexpr qreal PadX = 0.9;
constexpr qreal PadY = 0.25;
constexpr qreal Gap = 0.6;

} // namespace

QFont BadgeDelegate::badgeFont(const QFont &base)
{
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * 0.85);
    else
        font.setPixelSize(std::max(1, int(base.pixelSize() * 0.85)));
    return font;
}

void BadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const auto *widget = option.widget;
    auto *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const auto words = index.data(RoomListModel::BadgesRole).toStringList();
    const auto colors = index.data(RoomListModel::BadgeColorsRole).toList();
    const auto font = badgeFont(option.font);
    const QFontMetricsF metrics(font);
    const qreal unit = metrics.xHeight();
    const qreal height = metrics.height() + 2 * PadY * unit;
    const QRectF cell = QRectF(option.rect).adjusted(unit, 0, -unit, 0);
    qreal x = cell.left();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(font);
    painter->setClipRect(option.rect);
    const bool selected = option.state & QStyle::State_Selected;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const auto color = colors.value(i).value<QColor>();
        const qreal width = metrics.horizontalAdvance(words[i]) + 2 * PadX * unit;
        const QRectF pill(x, cell.center().y() - height / 2, width, height);
        auto fill = color;
        fill.setAlphaF(selected ? 0.5 : 0.16);
        painter->setPen(QPen(color, std::max(1.0, unit / 6)));
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, height / 2, height / 2);
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Text));
        painter->drawText(pill, Qt::AlignCenter, words[i]);
        x += width + Gap * unit;
    }
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto words = index.data(RoomListModel::BadgesRole).toStringList();
    const QFontMetricsF metrics(badgeFont(option.font));
    const qreal unit = metrics.xHeight();
    qreal width = 2 * unit;
    for (const auto &word : words)
        width += metrics.horizontalAdvance(word) + (2 * PadX + Gap) * unit;
    const auto base = QStyledItemDelegate::sizeHint(option, index);
    return {int(std::ceil(width)), std::max(base.height(), int(std::ceil(metrics.height() + (2 * PadY + 0.5) * unit)))};
}

} // namespace qmuc::gui
