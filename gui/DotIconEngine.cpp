#include "DotIconEngine.h"

#include <QPainter>
#include <QPixmap>

namespace qmuc::gui {

DotIconEngine::DotIconEngine(const QColor &color)
    : m_color(color)
{
}

QIcon DotIconEngine::icon(const QColor &color)
{
    return QIcon(new DotIconEngine(color));
}

void DotIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    // A dot a little smaller than the icon box, like the glyphs of line icons beside it.
    const qreal diameter = std::min(rect.width(), rect.height()) * 0.62;
    QRectF dot(0, 0, diameter, diameter);
    dot.moveCenter(QRectF(rect).center());
    auto color = m_color;
    if (mode == QIcon::Disabled)
        color.setAlphaF(0.35);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(color.darker(125), diameter / 10));
    painter->setBrush(color);
    painter->drawEllipse(dot);
    painter->restore();
}

QPixmap DotIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap DotIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    QPixmap pixmap(size * scale);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(), pixmap.size()), mode, state);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine *DotIconEngine::clone() const
{
    return new DotIconEngine(m_color);
}

} // namespace qmuc::gui
