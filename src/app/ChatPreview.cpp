#include "ChatPreview.h"

#include "button/CssColor.h"

#include <QPainter>
#include <QPainterPath>

namespace amodesk {

namespace {
constexpr int kHeader = 48;
constexpr int kDefaultCompose = 56;

QColor colorOr(const QString &css, const QColor &fallback)
{
    const auto c = parseCssColor(css);
    return c ? QColor(c->r, c->g, c->b, c->a) : fallback;
}

// What the chat itself shows in each of its languages when a string is not overridden.
QString chatDefault(const QString &locale, const QString &key)
{
    static const QHash<QString, QStringList> texts{
        {QStringLiteral("ru"), {QStringLiteral("Написать сообщение..."), QStringLiteral("Прочитано"), QStringLiteral("Онлайн-чат")}},
        {QStringLiteral("en"), {QStringLiteral("Write a message..."), QStringLiteral("Read"), QStringLiteral("Online chat")}},
        {QStringLiteral("es"), {QStringLiteral("Escribe un mensaje..."), QStringLiteral("Leído"), QStringLiteral("Chat en línea")}},
        {QStringLiteral("pt"), {QStringLiteral("Escreva uma mensagem..."), QStringLiteral("Lido"), QStringLiteral("Chat online")}}};
    const QStringList t = texts.value(locale.isEmpty() ? QStringLiteral("ru") : locale, texts.value(QStringLiteral("ru")));
    if (key == u"compose_placeholder")
        return t.at(0);
    if (key == u"delivery_status_read")
        return t.at(1);
    return t.at(2);
}
} // namespace

ChatPreview::ChatPreview(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(260, 300);
    setObjectName(QStringLiteral("chatPreview"));
}

void ChatPreview::setConfig(const ChatButtonConfig &config)
{
    m_config = config;
    update();
}

QRect ChatPreview::panelRect() const
{
    return QRect(10, 10, width() - 20, height() - 90);
}

QRect ChatPreview::headerRect() const
{
    if (m_config.headerHidden)
        return {};
    const QRect p = panelRect();
    return QRect(p.left(), p.top(), p.width(), kHeader);
}

QRect ChatPreview::composeRect() const
{
    const QRect p = panelRect();
    const int h = m_config.composeHeight > 0 ? m_config.composeHeight : kDefaultCompose;
    return QRect(p.left(), p.bottom() - h + 1, p.width(), h);
}

QRect ChatPreview::buttonRect() const
{
    return QRect(width() - 70, height() - 70, 56, 56);
}

QString ChatPreview::placeholderShown() const
{
    const QString own = m_config.strings.value(QStringLiteral("compose_placeholder"));
    return own.isEmpty() ? chatDefault(m_config.localeExtends, QStringLiteral("compose_placeholder")) : own;
}

void ChatPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().window());
    const ChatButtonConfig &c = m_config;
    const QColor accent(0x1f, 0x8c, 0xeb);
    const QRect panel = panelRect();
    if (c.mode == u"frame") { // the chat fills an element of the page
        p.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
        p.drawRect(panel.adjusted(-4, -4, 4, 4));
        p.drawText(QRect(panel.left(), panel.bottom() + 6, panel.width(), 16), Qt::AlignLeft, c.container);
    }
    p.fillRect(panel, colorOr(c.background, Qt::white));
    int top = panel.top();
    if (!c.headerHidden) {
        const QRect header = headerRect();
        p.fillRect(header, colorOr(c.headerBackground, accent));
        p.setPen(colorOr(c.headerColor, Qt::white));
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(header.adjusted(14, 0, -14, 0), Qt::AlignVCenter | Qt::AlignLeft, chatDefault(c.localeExtends, QStringLiteral("title")));
        p.setFont(font());
        top = header.bottom() + 1;
    }
    const QColor system = colorOr(c.systemColor, QColor(0x8a, 0x96, 0xa3));
    p.setPen(system);
    p.drawText(QRect(panel.left(), top + 8, panel.width(), 18), Qt::AlignHCenter, c.dateFormat.isEmpty() ? QStringLiteral("21.11.2026") : c.dateFormat);
    auto bubble = [&](const QRect &r, const QColor &bg, const QColor &fg, const QString &text) {
        QPainterPath path;
        path.addRoundedRect(r, 12, 12);
        p.fillPath(path, bg);
        p.setPen(fg);
        p.drawText(r.adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::TextWordWrap, text);
    };
    const int w = panel.width() * 2 / 3;
    bubble(QRect(panel.left() + 12, top + 34, w, 40), colorOr(c.incomingBackground, QColor(0xee, 0xf1, 0xf4)),
           colorOr(c.incomingColor, QColor(0x31, 0x39, 0x42)), tr("Hello! How can we help?"));
    bubble(QRect(panel.right() - 12 - w, top + 86, w, 40), colorOr(c.outgoingBackground, accent), colorOr(c.outgoingColor, Qt::white),
           tr("Is my order on its way?"));
    p.setPen(system);
    const QString read = c.strings.value(QStringLiteral("delivery_status_read"));
    p.drawText(QRect(panel.left(), top + 130, panel.width() - 14, 16), Qt::AlignRight,
               (c.timeFormat.isEmpty() ? QStringLiteral("12:30") : c.timeFormat) + QStringLiteral(" · ")
                   + (read.isEmpty() ? chatDefault(c.localeExtends, QStringLiteral("delivery_status_read")) : read));
    const QRect compose = composeRect();
    p.setPen(QColor(0xdd, 0xe1, 0xe6));
    p.drawLine(compose.topLeft(), compose.topRight());
    p.setPen(system);
    p.drawText(compose.adjusted(14, 8, -60, -8), Qt::AlignTop | Qt::AlignLeft, placeholderShown());
    p.setPen(Qt::NoPen);
    p.setBrush(colorOr(c.composeButtonBackground, accent));
    p.drawEllipse(QRect(compose.right() - 44, compose.top() + 10, 32, 32));
    const QRect button = buttonRect();
    if (c.hidden) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette().mid().color(), 1, Qt::DashLine));
    } else {
        p.setBrush(colorOr(c.color, accent));
    }
    p.drawEllipse(button);
}

} // namespace amodesk
