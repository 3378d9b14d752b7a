#include "EntityFilterField.h"

#include "services/EntityNames.h"

#include <QCompleter>
#include <QStringListModel>
#include <QTimer>

namespace amodesk {

namespace {
constexpr int kPopupWidth = 380; // names are longer than the field
const QString kSeparator = QStringLiteral(" — ");
} // namespace

EntityFilterField::EntityFilterField(QWidget *parent)
    : QLineEdit(parent), m_offers(new QStringListModel(this)), m_delay(new QTimer(this))
{
    setObjectName(QStringLiteral("entityPicker"));
    setPlaceholderText(tr("All entities; type an ID or a name"));
    setToolTip(placeholderText());
    setClearButtonEnabled(true);
    setMinimumWidth(200);
    auto *completer = new QCompleter(m_offers, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    setCompleter(completer);
    m_delay->setSingleShot(true);
    m_delay->setInterval(300);
    connect(this, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, [this] {
        if (m_names && text().trimmed().size() >= 2)
            m_names->search(m_entityType, text());
    });
    connect(this, &QLineEdit::returnPressed, this, [this] { pick(text()); });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, &EntityFilterField::pick);
    connect(this, &QLineEdit::textChanged, this, [this](const QString &now) {
        if (now.isEmpty())
            Q_EMIT emptied();
    });
}

void EntityFilterField::setLookup(EntityNames *names)
{
    if (m_names)
        disconnect(m_names, nullptr, this, nullptr); // the previous account's
    m_names = names;
    if (m_names)
        connect(m_names, &EntityNames::found, this, &EntityFilterField::offer);
}

void EntityFilterField::pick(const QString &text)
{
    const QString trimmed = text.trimmed();
    bool ok = false;
    qint64 id = trimmed.toLongLong(&ok);
    if (!ok) // "Name — 123" from the completer
        id = trimmed.section(kSeparator, -1).toLongLong(&ok);
    if (!trimmed.isEmpty() && !ok) {
        if (m_names)
            m_names->search(m_entityType, trimmed);
        return;
    }
    Q_EMIT picked(ok ? id : 0);
}

void EntityFilterField::offer(const QString &, const QList<QPair<qint64, QString>> &entities)
{
    QStringList items;
    for (const auto &e : entities)
        items << e.second + kSeparator + QString::number(e.first);
    m_offers->setStringList(items);
    if (hasFocus()) // as wide as the names, not the field
        completer()->complete(QRect(0, 0, qMax(width(), kPopupWidth), height()));
}

} // namespace amodesk
