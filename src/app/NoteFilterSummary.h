#pragma once

#include "domain/NoteFilter.h"

#include <QCoreApplication>

namespace amodesk {

// The line above the notes that says which notes the list asks for, and in which order.
class NoteFilterSummary
{
    Q_DECLARE_TR_FUNCTIONS(NoteFilterSummary)
public:
    static QString text(const NoteFilter &filter);
};

} // namespace amodesk
