#include "Catalog.h"

#include <QHash>

namespace sandbox {

using S = ValueShape;

const QList<EventTypeInfo> &eventTypes()
{
    static const QList<EventTypeInfo> types = {
        {"lead_added", 1, S::Note, "service_message", u"Новая сделка", u"New lead", u"Nuevo acuerdo", u"Novo lead"},
        {"lead_deleted", 7, S::Empty, nullptr, u"Сделка удалена", u"Lead deleted", u"Acuerdo eliminado", u"Lead excluído"},
        {"lead_restored", 8, S::Empty, nullptr, u"Сделка восстановлена", u"Lead restored", u"Acuerdo restaurado", u"Lead restaurado"},
        {"lead_status_changed", 14, S::LeadStatus, nullptr, u"Изменение этапа продажи", u"Lead stage changed", u"Etapa del acuerdo cambiada", u"Etapa do lead alterada"},
        {"lead_linked", 20, S::Link, nullptr, u"Прикрепление сделки", u"Lead linked", u"Acuerdo vinculado", u"Lead vinculado"},
        {"lead_unlinked", 21, S::Unlink, nullptr, u"Открепление сделки", u"Lead unlinked", u"Acuerdo desvinculado", u"Lead desvinculado"},
        {"contact_added", 2, S::Note, "service_message", u"Новый контакт", u"New contact", u"Nuevo contacto", u"Novo contato"},
        {"contact_deleted", 9, S::Empty, nullptr, u"Контакт удален", u"Contact deleted", u"Contacto eliminado", u"Contato excluído"},
        {"contact_restored", 10, S::Empty, nullptr, u"Контакт восстановлен", u"Contact restored", u"Contacto restaurado", u"Contato restaurado"},
        {"contact_linked", 22, S::Link, nullptr, u"Прикрепление контакта", u"Contact linked", u"Contacto vinculado", u"Contato vinculado"},
        {"contact_unlinked", 23, S::Unlink, nullptr, u"Открепление контакта", u"Contact unlinked", u"Contacto desvinculado", u"Contato desvinculado"},
        {"company_added", 3, S::Note, "service_message", u"Новая компания", u"New company", u"Nueva empresa", u"Nova empresa"},
        {"company_deleted", 11, S::Empty, nullptr, u"Компания удалена", u"Company deleted", u"Empresa eliminada", u"Empresa excluída"},
        {"company_restored", 12, S::Empty, nullptr, u"Компания восстановлена", u"Company restored", u"Empresa restaurada", u"Empresa restaurada"},
        {"company_linked", 24, S::Link, nullptr, u"Прикрепление компании", u"Company linked", u"Empresa vinculada", u"Empresa vinculada"},
        {"company_unlinked", 25, S::Unlink, nullptr, u"Открепление компании", u"Company unlinked", u"Empresa desvinculada", u"Empresa desvinculada"},
        {"customer_added", 4, S::Note, "service_message", u"Новый покупатель", u"New customer", u"Nuevo cliente", u"Novo cliente"},
        {"customer_deleted", 13, S::Empty, nullptr, u"Покупатель удален", u"Customer deleted", u"Cliente eliminado", u"Cliente excluído"},
        {"customer_status_changed", 15, S::CustomerStatus, nullptr, u"Изменение этапа покупателя", u"Customer stage changed", u"Etapa del cliente cambiada", u"Etapa do cliente alterada"},
        {"customer_linked", 26, S::Link, nullptr, u"Прикрепление покупателя", u"Customer linked", u"Cliente vinculado", u"Cliente vinculado"},
        {"customer_unlinked", 27, S::Unlink, nullptr, u"Открепление покупателя", u"Customer unlinked", u"Cliente desvinculado", u"Cliente desvinculado"},
        {"task_added", 5, S::Empty, nullptr, u"Новая задача", u"New task", u"Nueva tarea", u"Nova tarefa"},
        {"task_deleted", 16, S::Empty, nullptr, u"Задача удалена", u"Task deleted", u"Tarea eliminada", u"Tarefa excluída"},
        {"task_completed", 17, S::Empty, nullptr, u"Завершение задачи", u"Task completed", u"Tarea completada", u"Tarefa concluída"},
        {"task_type_changed", 18, S::TaskType, nullptr, u"Изменение типа задачи", u"Task type changed", u"Tipo de tarea cambiado", u"Tipo de tarefa alterado"},
        {"task_text_changed", 19, S::TaskText, nullptr, u"Изменение текста задачи", u"Task text changed", u"Texto de tarea cambiado", u"Texto da tarefa alterado"},
        {"task_deadline_changed", 28, S::TaskDeadline, nullptr, u"Изменение даты исполнения задачи", u"Task deadline changed", u"Fecha límite cambiada", u"Prazo da tarefa alterado"},
        {"task_result_added", 29, S::Note, "task_result", u"Результат по задаче", u"Task result added", u"Resultado de tarea añadido", u"Resultado da tarefa adicionado"},
        {"incoming_call", 30, S::Note, "call_in", u"Входящий звонок", u"Incoming call", u"Llamada entrante", u"Chamada recebida"},
        {"outgoing_call", 31, S::Note, "call_out", u"Исходящий звонок", u"Outgoing call", u"Llamada saliente", u"Chamada realizada"},
        {"incoming_chat_message", 32, S::Message, nullptr, u"Входящее сообщение", u"Incoming chat message", u"Mensaje entrante", u"Mensagem recebida"},
        {"outgoing_chat_message", 33, S::Message, nullptr, u"Исходящее сообщение", u"Outgoing chat message", u"Mensaje saliente", u"Mensagem enviada"},
        {"entity_direct_message", 34, S::Message, nullptr, u"Сообщение внутреннего чата", u"Internal chat message", u"Mensaje del chat interno", u"Mensagem do chat interno"},
        {"incoming_sms", 35, S::Note, "sms_in", u"Входящее SMS", u"Incoming SMS", u"SMS entrante", u"SMS recebido"},
        {"outgoing_sms", 36, S::Note, "sms_out", u"Исходящее SMS", u"Outgoing SMS", u"SMS saliente", u"SMS enviado"},
        {"entity_tag_added", 37, S::Tag, nullptr, u"Теги добавлены", u"Tags added", u"Etiquetas añadidas", u"Tags adicionadas"},
        {"entity_tag_deleted", 38, S::Tag, nullptr, u"Теги убраны", u"Tags removed", u"Etiquetas eliminadas", u"Tags removidas"},
        {"entity_linked", 39, S::Link, nullptr, u"Прикрепление", u"Linked", u"Vinculado", u"Vinculado"},
        {"entity_unlinked", 40, S::Unlink, nullptr, u"Открепление", u"Unlinked", u"Desvinculado", u"Desvinculado"},
        {"sale_field_changed", 41, S::Sale, nullptr, u"Изменение поля “Бюджет”", u"Sale field changed", u"Campo “Venta” cambiado", u"Campo “Venda” alterado"},
        {"name_field_changed", 42, S::Name, nullptr, u"Изменение поля “Название”", u"Name field changed", u"Campo “Nombre” cambiado", u"Campo “Nome” alterado"},
        {"ltv_field_changed", 43, S::Ltv, nullptr, u"Сумма покупок", u"Purchases total changed", u"Total de compras cambiado", u"Total de compras alterado"},
        {"custom_field_value_changed", 44, S::CustomField, nullptr, u"Изменение поля", u"Field changed", u"Campo cambiado", u"Campo alterado"},
        {"entity_responsible_changed", 45, S::Responsible, nullptr, u"Ответственный изменен", u"Responsible user changed", u"Responsable cambiado", u"Responsável alterado"},
        {"robot_replied", 46, S::Helpbot, nullptr, u"Ответ робота", u"Robot replied", u"El robot respondió", u"Robô respondeu"},
        {"intent_identified", 47, S::Helpbot, nullptr, u"Тема вопроса определена", u"Intent identified", u"Intención identificada", u"Intenção identificada"},
        {"nps_rate_added", 48, S::Nps, nullptr, u"Новая оценка NPS", u"New NPS rate", u"Nueva calificación NPS", u"Nova avaliação NPS"},
        {"link_followed", 49, S::Note, "link_followed", u"Переход по ссылке", u"Link followed", u"Enlace seguido", u"Link acessado"},
        {"transaction_added", 50, S::Transaction, nullptr, u"Добавлена покупка", u"Purchase added", u"Compra añadida", u"Compra adicionada"},
        {"common_note_added", 51, S::Note, "common", u"Новое примечание", u"New note", u"Nueva nota", u"Nova nota"},
        {"common_note_deleted", 52, S::Note, "common", u"Примечание удалено", u"Note deleted", u"Nota eliminada", u"Nota excluída"},
        {"attachment_note_added", 53, S::Note, "attachment", u"Добавлен новый файл", u"File added", u"Archivo añadido", u"Arquivo adicionado"},
        {"targeting_in_note_added", 54, S::Note, "targeting_in", u"Добавление в ретаргетинг", u"Added to retargeting", u"Añadido a retargeting", u"Adicionado ao retargeting"},
        {"targeting_out_note_added", 55, S::Note, "targeting_out", u"Удаление из ретаргетинга", u"Removed from retargeting", u"Eliminado de retargeting", u"Removido do retargeting"},
        {"geo_note_added", 56, S::Note, "geolocation", u"Новое примечание с гео-меткой", u"New geolocation note", u"Nueva nota con geolocalización", u"Nova nota com geolocalização"},
        {"service_note_added", 57, S::Note, "service_message", u"Новое системное примечание", u"New service note", u"Nueva nota de servicio", u"Nova nota de serviço"},
        {"site_visit_note_added", 58, S::Note, "site_visit", u"Заход на сайт", u"Website visit", u"Visita al sitio web", u"Visita ao site"},
        {"message_to_cashier_note_added", 59, S::Note, "message_cashier", u"LifePay: Сообщение кассиру", u"LifePay: message to cashier", u"LifePay: mensaje al cajero", u"LifePay: mensagem ao caixa"},
        {"key_action_completed", 60, S::Empty, nullptr, u"Ключевое действие", u"Key action completed", u"Acción clave completada", u"Ação-chave concluída"},
        {"entity_merged", 61, S::Empty, nullptr, u"Выполнено объединение", u"Entities merged", u"Entidades fusionadas", u"Entidades mescladas"},
    };
    return types;
}

int eventTypeIndex(const QString &key)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        const auto &types = eventTypes();
        for (int i = 0; i < types.size(); ++i)
            h.insert(QString::fromLatin1(types[i].key), i);
        return h;
    }();
    return index.value(key, -1);
}

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Lead: return QStringLiteral("lead");
    case EntityKind::Contact: return QStringLiteral("contact");
    case EntityKind::Company: return QStringLiteral("company");
    case EntityKind::Customer: return QStringLiteral("customer");
    case EntityKind::Task: return QStringLiteral("task");
    case EntityKind::CatalogElement: return QStringLiteral("catalog_element");
    }
    return {};
}

QString entityPluralName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Lead: return QStringLiteral("leads");
    case EntityKind::Contact: return QStringLiteral("contacts");
    case EntityKind::Company: return QStringLiteral("companies");
    case EntityKind::Customer: return QStringLiteral("customers");
    case EntityKind::Task: return QStringLiteral("tasks");
    case EntityKind::CatalogElement: return QStringLiteral("catalogs");
    }
    return {};
}

bool entityKindFromPlural(const QString &plural, EntityKind &kind)
{
    for (EntityKind k : {EntityKind::Lead, EntityKind::Contact, EntityKind::Company, EntityKind::Customer}) {
        if (entityPluralName(k) == plural) {
            kind = k;
            return true;
        }
    }
    return false;
}

const QStringList &writableNoteTypes()
{
    static const QStringList types = {
        QStringLiteral("common"), QStringLiteral("call_in"), QStringLiteral("call_out"),
        QStringLiteral("service_message"), QStringLiteral("message_cashier"),
        QStringLiteral("geolocation"), QStringLiteral("sms_in"), QStringLiteral("sms_out"),
        QStringLiteral("extended_service_message"), QStringLiteral("attachment")};
    return types;
}

} // namespace sandbox
