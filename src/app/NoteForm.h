#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace amodesk {

// The params each writable note type takes (seed 004), as the editor lays them out.
struct NoteParamSpec {
    enum class Kind { Line, Text, Number, Choice };
    QString key;
    QString label;
    Kind kind = Kind::Line;
    bool required = true;
    QString placeholder;
};

class NoteForm
{
    Q_DECLARE_TR_FUNCTIONS(NoteForm)
public:
    static QList<NoteParamSpec> params(const QString &noteType);
    static QList<QPair<QString, QString>> cashierStatuses(); // value, words
};

} // namespace amodesk
