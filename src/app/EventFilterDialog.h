#pragma once

#include "domain/EventFilter.h"

#include "FormDialog.h"

#include <memory>

namespace Ui {
class EventFilterDialog;
}

namespace amodesk {

class AccountDirectory;

// Builds an events filter from pickers, refuses what the API forbids (saying why, naming the
// field) and shows the exact request it will send.
class EventFilterDialog : public FormDialog
{
    Q_OBJECT
public:
    // Saved filters belong to an account: they hold its ids. An empty accountId saves none.
    EventFilterDialog(const EventFilter &initial, const AccountDirectory *directory, const QString &baseUrl,
                      const QString &accountId, QWidget *parent = nullptr);
    ~EventFilterDialog() override;

    // As the fields say now; what cannot be read of them (a list ID that is no number) in *parseErrors.
    EventFilter filter(QStringList *parseErrors = nullptr) const;
    void saveAs(const QString &name);
    QStringList savedNames() const;
    void loadSaved(const QString &name);

protected:
    void load() override;       // the filter it was opened with
    Issues validate() override; // what the API forbids, named by its parameter

private:
    void setupSaved();
    void fillLists();
    void setupValuePages();
    void fill(const EventFilter &f);
    void refresh();
    void refreshSaved();

    std::unique_ptr<Ui::EventFilterDialog> m_ui;
    const AccountDirectory *m_directory;
    QString m_accountId;
    QString m_baseUrl;
    EventFilter m_initial;
    bool m_filling = false;
};

} // namespace amodesk
