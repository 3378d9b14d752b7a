#pragma once

#include "domain/NoteFilter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;

namespace amodesk {

// Builds a NoteFilter: note and entity ids, note types, a window on the change time, order.
class NoteFilterDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NoteFilterDialog(const NoteFilter &filter, QWidget *parent = nullptr);

    NoteFilter filter() const { return m_filter; }
    QListWidget *types() const { return m_types; }
    QLineEdit *noteIds() const { return m_noteIds; }
    QLineEdit *entityIds() const { return m_entityIds; }
    QComboBox *order() const { return m_order; }
    QCheckBox *fromEnabled() const { return m_fromOn; }
    QCheckBox *toEnabled() const { return m_toOn; }
    QDateTimeEdit *from() const { return m_from; }
    QDateTimeEdit *to() const { return m_to; }
    QLabel *errorLabel() const { return m_error; }

public Q_SLOTS:
    void accept() override;

private:
    NoteFilter m_filter;
    QListWidget *m_types;
    QLineEdit *m_noteIds;
    QLineEdit *m_entityIds;
    QCheckBox *m_fromOn;
    QCheckBox *m_toOn;
    QDateTimeEdit *m_from;
    QDateTimeEdit *m_to;
    QComboBox *m_order;
    QLabel *m_error;
};

} // namespace amodesk
