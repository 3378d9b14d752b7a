#pragma once

#include <QString>

namespace sandbox::names {

QString person(quint64 r);   // Russian or Latin first and last name
QString company(quint64 r);
QString lead(quint64 r);
QString noteText(quint64 r);
QString taskText(quint64 r);
QString phone(quint64 r);
QString uuid(quint64 r);
QString street(quint64 r);
QString fileName(quint64 r);
QString catalogItem(quint64 r);

} // namespace sandbox::names
