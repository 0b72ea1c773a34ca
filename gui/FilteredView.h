#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace qmuc::gui {

// A titled list with a filter box: any column containing the typed text keeps its row.
class FilteredView : public QWidget
{
    Q_OBJECT
public:
    FilteredView(const QString &title, QAbstractItemModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    void setTitle(const QString &title);
    // Sets the initial width of a column to fit `sample` (by default its header), with an icon
    // before it if `withIcon`.
    void fitColumn(int column, const QString &sample = {}, bool withIcon = false);
    // Keeps the newest row in sight while the view is scrolled to the end (for logs).
    void followNewRows();
    // The source model's row behind the view's current index, or -1.
    int currentSourceRow() const;
    // Makes a source row the current one; false if it is not shown.
    bool setCurrentSourceRow(int row);

private:
    QLabel *m_title;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
    bool m_atEnd = true; // the view showed the last row before rows came
};

} // namespace qmuc::gui
