#pragma once

#include <QComboBox>
#include <QObject>
#include <QString>
#include <QtGlobal>

namespace testing {

// The one widget of type T named `name` inside `parent`, found as KeePassXC's GUI tests find
// theirs, instead of through a getter the product keeps for tests. None, or more than one (a
// dialog of the same form still open), stops the test program saying which: a test must not go
// on with the wrong widget.
template <class T, class Parent>
T *child(const Parent &parent, const QString &name)
{
    const QList<T *> found = (&*parent)->template findChildren<T *>(name);
    if (found.size() != 1)
        qFatal("%lld widgets of type %s named %s", qlonglong(found.size()), T::staticMetaObject.className(), qPrintable(name));
    return found.first();
}

// Picks the entry of `box` that carries `data`; none stops the test program saying which.
inline void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index < 0)
        qFatal("%s offers no %s", qPrintable(box->objectName()), qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

} // namespace testing
