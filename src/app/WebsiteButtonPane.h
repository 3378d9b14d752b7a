#pragma once

#include "button/ButtonSnippets.h"

#include <QHash>
#include <QWidget>
#include <memory>

class QLineEdit;
class QTimer;

namespace Ui {
class WebsiteButtonPane;
}

namespace amodesk {

class AccountContext;

// Builds the website chat button's snippets (seeds 000 and 001): the configuration object,
// setMeta with visitor data, and the method, callback, hook and bot condition snippets, with a
// live preview, checks that name the wrong field, copy, and named presets per account. What is
// typed is kept per account until the next start, saved or not.
class WebsiteButtonPane : public QWidget
{
    Q_OBJECT
public:
    explicit WebsiteButtonPane(QWidget *parent = nullptr);
    ~WebsiteButtonPane() override;

    void setAccount(AccountContext *account); // nullptr: none
    ChatButtonConfig config() const;
    void setConfig(const ChatButtonConfig &config);
    SetMetaParams setMetaParams(QString *botParamsError = nullptr) const;
    QString snippet() const;             // the snippet of the page shown
    QStringList problems() const;        // what is wrong with the page shown, field by field

public Q_SLOTS:
    void copySnippet();
    bool savePreset(const QString &name);
    bool loadPreset(const QString &name);
    void hashUserIdFrom(const QString &value);

Q_SIGNALS:
    void changed();

private:
    void fillChoices();
    void addField(bool lead);
    void refresh();
    void reloadPresets();
    void restoreDraft();
    void saveDraft();
    void saveDraftNow(); // of what was typed since the last save, before the account changes

    std::unique_ptr<Ui::WebsiteButtonPane> m_ui;
    QString m_accountId;
    QHash<QString, QLineEdit *> m_lines; // by their place in the snippet: "color", "onlinechat.theme.background", ...
    QTimer *m_draftTimer; // a draft is saved once typing pauses, not on every key
    bool m_filling = false;
};

} // namespace amodesk
