#pragma once

#include "Catalog.h"
#include "EntityState.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <array>
#include <vector>

namespace sandbox {

struct User { int id; QString name; QString email; QString lang; bool isAdmin; };
struct Status { int id; QString name; int sort; QString color; int type; };
struct Pipeline { int id; QString name; int sort; bool isMain; QList<Status> statuses; };
struct FieldEnum { int id; QString value; int sort; };
struct CustomField { int id; QString name; QString type; QString code; int sort; QList<FieldEnum> enums; };

// One event, kept compact so a million of them fit in a few dozen megabytes. The meaning of
// the four payload numbers depends on the type's ValueShape (see EventRenderer).
struct EventRec {
    qint64 createdAt = 0;
    qint64 after0 = 0, after1 = 0, before0 = 0, before1 = 0;
    qint32 index = 0;
    qint32 entityId = 0;
    qint32 createdBy = 0;
    qint32 linkedContactId = 0; // chat messages with a talk: the contact they were filtered by
    qint32 catalogId = 0;
    quint8 typeIdx = 0;
    EntityKind entity = EntityKind::Lead;
};

struct NoteRec {
    qint64 id = 0;
    qint64 createdAt = 0, updatedAt = 0;
    qint32 entityId = 0;
    qint32 createdBy = 0, updatedBy = 0, responsible = 0;
    quint32 seed = 0;
    quint8 typeIdx = 0; // into allNoteTypes()
    EntityKind entity = EntityKind::Lead;
};

struct WidgetRec {
    int id = 0;
    QString code;
    QString version;
    QJsonValue rating; // the API sends "2,8" strings as well as numbers
    QJsonArray settingsTemplate;
    bool isLeadSource = false, isWorkWithDp = false, isCrmTemplate = false;
    QString clientUuid; // empty = null
    bool installed = false;
    int pipelineId = 0; // 0 = null
    QJsonObject settings;
};

struct Continuation { QString bot; qint64 botId; qint64 continueId; };

// The values of an event written over the API, kept as rendered since they need not come from
// the generator's seeds; the texts are what value filters compare.
struct WrittenEvent {
    QJsonArray before, after;
    QString beforeText, afterText;
};

const QStringList &allNoteTypes(); // the writable ten first, then read-only ones

struct AccountData {
    quint64 seed = 0;
    int accountId = 0;
    QString subdomain;
    QString name;
    qint64 dataEnd = 0;
    QList<User> users;
    QList<Pipeline> pipelines;
    QList<Status> customerStatuses;
    std::array<QList<CustomField>, 4> fields; // lead, contact, company, customer
    QList<QPair<int, QString>> catalogs;
    QStringList tags;
    std::array<int, 6> entityBase{};
    std::array<int, 6> entityCount{};
    std::array<QList<int>, 6> extraEntities; // beyond the generated range: the ids the seeds' examples use

    std::vector<EventRec> events; // ascending by createdAt; the API lists them newest first
    std::vector<NoteRec> notes;   // ascending by id
    QHash<qint64, qsizetype> noteIndex;
    QHash<qint64, QJsonObject> writtenParams; // params of notes added or edited over the API
    qint64 nextNoteId = 0;

    std::array<QMap<int, EntityRec>, 4> entities; // lead, contact, company, customer
    QHash<qint32, WrittenEvent> writtenEvents;     // by event index
    QSet<quint64> deleted;                         // entityKey()s of the deleted entities

    QList<WidgetRec> widgets;
    QList<Continuation> continuations;

    QString entityName(EntityKind kind, int id) const;
    static QString generatedName(EntityKind kind, quint64 r); // the name a name seed stands for
    EntityRec *entity(EntityKind kind, int id);               // null for tasks, catalog elements and unknown ids
    const EntityRec *entity(EntityKind kind, int id) const;
    EntityRec *liveEntity(EntityKind kind, int id); // as entity(), but null once deleted
    static quint64 entityKey(EntityKind kind, int id) { return (quint64(kind) << 32) | quint32(id); }
    static int tagId(int index) { return 1252595 + index; }
    int tagIndex(int id) const { return id >= tagId(0) && id < tagId(int(tags.size())) ? id - tagId(0) : -1; }
    bool entityExists(EntityKind kind, int id) const; // false once deleted
    int randomEntity(EntityKind kind, quint64 r) const;
    const User *user(int id) const;
    const CustomField *field(int fieldId, EntityKind *kindOut = nullptr) const;
    QJsonObject noteParams(const NoteRec &note) const;
    QString fieldText(const CustomField &field, qint64 enumOrSeed) const;       // an enum's value, or text made from a seed (< 0)
    QJsonArray fieldValues(const CustomField &field, qint64 enumOrSeed) const;  // the same as custom_fields_values lists it
    QString eventId(qint32 index) const;
    qint32 eventIndexFromId(const QString &id) const; // -1 when not an id of this account
};

// What a generated account holds; a seed and these give one data set.
struct AccountShape {
    int events = 5000;
    int users = 12;          // the first twelve are the same whatever the number
    int customFields = 0;    // per entity; 0: the built-in few (2 to 4)
    qint64 historyEnd = 0;   // seconds since the epoch: the history's last moment
};

AccountData generateAccount(quint64 seed, const AccountShape &shape, const QString &clientId);

// Gives every lead, contact, company and customer its state as the history leaves it, and
// makes the history agree with itself: each change's value_before is the value the one before
// it left (see EntityHistory.cpp).
void settleEntities(AccountData &a);

// splitmix64: fast, deterministic, good enough for test data
struct Rng {
    quint64 state;
    quint64 next()
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
};

quint64 mix(quint64 a, quint64 b);

} // namespace sandbox
