#include "OccupantDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace qmuc::gui {

void OccupantDialog::setUp(const QString &title, const QString &intro, QFormLayout *form, QDialogButtonBox *buttons)
{
    setWindowTitle(title);
    auto *label = new QLabel(intro);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

} // namespace qmuc::gui
