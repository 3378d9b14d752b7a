#pragma once

#include <QList>
#include <QObject>

class QTableView;

namespace amodesk {

// A table's column widths, kept per interface language: widths dragged for English clip
// Russian, whose words are longer. Until the user sets some for the language, the listed
// columns widen to fit the rows the table shows (at most 320 pixels each).
class FittedColumns : public QObject
{
    Q_OBJECT
public:
    struct Column {
        int index;
        int startWidth = 0; // before any row is in; 0: the table's default
    };
    // Restores what was kept under `settingsKey` for the current language.
    FittedColumns(QTableView *table, const QString &settingsKey, const QList<Column> &fitted, QObject *parent);

    void save() const; // what the user set, if anything

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fit();
    bool isStretched(int logical) const;
    QString key() const;

    QTableView *m_table;
    QString m_settingsKey;
    QList<int> m_fitted;
    bool m_kept = false;    // widths the user set (now or earlier): not fitted any more
    bool m_fitting = false; // our own resizing, not the user's
};

} // namespace amodesk
