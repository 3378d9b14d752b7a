#pragma once

#include <QAbstractListModel>

namespace amodesk {

// The accounts the user can switch between: what the account switcher shows.
class AccountListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { BaseUrlRole = Qt::UserRole + 1, SessionOnlyRole };

    struct Entry {
        QString name;    // the account's own name, as the account answers it
        QString baseUrl;
        bool sessionOnly = false; // its secrets live in memory only (demo, no keychain)
        QString accountId;        // Account::id: the key of its secrets
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    int add(const Entry &entry); // returns its row
    const Entry &at(int row) const { return m_entries.at(row); }
    int rowOf(const QString &accountId) const;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

private:
    QList<Entry> m_entries;
};

} // namespace amodesk
