#pragma once

#include "MessageRate.h"

#include <QElapsedTimer>
#include <QWidget>

namespace qmuc {
class ServiceLink;
}

namespace qmuc::gui {

// The whole service's messages and joins per minute over the last hour, as two lines: the
// window's glance at how busy the service is, whichever way it reaches it.
class ActivityChart : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityChart(ServiceLink *service, QWidget *parent = nullptr);

    QList<int> messagesPerMinute() const { return m_messages.history(m_clock.elapsed()); }
    QList<int> joinsPerMinute() const { return m_joins.history(m_clock.elapsed()); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QElapsedTimer m_clock;
    MessageRate m_messages{60'000};
    MessageRate m_joins{60'000};
};

} // namespace qmuc::gui
