#pragma once

#include <QList>
#include <QString>

namespace sandbox {

enum class EntityKind : quint8 { Lead, Contact, Company, Customer, Task, CatalogElement };

// The value_before/value_after structure of an event type, as seed 004 documents it.
enum class ValueShape : quint8 {
    Empty, Note, TaskText, Helpbot, Transaction, Nps, Message, Tag, LeadStatus,
    CustomerStatus, Link, Unlink, Responsible, TaskDeadline, TaskType, CustomField,
    Sale, Name, Ltv
};

struct EventTypeInfo {
    const char *key;
    int typeId;
    ValueShape shape;
    const char *noteType; // for Note-shaped events: the note the event points at
    const char16_t *ru, *en, *es, *pt;
};

const QList<EventTypeInfo> &eventTypes();
int eventTypeIndex(const QString &key); // -1 when unknown
QString entityKindName(EntityKind kind);  // lead, contact, ... as events name them
QString entityPluralName(EntityKind kind); // leads, contacts, ... as URLs name them
bool entityKindFromPlural(const QString &plural, EntityKind &kind);

const QStringList &writableNoteTypes();

} // namespace sandbox
