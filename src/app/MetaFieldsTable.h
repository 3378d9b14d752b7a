#pragma once

#include "button/ButtonSnippets.h"

#include <QTableWidget>

namespace amodesk {

class AccountDirectory;

// The custom fields setMeta fills on a contact or a lead: a row a field, chosen by name from
// the account's fields of that entity, with its value, option and address part.
class MetaFieldsTable : public QTableWidget
{
    Q_OBJECT
public:
    explicit MetaFieldsTable(QWidget *parent = nullptr);

    void setEntityType(const QString &entityType) { m_entityType = entityType; } // contacts or leads
    void setDirectory(AccountDirectory *directory) { m_directory = directory; }
    void addField();
    void removeCurrent();
    QList<MetaField> fields() const;

Q_SIGNALS:
    void changed();

private:
    AccountDirectory *m_directory = nullptr;
    QString m_entityType;
};

} // namespace amodesk
