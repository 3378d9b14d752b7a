#include "EntityPicker.h"

#include "services/EntityNames.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QTimer>

namespace amodesk {

namespace {
constexpr int kPopupWidth = 380; // names are longer than the ids the field is sized for
const QString kSeparator = QStringLiteral(" — ");
}

EntityPicker::EntityPicker(QLineEdit *ids, QLabel *names, EntityNames *lookup, const QString &entityType, QObject *parent)
    : QObject(parent), m_ids(ids), m_names(names), m_lookup(lookup), m_entityType(entityType), m_offers(new QStringListModel(this)),
      m_completer(new QCompleter(m_offers, this)), m_delay(new QTimer(this))
{
    m_names->setWordWrap(true);
    m_names->setObjectName(QStringLiteral("entityNames"));
    m_completer->setObjectName(QStringLiteral("completer"));
    m_completer->setWidget(m_ids);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &EntityPicker::searchLastWord);
    connect(m_ids, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_ids, &QLineEdit::textChanged, this, &EntityPicker::showNames);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &EntityPicker::insert);
    connect(m_lookup, &EntityNames::arrived, this, &EntityPicker::showNames);
    connect(m_lookup, &EntityNames::found, this, &EntityPicker::offer);
    showNames();
}

QString EntityPicker::lastWord() const
{
    return m_ids->text().section(u',', -1).trimmed();
}

void EntityPicker::showNames()
{
    QStringList said;
    for (const QString &word : m_ids->text().split(u',', Qt::SkipEmptyParts)) {
        bool isId = false;
        const qint64 id = word.trimmed().toLongLong(&isId);
        if (!isId)
            continue;
        const QString name = m_lookup->name(m_entityType, id);
        said << (name.isEmpty() ? QStringLiteral("#%1").arg(id) : QStringLiteral("«%1» #%2").arg(name).arg(id));
    }
    m_names->setText(said.join(QStringLiteral(", ")));
    m_names->setVisible(!said.isEmpty());
}

void EntityPicker::searchLastWord()
{
    const QString word = lastWord();
    bool isId = false;
    word.toLongLong(&isId);
    if (!isId && word.size() >= 2)
        m_lookup->search(m_entityType, word);
}

void EntityPicker::offer(const QString &entityType, const QList<QPair<qint64, QString>> &entities)
{
    if (entityType != m_entityType || !m_ids->hasFocus())
        return;
    QStringList offers;
    for (const auto &e : entities)
        offers << e.second + kSeparator + QString::number(e.first);
    m_offers->setStringList(offers);
    m_completer->setCompletionPrefix(lastWord());
    m_completer->complete(QRect(0, 0, qMax(m_ids->width(), kPopupWidth), m_ids->height()));
}

void EntityPicker::insert(const QString &choice)
{
    const QString id = choice.section(kSeparator, -1);
    const QString text = m_ids->text();
    const qsizetype cut = text.lastIndexOf(u',');
    m_ids->setText(cut < 0 ? id : text.left(cut + 1) + u' ' + id);
}

} // namespace amodesk
