#include "ColourPicker.h"

#include "button/CssColor.h"

#include <QColorDialog>
#include <QCoreApplication>
#include <QLineEdit>
#include <QPixmap>
#include <QToolButton>

namespace amodesk {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(ColourPicker) };

QString cssText(const QColor &c)
{
    if (c.alpha() == 255)
        return c.name(QColor::HexRgb);
    return QStringLiteral("rgba(%1, %2, %3, %4)").arg(c.red()).arg(c.green()).arg(c.blue()).arg(QString::number(c.alphaF(), 'g', 2));
}

std::optional<QColor> colourOf(const QLineEdit *field)
{
    const auto c = parseCssColor(field->text().trimmed());
    if (!c)
        return std::nullopt;
    return QColor(c->r, c->g, c->b, c->a);
}
} // namespace

void attachColourPicker(QLineEdit *field, QToolButton *pick)
{
    pick->setObjectName(field->objectName() + QStringLiteral(".pick"));
    pick->setText(Tr::tr("Choose…"));
    pick->setToolTip(Tr::tr("Choose the colour"));
    pick->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto showSwatch = [pick, field] {
        QPixmap swatch(14, 14);
        swatch.fill(colourOf(field).value_or(Qt::transparent));
        pick->setIcon(QIcon(swatch));
    };
    QObject::connect(field, &QLineEdit::textChanged, pick, showSwatch);
    showSwatch();
    QObject::connect(pick, &QToolButton::clicked, field, [field, pick] {
        auto *dialog = new QColorDialog(pick->window());
        dialog->setObjectName(QStringLiteral("colourDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setOptions(QColorDialog::ShowAlphaChannel | QColorDialog::DontUseNativeDialog);
        if (const auto c = colourOf(field))
            dialog->setCurrentColor(*c);
        QObject::connect(dialog, &QColorDialog::colorSelected, field, [field](const QColor &c) { field->setText(cssText(c)); });
        dialog->open();
    });
}

} // namespace amodesk
