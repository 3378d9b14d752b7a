#include "AccountData.h"

#include "NameBank.h"
#include "WidgetCatalog.h"

namespace sandbox {

namespace {

constexpr qint64 kDataSpan = 365LL * 24 * 3600;

// What the request examples of seed 004 refer to, so that each works as the seed shows it: two
// users, a lead, two SMS notes on it, and new notes numbered from the example answer's first id.
constexpr int kDocumentedUsers[] = {8238874, 32321};
constexpr int kDocumentedLead = 167353;
constexpr qint64 kDocumentedSmsIn = 76610421, kDocumentedSmsOut = 76610423;
constexpr qint64 kDocumentedFirstNewNote = 76787983;

int weightOf(const char *key)
{
    const QByteArray k(key);
    if (k == "lead_status_changed") return 10;
    if (k == "common_note_added") return 8;
    if (k == "incoming_call" || k == "outgoing_call" || k == "custom_field_value_changed") return 6;
    if (k == "incoming_chat_message" || k == "outgoing_chat_message") return 5;
    if (k == "lead_added" || k == "entity_responsible_changed") return 4;
    if (k == "contact_added" || k == "sale_field_changed" || k == "entity_tag_added") return 3;
    if (k.startsWith("task_") || k == "incoming_sms" || k == "outgoing_sms" || k == "service_note_added"
        || k == "name_field_changed" || k == "entity_linked")
        return 2;
    return 1;
}

void addUsers(AccountData &a, Rng &rng, int count)
{
    const QStringList langs = {QStringLiteral("ru"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("pt")};
    Rng more{rng.state ^ 0x05e75}; // users past the twelfth leave the rest of the data as it was
    for (int i = 0; i < count; ++i) {
        // The last two of the twelve are the users seed 004's examples write as.
        const int id = i == 10 ? kDocumentedUsers[0] : i == 11 ? kDocumentedUsers[1] : 504141 + i * 1031;
        const QString name = i == 0 ? QStringLiteral("Администратор") : names::person(i < 12 ? rng.next() : more.next());
        a.users.append({id, name, QStringLiteral("user%1@example.com").arg(i + 1),
                        i % 5 == 4 ? langs.at(1 + i % 3) : langs.at(0), i < 2});
    }
}

void addPipelines(AccountData &a)
{
    const QStringList pipelineNames = {QStringLiteral("Основная воронка"), QStringLiteral("Оптовые продажи"), QStringLiteral("Partners")};
    const QList<QStringList> stages = {
        {QStringLiteral("Первичный контакт"), QStringLiteral("Переговоры"), QStringLiteral("Принимают решение"), QStringLiteral("Согласование договора")},
        {QStringLiteral("Запрос прайса"), QStringLiteral("Расчёт"), QStringLiteral("Отгрузка")},
        {QStringLiteral("Qualification"), QStringLiteral("Proposal"), QStringLiteral("Negotiation")}};
    const QStringList colors = {QStringLiteral("#99ccff"), QStringLiteral("#ffff99"), QStringLiteral("#ffcc66"), QStringLiteral("#ccff66"), QStringLiteral("#deb4f5")};
    const int ids[] = {13513, 13514, 437642};
    int statusId = 17079859;
    for (int p = 0; p < 3; ++p) {
        Pipeline pipe{ids[p], pipelineNames[p], (p + 1) * 10, p == 0, {}};
        pipe.statuses.append({statusId++, QStringLiteral("Неразобранное"), 10, QStringLiteral("#c1c1c1"), 1});
        int sort = 20;
        for (const QString &stage : stages[p]) {
            pipe.statuses.append({statusId++, stage, sort, colors.at(sort / 10 % colors.size()), 0});
            sort += 10;
        }
        pipe.statuses.append({142, QStringLiteral("Успешно реализовано"), 10000, QStringLiteral("#CCFF66"), 0});
        pipe.statuses.append({143, QStringLiteral("Закрыто и не реализовано"), 11000, QStringLiteral("#D5D8DB"), 0});
        a.pipelines.append(pipe);
    }
    a.customerStatuses = {
        {135751, QStringLiteral("Ожидается покупка"), 10, QStringLiteral("#99ccff"), 1},
        {135754, QStringLiteral("Совершена покупка"), 20, QStringLiteral("#ccff66"), 0},
        {135757, QStringLiteral("Просрочена покупка"), 30, QStringLiteral("#ff8f92"), 2},
        {135760, QStringLiteral("Закрыт"), 40, QStringLiteral("#d5d8db"), 4}};
}

QList<FieldEnum> enumsOf(std::initializer_list<QPair<int, QString>> values)
{
    QList<FieldEnum> out;
    int sort = 1;
    for (const auto &v : values)
        out.append({v.first, v.second, sort++});
    return out;
}

// Field and enum IDs follow the examples of seed 004 (field 57832 with enums 145/157/202,
// e-mail field 53728 with enum 2352876), so the documented filters find real events.
void addFields(AccountData &a)
{
    auto s = [](const char16_t *text) { return QString::fromUtf16(text); };
    const QString none;
    a.fields[0] = {{57832, s(u"Источник"), s(u"select"), none, 10, enumsOf({{145, s(u"Сайт")}, {157, s(u"Звонок")}, {202, s(u"Реклама")}, {203, s(u"Referral")}})},
                   {57833, s(u"Тип клиента"), s(u"multiselect"), none, 20, enumsOf({{2352890, s(u"Розница")}, {2352891, s(u"Опт")}, {2352892, s(u"Партнёр")}})},
                   {57834, s(u"Комментарий менеджера"), s(u"textarea"), none, 30, {}},
                   {57835, s(u"Дата отгрузки"), s(u"date"), none, 40, {}}};
    a.fields[1] = {{53727, s(u"Телефон"), s(u"multitext"), s(u"PHONE"), 10, enumsOf({{2352870, s(u"WORK")}, {2352871, s(u"MOB")}, {2352872, s(u"HOME")}, {2352873, s(u"OTHER")}})},
                   {53728, s(u"Email"), s(u"multitext"), s(u"EMAIL"), 20, enumsOf({{2352876, s(u"WORK")}, {2352877, s(u"PRIV")}, {2352878, s(u"OTHER")}})},
                   {53729, s(u"Должность"), s(u"text"), s(u"POSITION"), 30, {}},
                   {53730, s(u"Город"), s(u"select"), none, 40, enumsOf({{2352880, s(u"Москва")}, {2352881, s(u"Санкт-Петербург")}, {2352882, s(u"Казань")}, {2352883, s(u"São Paulo")}})}};
    a.fields[2] = {{53731, s(u"Телефон"), s(u"multitext"), s(u"PHONE"), 10, enumsOf({{2352884, s(u"WORK")}, {2352885, s(u"MOB")}})},
                   {53732, s(u"Web"), s(u"url"), s(u"WEB"), 20, {}},
                   {53733, s(u"Адрес"), s(u"textarea"), s(u"ADDRESS"), 30, {}},
                   {53734, s(u"Отрасль"), s(u"select"), none, 40, enumsOf({{2352886, s(u"Ритейл")}, {2352887, s(u"Производство")}, {2352888, s(u"IT")}})}};
    a.fields[3] = {{53740, s(u"Канал"), s(u"select"), none, 10, enumsOf({{2352894, s(u"Онлайн")}, {2352895, s(u"Офлайн")}})},
                   {53741, s(u"Номер карты лояльности"), s(u"numeric"), none, 20, {}}};
}

// Fields past the built-in ones, of every type an account can have, select-like ones with
// enums; ids far from the built-in ones.
void addMoreFields(AccountData &a, int perEntity)
{
    const QStringList types = {QStringLiteral("text"), QStringLiteral("numeric"), QStringLiteral("checkbox"), QStringLiteral("select"),
                               QStringLiteral("multiselect"), QStringLiteral("date"), QStringLiteral("url"), QStringLiteral("textarea"),
                               QStringLiteral("radiobutton"), QStringLiteral("date_time")};
    for (int k = 0; k < 4; ++k) {
        QList<CustomField> &fields = a.fields[k];
        fields.resize(qMin(fields.size(), qsizetype(perEntity)));
        for (int i = int(fields.size()); i < perEntity; ++i) {
            const int id = 700000 + k * 10000 + i;
            const QString type = types.at(i % types.size());
            QList<FieldEnum> enums;
            if (type == u"select" || type == u"multiselect" || type == u"radiobutton") {
                for (int e = 0; e < 3; ++e)
                    enums.append({4000000 + k * 100000 + i * 10 + e, QStringLiteral("Вариант %1").arg(e + 1), e + 1});
            }
            fields.append({id, QStringLiteral("Поле %1 (%2)").arg(i + 1).arg(type), type, QString(), (i + 1) * 10, enums});
        }
    }
}

void addNote(AccountData &a, qint64 id, EntityKind kind, int entityId, const QString &type, qint64 at, int author, quint64 r)
{
    NoteRec n;
    n.id = id;
    n.entity = kind;
    n.entityId = entityId;
    n.typeIdx = quint8(allNoteTypes().indexOf(type));
    n.createdAt = at;
    n.updatedAt = at + ((r % 5 == 0) ? qint64(r % 86400) : 0);
    n.createdBy = author;
    n.updatedBy = author;
    n.responsible = author;
    n.seed = quint32(r);
    a.noteIndex.insert(id, qsizetype(a.notes.size()));
    a.notes.push_back(n);
}

EntityKind kindForEvent(const QByteArray &key, Rng &rng)
{
    static const EntityKind owners[] = {EntityKind::Lead, EntityKind::Contact, EntityKind::Company, EntityKind::Customer};
    if (key.startsWith("lead_") || key == "sale_field_changed" || key == "nps_rate_added")
        return EntityKind::Lead;
    if (key.startsWith("contact_") || key == "ltv_field_changed")
        return EntityKind::Contact;
    if (key.startsWith("company_"))
        return EntityKind::Company;
    if (key.startsWith("customer_") || key == "transaction_added")
        return EntityKind::Customer;
    if (key.startsWith("task_") && key != "task_result_added")
        return EntityKind::Task;
    if ((key == "custom_field_value_changed" || key == "entity_linked" || key == "entity_unlinked") && rng.chance(5))
        return EntityKind::CatalogElement;
    return owners[rng.below(4)];
}

void fillPayload(AccountData &a, EventRec &e, const EventTypeInfo &info, Rng &rng, qint64 &nextNoteId)
{
    switch (info.shape) {
    case ValueShape::Empty:
        break;
    case ValueShape::Note: {
        e.after0 = nextNoteId++;
        if (QByteArray(info.key) != "common_note_deleted")
            addNote(a, e.after0, e.entity, e.entityId, QString::fromLatin1(info.noteType), e.createdAt, e.createdBy, rng.next());
        break;
    }
    case ValueShape::LeadStatus: {
        const Pipeline &p = a.pipelines.at(rng.below(int(a.pipelines.size())));
        const int from = rng.below(int(p.statuses.size()) - 1);
        const int to = from + 1 + rng.below(int(p.statuses.size()) - from - 1);
        e.before0 = p.statuses.at(from).id;
        e.before1 = p.id;
        e.after0 = p.statuses.at(to).id;
        e.after1 = p.id;
        break;
    }
    case ValueShape::CustomerStatus:
        e.before0 = a.customerStatuses.at(rng.below(2)).id;
        e.after0 = a.customerStatuses.at(1 + rng.below(3)).id;
        break;
    case ValueShape::Responsible:
        e.before0 = a.users.at(rng.below(int(a.users.size()))).id;
        do {
            e.after0 = a.users.at(rng.below(int(a.users.size()))).id;
        } while (e.after0 == e.before0);
        break;
    case ValueShape::TaskDeadline:
        e.before0 = e.createdAt + 3600 * (1 + rng.below(72));
        e.after0 = e.before0 + 86400 * (1 + rng.below(14));
        break;
    case ValueShape::TaskType:
        e.before0 = 1 + rng.below(2);
        e.after0 = e.before0 == 1 ? 2 : 1;
        break;
    case ValueShape::CustomField: {
        const int k = e.entity == EntityKind::CatalogElement ? 0 : int(e.entity);
        const CustomField &f = a.fields[k].at(rng.below(int(a.fields[k].size())));
        e.after0 = f.id;
        if (!f.enums.isEmpty()) {
            e.before1 = f.enums.at(rng.below(int(f.enums.size()))).id;
            e.after1 = f.enums.at(rng.below(int(f.enums.size()))).id;
        } else {
            e.before1 = -qint64(rng.next() % 1000000) - 1; // negative = text seed, no enum
            e.after1 = -qint64(rng.next() % 1000000) - 1;
        }
        break;
    }
    case ValueShape::Tag: {
        const qint64 tags = qint64(1) << rng.below(int(a.tags.size()));
        if (QByteArray(info.key) == "entity_tag_added")
            e.after0 = tags;
        else
            e.before0 = tags;
        break;
    }
    case ValueShape::Link:
    case ValueShape::Unlink: {
        EntityKind other = EntityKind(rng.below(4));
        if (other == e.entity)
            other = e.entity == EntityKind::Lead ? EntityKind::Contact : EntityKind::Lead;
        e.after0 = qint64(other);
        e.after1 = a.randomEntity(other, rng.next());
        break;
    }
    case ValueShape::Sale:
    case ValueShape::Ltv:
        e.before0 = 1000 * rng.below(500);
        e.after0 = rng.chance(5) ? 155 : 1000 * (1 + rng.below(500)); // 155: seed 004's value example
        break;
    case ValueShape::Name:
        e.before0 = qint64(rng.next() >> 2);
        e.after0 = qint64(rng.next() >> 2);
        break;
    case ValueShape::Nps:
        e.after0 = rng.below(11);
        break;
    case ValueShape::Helpbot:
        e.after0 = 100 + rng.below(80);
        break;
    case ValueShape::Transaction:
        e.after0 = 33000 + rng.below(100000);
        break;
    case ValueShape::Message:
        e.after0 = qint64(rng.next() >> 1);
        break;
    case ValueShape::TaskText:
        e.before0 = qint64(rng.next() >> 2);
        e.after0 = qint64(rng.next() >> 2);
        break;
    }
}

} // namespace

AccountData generateAccount(quint64 seed, const AccountShape &shape, const QString &clientId)
{
    const int eventCount = shape.events;
    AccountData a;
    a.seed = seed;
    Rng rng{seed};
    a.accountId = 17079858;
    a.subdomain = QStringLiteral("demo");
    a.name = QStringLiteral("Демо-аккаунт AmoDesk");
    a.dataEnd = shape.historyEnd;
    addUsers(a, rng, qMax(2, shape.users));
    addPipelines(a);
    addFields(a);
    if (shape.customFields > 0)
        addMoreFields(a, shape.customFields);
    a.catalogs = {{1075, QStringLiteral("Товары")}, {1077, QStringLiteral("Услуги")}};
    a.tags = QStringList{QStringLiteral("VIP"), QStringLiteral("опт"), QStringLiteral("повторный"), QStringLiteral("горячий"),
                         QStringLiteral("website"), QStringLiteral("партнёр"), QStringLiteral("тендер"), QStringLiteral("promo")};
    const int n = qMax(0, eventCount);
    const int counts[] = {qMax(30, n / 20), qMax(30, n / 20), qMax(12, n / 50), qMax(10, n / 80), qMax(20, n / 30), qMax(10, n / 200)};
    const int bases[] = {26000000, 31000000, 35000000, 39000000, 47000000, 61000000};
    for (int k = 0; k < 6; ++k) {
        a.entityBase[k] = bases[k];
        a.entityCount[k] = counts[k];
    }
    addWidgets(a, rng, clientId);
    a.continuations = {{QStringLiteral("salesbot"), 101, 5001}, {QStringLiteral("salesbot"), 101, 5002},
                       {QStringLiteral("salesbot"), 102, 5003}, {QStringLiteral("salesbot"), 103, 5004},
                       {QStringLiteral("marketingbot"), 201, 6001}, {QStringLiteral("marketingbot"), 202, 6002}};

    const auto &types = eventTypes();
    QList<int> cumulative;
    int total = 0;
    for (const EventTypeInfo &t : types) {
        total += weightOf(t.key);
        cumulative.append(total);
    }
    a.events.reserve(std::size_t(n));
    a.notes.reserve(std::size_t(n / 3 + 16));
    qint64 nextNoteId = 42700000;
    const qint64 start = shape.historyEnd - kDataSpan;
    const double step = n > 0 ? double(kDataSpan) / n : 0.0;
    for (int i = 0; i < n; ++i) {
        EventRec e;
        e.index = i;
        e.createdAt = start + qint64(step * i) + qint64(rng.next() % quint64(qMax(1.0, step)));
        const int roll = rng.below(total);
        e.typeIdx = quint8(std::lower_bound(cumulative.begin(), cumulative.end(), roll + 1) - cumulative.begin());
        const EventTypeInfo &info = types.at(e.typeIdx);
        const QByteArray key(info.key);
        e.entity = kindForEvent(key, rng);
        e.entityId = a.randomEntity(e.entity, rng.next());
        e.createdBy = a.users.at(rng.below(int(a.users.size()))).id;
        if (e.entity == EntityKind::CatalogElement)
            e.catalogId = a.catalogs.at(rng.below(int(a.catalogs.size()))).first;
        if (info.shape == ValueShape::Message && key != "entity_direct_message") {
            // Chat messages belong to a contact; with a linked talk they come back as the lead/customer.
            const int contact = a.randomEntity(EntityKind::Contact, rng.next());
            if (rng.chance(60)) {
                e.entity = rng.chance(85) ? EntityKind::Lead : EntityKind::Customer;
                e.entityId = a.randomEntity(e.entity, rng.next());
                e.linkedContactId = contact;
            } else {
                e.entity = EntityKind::Contact;
                e.entityId = contact;
            }
        }
        fillPayload(a, e, info, rng, nextNoteId);
        a.events.push_back(e);
        if (rng.chance(2)) { // e-mails: notes of a read-only type that no event points at
            const EntityKind kind = rng.chance(50) ? EntityKind::Contact : EntityKind::Lead;
            addNote(a, nextNoteId++, kind, a.randomEntity(kind, rng.next()), QStringLiteral("amomail_message"),
                    e.createdAt, e.createdBy, rng.next());
        }
    }
    a.extraEntities[int(EntityKind::Lead)].append(kDocumentedLead);
    addNote(a, kDocumentedSmsIn, EntityKind::Lead, kDocumentedLead, QStringLiteral("sms_in"), shape.historyEnd - 3 * 86400, a.users.first().id, rng.next());
    addNote(a, kDocumentedSmsOut, EntityKind::Lead, kDocumentedLead, QStringLiteral("sms_out"), shape.historyEnd - 86400, a.users.first().id, rng.next());
    a.nextNoteId = qMax(nextNoteId + 1000, kDocumentedFirstNewNote);
    settleEntities(a);
    return a;
}

} // namespace sandbox
