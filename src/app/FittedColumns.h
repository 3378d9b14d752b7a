#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace amodesk {

// A table's column widths, kept per interface language: widths dragged (or fitted) for English
// clip Russian, whose words are longer. Until some are kept for the language, the listed
// columns fit the rows the table first shows (at most 320 pixels).
class FittedColumns : public QObject
{
    Q_OBJECT
public:
    // Restores what was kept under `settingsKey` for the current language.
    FittedColumns(QTableView *table, const QString &settingsKey, const QList<int> &fitted, QObject *parent);

    void save() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitOnce(); // the first time rows show, unless widths were kept
    QString key() const;

    QTableView *m_table;
    QString m_settingsKey;
    QList<int> m_fitted;
    bool m_done = false;
};

} // namespace amodesk
