#include "FilteredView.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

FilteredView::FilteredView(const QString &title, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title))
    , m_filter(new QLineEdit)
    , m_view(new QTreeView)
    , m_proxy(new QSortFilterProxyModel(this))
{
    auto font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);

    m_filter->setPlaceholderText(tr("Filter…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(QIcon(u":/icons/search.svg"_s), QLineEdit::LeadingPosition);
    m_filter->setToolTip(tr("Show only the rows that contain this text"));

    m_proxy->setSourceModel(model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setDynamicSortFilter(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionsMovable(true);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_filter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
}

void FilteredView::setTitle(const QString &title)
{
    m_title->setText(title);
}

void FilteredView::fitColumn(int column, const QString &sample, bool withIcon)
{
    // Font-relative, so the width follows the font and the screen's scaling.
    const int unit = m_view->fontMetrics().averageCharWidth();
    const int icon = withIcon ? m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view) + unit : 0;
    const int padding = unit * 3 + icon;
    const auto text = sample.isEmpty() ? m_proxy->headerData(column, Qt::Horizontal).toString() : sample;
    m_view->header()->resizeSection(column, m_view->fontMetrics().horizontalAdvance(text) + padding);
}

void FilteredView::followNewRows()
{
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        const auto *bar = m_view->verticalScrollBar();
        m_atEnd = bar->value() == bar->maximum();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_atEnd)
            m_view->scrollToBottom();
    });
}

bool FilteredView::setCurrentSourceRow(int row)
{
    const auto index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_proxy->sourceModel()->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

int FilteredView::currentSourceRow() const
{
    const auto index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() ? index.row() : -1;
}

} // namespace qmuc::gui
