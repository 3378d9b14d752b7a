#include "RevertBatches.h"

#include "RevertLinks.h"

#include <QHash>
#include <map>

namespace amodesk {

QList<RevertBatch> revertBatches(const QList<RevertChange> &changes, int batchSize, bool includeConflicts)
{
    struct Item {
        QJsonObject json;
        QList<int> changes;
    };
    QList<std::pair<QString, qint64>> order;
    QHash<QString, QHash<qint64, Item>> items;
    std::map<std::pair<QString, bool>, QList<std::pair<QJsonObject, int>>> links; // (type, link or unlink) -> items
    for (int i = 0; i < changes.size(); ++i) {
        const RevertChange &c = changes.at(i);
        if (c.patch.isEmpty() || !(c.state == RevertChange::State::Ready || (includeConflicts && c.state == RevertChange::State::Conflict)))
            continue;
        if (isLinkField(c.field)) {
            const LinkItem link = linkItem(c);
            links[{link.fromType, link.link}].append({link.json, i});
            continue;
        }
        Item &item = items[c.entityType][c.entityId];
        if (item.changes.isEmpty()) {
            order.append({c.entityType, c.entityId});
            item.json.insert(QStringLiteral("id"), c.entityId);
        }
        item.changes.append(i);
        for (auto it = c.patch.begin(); it != c.patch.end(); ++it) {
            if (it.value().isArray() && item.json.value(it.key()).isArray()) {
                QJsonArray joined = item.json.value(it.key()).toArray();
                for (const QJsonValue &v : it.value().toArray())
                    joined.append(v);
                item.json.insert(it.key(), joined);
            } else {
                item.json.insert(it.key(), it.value());
            }
        }
    }
    QList<RevertBatch> batches;
    QHash<QString, int> open; // entity type -> its batch being filled
    for (const auto &[type, id] : std::as_const(order)) {
        const Item &item = items[type][id];
        int at = open.value(type, -1);
        if (at < 0 || batches.at(at).body.size() >= batchSize) {
            batches.append({type, {}, {}, RevertBatch::Action::Update});
            at = int(batches.size()) - 1;
            open.insert(type, at);
        }
        batches[at].body.append(item.json);
        batches[at].changes += item.changes;
    }
    for (const auto &[key, list] : links) {
        for (qsizetype at = 0; at < list.size(); at += batchSize) {
            RevertBatch batch{key.first, {}, {}, key.second ? RevertBatch::Action::Link : RevertBatch::Action::Unlink};
            for (const auto &[json, change] : list.mid(at, batchSize)) {
                batch.body.append(json);
                batch.changes.append(change);
            }
            batches.append(batch);
        }
    }
    return batches;
}

QList<QJsonArray> revertBodies(const QList<RevertChange> &changes, const QString &entityType, int batchSize, bool includeConflicts)
{
    QList<QJsonArray> bodies;
    for (const RevertBatch &b : revertBatches(changes, batchSize, includeConflicts)) {
        if (b.entityType == entityType && b.action == RevertBatch::Action::Update)
            bodies.append(b.body);
    }
    return bodies;
}

} // namespace amodesk
