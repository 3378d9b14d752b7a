#include "PlaceholderPane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace amodesk {

PlaceholderPane::PlaceholderPane(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(description, this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // Centred by stretches, not by an alignment flag: a word-wrapped label given an alignment
    // in its layout loses its height-for-width and gets clipped.
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(text, 3);
    row->addStretch(1);
    layout->addWidget(heading);
    layout->addLayout(row);
    layout->addStretch();
}

} // namespace amodesk
