#include "Endpoints.h"
#include "Responses.h"

#include <QUrl>

namespace sandbox {

namespace {
constexpr int kMaxWidgetsLimit = 250;

QJsonObject widgetJson(const RequestContext &ctx, const WidgetRec &w, bool withSettings)
{
    QJsonObject o{{QStringLiteral("id"), w.id}, {QStringLiteral("code"), w.code}, {QStringLiteral("version"), w.version},
                  {QStringLiteral("rating"), w.rating}, {QStringLiteral("settings_template"), w.settingsTemplate},
                  {QStringLiteral("is_lead_source"), w.isLeadSource}, {QStringLiteral("is_work_with_dp"), w.isWorkWithDp},
                  {QStringLiteral("is_crm_template"), w.isCrmTemplate},
                  {QStringLiteral("client_uuid"), w.clientUuid.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(w.clientUuid)},
                  {QStringLiteral("is_active_in_account"), w.installed}, {QStringLiteral("pipeline_id"), idOrNull(w.pipelineId)},
                  {QStringLiteral("_links"), selfLink(ctx.href(QStringLiteral("/api/v4/widgets/") + w.code))}};
    // settings go only to the integration the widget is linked with
    if (withSettings && w.installed && !w.clientUuid.isEmpty() && w.clientUuid == ctx.clientId)
        o[QStringLiteral("settings")] = w.settings;
    return o;
}

QJsonArray checkSettings(const RequestContext &ctx, const WidgetRec &w, const QJsonObject &settings)
{
    QJsonArray errors;
    for (const QJsonValue &v : w.settingsTemplate) {
        const QJsonObject f = v.toObject();
        const QString key = f.value(QStringLiteral("key")).toString();
        const QString type = f.value(QStringLiteral("type")).toString();
        const QJsonValue value = settings.value(key);
        const bool missing = value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty())
            || (value.isObject() && value.toObject().isEmpty());
        if (missing) {
            if (f.value(QStringLiteral("is_required")).toBool())
                errors.append(fieldError(QStringLiteral("NotBlank"), key, QStringLiteral("This value should not be blank.")));
            continue;
        }
        if ((type == u"text" || type == u"pass") && !value.isString()) {
            errors.append(fieldError(QStringLiteral("InvalidType"), key, QStringLiteral("This value should be of type string.")));
        } else if (type == u"users" || type == u"users_lp") {
            if (!value.isObject()) {
                errors.append(fieldError(QStringLiteral("InvalidType"), key, QStringLiteral("This value should be an object keyed by user ID.")));
                continue;
            }
            const QJsonObject byUser = value.toObject();
            for (auto it = byUser.begin(); it != byUser.end(); ++it) {
                if (!ctx.data.user(it.key().toInt())) {
                    errors.append(fieldError(QStringLiteral("NotFound"), key + u'.' + it.key(), QStringLiteral("No such user in the account")));
                } else if (type == u"users" && !(it.value().isString() || it.value().isDouble())) {
                    errors.append(fieldError(QStringLiteral("InvalidType"), key + u'.' + it.key(), QStringLiteral("The extension should be a string.")));
                } else if (type == u"users_lp") {
                    const QJsonObject lp = it.value().toObject();
                    if (lp.value(QStringLiteral("login")).toString().isEmpty() || lp.value(QStringLiteral("password")).toString().isEmpty())
                        errors.append(fieldError(QStringLiteral("NotBlank"), key + u'.' + it.key(), QStringLiteral("login and password are required")));
                }
            }
        }
    }
    return errors;
}
} // namespace

HttpResponse handleWidgets(RequestContext &ctx)
{
    const QStringList &s = ctx.segments;
    const QByteArray &m = ctx.request.method;
    if (s.size() == 1) {
        if (m != "GET")
            return problem(405, QStringLiteral("Method not allowed"));
        const PageRequest page = readPage(ctx.query, kMaxWidgetsLimit);
        const auto &all = ctx.data.widgets;
        const qsizetype from = qsizetype(page.page - 1) * page.limit;
        if (from >= all.size())
            return noContent();
        QJsonArray items;
        for (qsizetype i = from; i < qMin(all.size(), from + page.limit); ++i)
            items.append(widgetJson(ctx, all.at(i), false));
        return hal(listBody(ctx, QStringLiteral("widgets"), items, page, from + page.limit < all.size()));
    }
    if (s.size() != 2)
        return problem(404, QStringLiteral("Not found"));
    WidgetRec *widget = nullptr;
    for (WidgetRec &w : ctx.data.widgets) {
        if (w.code == s[1])
            widget = &w;
    }
    if (!widget)
        return problem(404, QStringLiteral("Widget not found"));
    if (m == "GET")
        return hal(widgetJson(ctx, *widget, true));
    if ((m == "DELETE" || m == "POST") && !ctx.isAdmin)
        return problem(403, QStringLiteral("Only the account's administrators may install and uninstall widgets"));
    if (m == "DELETE") {
        widget->installed = false;
        widget->settings = {};
        widget->pipelineId = 0;
        return noContent();
    }
    if (m == "POST") {
        QJsonValue body;
        QString parseError;
        if (!readJsonBody(ctx.request, body, &parseError))
            return problem(400, parseError);
        if (!body.isObject())
            return problem(400, QStringLiteral("Settings must be a JSON object"));
        const QJsonArray errors = checkSettings(ctx, *widget, body.toObject());
        if (!errors.isEmpty())
            return validationFailed({requestErrors(QStringLiteral("0"), errors)});
        widget->installed = true;
        widget->settings = body.toObject();
        QJsonObject answer = widgetJson(ctx, *widget, true);
        answer[QStringLiteral("settings")] = widget->settings; // the installing integration sees what it set
        return hal(answer);
    }
    return problem(405, QStringLiteral("Method not allowed"));
}

HttpResponse handleBotContinue(RequestContext &ctx)
{
    const QStringList &s = ctx.segments; // {salesbot|marketingbot}/{bot_id}/continue/{continue_id}
    bool okBot = false, okContinue = false;
    const qint64 botId = s.value(1).toLongLong(&okBot);
    const qint64 continueId = s.value(3).toLongLong(&okContinue);
    if (s.size() != 4 || s[2] != u"continue" || !okBot || !okContinue)
        return problem(404, QStringLiteral("Not found"));
    if (ctx.request.method != "POST")
        return problem(405, QStringLiteral("Method not allowed"));
    if (!ctx.isAdmin) // seed 003: "Метод доступен только с правами администратора аккаунта"
        return problem(403, QStringLiteral("Only the account's administrators may continue a bot"));
    QJsonValue body;
    QString parseError;
    if (!readJsonBody(ctx.request, body, &parseError))
        return problem(400, parseError);
    const QJsonObject o = body.toObject();
    QJsonArray errors;
    const QJsonValue data = o.value(QStringLiteral("data"));
    if (!data.isUndefined() && !data.isObject() && !data.isArray())
        errors.append(fieldError(QStringLiteral("InvalidType"), QStringLiteral("data"), QStringLiteral("data must be an object")));
    const QJsonArray handlers = o.value(QStringLiteral("execute_handlers")).toArray();
    if (handlers.size() > 10)
        errors.append(fieldError(QStringLiteral("TooManyItems"), QStringLiteral("execute_handlers"), QStringLiteral("At most 10 handlers may be passed")));
    for (qsizetype i = 0; i < handlers.size(); ++i) {
        const QJsonObject h = handlers[i].toObject();
        const QString path = QStringLiteral("execute_handlers.%1").arg(i);
        const QString name = h.value(QStringLiteral("handler")).toString();
        const QJsonObject p = h.value(QStringLiteral("params")).toObject();
        if (name == u"show") {
            const QString type = p.value(QStringLiteral("type")).toString();
            if (type != u"text" && type != u"buttons" && type != u"buttons_url")
                errors.append(fieldError(QStringLiteral("NotSupportedChoice"), path + QStringLiteral(".params.type"), QStringLiteral("type must be text, buttons or buttons_url")));
            if (p.value(QStringLiteral("value")).toString().size() > 80)
                errors.append(fieldError(QStringLiteral("TooLong"), path + QStringLiteral(".params.value"), QStringLiteral("value must be at most 80 characters")));
            const QJsonArray buttons = p.value(QStringLiteral("buttons")).toArray();
            if (buttons.size() > 25)
                errors.append(fieldError(QStringLiteral("TooManyItems"), path + QStringLiteral(".params.buttons"), QStringLiteral("At most 25 buttons may be passed")));
            if (type == u"buttons_url") {
                for (const QJsonValue &b : buttons) {
                    const QUrl url(b.toString(), QUrl::StrictMode);
                    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
                        errors.append(fieldError(QStringLiteral("InvalidUrl"), path + QStringLiteral(".params.buttons"), QStringLiteral("Not a valid URL: ") + b.toString()));
                }
            }
        } else if (name == u"goto") {
            const QString type = p.value(QStringLiteral("type")).toString();
            if (type != u"question" && type != u"answer" && type != u"finish")
                errors.append(fieldError(QStringLiteral("NotSupportedChoice"), path + QStringLiteral(".params.type"), QStringLiteral("type must be question, answer or finish")));
            if (!p.value(QStringLiteral("step")).isDouble())
                errors.append(fieldError(QStringLiteral("InvalidType"), path + QStringLiteral(".params.step"), QStringLiteral("step must be a number")));
        } else {
            errors.append(fieldError(QStringLiteral("NotSupportedChoice"), path + QStringLiteral(".handler"), QStringLiteral("handler must be show or goto")));
        }
    }
    if (!errors.isEmpty())
        return validationFailed({requestErrors(QStringLiteral("0"), errors)});
    for (qsizetype i = 0; i < ctx.data.continuations.size(); ++i) {
        const Continuation &c = ctx.data.continuations.at(i);
        if (c.bot == s[0] && c.botId == botId && c.continueId == continueId) {
            ctx.data.continuations.removeAt(i);
            HttpResponse accepted;
            accepted.status = 202;
            return accepted;
        }
    }
    return problem(404, QStringLiteral("No widget is waiting for this continuation"));
}

} // namespace sandbox
