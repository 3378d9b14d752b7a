#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace amodesk {

class NoteOutbox;
class OutboxModel;

// The outbox, visible: what waits, what failed with the server's reason, what was confirmed;
// failed rows can be retried or discarded.
class OutboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxPanel(QWidget *parent = nullptr);

    void setOutbox(NoteOutbox *outbox);
    void refresh();
    void refreshSoon(); // many changes in a row read the outbox once
    OutboxModel *model() const { return m_model; }
    QString headline() const; // "Outbox: 3 waiting, 1 failed"

Q_SIGNALS:
    void sendRequested();
    void changed();

private:
    void act(bool retry);

    NoteOutbox *m_outbox = nullptr;
    OutboxModel *m_model;
    QTableView *m_table;
    QPushButton *m_retry;
    QPushButton *m_discard;
    QTimer *m_refreshTimer;
};

} // namespace amodesk
