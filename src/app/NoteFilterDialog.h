#pragma once

#include "domain/NoteFilter.h"

#include "FormDialog.h"

#include <memory>


namespace Ui {
class NoteFilterDialog;
}

namespace amodesk {

// Builds a NoteFilter: note and entity ids, note types, a window on the change time, order.
class NoteFilterDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit NoteFilterDialog(const NoteFilter &filter, QWidget *parent = nullptr);
    ~NoteFilterDialog() override;

    NoteFilter filter() const { return m_filter; }

protected:
    void load() override;       // from the filter it edits
    Issues validate() override; // and takes the filter when there are none

private:
    std::unique_ptr<Ui::NoteFilterDialog> m_ui;
    NoteFilter m_filter;
};

} // namespace amodesk
