#pragma once

#include "domain/CsvTable.h"
#include "domain/Validation.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace amodesk {

// Adds many notes from a CSV file: the columns are mapped to the entity id, the note type and
// its params in a preview step; every row is checked and the faulty ones are named by line.
class CsvImportDialog : public QDialog
{
    Q_OBJECT
public:
    CsvImportDialog(const QString &entityType, QWidget *parent = nullptr);

    // Asks which file to read, in the folder chosen last time; empty when none was chosen.
    static QString chooseFile(QWidget *parent);
    bool loadFile(const QString &path); // false: the message is shown in the dialog
    QList<QJsonObject> bodies() const { return m_bodies; }

private:
    void rebuildMapping();
    void check();
    QString describeInWords(ValidationIssues issues, const QString &type) const;
    QComboBox *makeColumnBox(const QString &field);

    QString m_entityType;
    CsvTable m_table;
    QTableWidget *m_preview;
    QComboBox *m_type;
    QFormLayout *m_mapping;
    QHash<QString, QComboBox *> m_columns;
    QLabel *m_summary;
    QPushButton *m_add;
    QList<QJsonObject> m_bodies;
};

} // namespace amodesk
