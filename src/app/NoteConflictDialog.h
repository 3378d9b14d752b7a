#pragma once

#include <QDialog>
#include <QJsonObject>

namespace amodesk {

// A note changed on the server after AmoDesk loaded it: shows what was loaded, what the
// server has now and what the user wants to write, and asks which wins.
class NoteConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { KeepMine = QDialog::Accepted + 1, KeepTheirs };

    NoteConflictDialog(const QJsonObject &loaded, const QJsonObject &server, const QJsonObject &mine, QWidget *parent = nullptr);
};

} // namespace amodesk
