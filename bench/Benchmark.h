#pragma once

#include <QString>
#include <QTextStream>

// Each benchmark prints its figures as "name = value unit", one a line, and returns 0 when it ran.
int runSyncBenchmark(QTextStream &out);
int runSyncAfterBenchmark(QTextStream &out);
int runSyncPairBenchmark(QTextStream &out);
int runSyncAppBenchmark(QTextStream &out);
int runSyncJitterBenchmark(QTextStream &out);
int runNotesWriteBenchmark(QTextStream &out);
int runEventsBenchmark(QTextStream &out);
int runRevertBenchmark(QTextStream &out);
