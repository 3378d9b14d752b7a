#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTableWidget;

namespace amodesk {

struct ShortcutEntry {
    QString what;
    QKeySequence keys;
};

// Help > Keyboard Shortcuts: every shortcut of a window, read from its actions and buttons when
// the dialog opens, so the list cannot fall behind the code.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *window);

    static QList<ShortcutEntry> collect(const QWidget *window);

private:
    QTableWidget *m_table;
};

} // namespace amodesk
