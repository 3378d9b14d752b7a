#pragma once

#include <QObject>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;
class QTimer;

namespace amodesk {

class EntityNames;

// Makes a field of comma-separated entity ids pickable by name: a word typed after the last
// comma is looked up and offered as "Name — id" (choosing one puts its id there), and the
// label below says the names of the ids the field holds.
class EntityPicker : public QObject
{
    Q_OBJECT
public:
    EntityPicker(QLineEdit *ids, QLabel *names, EntityNames *lookup, const QString &entityType, QObject *parent);


private:
    void showNames();
    void searchLastWord();
    void offer(const QString &entityType, const QList<QPair<qint64, QString>> &entities);
    void insert(const QString &choice);
    QString lastWord() const;

    QLineEdit *m_ids;
    QLabel *m_names;
    EntityNames *m_lookup;
    QString m_entityType;
    QStringListModel *m_offers;
    QCompleter *m_completer;
    QTimer *m_delay;
};

} // namespace amodesk
