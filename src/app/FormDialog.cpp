#include "FormDialog.h"

#include "Tones.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShowEvent>

namespace amodesk {

FormDialog::FormDialog(QWidget *parent) : QDialog(parent) {}

void FormDialog::setForm(QLabel *error, QDialogButtonBox *buttons)
{
    m_error = error;
    m_error->setWordWrap(true);
    m_error->hide();
    connect(buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, [this] { cancel(); });
}

void FormDialog::showEvent(QShowEvent *event)
{
    if (m_closed && !event->spontaneous()) {
        m_closed = false;
        clearIssues();
        load();
    }
    QDialog::showEvent(event);
}

void FormDialog::done(int result)
{
    m_closed = true;
    m_applying = false;
    QDialog::done(result);
}

QString FormDialog::problems() const
{
    return m_error && !m_error->isHidden() ? m_error->text() : QString();
}

void FormDialog::accept()
{
    if (m_applying)
        return;
    clearIssues();
    const Issues issues = validate();
    if (!issues.isEmpty()) {
        showIssues(issues);
        return;
    }
    m_applying = true;
    apply();
}

void FormDialog::finished()
{
    m_applying = false;
    QDialog::accept();
}

void FormDialog::failed(const QString &message)
{
    m_applying = false;
    showIssues({{message, nullptr}});
}

void FormDialog::applied(const QString &report)
{
    m_applying = false;
    if (!m_error)
        return;
    m_error->setStyleSheet(toneStyle(Tone::Success));
    m_error->setText(report);
    m_error->show();
}

void FormDialog::working(const QString &status, bool canRestart)
{
    m_applying = !canRestart;
    if (!m_error)
        return;
    m_error->setStyleSheet({});
    m_error->setText(status);
    m_error->show();
}

void FormDialog::showIssues(const Issues &issues)
{
    QStringList lines;
    bool focused = false;
    for (const Issue &issue : issues) {
        lines << issue.text;
        if (!issue.field)
            continue;
        markWrong(issue.field);
        if (!focused) {
            issue.field->setFocus();
            focused = true;
        }
    }
    if (!m_error)
        return;
    m_error->setStyleSheet(toneStyle(Tone::Error)); // taken now: the palette may have changed
    m_error->setText(lines.join(u'\n'));
    m_error->setVisible(!lines.isEmpty());
}

void FormDialog::clearIssues()
{
    for (const QPointer<QWidget> &field : std::as_const(m_marked)) {
        if (field)
            field->setStyleSheet({});
    }
    m_marked.clear();
    if (m_error) {
        m_error->clear();
        m_error->hide();
    }
}

// What was said about a field stops applying once it is edited.
void FormDialog::markWrong(QWidget *field)
{
    field->setStyleSheet(wrongFieldBorder());
    m_marked.append(field);
    auto forget = [this, field] {
        field->setStyleSheet({});
        if (m_error)
            m_error->hide();
    };
    if (auto *line = qobject_cast<QLineEdit *>(field))
        connect(line, &QLineEdit::textEdited, this, forget, Qt::SingleShotConnection);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        connect(text, &QPlainTextEdit::textChanged, this, forget, Qt::SingleShotConnection);
    else if (auto *date = qobject_cast<QDateTimeEdit *>(field))
        connect(date, &QDateTimeEdit::dateTimeChanged, this, forget, Qt::SingleShotConnection);
    else if (auto *box = qobject_cast<QComboBox *>(field))
        connect(box, &QComboBox::currentIndexChanged, this, forget, Qt::SingleShotConnection);
}

} // namespace amodesk
