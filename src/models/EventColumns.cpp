#include "EventColumns.h"
#include "domain/TimeText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace amodesk::EventColumns {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(EventTableModel) };
}

QVariant data(const Event &e, int column, int role, const EventDescriber &d, bool highlighted)
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Time: return shortTime(e.createdAt);
        case Type: return d.typeName(e);
        case Entity: return d.entity(e);
        case Author: return d.author(e);
        case Change: return d.change(e);
        }
        break;
    case Qt::ToolTipRole:
        return column == Change ? d.change(e) : QVariant();
    case Qt::FontRole:
        if (highlighted) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case HighlightRole:
        return highlighted;
    case CreatedAtRole:
        return e.createdAt;
    case EventIdRole:
        return e.id;
    case SearchTextRole:
        return searchText(e, d);
    }
    return {};
}

QString searchText(const Event &e, const EventDescriber &d)
{
    return QStringList{d.typeName(e), d.entity(e), d.author(e), d.change(e), e.type, e.id}.join(u' ');
}

QVariant header(int section, int role)
{
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return Tr::tr("Time");
    case Type: return Tr::tr("Event");
    case Entity: return Tr::tr("Entity");
    case Author: return Tr::tr("Author");
    case Change: return Tr::tr("Change");
    }
    return {};
}

} // namespace amodesk::EventColumns
