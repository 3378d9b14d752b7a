#pragma once

#include "domain/EventFilter.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QStackedWidget;

namespace amodesk {

class AccountDirectory;

// A removable piece of the active filter, shown above the table.
struct FilterChip {
    QString label;
    std::function<void(EventFilter &)> remove;
};
QList<FilterChip> filterChips(const EventFilter &filter, const AccountDirectory *directory);

// Builds an events filter from pickers, refuses what the API forbids (saying why, naming the
// field) and shows the exact request it will send.
class EventFilterDialog : public QDialog
{
    Q_OBJECT
public:
    // Saved filters belong to an account: they hold its ids. An empty accountId saves none.
    EventFilterDialog(const EventFilter &initial, const AccountDirectory *directory, const QString &baseUrl,
                      const QString &accountId, QWidget *parent = nullptr);

    EventFilter filter() const; // as the fields say now
    QString problems() const;   // what is wrong, as shown in the dialog
    void saveAs(const QString &name);
    QStringList savedNames() const;
    void loadSaved(const QString &name);

public Q_SLOTS:
    void accept() override;

private:
    void load(const EventFilter &f);
    void refresh();
    static QListWidget *checkList(QWidget *parent, const QString &objectName);

    void refreshSaved();

    const AccountDirectory *m_directory;
    QString m_accountId;
    QComboBox *m_saved;
    QString m_baseUrl;
    QLineEdit *m_typeSearch;
    QListWidget *m_types;
    QComboBox *m_fieldType;
    QListWidget *m_entities;
    QLineEdit *m_catalog;
    QLineEdit *m_entityIds;
    QListWidget *m_users;
    QCheckBox *m_fromOn, *m_toOn;
    QDateTimeEdit *m_from, *m_to;
    QLineEdit *m_ids;
    QComboBox *m_valueSide, *m_valueKind;
    QStackedWidget *m_valuePages;
    QComboBox *m_pipeline, *m_stage, *m_customerStage, *m_responsible;
    QComboBox *m_enumField;
    QListWidget *m_enumValues;
    QLineEdit *m_exactValue;
    QPlainTextEdit *m_request;
    QLabel *m_errors;
    QStringList m_parseErrors;
};

} // namespace amodesk
