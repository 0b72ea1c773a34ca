#include "HatDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace qmuc::gui {

HatDialog::HatDialog(const OccupantInfo &occupant, QWidget *parent)
    : OccupantDialog(parent)
    , m_title(new QLineEdit)
    , m_uri(new QLineEdit)
{
    m_title->setObjectName(u"hatTitle"_s);
    m_title->setPlaceholderText(tr("e.g. Host"));
    m_uri->setObjectName(u"hatUri"_s);
    m_uri->setPlaceholderText(tr("e.g. urn:example:hats:host"));
    m_uri->setToolTip(tr("The name the hat is known by; putting on a hat with the same URI again changes its title"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&URI:"), m_uri);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Put on"));
    ok->setEnabled(false);
    const auto complete = [this, ok] { ok->setEnabled(!hat().title.isEmpty() && !hat().uri.isEmpty()); };
    connect(m_title, &QLineEdit::textChanged, this, complete);
    connect(m_uri, &QLineEdit::textChanged, this, complete);
    setUp(tr("Put a hat on %1").arg(occupant.nick),
          tr("Everyone in the room sees the hat's title beside %1 (%2), in this room only, "
             "until it is taken off again.").arg(occupant.nick, occupant.realJid),
          form, buttons);
}

Hat HatDialog::hat() const
{
    return {m_uri->text().trimmed(), m_title->text().trimmed()};
}

} // namespace qmuc::gui
