#include "FilterChipBar.h"

#include "FilterChips.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace amodesk {

FilterChipBar::FilterChipBar(QWidget *parent) : QWidget(parent), m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void FilterChipBar::show(const EventFilter &filter, const AccountDirectory *directory)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const FilterChip &chip : filterChips(filter, directory)) {
        auto *button = new QToolButton(this);
        button->setText(chip.label + QStringLiteral("  ✕"));
        button->setToolTip(tr("Remove this condition"));
        button->setAutoRaise(false);
        connect(button, &QToolButton::clicked, this, [this, chip, filter] {
            EventFilter wider = filter;
            chip.remove(wider);
            Q_EMIT narrowed(wider);
        });
        m_layout->addWidget(button);
    }
    m_layout->addStretch();
}

} // namespace amodesk
