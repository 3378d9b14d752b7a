#pragma once

#include "Output.h"
#include "describe/EventDescriber.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <functional>
#include <memory>

namespace amodesk {
class AccountDirectory;
class EntityNames;
class NoteTexts;
}

namespace amodesk::cli {

class CliContext;

// Table and CSV rows in names, as the app shows them: users, stages, fields and event types
// from the account's directory, entities by name, notes by their text. What a page needs is
// asked for when it arrives; the page is held until the answers are in, and pages are printed
// in the order they came. When the names cannot be read the rows show ids, with a warning.
// JSON output is the items as the API gave them, and asks for nothing more.
class NamedRows : public QObject
{
    Q_OBJECT
public:
    // notesOf: the notes' entity type (leads, contacts...); empty for events.
    NamedRows(CliContext &cli, Format format, const QString &notesOf = {});
    ~NamedRows() override;

    void addPage(const QJsonArray &items);
    void finish(); // waits until every page held is printed
    // One item of a get command: its JSON as the API gave it, or a row.
    static void printOne(CliContext &cli, Format format, const QJsonObject &item, const QString &notesOf = {});

    static QStringList eventColumns();
    static QStringList noteColumns();
    QStringList eventRow(const QJsonObject &json) const;
    QStringList noteRow(const QJsonObject &json) const;

private:
    void printReady();

    CliContext &m_cli;
    Format m_format;
    Output m_output;
    QString m_notesOf;
    std::unique_ptr<AccountDirectory> m_directory;
    EntityNames *m_names = nullptr;
    NoteTexts *m_noteTexts = nullptr;
    EventDescriber m_describer{nullptr};
    bool m_directoryAsked = false;
    bool m_directoryRead = false;
    QHash<QString, QString> m_noteTextOfEvent;
    QList<QJsonArray> m_held;
};

} // namespace amodesk::cli
