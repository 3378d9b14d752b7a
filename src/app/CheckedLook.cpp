#include "CheckedLook.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>

namespace amodesk {

namespace {
void paint(QAbstractButton *button)
{
    QPalette p = QApplication::palette(button);
    if (button->isChecked()) {
        p.setColor(QPalette::Button, p.color(QPalette::Highlight));
        p.setColor(QPalette::ButtonText, p.color(QPalette::HighlightedText));
    }
    button->setPalette(p);
}

// Repaints the button when the application's palette changes (a dark theme switched on).
class PaletteFollower : public QObject
{
public:
    explicit PaletteFollower(QAbstractButton *button) : QObject(button), m_button(button) { qApp->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
            paint(m_button);
        return false;
    }

private:
    QAbstractButton *m_button;
};
} // namespace

void showCheckedClearly(QAbstractButton *button)
{
    QObject::connect(button, &QAbstractButton::toggled, button, [button] { paint(button); });
    new PaletteFollower(button);
    paint(button);
}

} // namespace amodesk
