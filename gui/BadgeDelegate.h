#pragma once

#include <QStyledItemDelegate>

namespace qmuc::gui {

// Draws a cell's badges (RoomListModel::BadgesRole, coloured by BadgeColorsRole) as small pills.
class BadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static QFont badgeFont(const QFont &base);
};

} // namespace qmuc::gui
