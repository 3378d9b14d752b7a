#pragma once

#include "domain/NoteFilter.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Ui {
class NoteFilterDialog;
}

namespace amodesk {

// Builds a NoteFilter: note and entity ids, note types, a window on the change time, order.
class NoteFilterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NoteFilterDialog(const NoteFilter &filter, QWidget *parent = nullptr);
    ~NoteFilterDialog() override;

    NoteFilter filter() const { return m_filter; }
    QListWidget *types() const;
    QLineEdit *noteIds() const;
    QLineEdit *entityIds() const;
    QComboBox *order() const;
    QCheckBox *fromEnabled() const;
    QCheckBox *toEnabled() const;
    QDateTimeEdit *from() const;
    QDateTimeEdit *to() const;
    QLabel *errorLabel() const;

public Q_SLOTS:
    void accept() override;

private:
    std::unique_ptr<Ui::NoteFilterDialog> m_ui;
    NoteFilter m_filter;
};

} // namespace amodesk
