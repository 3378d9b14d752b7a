#include "WebsiteButtonPane.h"
#include "ui_WebsiteButtonPane.h"
#include "Tones.h"
#include "domain/JsonText.h"
#include "button/ButtonPresets.h"
#include "ColourPicker.h"

#include "ChatPreview.h"
#include "MetaFieldsTable.h"
#include "services/AccountContext.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>

namespace amodesk {

namespace {
const QString kTheme = QStringLiteral("onlinechat.theme.");

// Where the snippet of each page goes on the site: the pane builds only AmoDesk's part of the
// embed code; the button's own code comes from amoCRM.
QString embedHintFor(int page, const QString &scriptKind)
{
    if (page == 3)
        return WebsiteButtonPane::tr("Call this in the site's JavaScript after the button's code, once the visitor's data is known.");
    if (page == 4 && scriptKind == u"condition")
        return WebsiteButtonPane::tr("This goes into the condition block of the chat bot's first step, not on the site.");
    if (page == 4)
        return WebsiteButtonPane::tr("Put this in the site's JavaScript after the button's code.");
    return WebsiteButtonPane::tr("Put this on the page before the button's own code, which you copy in amoCRM where the "
                                 "website button is set up. It works only with the button's current code.");
}

} // namespace

WebsiteButtonPane::WebsiteButtonPane(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::WebsiteButtonPane>()), m_draftTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // The form's fields are known by their place in the snippet ("onlinechat.theme.background"),
    // which a Designer name cannot hold: each carries it as its "key".
    for (QLineEdit *e : findChildren<QLineEdit *>()) {
        if (const QString key = e->property("key").toString(); !key.isEmpty()) {
            e->setObjectName(key);
            m_lines.insert(key, e);
        }
    }
    for (QToolButton *pick : findChildren<QToolButton *>()) {
        if (const QString key = pick->property("colourOf").toString(); !key.isEmpty())
            attachColourPicker(m_lines.value(key), pick);
    }
    fillChoices();
    m_ui->frameWarning->setStyleSheet(toneStyle(Tone::Warning));
    m_ui->metaWarning->setStyleSheet(toneStyle(Tone::Warning));
    m_ui->problems->setStyleSheet(toneStyle(Tone::Error));
    m_ui->composeHeight->setRange(0, ChatButtonConfig::kMaxComposeHeight);
    m_ui->composeHeight->setToolTip(tr("The message field's minimum height; the chat allows at most %1 px").arg(ChatButtonConfig::kMaxComposeHeight));
    m_ui->contactFields->setEntityType(QStringLiteral("contacts"));
    m_ui->leadFields->setEntityType(QStringLiteral("leads"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_ui->snippet->setFont(mono);
    m_ui->copyButton->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    m_ui->split->setStretchFactor(0, 3);
    m_ui->split->setStretchFactor(1, 2);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &WebsiteButtonPane::saveDraft);

    connect(m_ui->copyButton, &QPushButton::clicked, this, &WebsiteButtonPane::copySnippet);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save preset"), tr("Name of the preset:"), QLineEdit::Normal, m_ui->presets->currentText(), &ok);
        if (ok)
            savePreset(name);
    });
    connect(m_ui->hashButton, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString value = QInputDialog::getText(this, tr("Hash a value"), tr("Value to hash with SHA-256:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            hashUserIdFrom(value);
    });
    connect(m_ui->addContactField, &QPushButton::clicked, this, [this] { addField(false); });
    connect(m_ui->addLeadField, &QPushButton::clicked, this, [this] { addField(true); });
    connect(m_ui->removeContactField, &QPushButton::clicked, m_ui->contactFields, &MetaFieldsTable::removeCurrent);
    connect(m_ui->removeLeadField, &QPushButton::clicked, m_ui->leadFields, &MetaFieldsTable::removeCurrent);
    connect(m_ui->presets, &QComboBox::textActivated, this, &WebsiteButtonPane::loadPreset);
    connect(m_ui->pages, &QTabWidget::currentChanged, this, &WebsiteButtonPane::refresh);
    for (QLineEdit *e : std::as_const(m_lines))
        connect(e, &QLineEdit::textChanged, this, &WebsiteButtonPane::refresh);
    for (QCheckBox *b : {m_ui->hidden, m_ui->noHeader})
        connect(b, &QCheckBox::toggled, this, &WebsiteButtonPane::refresh);
    for (QComboBox *b : {m_ui->mode, m_ui->extends, m_ui->noteElement, m_ui->noteType, m_ui->scriptKind})
        connect(b, &QComboBox::currentIndexChanged, this, &WebsiteButtonPane::refresh);
    for (MetaFieldsTable *t : {m_ui->contactFields, m_ui->leadFields})
        connect(t, &MetaFieldsTable::changed, this, &WebsiteButtonPane::refresh);
    connect(m_ui->composeHeight, &QSpinBox::valueChanged, this, &WebsiteButtonPane::refresh);
    connect(m_ui->botParams, &QPlainTextEdit::textChanged, this, &WebsiteButtonPane::refresh);
    refresh();
}

// The choices of the form's boxes, each with the value the snippet takes.
void WebsiteButtonPane::fillChoices()
{
    m_ui->mode->addItem(tr("Pop-up next to the button (widget)"), QStringLiteral("widget"));
    m_ui->mode->addItem(tr("Inside an element of the page (frame)"), QStringLiteral("frame"));
    m_ui->extends->addItem(tr("As the site's visitors' browser (not set)"), QString());
    // untranslated: each language is named in itself, whatever the interface speaks
    m_ui->extends->addItem(QStringLiteral("Русский (ru)"), QStringLiteral("ru"));
    m_ui->extends->addItem(QStringLiteral("English (en)"), QStringLiteral("en")); // untranslated: as above
    m_ui->extends->addItem(QStringLiteral("Español (es)"), QStringLiteral("es")); // untranslated: as above
    m_ui->extends->addItem(QStringLiteral("Português (pt)"), QStringLiteral("pt")); // untranslated: as above
    m_ui->noteElement->addItem(tr("— no note —"), 0);
    for (const auto &e : SetMetaParams::elementTypes())
        m_ui->noteElement->addItem(e.second, e.first);
    for (const auto &t : SetMetaParams::noteTypes())
        m_ui->noteType->addItem(t.second, t.first);
    const QList<std::pair<QString, QString>> scripts{
        {tr("Show the chat"), QStringLiteral("method:runChatShow")},
        {tr("Hide the chat"), QStringLiteral("method:runChatHide")},
        {tr("Remove the button (to start again with another user_id)"), QStringLiteral("method:runDestroy")},
        {tr("When the chat opens or closes"), QStringLiteral("callback:onChatShow|onChatHide")},
        {tr("When the chat is ready"), QStringLiteral("callback:onChatReady")},
        {tr("When the button is clicked"), QStringLiteral("callback:onButtonClick")},
        {tr("When the conversations change"), QStringLiteral("callback:onConversationsChange")},
        {tr("Send a key action hook"), QStringLiteral("hook")},
        {tr("Bot condition on bot_params"), QStringLiteral("condition")}};
    for (const auto &[text, kind] : scripts)
        m_ui->scriptKind->addItem(text, kind);
}

WebsiteButtonPane::~WebsiteButtonPane()
{
    saveDraftNow();
}

void WebsiteButtonPane::setAccount(AccountContext *account)
{
    saveDraftNow();
    for (MetaFieldsTable *t : {m_ui->contactFields, m_ui->leadFields})
        t->setDirectory(account ? account->directory() : nullptr);
    m_accountId = account ? account->accountId() : QString();
    reloadPresets();
    restoreDraft();
}

void WebsiteButtonPane::restoreDraft()
{
    setConfig(m_accountId.isEmpty() ? ChatButtonConfig() : ButtonPresets(m_accountId).draft());
    m_draftTimer->stop(); // what was just restored is the draft
}

void WebsiteButtonPane::saveDraftNow()
{
    if (!m_draftTimer->isActive())
        return;
    m_draftTimer->stop();
    saveDraft();
}

void WebsiteButtonPane::saveDraft()
{
    if (!m_accountId.isEmpty())
        ButtonPresets(m_accountId).saveDraft(config());
}

void WebsiteButtonPane::addField(bool lead)
{
    (lead ? m_ui->leadFields : m_ui->contactFields)->addField();
}

ChatButtonConfig WebsiteButtonPane::config() const
{
    ChatButtonConfig c;
    for (const QString &path : ChatButtonConfig::textPaths())
        c.setText(path, m_lines.value(path)->text().trimmed());
    c.hidden = m_ui->hidden->isChecked();
    c.mode = m_ui->mode->currentData().toString() == u"frame" ? QStringLiteral("frame") : QString();
    c.localeExtends = m_ui->extends->currentData().toString();
    c.headerHidden = m_ui->noHeader->isChecked();
    c.composeHeight = m_ui->composeHeight->value();
    return c;
}

void WebsiteButtonPane::setConfig(const ChatButtonConfig &c)
{
    m_filling = true;
    for (const QString &path : ChatButtonConfig::textPaths())
        m_lines.value(path)->setText(c.text(path));
    m_ui->hidden->setChecked(c.hidden);
    m_ui->mode->setCurrentIndex(c.mode == u"frame" ? 1 : 0);
    m_ui->extends->setCurrentIndex(qMax(0, m_ui->extends->findData(c.localeExtends)));
    m_ui->noHeader->setChecked(c.headerHidden);
    m_ui->composeHeight->setValue(c.composeHeight);
    m_filling = false;
    refresh();
}

SetMetaParams WebsiteButtonPane::setMetaParams(QString *botParamsError) const
{
    SetMetaParams p;
    p.noteText = m_lines.value(QStringLiteral("note.text"))->text().trimmed();
    p.noteElementType = m_ui->noteElement->currentData().toInt();
    p.noteType = p.noteElementType == 0 && p.noteText.isEmpty() ? 0 : m_ui->noteType->currentData().toInt();
    p.contactName = m_lines.value(QStringLiteral("contact.name"))->text().trimmed();
    p.contactFields = m_ui->contactFields->fields();
    p.leadName = m_lines.value(QStringLiteral("lead.name"))->text().trimmed();
    const QString sale = m_lines.value(QStringLiteral("lead.sale"))->text().trimmed();
    bool ok = false;
    p.leadSale = sale.isEmpty() ? -1 : sale.toLongLong(&ok);
    if (!sale.isEmpty() && (!ok || p.leadSale < 0))
        p.leadSale = -2; // check() names it
    p.leadFields = m_ui->leadFields->fields();
    const QByteArray json = m_ui->botParams->toPlainText().toUtf8();
    if (!json.trimmed().isEmpty()) {
        const ParsedJson parsed = parseJson(json);
        if (!parsed.ok() || !parsed.value.isObject()) {
            if (botParamsError)
                *botParamsError = !parsed.ok() ? tr("bot_params: not JSON (%1 at character %2)").arg(parsed.error).arg(parsed.offset)
                                               : tr("bot_params: must be a JSON object");
        } else {
            p.botParams = parsed.value.toObject();
        }
    }
    return p;
}

QStringList WebsiteButtonPane::problems() const
{
    QStringList out;
    ValidationIssues issues;
    const int page = m_ui->pages->currentIndex();
    if (page == 3) {
        QString botError;
        const SetMetaParams p = setMetaParams(&botError);
        issues = p.check();
        if (!botError.isEmpty())
            out << botError;
    } else if (page == 4) {
        const QString kind = m_ui->scriptKind->currentData().toString();
        if (kind == u"hook" && m_lines.value(QStringLiteral("hook"))->text().trimmed().isEmpty())
            issues.append({tr("Hook name"), tr("is required: the name the key action waits for")});
        if (kind == u"condition" && m_lines.value(QStringLiteral("bot.param"))->text().trimmed().isEmpty())
            issues.append({tr("bot_params key"), tr("is required")});
    } else {
        issues = config().check();
    }
    for (const ValidationIssue &i : issues)
        out << tr("%1: %2").arg(i.field, i.message);
    return out;
}

QString WebsiteButtonPane::snippet() const
{
    const int page = m_ui->pages->currentIndex();
    if (page == 3)
        return setMetaSnippet(setMetaParams());
    if (page == 4) {
        const QString kind = m_ui->scriptKind->currentData().toString();
        if (kind.startsWith(QStringLiteral("method:")))
            return methodSnippet(kind.mid(7));
        if (kind.startsWith(QStringLiteral("callback:")))
            return callbackSnippet(kind.mid(9));
        if (kind == u"hook")
            return keyActionHookSnippet(m_lines.value(QStringLiteral("hook"))->text().trimmed());
        return botConditionSnippet(m_lines.value(QStringLiteral("bot.param"))->text().trimmed(), m_lines.value(QStringLiteral("bot.value"))->text().trimmed());
    }
    return configSnippet(config());
}

void WebsiteButtonPane::refresh()
{
    if (m_filling)
        return;
    const ChatButtonConfig c = config();
    const bool frame = c.mode == u"frame";
    m_lines.value(QStringLiteral("onlinechat.container"))->setEnabled(frame);
    m_ui->frameWarning->setVisible(frame);
    for (const char *name : {"header.background", "header.color"})
        m_lines.value(kTheme + QLatin1String(name))->setEnabled(!c.headerHidden);
    m_ui->preview->setConfig(c);
    const QStringList wrong = problems();
    for (QLineEdit *e : std::as_const(m_lines))
        e->setStyleSheet({});
    if (m_ui->pages->currentIndex() < 3) {
        for (const ValidationIssue &i : c.check()) {
            if (QLineEdit *e = m_lines.value(i.field))
                e->setStyleSheet(QStringLiteral("QLineEdit { %1 }").arg(wrongFieldBorder()));
        }
    }
    m_ui->problems->setText(wrong.join(u'\n'));
    m_ui->problems->setVisible(!wrong.isEmpty());
    m_ui->snippet->setPlainText(wrong.isEmpty() ? snippet() : QString());
    m_ui->snippet->setPlaceholderText(tr("Fix what is named below to get the snippet."));
    m_ui->embedHint->setText(embedHintFor(m_ui->pages->currentIndex(), m_ui->scriptKind->currentData().toString()));
    m_draftTimer->start();
    Q_EMIT changed();
}

void WebsiteButtonPane::copySnippet()
{
    if (!problems().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(snippet());
}

void WebsiteButtonPane::hashUserIdFrom(const QString &value)
{
    if (!value.isEmpty())
        m_lines.value(QStringLiteral("onlinechat.user_id"))->setText(hashUserId(value));
}

bool WebsiteButtonPane::savePreset(const QString &name)
{
    if (m_accountId.isEmpty())
        return false;
    QString error;
    const QString saved = ButtonPresets(m_accountId).save(name, config(), &error);
    if (saved.isEmpty()) {
        m_ui->problems->setText(tr("The preset could not be saved: %1").arg(error));
        m_ui->problems->setVisible(true);
        return false;
    }
    reloadPresets();
    m_ui->presets->setCurrentText(saved);
    return true;
}

bool WebsiteButtonPane::loadPreset(const QString &name)
{
    ChatButtonConfig c;
    QString error;
    if (!ButtonPresets(m_accountId).load(name, c, &error)) {
        m_ui->problems->setText(tr("The preset %1 cannot be read: %2").arg(name, error));
        m_ui->problems->setVisible(true);
        return false;
    }
    setConfig(c);
    return true;
}

void WebsiteButtonPane::reloadPresets()
{
    m_ui->presets->clear();
    if (m_accountId.isEmpty())
        return;
    m_ui->presets->addItems(ButtonPresets(m_accountId).names());
    m_ui->presets->setCurrentIndex(-1);
}

} // namespace amodesk
