#include "ShortcutsDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amodesk {

namespace {
// "&Filter…" as a person reads it: "Filter"
QString plain(QString text)
{
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

void addOnce(QList<ShortcutEntry> &entries, const QString &what, const QKeySequence &keys)
{
    if (what.isEmpty() || keys.isEmpty())
        return;
    for (const ShortcutEntry &e : std::as_const(entries)) {
        if (e.keys == keys && e.what == what)
            return;
    }
    entries.append({what, keys});
}
} // namespace

QList<ShortcutEntry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<ShortcutEntry> entries;
    for (const QAction *a : window->findChildren<QAction *>()) {
        // Actions without words of their own (a pane's Ctrl+F) describe themselves in their tool tip.
        const QString what = plain(a->text().isEmpty() ? a->toolTip() : a->text());
        addOnce(entries, what, a->shortcut());
    }
    for (const QAbstractButton *b : window->findChildren<QAbstractButton *>())
        addOnce(entries, plain(b->text()), b->shortcut());
    std::sort(entries.begin(), entries.end(), [](const ShortcutEntry &a, const ShortcutEntry &b) {
        return a.what.localeAwareCompare(b.what) < 0;
    });
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window) : QDialog(window), m_table(new QTableWidget(this))
{
    m_table->setObjectName(QStringLiteral("shortcuts"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const QList<ShortcutEntry> entries = collect(window);
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(entries[r].what));
        m_table->setItem(r, 1, new QTableWidgetItem(entries[r].keys.toString(QKeySequence::NativeText)));
    }
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(qMax(420, m_table->horizontalHeader()->length() + 60), 480);
}

} // namespace amodesk
