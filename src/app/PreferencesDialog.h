#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace amodesk {

// Edit > Preferences: the interface language (from the next start), how dates read, the current
// account's share of the request budget, its event cache (where, how big, clear it), and
// notifications while following the log. Its form is ui/PreferencesDialog.ui.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    // accountId empty: no account is open, and its part is disabled.
    PreferencesDialog(const QString &accountId, int rate, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    int rate() const;
    void accept() override; // keeps the settings; the caller applies the rate

Q_SIGNALS:
    // The user confirmed clearing the account's event cache; the receiver clears it at once.
    void clearCacheRequested();

private:
    void showCacheSize();
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QString m_accountId;
};

} // namespace amodesk
