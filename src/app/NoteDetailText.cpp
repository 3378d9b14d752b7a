#include "NoteDetailText.h"

#include "NoteTableModel.h"
#include "describe/NoteDescriber.h"
#include "domain/Note.h"
#include "domain/TimeText.h"

#include <QJsonDocument>

namespace amodesk {

namespace {
QString escaped(const QString &text) { return text.toHtmlEscaped(); }
} // namespace

QString NoteDetailText::html(const Note &n, const NoteTableModel &model, const QString &baseUrl)
{
    const QString entityType = model.entityType();
    QString body = QStringLiteral("<h3>%1</h3>").arg(escaped(NoteDescriber::typeName(n.type)));
    if (!n.isWritable())
        body += QStringLiteral("<p><i>%1</i></p>").arg(escaped(tr("AmoDesk shows this type but cannot write it.")));
    body += QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                .arg(escaped(baseUrl + QStringLiteral("/%1/detail/").arg(entityType) + QString::number(n.entityId)), escaped(tr("Open %1 in the browser").arg(model.entityLabel(n))));
    body += QStringLiteral("<table>");
    auto row = [&](const QString &label, const QString &value) {
        body += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>").arg(escaped(label), escaped(value));
    };
    row(tr("Note ID"), QString::number(n.id));
    row(tr("Created"), tr("%1 by %2").arg(longTime(n.createdAt), model.userName(n.createdBy)));
    row(tr("Changed"), tr("%1 by %2").arg(longTime(n.updatedAt), model.userName(n.updatedBy)));
    row(tr("Responsible"), model.userName(n.responsibleUserId));
    for (auto it = n.params.begin(); it != n.params.end(); ++it) {
        QString value = it.value().isObject() || it.value().isArray() ? QString::fromUtf8(QJsonDocument::fromVariant(it.value().toVariant()).toJson(QJsonDocument::Compact))
                                                                     : it.value().toVariant().toString();
        if (it.key() == u"duration")
            value = NoteDescriber::duration(it.value().toVariant().toLongLong());
        row(it.key(), value);
    }
    body += QStringLiteral("</table><h4>%1</h4><pre>%2</pre>")
                .arg(escaped(tr("Raw JSON")), escaped(n.rawText()));
    return body;
}

} // namespace amodesk
