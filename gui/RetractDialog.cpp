#include "RetractDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QIcon>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

namespace {
// A month: as far back as "lately" goes, and within what archives commonly keep.
constexpr int MaxHours = 24 * 31;
constexpr int DefaultHours = 24;
} // namespace

RetractDialog::RetractDialog(const OccupantInfo &occupant, QWidget *parent)
    : OccupantDialog(parent)
    , m_hours(new QSpinBox)
    , m_reason(new QLineEdit)
{
    m_hours->setObjectName(u"retractHours"_s);
    m_hours->setRange(1, MaxHours);
    m_hours->setValue(DefaultHours);
    m_hours->setSuffix(tr(" hours"));
    m_reason->setObjectName(u"retractReason"_s);
    m_reason->setPlaceholderText(tr("Shown to everyone in the room (optional)"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Sent in the last:"), m_hours);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    auto *retract = buttons->addButton(tr("&Retract"), QDialogButtonBox::AcceptRole);
    retract->setIcon(QIcon(u":/icons/retract.svg"_s));
    setUp(tr("Retract the messages of %1").arg(occupant.nick),
          tr("Everything %1 (%2) sent to the room in the chosen time is retracted: removed for everyone whose "
             "client supports it, and from the room's archive. This cannot be undone.").arg(occupant.nick, occupant.realJid),
          form, buttons);
}

RetractRequest RetractDialog::request() const
{
    return {m_hours->value(), m_reason->text().trimmed()};
}

} // namespace qmuc::gui
