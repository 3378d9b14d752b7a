#pragma once

#include <QLineEdit>

class QStringListModel;
class QTimer;

namespace amodesk {

class EntityNames;

// The field that narrows a list to one entity: an id, or a name looked up as it is typed and
// offered as "Name — id". Emptied, it asks for every entity again.
class EntityFilterField : public QLineEdit
{
    Q_OBJECT
public:
    explicit EntityFilterField(QWidget *parent = nullptr);

    void setLookup(EntityNames *names); // nullptr: no account
    void setEntityType(const QString &entityType) { m_entityType = entityType; }

Q_SIGNALS:
    void picked(qint64 entityId); // 0: every entity
    void emptied();

private:
    void pick(const QString &text);
    void offer(const QString &entityType, const QList<QPair<qint64, QString>> &entities);

    EntityNames *m_names = nullptr;
    QString m_entityType;
    QStringListModel *m_offers;
    QTimer *m_delay;
};

} // namespace amodesk
