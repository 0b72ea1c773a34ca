#pragma once

#include <QColor>
#include <QIcon>
#include <QIconEngine>

namespace qmuc::gui {

// A filled circle in one colour, drawn at whatever size and pixel ratio it is asked for, so
// state and presence dots stay round and sharp on any screen.
class DotIconEngine : public QIconEngine
{
public:
    explicit DotIconEngine(const QColor &color);
    static QIcon icon(const QColor &color);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;

private:
    QColor m_color;
};

} // namespace qmuc::gui
