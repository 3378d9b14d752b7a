#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;

namespace amodesk {

// A dialog whose form is checked before it closes, as every fixed form of the app is:
// - load() fills the fields from what the form edits: the subclass's constructor ends with it,
//   and it runs again when the dialog opens anew after closing, so nothing typed and cancelled
//   comes back;
// - validate() names what is wrong, each issue with the field it is about;
// - apply() does what the form asks, at once (the default closes the dialog) or later, when a
//   request answers: then it calls finished() or failed(message), or applied(report) when the
//   dialog stays open for more (a bot continued, and the next step to continue);
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

    virtual void load() {}
    virtual Issues validate() { return {}; }
    virtual void apply() { finished(); }
    void finished();                       // applied: the dialog closes
    void failed(const QString &message);   // not applied: said, and the dialog stays
    void applied(const QString &report);   // applied, said, and the dialog stays
    // What apply() is waiting for, said plainly. With canRestart, OK starts it again (a browser
    // tab the user closed); otherwise OK waits for the end.
    void working(const QString &status, bool canRestart = false);
    bool isApplying() const { return m_applying; }

    // The form's label for what is wrong, hidden until needed, and its buttons: OK ends in
    // accept(), Cancel in cancel().
    void setForm(QLabel *error, QDialogButtonBox *buttons);
    virtual void cancel() { reject(); } // a form with something worth keeping may ask first
    void showIssues(const Issues &issues);
    void clearIssues();

    void showEvent(QShowEvent *event) override;
    void done(int result) override;

private:
    void markWrong(QWidget *field);

    QPointer<QLabel> m_error;
    QList<QPointer<QWidget>> m_marked;
    bool m_applying = false;
    bool m_closed = false; // since it last showed: the next show loads the fields again
};

} // namespace amodesk
