#include "EventDetailText.h"

#include "describe/EventDescriber.h"
#include "domain/Event.h"
#include "domain/TimeText.h"

#include <QJsonDocument>

namespace amodesk {

namespace {
QString escaped(const QString &text) { return text.toHtmlEscaped(); }
} // namespace

QString EventDetailText::html(const Event &e, const EventDescriber &d, const QString &baseUrl)
{
    QString text = QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(escaped(d.typeName(e)));
    auto row = [&text](const QString &label, const QString &value) {
        text += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    row(tr("When"), escaped(longTime(e.createdAt)));
    const QString path = EventDescriber::entityUrlPath(e.entityType);
    const QString entity = escaped(d.entity(e));
    row(tr("Entity"), path.isEmpty() || baseUrl.isEmpty() ? entity
        : QStringLiteral("<a href='%1/%2/detail/%3'>%4</a>").arg(baseUrl, path).arg(e.entityId).arg(entity));
    if (e.linkedTalkContactId)
        row(tr("Contact of the chat"), baseUrl.isEmpty() ? escaped(d.named(QStringLiteral("contact"), e.linkedTalkContactId))
            : QStringLiteral("<a href='%1/contacts/detail/%2'>%3</a>").arg(baseUrl).arg(e.linkedTalkContactId).arg(escaped(d.named(QStringLiteral("contact"), e.linkedTalkContactId))));
    row(tr("Author"), escaped(d.author(e)));
    QStringList before, after;
    for (const EventChange &c : e.before)
        before << escaped(d.change(c));
    for (const EventChange &c : e.after) // a note says what the row says: its text, once known
        after << escaped(c.kind == EventChange::Kind::Note && !e.noteText.isEmpty() ? d.change(e) : d.change(c));
    if (!before.isEmpty())
        row(tr("Before"), before.join(QStringLiteral("<br>")));
    if (!after.isEmpty())
        row(tr("After"), after.join(QStringLiteral("<br>")));
    row(tr("Event ID"), escaped(e.id));
    row(tr("Type key"), escaped(e.type));
    text += QStringLiteral("</table><h4>%1</h4><pre>%2</pre>").arg(tr("As amoCRM sent it"), escaped(QString::fromUtf8(QJsonDocument(e.raw).toJson(QJsonDocument::Indented))));
    return text;
}

} // namespace amodesk
