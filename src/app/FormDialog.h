#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;

namespace amodesk {

// A dialog whose form is checked before it closes, as every fixed form of the app is:
// - validate() names what is wrong, each issue with the field it is about;
// - apply() does what the form asks, at once (the default closes the dialog) or later, when a
//   request answers: then it calls finished() or failed(message);
// - the issues show in one label (the form's "error" or "errors"), in the palette's error tone,
//   and the fields they are about get the wrong-field border until they are edited.
// OK and Enter end in accept(), which runs validate() then apply(); while apply() is under
// way, accept() does nothing.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FormDialog(QWidget *parent = nullptr);

    void accept() override;
    QString problems() const; // what the error label says now

protected:
    struct Issue {
        QString text;
        QWidget *field = nullptr; // marked wrong until edited; focused when it is the first
    };
    using Issues = QList<Issue>;

    virtual Issues validate() { return {}; }
    virtual void apply() { finished(); }
    void finished();                       // applied: the dialog closes
    void failed(const QString &message);   // not applied: said, and the dialog stays
    // What apply() is waiting for, said plainly. With canRestart, OK starts it again (a browser
    // tab the user closed); otherwise OK waits for the end.
    void working(const QString &status, bool canRestart = false);
    bool isApplying() const { return m_applying; }

    void setErrorLabel(QLabel *label); // the form's label for what is wrong, hidden until needed
    void showIssues(const Issues &issues);
    void clearIssues();

private:
    void markWrong(QWidget *field);

    QPointer<QLabel> m_error;
    QList<QPointer<QWidget>> m_marked;
    bool m_applying = false;
};

} // namespace amodesk
