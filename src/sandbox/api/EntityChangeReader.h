#pragma once

#include "RequestContext.h"

#include <optional>

namespace sandbox {

// One entity's change as a PATCH item asks for it, checked whole before anything is applied.
struct Change {
    EntityRec *target = nullptr;
    QString requestId;
    std::optional<QString> name;
    std::optional<qint64> price;
    std::optional<int> pipelineId, statusId, responsible;
    QList<QPair<const CustomField *, QJsonArray>> fields; // empty values: clear the field
    std::optional<QStringList> tagsSet;                   // names; replaces the whole set
    QStringList tagsAdd, tagsDelete;
};

// Reads and checks PATCH items of one entity type: fields, stage, responsible user, custom
// field values of every type, tags. Errors are the service's validation errors.
class ChangeReader
{
public:
    ChangeReader(AccountData &data, EntityKind kind) : m_data(data), m_kind(kind) {}
    // The errors of one item; pathId is the entity of a single PATCH (0 for a batch).
    QJsonArray read(const QJsonObject &item, int pathId, Change &out);

private:
    AccountData &m_data;
    EntityKind m_kind;
    QJsonArray m_errors;

    void error(const QString &code, const QString &path, const QString &detail);
    void readName(const QJsonObject &item, Change &out);
    std::optional<int> readInt(const QJsonObject &item, const QString &key);
    void readNumbers(const QJsonObject &item, Change &out);
    void readLeadStage(const QJsonObject &item, Change &out);
    const CustomField *fieldOf(const QJsonObject &f);
    const FieldEnum *enumOf(const CustomField &f, const QJsonObject &v);
    std::optional<QJsonObject> readValue(const CustomField &f, const QJsonValue &raw, const QString &path);
    void readFields(const QJsonValue &list, Change &out);
    QStringList readTagList(const QJsonValue &list, const QString &path);
    void readTags(const QJsonObject &item, Change &out);
};

} // namespace sandbox
