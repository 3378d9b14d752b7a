#pragma once

#include "FormDialog.h"

#include <memory>

namespace Ui { class FindEntityDialog; }

namespace amodesk {

class EntityNames;
class EntityPicker;

// Asks which lead, contact, company or customer to show the history of: its ID, or a name
// looked up in the account as it is typed.
class FindEntityDialog : public FormDialog
{
    Q_OBJECT
public:
    FindEntityDialog(EntityNames *names, QWidget *parent = nullptr);
    ~FindEntityDialog() override;

    QString entityType() const; // leads, contacts, companies or customers
    qint64 entityId() const;    // once accepted

protected:
    void load() override;       // the type asked for last time
    Issues validate() override; // only one ID
    void apply() override;      // the type is remembered for next time

private:
    void pickFrom(int typeRow);

    std::unique_ptr<Ui::FindEntityDialog> m_ui;
    EntityNames *m_names;
    EntityPicker *m_picker = nullptr;
    qint64 m_id = 0;
};

} // namespace amodesk
