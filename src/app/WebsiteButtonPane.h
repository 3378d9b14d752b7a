#pragma once

#include "button/ButtonSnippets.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QTimer;

namespace amodesk {

class AccountContext;
class AccountDirectory;
class ChatPreview;

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

    QLineEdit *field(const QString &name) const { return m_lines.value(name); } // "color", "onlinechat.theme.background", ...
    QComboBox *modeBox() const { return m_mode; }
    QComboBox *localeBox() const { return m_extends; }
    QCheckBox *hiddenBox() const { return m_hidden; }
    QCheckBox *noHeaderBox() const { return m_noHeader; }
    QSpinBox *composeHeight() const { return m_composeHeight; }
    QTabWidget *pages() const { return m_pages; }
    ChatPreview *preview() const { return m_preview; }
    QPlainTextEdit *snippetView() const { return m_snippet; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *frameWarning() const { return m_frameWarning; }
    QLabel *embedHint() const { return m_embedHint; }
    QComboBox *presets() const { return m_presets; }
    QPlainTextEdit *botParams() const { return m_botParams; }
    QTableWidget *fieldsTable(bool lead) const { return lead ? m_leadFields : m_contactFields; }
    QComboBox *noteElementBox() const { return m_noteElement; }
    QComboBox *noteTypeBox() const { return m_noteType; }


public Q_SLOTS:
    void copySnippet();
    bool savePreset(const QString &name);
    bool loadPreset(const QString &name);
    void hashUserIdFrom(const QString &value);
    void addField(bool lead);

Q_SIGNALS:
    void changed();

private:
    QWidget *buttonPage();
    QWidget *languagePage();
    QWidget *themePage();
    QWidget *metaPage();
    QWidget *scriptsPage();
    QLineEdit *line(const QString &name, const QString &placeholder = {});
    QWidget *colourRow(const QString &name, const QString &placeholder); // a CSS colour field with a picker
    void refresh();
    void reloadPresets();
    void restoreDraft();
    void saveDraft();
    void saveDraftNow(); // of what was typed since the last save, before the account changes
    QList<MetaField> fieldsOf(const QTableWidget *table) const;

    AccountDirectory *m_directory = nullptr;
    QString m_accountId;
    QHash<QString, QLineEdit *> m_lines;
    QTabWidget *m_pages;
    QCheckBox *m_hidden;
    QComboBox *m_mode;
    QLabel *m_frameWarning;
    QComboBox *m_extends;
    QCheckBox *m_noHeader;
    QSpinBox *m_composeHeight;
    QComboBox *m_noteElement;
    QComboBox *m_noteType;
    QTableWidget *m_contactFields;
    QTableWidget *m_leadFields;
    QPlainTextEdit *m_botParams;
    QComboBox *m_scriptKind;
    ChatPreview *m_preview;
    QPlainTextEdit *m_snippet;
    QLabel *m_problems;
    QLabel *m_embedHint;
    QComboBox *m_presets;
    QTimer *m_draftTimer; // a draft is saved once typing pauses, not on every key
    bool m_filling = false;
};

} // namespace amodesk
