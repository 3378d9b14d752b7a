#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include "domain/Widget.h"
#include "services/WidgetsService.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace amodesk {

class AccountDirectory;

// Installs a widget (WidgetsService::install) with a form generated from its
// settings_template: text, pass, users (an extension per user), users_lp (login and password
// per user) and custom (JSON, checked as it is typed). Required fields are enforced before
// sending; the server's validation errors come back onto the fields they name.
class WidgetSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // The form starts from the widget's settings, when it carries them.
    WidgetSettingsDialog(const Widget &widget, AccountDirectory *directory, const WidgetsService &widgets, QWidget *parent = nullptr);

    QJsonObject settings(QStringList *problems = nullptr) const;
    Widget installed() const { return m_installed; } // the API's answer, after success

public Q_SLOTS:
    void accept() override;

private:
    void clearMessages();
    void showMessage(const QString &key, const QString &message);
    void forgetMessageOnEdit(const QString &key, QWidget *editor);
    QString fieldName(const QString &key) const;

    Widget m_widget;
    AccountDirectory *m_directory;
    WidgetsService m_widgets;
    QHash<QString, QString> m_types;   // key -> template type
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_messages;
    QLabel *m_error;
    QPushButton *m_install;
    Widget m_installed;
    bool m_sending = false;
};

} // namespace amodesk
