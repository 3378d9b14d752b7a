#pragma once

#include <QString>

namespace amodesk::cli {

class CliContext;

int accountCommand(CliContext &cli, const QString &verb);
int eventsCommand(CliContext &cli, const QString &verb);
int notesCommand(CliContext &cli, const QString &verb);
int widgetsCommand(CliContext &cli, const QString &verb);
int salesbotCommand(CliContext &cli, const QString &verb);
int buttonCommand(CliContext &cli, const QString &verb);
int revertEvents(CliContext &cli); // events revert
int journalCommand(CliContext &cli, const QString &verb);
int entitiesCommand(CliContext &cli, const QString &verb);

} // namespace amodesk::cli
