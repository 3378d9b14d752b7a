#include "AccountData.h"

#include "NameBank.h"

#include <QDateTime>

namespace sandbox {

namespace {
constexpr quint64 kIdMaskBits = (1ULL << 40) - 1;
const char kBase36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

QString base36(quint64 value, int width)
{
    QString out(width, u'0');
    for (int i = width - 1; i >= 0; --i) {
        out[i] = QLatin1Char(kBase36[value % 36]);
        value /= 36;
    }
    return out;
}
} // namespace

quint64 mix(quint64 a, quint64 b)
{
    Rng rng{a * 0x2545F4914F6CDD1DULL ^ b};
    return rng.next();
}

const QStringList &allNoteTypes()
{
    static const QStringList types = [] {
        QStringList t = writableNoteTypes();
        t << QStringLiteral("task_result") << QStringLiteral("link_followed")
          << QStringLiteral("targeting_in") << QStringLiteral("targeting_out")
          << QStringLiteral("site_visit") << QStringLiteral("amomail_message");
        return t;
    }();
    return types;
}

QString AccountData::entityName(EntityKind kind, int id) const
{
    if (const EntityRec *e = entity(kind, id))
        return e->name;
    return generatedName(kind, mix(seed, quint64(id)));
}

EntityRec *AccountData::entity(EntityKind kind, int id)
{
    if (int(kind) >= int(entities.size()))
        return nullptr;
    const auto it = entities[int(kind)].find(id);
    return it == entities[int(kind)].end() ? nullptr : &*it;
}

const EntityRec *AccountData::entity(EntityKind kind, int id) const
{
    if (int(kind) >= int(entities.size()))
        return nullptr;
    const auto it = entities[int(kind)].constFind(id);
    return it == entities[int(kind)].cend() ? nullptr : &*it;
}

EntityRec *AccountData::liveEntity(EntityKind kind, int id)
{
    EntityRec *e = entity(kind, id);
    return e && !e->deleted ? e : nullptr;
}

QString AccountData::generatedName(EntityKind kind, quint64 r)
{
    switch (kind) {
    case EntityKind::Lead: return names::lead(r);
    case EntityKind::Contact: return names::person(r);
    case EntityKind::Company: return names::company(r);
    case EntityKind::Customer: return names::person(r) + QStringLiteral(" (") + names::company(r >> 20) + u')';
    case EntityKind::Task: return names::taskText(r);
    case EntityKind::CatalogElement: return names::catalogItem(r);
    }
    return {};
}

bool AccountData::entityExists(EntityKind kind, int id) const
{
    if (deleted.contains(entityKey(kind, id)))
        return false;
    const int k = int(kind);
    return (id >= entityBase[k] && id < entityBase[k] + entityCount[k]) || extraEntities[k].contains(id);
}

int AccountData::randomEntity(EntityKind kind, quint64 r) const
{
    const int k = int(kind);
    return entityBase[k] + int(r % quint64(entityCount[k]));
}

const User *AccountData::user(int id) const
{
    for (const User &u : users) {
        if (u.id == id)
            return &u;
    }
    return nullptr;
}

const CustomField *AccountData::field(int fieldId, EntityKind *kindOut) const
{
    for (int k = 0; k < 4; ++k) {
        for (const CustomField &f : fields[k]) {
            if (f.id == fieldId) {
                if (kindOut)
                    *kindOut = EntityKind(k);
                return &f;
            }
        }
    }
    return nullptr;
}

QString AccountData::eventId(qint32 index) const
{
    const quint64 mask = mix(seed, 0x1d) & kIdMaskBits;
    const quint64 tail = mix(seed ^ 0x77, quint64(index));
    return QStringLiteral("01") + base36(quint64(index) ^ mask, 8)
        + base36(tail & ((1ULL << 41) - 1), 8) + base36(tail >> 23, 8);
}

qint32 AccountData::eventIndexFromId(const QString &id) const
{
    if (id.size() != 26 || !id.startsWith(QStringLiteral("01")))
        return -1;
    bool ok = false;
    const quint64 scrambled = id.mid(2, 8).toULongLong(&ok, 36);
    if (!ok)
        return -1;
    const quint64 mask = mix(seed, 0x1d) & kIdMaskBits;
    const quint64 index = scrambled ^ mask;
    if (index >= events.size() || eventId(qint32(index)) != id)
        return -1;
    return qint32(index);
}

QString AccountData::fieldText(const CustomField &field, qint64 enumOrSeed) const
{
    const quint64 r = mix(seed, quint64(qAbs(enumOrSeed)));
    if (field.code == u"PHONE")
        return names::phone(r);
    if (field.code == u"EMAIL")
        return QStringLiteral("client%1@example.com").arg(r % 1000);
    if (enumOrSeed > 0) {
        for (const FieldEnum &en : field.enums) {
            if (en.id == enumOrSeed)
                return en.value;
        }
    }
    if (field.type == u"numeric")
        return QString::number(r % 100000);
    if (field.type == u"date" || field.type == u"date_time")
        return QDateTime::fromSecsSinceEpoch(qint64(1700000000 + r % 40000000), Qt::UTC).toString(Qt::ISODate);
    if (field.type == u"checkbox")
        return r % 2 ? QStringLiteral("1") : QStringLiteral("0");
    if (field.type == u"url")
        return QStringLiteral("https://example.com/") + QString::number(r % 1000);
    return names::noteText(r);
}

QJsonArray AccountData::fieldValues(const CustomField &field, qint64 enumOrSeed) const
{
    const QString text = fieldText(field, enumOrSeed);
    QJsonObject v{{QStringLiteral("value"), text}};
    if (field.type == u"date" || field.type == u"date_time")
        v[u"value"] = QDateTime::fromString(text, Qt::ISODate).toSecsSinceEpoch();
    else if (field.type == u"checkbox")
        v[u"value"] = text == u"1";
    for (const FieldEnum &en : field.enums) {
        if (en.id == enumOrSeed) {
            v[u"enum_id"] = en.id;
            if (field.type == u"multitext")
                v[u"enum_code"] = en.value;
        }
    }
    return {v};
}

QJsonObject AccountData::noteParams(const NoteRec &note) const
{
    const auto written = writtenParams.constFind(note.id);
    if (written != writtenParams.cend())
        return *written;
    const quint64 r = mix(seed, note.seed);
    const QString type = allNoteTypes().at(note.typeIdx);
    QJsonObject p;
    if (type == u"common") {
        p[u"text"] = names::noteText(r);
    } else if (type == u"call_in" || type == u"call_out") {
        p[u"uniq"] = names::uuid(r);
        p[u"duration"] = int(r % 900);
        p[u"source"] = QStringList{QStringLiteral("onlinePBX"), QStringLiteral("Mango Office"), QStringLiteral("Zadarma"), QStringLiteral("Asterisk")}.at(int((r >> 10) % 4));
        p[u"link"] = QString(QStringLiteral("https://records.example.com/") + names::uuid(r >> 3) + QStringLiteral(".mp3"));
        p[u"phone"] = names::phone(r >> 12);
        if (type == u"call_in")
            p[u"call_responsible"] = names::person(r >> 5);
        else
            p[u"call_responsible"] = users.at(int((r >> 7) % quint64(users.size()))).id;
    } else if (type == u"service_message" || type == u"extended_service_message") {
        p[u"service"] = (r % 2) ? QStringLiteral("Форма на сайте") : QStringLiteral("Telephony Pro");
        p[u"text"] = (r % 3) ? QStringLiteral("Заявка с сайта example.com") : QStringLiteral("Lead created from a web form");
    } else if (type == u"message_cashier") {
        p[u"status"] = QStringList{QStringLiteral("created"), QStringLiteral("shown"), QStringLiteral("canceled")}.at(int(r % 3));
        p[u"text"] = QString(QStringLiteral("Чек №") + QString::number(r % 100000));
    } else if (type == u"geolocation") {
        p[u"text"] = QStringLiteral("Встреча с клиентом");
        p[u"address"] = names::street(r);
        p[u"longitude"] = QString::number(30.0 + double(r % 10000) / 1000.0, 'f', 6);
        p[u"latitude"] = QString::number(55.0 + double((r >> 14) % 5000) / 1000.0, 'f', 6);
    } else if (type == u"sms_in" || type == u"sms_out") {
        p[u"text"] = type == u"sms_in" ? QStringLiteral("Спасибо, получил") : QStringLiteral("Ваш заказ готов к выдаче");
        p[u"phone"] = names::phone(r);
    } else if (type == u"attachment") {
        const QString file = names::fileName(r);
        p[u"file_uuid"] = names::uuid(r);
        p[u"version_uuid"] = names::uuid(r >> 9);
        p[u"file_name"] = file;
        p[u"original_name"] = file;
        p[u"is_drive_attachment"] = true;
        p[u"text"] = file;
    } else if (type == u"task_result") {
        p[u"text"] = QString(QStringLiteral("Задача выполнена: ") + names::taskText(r));
    } else if (type == u"link_followed") {
        p[u"url"] = QString(QStringLiteral("https://example.com/promo?utm_source=mail&id=") + QString::number(r % 1000));
    } else if (type == u"targeting_in" || type == u"targeting_out") {
        p[u"service"] = QStringLiteral("VK Ads");
        p[u"text"] = QStringLiteral("Аудитория «Тёплые клиенты»");
    } else if (type == u"site_visit") {
        p[u"url"] = QStringLiteral("https://example.com/pricing");
        p[u"visit_duration"] = int(r % 600);
    } else if (type == u"amomail_message") {
        p[u"income"] = (r % 2) == 0;
        p[u"thread_id"] = int(r % 100000);
        p[u"subject"] = QStringLiteral("Re: коммерческое предложение");
        p[u"from"] = QJsonObject{{QStringLiteral("email"), QStringLiteral("client@example.com")}, {QStringLiteral("name"), names::person(r)}};
        p[u"content_summary"] = names::noteText(r >> 4);
        p[u"attach_cnt"] = int(r % 3);
    }
    return p;
}

} // namespace sandbox
