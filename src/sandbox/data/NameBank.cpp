#include "NameBank.h"

#include <QStringList>

namespace sandbox::names {

namespace {
template <std::size_t N>
QString pick(const char16_t *const (&list)[N], quint64 r)
{
    return QString::fromUtf16(list[r % N]);
}

const char16_t *const kRuFirst[] = {u"Анна", u"Иван", u"Мария", u"Сергей", u"Ольга", u"Дмитрий", u"Елена", u"Алексей", u"Наталья", u"Павел", u"Татьяна", u"Никита", u"Юлия", u"Артём", u"Ксения", u"Михаил"};
const char16_t *const kRuLast[] = {u"Иванова", u"Петров", u"Смирнова", u"Кузнецов", u"Соколова", u"Попов", u"Лебедева", u"Козлов", u"Новикова", u"Морозов", u"Волкова", u"Зайцев"};
const char16_t *const kEnFirst[] = {u"John", u"Emily", u"Carlos", u"Sofia", u"Lucas", u"Maria", u"David", u"Laura", u"Pedro", u"Anna"};
const char16_t *const kEnLast[] = {u"Smith", u"García", u"Silva", u"Johnson", u"Martínez", u"Santos", u"Brown", u"Oliveira"};
const char16_t *const kCompanies[] = {u"ООО «Ромашка»", u"АО «Северсталь-Снаб»", u"ИП Григорьев", u"ООО «ТехноЛайн»", u"Acme Corp", u"Globex LLC", u"ООО «Вектор»", u"Initech", u"ЗАО «СтройМаркет»", u"Soylent Ltda", u"ООО «Альфа Логистик»", u"Umbrella S.A."};
const char16_t *const kLeads[] = {u"Поставка оборудования", u"Заявка с сайта", u"Продление лицензии", u"Website redesign", u"Оптовый заказ", u"Консультация", u"Annual support contract", u"Монтаж кондиционера", u"Интеграция с 1С", u"Pedido de demonstração", u"Аренда склада", u"Обучение персонала"};
const char16_t *const kNotes[] = {u"Клиент просил перезвонить после обеда", u"Отправили коммерческое предложение", u"Customer asked for a discount", u"Договорились о встрече в четверг", u"Счёт оплачен частично", u"Нужна доставка до склада", u"Sent the contract for review", u"Уточнить реквизиты", u"Client prefers e-mail, not calls", u"Передал в отдел логистики"};
const char16_t *const kTasks[] = {u"Позвонить клиенту", u"Отправить КП", u"Follow up on the proposal", u"Подготовить договор", u"Встреча в офисе", u"Проверить оплату"};
const char16_t *const kStreets[] = {u"ул. Пушкина, д. 10", u"Невский проспект, д. 28", u"ул. Ленина, д. 5, офис 12", u"221B Baker Street", u"Av. Paulista, 1578", u"ул. Тверская, д. 7"};
const char16_t *const kFiles[] = {u"договор.pdf", u"счёт_1024.pdf", u"photo.jpg", u"price-list.xlsx", u"изображение.png", u"presentation.pptx"};
const char16_t *const kItems[] = {u"Кондиционер Daikin", u"Монтажный комплект", u"Service hour", u"Лицензия на год", u"Фильтр воздушный"};
} // namespace

QString person(quint64 r)
{
    if (r % 4 == 0)
        return pick(kEnFirst, r >> 8) + u' ' + pick(kEnLast, r >> 16);
    return pick(kRuFirst, r >> 8) + u' ' + pick(kRuLast, r >> 16);
}

QString company(quint64 r) { return pick(kCompanies, r); }
QString lead(quint64 r) { return pick(kLeads, r) + QStringLiteral(" #") + QString::number(1000 + (r >> 8) % 9000); }
QString noteText(quint64 r) { return pick(kNotes, r); }
QString taskText(quint64 r) { return pick(kTasks, r); }
QString street(quint64 r) { return pick(kStreets, r); }
QString fileName(quint64 r) { return pick(kFiles, r); }
QString catalogItem(quint64 r) { return pick(kItems, r); }

QString phone(quint64 r)
{
    return QStringLiteral("+79") + QString::number(100000000 + (r % 900000000));
}

QString uuid(quint64 r)
{
    const quint64 a = r * 0x9E3779B97F4A7C15ULL;
    const quint64 b = (r ^ 0xDEADBEEFCAFEULL) * 0xBF58476D1CE4E5B9ULL;
    QString h = QString::number(a, 16).rightJustified(16, u'0') + QString::number(b, 16).rightJustified(16, u'0');
    h[12] = u'4';
    h[16] = u"89ab"[b % 4];
    return h.mid(0, 8) + u'-' + h.mid(8, 4) + u'-' + h.mid(12, 4) + u'-' + h.mid(16, 4) + u'-' + h.mid(20, 12);
}

} // namespace sandbox::names
