#pragma once

#include "Validation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace amodesk {

// Client-side checks of what the write endpoints document, run before anything is sent.

// One line saying what a note is: its text, or phone and duration, address, file name...
QString noteSummary(const QJsonObject &params);

// A note to add (or, with forEdit, to edit) under /api/v4/{entity}/notes (seed 004).
// entityRequired: added through /{entity}/notes rather than /{entity}/{id}/notes.
ValidationIssues checkNote(const QJsonObject &note, bool forEdit, bool entityRequired);
const QStringList &writableNoteTypes();
const QStringList &noteEntityTypes(); // leads, contacts, companies, customers
constexpr int kMaxEntitiesPerWrite = 250;

// Widget settings against its settings_template (seed 003).
ValidationIssues checkWidgetSettings(const QJsonArray &settingsTemplate, const QJsonObject &settings);

// The body of POST /api/v4/{salesbot|marketingbot}/{bot_id}/continue/{continue_id} (seed 003).
ValidationIssues checkBotContinue(const QJsonObject &payload);
constexpr int kMaxBotHandlers = 10;
constexpr int kMaxShowValueLength = 80;
constexpr int kMaxBotButtons = 25;

} // namespace amodesk
