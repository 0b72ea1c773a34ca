#pragma once

#include <QWidget>

namespace qmuc {
class ServiceLink;
}

namespace qmuc::gui {

// The whole service's messages and joins per minute over the last hour (as the service counts
// them, so a window that opens late shows the hour before it too), as two lines.
class ActivityChart : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityChart(ServiceLink *service, QWidget *parent = nullptr);

    QList<int> messagesPerMinute() const;
    QList<int> joinsPerMinute() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ServiceLink *m_service;
};

} // namespace qmuc::gui
