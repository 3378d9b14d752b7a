#include "WidgetSettingsDialog.h"
#include "Tones.h"
#include "domain/JsonText.h"

#include "domain/WriteRules.h"
#include "services/AccountDirectory.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amodesk {

namespace {
constexpr int kUserIdRole = Qt::UserRole + 1;

QLineEdit *secretEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    QAction *reveal = edit->addAction(QIcon::fromTheme(QStringLiteral("view-reveal-symbolic")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(WidgetSettingsDialog::tr("Show"));
    reveal->setToolTip(WidgetSettingsDialog::tr("Show or hide what is typed"));
    QObject::connect(reveal, &QAction::toggled, edit, [edit](bool on) { edit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    return edit;
}

QTableWidget *usersTable(AccountDirectory *directory, const QStringList &columns, bool withPassword, const QJsonObject &current, QWidget *parent)
{
    auto *table = new QTableWidget(parent);
    table->setColumnCount(int(columns.size()));
    table->setHorizontalHeaderLabels(columns);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(150);
    const QList<QPair<QString, qint64>> users = directory ? sortedByName(directory->users()) : QList<QPair<QString, qint64>>{};
    table->setRowCount(int(users.size()));
    for (int r = 0; r < users.size(); ++r) {
        auto *name = new QTableWidgetItem(users[r].first);
        name->setFlags(Qt::ItemIsEnabled);
        name->setData(kUserIdRole, users[r].second);
        table->setItem(r, 0, name);
        const QJsonValue value = current.value(QString::number(users[r].second));
        // Named by user and column, as tests find them: user_<id>_1 (extension or login), user_<id>_2 (password).
        const QString cellName = QStringLiteral("user_%1_%2").arg(users[r].second);
        auto *first = new QLineEdit(table);
        first->setObjectName(cellName.arg(1));
        first->setFrame(false);
        first->setText(withPassword ? value.toObject().value(QStringLiteral("login")).toString() : value.toVariant().toString());
        table->setCellWidget(r, 1, first);
        if (withPassword) {
            QLineEdit *password = secretEdit(table);
            password->setObjectName(cellName.arg(2));
            password->setFrame(false);
            password->setText(value.toObject().value(QStringLiteral("password")).toString());
            table->setCellWidget(r, 2, password);
        }
    }
    table->setColumnWidth(0, 200);
    return table;
}
} // namespace

WidgetSettingsDialog::WidgetSettingsDialog(const Widget &widget, AccountDirectory *directory, const WidgetsService &widgets, QWidget *parent)
    : QDialog(parent), m_widget(widget), m_directory(directory), m_widgets(widgets), m_error(new QLabel(this))
{
    const QString &code = widget.code;
    const bool installed = widget.installed;
    const QJsonObject &current = widget.settings;
    setWindowTitle(installed ? tr("Settings of %1").arg(code) : tr("Install %1").arg(code));
    setMinimumWidth(560);
    auto *form = new QFormLayout;
    for (const WidgetSetting &f : widget.form) {
        const QString &key = f.key;
        const QString &type = f.type;
        m_types.insert(key, type);
        QWidget *editor = nullptr;
        if (type == u"pass") {
            QLineEdit *edit = secretEdit(this);
            edit->setText(current.value(key).toString());
            editor = edit;
        } else if (type == u"users") {
            editor = usersTable(directory, {tr("User"), tr("Extension")}, false, current.value(key).toObject(), this);
        } else if (type == u"users_lp") {
            editor = usersTable(directory, {tr("User"), tr("Login"), tr("Password")}, true, current.value(key).toObject(), this);
        } else if (type == u"custom") {
            auto *json = new QPlainTextEdit(this);
            json->setObjectName(QStringLiteral("setting_") + key);
            json->setPlaceholderText(tr("JSON, e.g. {\"key\": \"value\"}"));
            json->setMinimumHeight(100);
            if (current.contains(key))
                json->setPlainText(QString::fromUtf8(QJsonDocument::fromVariant(current.value(key).toVariant()).toJson(QJsonDocument::Indented)));
            auto *check = new QLabel(this);
            auto recheck = [json, check] {
                const QByteArray text = json->toPlainText().toUtf8();
                if (text.trimmed().isEmpty()) {
                    check->clear();
                    return;
                }
                const ParsedJson parsed = parseJson(text);
                check->setText(parsed.ok() ? tr("Valid JSON") : tr("Not JSON: %1 at character %2").arg(parsed.error).arg(parsed.offset));
                check->setStyleSheet(parsed.ok() ? toneStyle(Tone::Success) : toneStyle(Tone::Error));
            };
            connect(json, &QPlainTextEdit::textChanged, check, recheck);
            recheck();
            editor = json;
            auto *box = new QWidget(this);
            auto *col = new QVBoxLayout(box);
            col->setContentsMargins(0, 0, 0, 0);
            col->addWidget(json);
            col->addWidget(check);
            m_editors.insert(key, json);
            auto *message = new QLabel(this);
            message->setObjectName(QStringLiteral("message_") + key);
            message->setStyleSheet(toneStyle(Tone::Error));
            message->setVisible(false);
            m_messages.insert(key, message);
            form->addRow(f.required ? tr("%1 *").arg(f.label()) : f.label(), box);
            form->addRow(QString(), message);
            continue;
        } else {
            auto *edit = new QLineEdit(this);
            edit->setText(current.value(key).toString());
            editor = edit;
        }
        editor->setObjectName(QStringLiteral("setting_") + key);
        m_editors.insert(key, editor);
        auto *message = new QLabel(this);
        message->setObjectName(QStringLiteral("message_") + key);
        message->setStyleSheet(toneStyle(Tone::Error));
        message->setWordWrap(true);
        message->setVisible(false);
        m_messages.insert(key, message);
        form->addRow(f.required ? tr("%1 *").arg(f.label()) : f.label(), editor);
        form->addRow(QString(), message);
    }
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        forgetMessageOnEdit(it.key(), it.value());
    auto *intro = new QLabel(widget.form.isEmpty() ? tr("%1 has no settings: installing it just turns it on.").arg(code)
                                              : tr("Fields marked * are required. Passwords are sent to amoCRM only and never stored by AmoDesk."),
                             this);
    intro->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("errors"));
    m_error->setStyleSheet(toneStyle(Tone::Error));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_install = buttons->addButton(installed ? tr("Save settings") : tr("Install"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &WidgetSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &WidgetSettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
}

QJsonObject WidgetSettingsDialog::settings(QStringList *problems) const
{
    QJsonObject out;
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        const QString &key = it.key();
        const QString &type = it.value();
        QWidget *w = m_editors.value(key);
        if (auto *table = qobject_cast<QTableWidget *>(w)) {
            QJsonObject byUser;
            for (int r = 0; r < table->rowCount(); ++r) {
                const QString id = QString::number(table->item(r, 0)->data(kUserIdRole).toLongLong());
                const QString first = qobject_cast<QLineEdit *>(table->cellWidget(r, 1))->text().trimmed();
                if (type == u"users") {
                    if (!first.isEmpty())
                        byUser.insert(id, first);
                } else {
                    const QString password = qobject_cast<QLineEdit *>(table->cellWidget(r, 2))->text();
                    if (!first.isEmpty() || !password.isEmpty())
                        byUser.insert(id, QJsonObject{{QStringLiteral("login"), first}, {QStringLiteral("password"), password}});
                }
            }
            if (!byUser.isEmpty())
                out.insert(key, byUser);
        } else if (auto *json = qobject_cast<QPlainTextEdit *>(w)) {
            const QByteArray text = json->toPlainText().toUtf8();
            if (text.trimmed().isEmpty())
                continue;
            const ParsedJson parsed = parseJson(text);
            if (!parsed.ok()) {
                if (problems)
                    *problems << key;
                continue;
            }
            out.insert(key, parsed.value);
        } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
            const QString text = type == u"pass" ? line->text() : line->text().trimmed();
            if (!text.isEmpty())
                out.insert(key, text);
        }
    }
    return out;
}

QString WidgetSettingsDialog::fieldName(const QString &key) const
{
    for (const WidgetSetting &f : m_widget.form) {
        if (f.key == key)
            return f.label();
    }
    return key;
}

void WidgetSettingsDialog::clearMessages()
{
    for (QLabel *l : std::as_const(m_messages))
        l->setVisible(false);
    for (QWidget *w : std::as_const(m_editors))
        w->setStyleSheet({});
    m_error->setVisible(false);
}

// What was said about a field stops applying once its value is edited.
void WidgetSettingsDialog::forgetMessageOnEdit(const QString &key, QWidget *editor)
{
    auto forget = [this, key] {
        if (QLabel *label = m_messages.value(key))
            label->setVisible(false);
        if (QWidget *w = m_editors.value(key))
            w->setStyleSheet({});
    };
    QList<QLineEdit *> lines = editor->findChildren<QLineEdit *>(); // a users table's cells
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        lines << line;
    for (QLineEdit *line : std::as_const(lines))
        connect(line, &QLineEdit::textEdited, this, forget);
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        connect(text, &QPlainTextEdit::textChanged, this, forget);
}

void WidgetSettingsDialog::showMessage(const QString &path, const QString &message)
{
    // "phones.504141" names a user's row of the field "phones"
    const QString key = path.section(u'.', 0, 0);
    QString text = message;
    const QString userId = path.section(u'.', 1, 1);
    if (!userId.isEmpty()) {
        const QString user = m_directory ? m_directory->userName(userId.toLongLong()) : QString();
        text = tr("%1: %2").arg(user.isEmpty() ? tr("user #%1").arg(userId) : user, message);
    }
    if (QLabel *label = m_messages.value(key)) {
        label->setText(label->isVisible() ? label->text() + u'\n' + text : text);
        label->setVisible(true);
        QWidget *editor = m_editors.value(key);
        editor->setStyleSheet(QStringLiteral("#%1 { %2 }").arg(editor->objectName(), wrongFieldBorder()));
    } else {
        m_error->setText((m_error->isVisible() ? m_error->text() + u'\n' : QString()) + tr("%1: %2").arg(path, message));
        m_error->setVisible(true);
    }
}

void WidgetSettingsDialog::accept()
{
    if (m_sending)
        return;
    clearMessages();
    QStringList badJson;
    const QJsonObject values = settings(&badJson);
    for (const QString &key : badJson)
        showMessage(key, tr("is not valid JSON"));
    const ValidationIssues issues = checkWidgetSettings(m_widget.formJson, values);
    for (const ValidationIssue &issue : issues)
        showMessage(issue.field, issue.message);
    if (!badJson.isEmpty() || !issues.isEmpty())
        return;
    if (!m_widgets.isReady())
        return;
    m_sending = true;
    m_install->setEnabled(false);
    m_widgets.install(m_widget.code, values, this, [this](const Widget &installed, const ApiError &error) {
        m_sending = false;
        m_install->setEnabled(true);
        if (!error.isError()) {
            m_installed = installed;
            QDialog::accept();
            return;
        }
        for (const FieldProblem &f : error.fields)
            showMessage(f.path, f.detail);
        if (error.fields.isEmpty()) {
            m_error->setText(error.kind == ApiError::Kind::Forbidden ? tr("Only the account's administrators may install widgets: %1").arg(error.message())
                                                                      : error.message());
            m_error->setVisible(true);
        }
    });
}

} // namespace amodesk
