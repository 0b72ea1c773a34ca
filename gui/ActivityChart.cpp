#include "ActivityChart.h"

#include "ServiceLink.h"
#include "SparklineDelegate.h"

#include <QPainter>
#include <QTimer>

using namespace std::chrono_literals;

namespace qmuc::gui {

namespace {

const QColor messagesColor(0x1c, 0x7e, 0xd6);
const QColor joinsColor(0x2f, 0x9e, 0x44);

} // namespace

ActivityChart::ActivityChart(ServiceLink *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("activityChart"));
    // Repainted a few times a minute: the newest minute fills as it goes, the oldest slides out.
    auto *timer = new QTimer(this);
    timer->setInterval(5s);
    connect(timer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    timer->start();
    setToolTip(tr("Messages and joins in the whole service, per minute, over the last hour"));
}

QList<int> ActivityChart::messagesPerMinute() const
{
    return m_service->messagesPerMinute();
}

QList<int> ActivityChart::joinsPerMinute() const
{
    return m_service->joinsPerMinute();
}

QSize ActivityChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 7};
}

QSize ActivityChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 4};
}

void ActivityChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const auto messages = messagesPerMinute();
    const auto joins = joinsPerMinute();
    const int largest = std::max({1, *std::max_element(messages.cbegin(), messages.cend()),
                                  *std::max_element(joins.cbegin(), joins.cend())});
    const int line = fontMetrics().height();
    const int unit = fontMetrics().averageCharWidth();

    // Title and legend on the first line, the time axis on the last.
    painter.setPen(palette().windowText().color());
    painter.drawText(QRect(unit, 0, width() - 2 * unit, line), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Last hour, per minute"));
    int x = width() - unit;
    for (const auto &[text, color] : {std::pair(tr("Joins"), joinsColor), std::pair(tr("Messages"), messagesColor)}) {
        const int textWidth = fontMetrics().horizontalAdvance(text);
        x -= textWidth;
        painter.setPen(palette().windowText().color());
        painter.drawText(QRect(x, 0, textWidth, line), Qt::AlignVCenter, text);
        x -= unit * 3;
        painter.fillRect(QRectF(x, line / 2.0 - 1, unit * 2, 3), color);
        x -= unit * 2;
    }
    const QString top = QString::number(largest);
    const int axisWidth = fontMetrics().horizontalAdvance(top) + unit;
    const QRectF plot(axisWidth + unit, line * 1.4, width() - axisWidth - 2 * unit, height() - line * 2.6);
    if (plot.height() < line || plot.width() < unit * 10)
        return;

    auto muted = palette().windowText().color();
    muted.setAlphaF(0.55f);
    painter.setPen(muted);
    painter.drawText(QRectF(0, plot.top() - line / 2.0, axisWidth, line), Qt::AlignRight | Qt::AlignVCenter, top);
    painter.drawText(QRectF(0, plot.bottom() - line / 2.0, axisWidth, line), Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), line), Qt::AlignLeft | Qt::AlignTop, tr("−60 min"));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), line), Qt::AlignHCenter | Qt::AlignTop, tr("−30 min"));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), line), Qt::AlignRight | Qt::AlignTop, tr("now"));
    muted.setAlphaF(0.2f);
    painter.setPen(QPen(muted, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.topLeft(), plot.topRight());

    for (const auto &[values, color] : {std::pair(messages, messagesColor), std::pair(joins, joinsColor)}) {
        painter.setPen(QPen(color, 1.6));
        painter.drawPolyline(SparklineDelegate::line(values, plot, largest));
    }
}

} // namespace qmuc::gui
