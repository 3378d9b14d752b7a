#pragma once

#include <QString>
#include <QTextStream>

// Each benchmark prints its figures as "name = value unit", one a line, and returns 0 when it ran.
int runSyncBenchmark(QTextStream &out);
int runEventsBenchmark(QTextStream &out);
QString programBesideUs(const QString &name);
