#include "AccountData.h"

namespace sandbox {

namespace {

constexpr qint64 kDay = 86400;

// What a settled entity holds while the history is replayed: name and field values as the
// generator's seeds, turned into text once the history is over.
struct Replay {
    EntityRec *rec = nullptr;
    quint64 nameSeed = 0;
    QMap<int, qint64> fieldSeeds; // field id -> enum id (> 0) or text seed (< 0)
    qint64 tagMask = 0;
};

int nextIn(const QList<int> &choices, int current)
{
    const qsizetype at = choices.indexOf(current);
    return choices.at((at + 1) % choices.size());
}

EntityRec initialState(const AccountData &a, EntityKind kind, int id)
{
    const quint64 r = mix(a.seed, quint64(id) * 7);
    EntityRec e;
    e.id = id;
    e.responsible = a.users.at(int(r % quint64(a.users.size()))).id;
    e.createdBy = e.updatedBy = e.responsible;
    e.createdAt = e.updatedAt = a.dataEnd - 366 * kDay - qint64(id % 1000) * 60;
    if (kind == EntityKind::Lead) {
        const Pipeline &p = a.pipelines.at(int((r >> 8) % quint64(a.pipelines.size())));
        e.pipelineId = p.id;
        e.statusId = p.statuses.at(1).id;
        e.price = 1000 * qint64((r >> 16) % 500);
    } else if (kind == EntityKind::Customer) {
        e.statusId = a.customerStatuses.first().id;
        e.price = 1000 * qint64((r >> 16) % 100);
    }
    return e;
}

void link(EntityRec *rec, EntityKind otherKind, int otherId, bool add)
{
    if (!rec)
        return;
    const LinkRec l{otherKind, otherId, 0};
    if (add && !rec->links.contains(l))
        rec->links.append(l);
    else if (!add)
        rec->links.removeAll(l);
}

// X_linked and X_unlinked events sit on the card X was linked to and point at X.
void pointLinkAtItsType(EventRec &e, const QByteArray &key)
{
    static const QList<QPair<QByteArray, EntityKind>> prefixes = {
        {"lead_", EntityKind::Lead}, {"contact_", EntityKind::Contact}, {"company_", EntityKind::Company}, {"customer_", EntityKind::Customer}};
    for (const auto &p : prefixes) {
        if (key.startsWith(p.first) && e.entity == p.second && EntityKind(e.after0) != p.second) {
            const EntityKind other = EntityKind(e.after0);
            const qint64 otherId = e.after1;
            e.after0 = qint64(e.entity);
            e.after1 = e.entityId;
            e.entity = other;
            e.entityId = qint32(otherId);
        }
    }
}

// Walks the history in order, keeping each entity's values and making every change start from
// the value the previous one left.
class Replayer
{
public:
    explicit Replayer(AccountData &a) : m_a(a)
    {
        for (const User &u : a.users)
            m_users.append(u.id);
        for (const Status &st : a.customerStatuses)
            m_customerStatuses.append(st.id);
        for (const Pipeline &p : a.pipelines) {
            QList<int> ids;
            for (const Status &st : p.statuses)
                ids.append(st.id);
            m_stages.insert(p.id, ids);
        }
    }

    void replay(EventRec &e, Replay &s)
    {
        EntityRec &rec = *s.rec;
        const EventTypeInfo &info = eventTypes().at(e.typeIdx);
        // Nothing happens to a deleted entity: one with later events was restored. A linked
        // talk's messages count for their contact, under which the log lists them.
        if (e.linkedContactId == 0)
            rec.deleted = false;
        switch (info.shape) {
        case ValueShape::LeadStatus:
            e.before0 = rec.statusId;
            e.before1 = rec.pipelineId;
            if (e.after0 == e.before0 && e.after1 == e.before1)
                e.after0 = nextIn(m_stages.value(int(e.after1)), int(e.after0));
            rec.statusId = int(e.after0);
            rec.pipelineId = int(e.after1);
            rec.closedAt = (rec.statusId == 142 || rec.statusId == 143) ? e.createdAt : 0;
            break;
        case ValueShape::CustomerStatus:
            rec.statusId = int(chain(e.before0, e.after0, rec.statusId, m_customerStatuses));
            break;
        case ValueShape::Responsible:
            rec.responsible = int(chain(e.before0, e.after0, rec.responsible, m_users));
            break;
        case ValueShape::Sale:
            e.before0 = rec.price;
            if (e.after0 == e.before0)
                e.after0 += 1000;
            rec.price = e.after0;
            break;
        case ValueShape::Name:
            e.before0 = qint64(s.nameSeed);
            if (e.after0 == e.before0)
                e.after0 ^= 1;
            s.nameSeed = quint64(e.after0);
            break;
        case ValueShape::CustomField:
            replayField(e, s);
            break;
        case ValueShape::Tag:
            if (QByteArray(info.key) == "entity_tag_added")
                s.tagMask |= e.after0;
            else
                s.tagMask &= ~e.before0;
            break;
        default: {
            const QByteArray key(info.key);
            if (key.endsWith("_deleted") && !key.startsWith("common_note"))
                rec.deleted = true;
            break;
        }
        }
        if (e.createdAt > rec.updatedAt) {
            rec.updatedAt = e.createdAt;
            rec.updatedBy = e.createdBy;
        }
    }

private:
    AccountData &m_a;
    QList<int> m_users, m_customerStatuses;
    QHash<int, QList<int>> m_stages;

    // before := the current value; an "after" equal to it moves on to the next choice.
    static qint64 chain(qint64 &before, qint64 &after, qint64 current, const QList<int> &choices)
    {
        before = current;
        if (after == before)
            after = nextIn(choices, int(after));
        return after;
    }

    void replayField(EventRec &e, Replay &s)
    {
        const CustomField *f = m_a.field(int(e.after0));
        e.before1 = s.fieldSeeds.value(f->id, 0);
        if (e.after1 == e.before1) {
            if (f->enums.isEmpty()) {
                e.after1 -= 1;
            } else {
                QList<int> ids;
                for (const FieldEnum &en : f->enums)
                    ids.append(en.id);
                e.after1 = nextIn(ids, int(e.after1));
            }
        }
        s.fieldSeeds[f->id] = e.after1;
    }
};

} // namespace

bool linkAllowed(EntityKind from, EntityKind to)
{
    using K = EntityKind;
    if (to == K::CatalogElement)
        return from != K::Task && from != K::CatalogElement;
    switch (from) {
    case K::Lead: return to == K::Contact || to == K::Company;
    case K::Contact: return to == K::Company || to == K::Customer;
    case K::Company: return to == K::Contact || to == K::Lead || to == K::Customer;
    case K::Customer: return to == K::Contact || to == K::Company;
    default: return false;
    }
}

void settleEntities(AccountData &a)
{
    // Generated ids are contiguous from entityBase, the documented ones follow them.
    std::vector<Replay> replays[4];
    for (int k = 0; k < 4; ++k) {
        const EntityKind kind = EntityKind(k);
        QList<int> ids;
        for (int id = a.entityBase[k]; id < a.entityBase[k] + a.entityCount[k]; ++id)
            ids.append(id);
        ids += a.extraEntities[k];
        for (int id : std::as_const(ids))
            a.entities[k].insert(id, initialState(a, kind, id));
        replays[k].reserve(std::size_t(ids.size()));
        for (int id : std::as_const(ids))
            replays[k].push_back(Replay{&a.entities[k][id], mix(a.seed, quint64(id)), {}, 0});
    }
    Replayer replayer(a);
    auto find = [&](EntityKind kind, int id) -> Replay * {
        if (int(kind) >= 4)
            return nullptr;
        const int k = int(kind);
        if (id >= a.entityBase[k] && id < a.entityBase[k] + a.entityCount[k])
            return &replays[k][std::size_t(id - a.entityBase[k])];
        const qsizetype extra = a.extraEntities[k].indexOf(id);
        return extra < 0 ? nullptr : &replays[k][std::size_t(a.entityCount[k] + extra)];
    };
    for (EventRec &e : a.events) {
        const EventTypeInfo &info = eventTypes().at(e.typeIdx);
        if (info.shape == ValueShape::Link || info.shape == ValueShape::Unlink) {
            pointLinkAtItsType(e, QByteArray(info.key));
            const bool add = info.shape == ValueShape::Link;
            const EntityKind other = EntityKind(e.after0);
            if (Replay *r = find(e.entity, e.entityId))
                link(r->rec, other, int(e.after1), add);
            if (Replay *r = find(other, int(e.after1)))
                link(r->rec, e.entity, e.entityId, add);
        }
        if (Replay *r = find(e.entity, e.entityId))
            replayer.replay(e, *r);
        if (Replay *r = e.linkedContactId != 0 ? find(EntityKind::Contact, e.linkedContactId) : nullptr)
            r->rec->deleted = false; // the log lists a linked talk's messages under the contact
    }
    for (int k = 0; k < 4; ++k) {
        for (Replay &s : replays[k]) {
            EntityRec &rec = *s.rec;
            rec.name = AccountData::generatedName(EntityKind(k), s.nameSeed);
            for (auto f = s.fieldSeeds.cbegin(); f != s.fieldSeeds.cend(); ++f)
                rec.fields.insert(f.key(), a.fieldValues(*a.field(f.key()), f.value()));
            for (int i = 0; i < a.tags.size(); ++i) {
                if (s.tagMask & (qint64(1) << i))
                    rec.tags.append(i);
            }
            if (rec.deleted)
                a.deleted.insert(AccountData::entityKey(EntityKind(k), rec.id));
        }
    }
}

} // namespace sandbox
