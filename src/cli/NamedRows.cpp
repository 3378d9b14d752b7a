#include "NamedRows.h"

#include "CliContext.h"
#include "Output.h"
#include "Translations.h"
#include "describe/NoteDescriber.h"
#include "domain/EntityTypeNames.h"
#include "domain/Note.h"
#include "domain/TimeText.h"
#include "services/AccountDirectory.h"
#include "services/EntityNames.h"
#include "services/NoteTexts.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace amodesk::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(cli) };
}

NamedRows::NamedRows(CliContext &cli, Format format, const QString &notesOf)
    : m_cli(cli), m_format(format), m_output(cli.out, format, notesOf.isEmpty() ? eventColumns() : noteColumns()), m_notesOf(notesOf),
      m_directory(std::make_unique<AccountDirectory>(cli.api())), m_names(new EntityNames(cli.api(), this)),
      m_noteTexts(new NoteTexts(cli.api(), this))
{
    m_describer.setNames(m_names);
    connect(m_noteTexts, &NoteTexts::arrived, this, [this](const QHash<QString, QString> &texts) { m_noteTextOfEvent.insert(texts); });
    connect(m_noteTexts, &NoteTexts::idle, this, &NamedRows::printReady);
    connect(m_names, &EntityNames::idle, this, &NamedRows::printReady);
    connect(m_directory.get(), &AccountDirectory::loaded, this, [this] {
        m_directoryRead = true;
        printReady();
    });
    connect(m_directory.get(), &AccountDirectory::failed, this, [this](const ApiError &error) {
        m_cli.err << Tr::tr("warning: the account's names could not be read (%1); ids are shown instead").arg(error.message()) << Qt::endl;
        m_directoryRead = true;
        printReady();
    });
}

NamedRows::~NamedRows() = default;

QStringList NamedRows::eventColumns()
{
    return {Tr::tr("time"), Tr::tr("type"), Tr::tr("entity"), Tr::tr("author"), Tr::tr("change"), Tr::tr("id")};
}

QStringList NamedRows::noteColumns()
{
    return {Tr::tr("id"), Tr::tr("entity"), Tr::tr("type"), Tr::tr("changed"), Tr::tr("summary")};
}

QStringList NamedRows::eventRow(const QJsonObject &json) const
{
    Event e = Event::fromJson(json);
    e.noteText = m_noteTextOfEvent.value(e.id);
    return {isoTime(e.createdAt), m_describer.typeName(e), m_describer.entity(e), m_describer.author(e), m_describer.change(e), e.id};
}

QStringList NamedRows::noteRow(const QJsonObject &json) const
{
    const Note n = Note::fromJson(json);
    return {QString::number(n.id), m_describer.named(singularEntityType(m_notesOf), n.entityId), NoteDescriber::typeName(n.type),
            isoTime(n.updatedAt), NoteDescriber::summary(n.type, n.params)};
}

void NamedRows::printOne(CliContext &cli, Format format, const QJsonObject &item, const QString &notesOf)
{
    if (format == Format::Json) {
        amodesk::cli::printOne(cli.out, format, {}, {}, item);
        return;
    }
    NamedRows rows(cli, format, notesOf);
    rows.addPage(QJsonArray{item});
    rows.finish();
}

void NamedRows::addPage(const QJsonArray &items)
{
    if (m_format == Format::Json) {
        for (const QJsonValue &v : items)
            m_output.add({}, v);
        return;
    }
    // The directory is read with the first page, so a list that fails at once asks for nothing more.
    if (!m_directoryAsked) {
        m_directoryAsked = true;
        m_describer.setDirectory(m_directory.get());
        m_directory->load(apiLanguageCode());
    }
    // Rendering the rows once asks for every name they need; they print when all are in.
    QList<Event> events;
    for (const QJsonValue &v : items) {
        if (m_notesOf.isEmpty()) {
            events << Event::fromJson(v.toObject());
            eventRow(v.toObject());
        } else {
            noteRow(v.toObject());
        }
    }
    m_noteTexts->fetch(events);
    m_held << items;
    printReady();
}

void NamedRows::printReady()
{
    if (!m_directoryRead || m_names->pending() || m_noteTexts->pending())
        return;
    const QList<QJsonArray> pages = std::exchange(m_held, {});
    for (const QJsonArray &page : pages) {
        for (const QJsonValue &v : page)
            m_output.add(m_notesOf.isEmpty() ? eventRow(v.toObject()) : noteRow(v.toObject()), v);
    }
}

void NamedRows::finish()
{
    if (!m_held.isEmpty()) {
        QEventLoop loop;
        auto quitWhenPrinted = [&] {
            if (m_held.isEmpty())
                loop.quit();
        };
        connect(m_noteTexts, &NoteTexts::idle, &loop, quitWhenPrinted, Qt::QueuedConnection);
        connect(m_names, &EntityNames::idle, &loop, quitWhenPrinted, Qt::QueuedConnection);
        connect(m_directory.get(), &AccountDirectory::loaded, &loop, quitWhenPrinted, Qt::QueuedConnection);
        connect(m_directory.get(), &AccountDirectory::failed, &loop, quitWhenPrinted, Qt::QueuedConnection);
        loop.exec();
    }
    m_output.finish();
}

} // namespace amodesk::cli
