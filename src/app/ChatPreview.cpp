#include "ChatPreview.h"

#include "button/CssColor.h"

#include <QLocale>
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

// What the chat itself shows in each of its languages when a string is not overridden, and two
// sample messages in that language: the preview speaks one language, the chat's.
QString chatText(const QString &locale, const QString &key)
{
    static const QStringList keys{QStringLiteral("compose_placeholder"), QStringLiteral("delivery_status_read"), QStringLiteral("title"),
                                  QStringLiteral("sample_incoming"), QStringLiteral("sample_outgoing")};
    static const QHash<QString, QStringList> texts{
        {QStringLiteral("ru"), {QStringLiteral("Написать сообщение..."), QStringLiteral("Прочитано"), QStringLiteral("Онлайн-чат"),
                                QStringLiteral("Здравствуйте! Чем можем помочь?"), QStringLiteral("Мой заказ уже в пути?")}},
        {QStringLiteral("en"), {QStringLiteral("Write a message..."), QStringLiteral("Read"), QStringLiteral("Online chat"),
                                QStringLiteral("Hello! How can we help?"), QStringLiteral("Is my order on its way?")}},
        {QStringLiteral("es"), {QStringLiteral("Escribe un mensaje..."), QStringLiteral("Leído"), QStringLiteral("Chat en línea"),
                                QStringLiteral("¡Hola! ¿En qué podemos ayudarle?"), QStringLiteral("¿Mi pedido ya está en camino?")}},
        {QStringLiteral("pt"), {QStringLiteral("Escreva uma mensagem..."), QStringLiteral("Lido"), QStringLiteral("Chat online"),
                                QStringLiteral("Olá! Como podemos ajudar?"), QStringLiteral("Meu pedido já está a caminho?")}}};
    return texts.value(locale, texts.value(QStringLiteral("en"))).value(keys.indexOf(key));
}
} // namespace

QString ChatPreview::languageShown() const
{
    if (!m_config.localeExtends.isEmpty())
        return m_config.localeExtends;
    // Not set: the chat follows the visitor's browser; the admin's own language stands in for it.
    const QString own = QLocale().name().left(2);
    return QStringList{QStringLiteral("ru"), QStringLiteral("es"), QStringLiteral("pt")}.contains(own) ? own : QStringLiteral("en");
}

QString ChatPreview::shown(const QString &key) const
{
    const QString own = m_config.strings.value(key);
    return own.isEmpty() ? chatText(languageShown(), key) : own;
}

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
    return shown(QStringLiteral("compose_placeholder"));
}

void ChatPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().window());
    const ChatButtonConfig &c = m_config;
    // The button's colour is the chat's too (header, the visitor's messages, the send button)
    // wherever the theme does not set one of its own.
    const QColor accent = colorOr(c.color, QColor(0x1f, 0x8c, 0xeb));
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
        p.drawText(header.adjusted(14, 0, -14, 0), Qt::AlignVCenter | Qt::AlignLeft, shown(QStringLiteral("title")));
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
           colorOr(c.incomingColor, QColor(0x31, 0x39, 0x42)), shown(QStringLiteral("sample_incoming")));
    bubble(QRect(panel.right() - 12 - w, top + 86, w, 40), colorOr(c.outgoingBackground, accent), colorOr(c.outgoingColor, Qt::white),
           shown(QStringLiteral("sample_outgoing")));
    p.setPen(system);
    p.drawText(QRect(panel.left(), top + 130, panel.width() - 14, 16), Qt::AlignRight,
               (c.timeFormat.isEmpty() ? QStringLiteral("12:30") : c.timeFormat) + QStringLiteral(" · ")
                   + shown(QStringLiteral("delivery_status_read")));
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
        p.setBrush(accent);
    }
    p.drawEllipse(button);
}

} // namespace amodesk
