#pragma once

#include "domain/Event.h"

namespace amodesk {

class AccountDirectory;

// Puts an event into words a person reads: names instead of ids wherever the account has them.
class EntityNames;

class EventDescriber
{
public:
    explicit EventDescriber(const AccountDirectory *directory) : m_directory(directory) {}
    // Names of linked entities and chat contacts, asked for as rows are shown (nullptr: ids).
    void setNames(EntityNames *names) { m_names = names; }
    void setDirectory(const AccountDirectory *directory) { m_directory = directory; }

    QString typeName(const Event &e) const;
    QString entity(const Event &e) const;   // "Lead «Поставка оборудования»" / "Contact #31000008"
    QString author(const Event &e) const;
    QString change(const Event &e) const;   // "Переговоры → Успешно реализовано (Основная воронка)"
    QString change(const EventChange &c) const;
    QString named(const QString &entityType, qint64 id) const; // "Contact «Анна»", or "Contact #12" until the name is known
    static QString entityTypeName(const QString &type);
    static QString entityUrlPath(const QString &type); // leads, contacts, ... as the web interface names them

private:
    QString side(const QList<EventChange> &changes) const;
    const AccountDirectory *m_directory;
    EntityNames *m_names = nullptr;
};

} // namespace amodesk
