#include "WebsiteButtonPane.h"
#include "Tones.h"
#include "domain/JsonText.h"
#include "button/ButtonPresets.h"
#include "ColourPicker.h"

#include "ChatPreview.h"
#include "services/AccountContext.h"
#include "services/AccountDirectory.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTableWidget>
#include <QVBoxLayout>

namespace amodesk {

namespace {
const QString kTheme = QStringLiteral("onlinechat.theme.");
const QString kLocale = QStringLiteral("onlinechat.locale.");

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

QWidget *scrolled(QWidget *page)
{
    auto *area = new QScrollArea;
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

WebsiteButtonPane::WebsiteButtonPane(QWidget *parent)
    : QWidget(parent), m_pages(new QTabWidget(this)), m_hidden(new QCheckBox(tr("Hide the button when the page loads"), this)),
      m_mode(new QComboBox(this)), m_frameWarning(new QLabel(this)), m_extends(new QComboBox(this)),
      m_noHeader(new QCheckBox(tr("No header"), this)), m_composeHeight(new QSpinBox(this)), m_noteElement(new QComboBox(this)),
      m_noteType(new QComboBox(this)), m_contactFields(new QTableWidget(0, 4, this)), m_leadFields(new QTableWidget(0, 4, this)),
      m_botParams(new QPlainTextEdit(this)), m_scriptKind(new QComboBox(this)), m_preview(new ChatPreview(this)),
      m_snippet(new QPlainTextEdit(this)), m_problems(new QLabel(this)), m_embedHint(new QLabel(this)), m_presets(new QComboBox(this)),
      m_draftTimer(new QTimer(this))
{
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &WebsiteButtonPane::saveDraft);
    m_pages->addTab(scrolled(buttonPage()), tr("Button and chat"));
    m_pages->addTab(scrolled(languagePage()), tr("Language"));
    m_pages->addTab(scrolled(themePage()), tr("Theme"));
    m_pages->addTab(scrolled(metaPage()), tr("Visitor data (setMeta)"));
    m_pages->addTab(scrolled(scriptsPage()), tr("Scripts"));

    m_snippet->setReadOnly(true);
    m_snippet->setObjectName(QStringLiteral("snippet"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_snippet->setFont(mono);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(toneStyle(Tone::Error));
    m_embedHint->setObjectName(QStringLiteral("embedHint"));
    m_embedHint->setWordWrap(true);
    auto *copy = new QPushButton(tr("Copy snippet"), this);
    copy->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    copy->setToolTip(tr("Copy the snippet to the clipboard (Ctrl+Shift+C)"));
    m_presets->setPlaceholderText(tr("Presets"));
    m_presets->setMinimumWidth(160);
    auto *save = new QPushButton(tr("Save as preset…"), this);

    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(new QLabel(tr("Preset:"), this));
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(save);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(presetRow);
    leftLayout->addWidget(m_pages, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_preview, 0, Qt::AlignHCenter);
    rightLayout->addWidget(m_embedHint);
    rightLayout->addWidget(m_snippet, 1);
    rightLayout->addWidget(m_problems);
    rightLayout->addWidget(copy, 0, Qt::AlignRight);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(copy, &QPushButton::clicked, this, &WebsiteButtonPane::copySnippet);
    connect(save, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Save preset"), tr("Name of the preset:"), QLineEdit::Normal, m_presets->currentText(), &ok);
        if (ok)
            savePreset(name);
    });
    connect(m_presets, &QComboBox::textActivated, this, &WebsiteButtonPane::loadPreset);
    connect(m_pages, &QTabWidget::currentChanged, this, &WebsiteButtonPane::refresh);
    for (QLineEdit *e : std::as_const(m_lines))
        connect(e, &QLineEdit::textChanged, this, &WebsiteButtonPane::refresh);
    for (QCheckBox *b : {m_hidden, m_noHeader})
        connect(b, &QCheckBox::toggled, this, &WebsiteButtonPane::refresh);
    for (QComboBox *b : {m_mode, m_extends, m_noteElement, m_noteType, m_scriptKind})
        connect(b, &QComboBox::currentIndexChanged, this, &WebsiteButtonPane::refresh);
    connect(m_composeHeight, &QSpinBox::valueChanged, this, &WebsiteButtonPane::refresh);
    connect(m_botParams, &QPlainTextEdit::textChanged, this, &WebsiteButtonPane::refresh);
    refresh();
}

QLineEdit *WebsiteButtonPane::line(const QString &name, const QString &placeholder)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    m_lines.insert(name, e);
    return e;
}

QWidget *WebsiteButtonPane::colourRow(const QString &name, const QString &placeholder)
{
    return withColourPicker(line(name, placeholder), this);
}

QWidget *WebsiteButtonPane::buttonPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_mode->addItem(tr("Pop-up next to the button (widget)"), QStringLiteral("widget"));
    m_mode->addItem(tr("Inside an element of the page (frame)"), QStringLiteral("frame"));
    m_frameWarning->setText(tr("In frame mode incoming messages no longer pop up next to the button; only its unread counter grows."));
    m_frameWarning->setWordWrap(true);
    m_frameWarning->setStyleSheet(toneStyle(Tone::Warning));
    auto *hash = new QPushButton(tr("Hash a value…"), this);
    hash->setToolTip(tr("Put the SHA-256 of a value you type (e.g. the customer's account ID) into user_id, as amoCRM recommends"));
    connect(hash, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString value = QInputDialog::getText(this, tr("Hash a value"), tr("Value to hash with SHA-256:"), QLineEdit::Normal, {}, &ok);
        if (ok)
            hashUserIdFrom(value);
    });
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(line(QStringLiteral("onlinechat.user_id"), tr("empty: a new chat user per browser")));
    userRow->addWidget(hash);
    form->addRow(QString(), m_hidden);
    form->addRow(tr("Button colour:"), colourRow(QStringLiteral("color"), tr("as set in amoCRM; e.g. #1f8ceb")));
    form->addRow(tr("Chat opens:"), m_mode);
    form->addRow(tr("Container:"), line(QStringLiteral("onlinechat.container"), QStringLiteral("#custom_chat_holder")));
    form->addRow(QString(), m_frameWarning);
    form->addRow(tr("Chat user ID:"), userRow);
    return page;
}

QWidget *WebsiteButtonPane::languagePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_extends->addItem(tr("As the site's visitors' browser (not set)"), QString());
    // untranslated: each language is named in itself, whatever the interface speaks
    m_extends->addItem(QStringLiteral("Русский (ru)"), QStringLiteral("ru"));
    m_extends->addItem(QStringLiteral("English (en)"), QStringLiteral("en")); // untranslated: as above
    m_extends->addItem(QStringLiteral("Español (es)"), QStringLiteral("es")); // untranslated: as above
    m_extends->addItem(QStringLiteral("Português (pt)"), QStringLiteral("pt")); // untranslated: as above
    form->addRow(tr("Built-in language:"), m_extends);
    form->addRow(tr("Date format:"), line(kLocale + QStringLiteral("date_format"), QStringLiteral("dd.MM.yyyy")));
    form->addRow(tr("Time format:"), line(kLocale + QStringLiteral("time_format"), QStringLiteral("HH:mm")));
    const QStringList labels{tr("Message field:"), tr("Sending:"), tr("Sent:"), tr("Read:"), tr("Not delivered:"), tr("\"Powered by\":"), tr("New messages:")};
    const QStringList keys = ChatButtonConfig::localeStrings();
    for (int i = 0; i < keys.size(); ++i)
        form->addRow(labels.value(i), line(kLocale + keys[i], tr("the language's own text")));
    auto *hint = new QLabel(tr("Formats use date-fns tokens: dd, MM, yyyy, HH, mm… Put literal text in single quotes."), page);
    hint->setWordWrap(true);
    form->addRow(hint);
    return page;
}

QWidget *WebsiteButtonPane::themePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    const QString css = tr("a CSS colour: name, #hex, rgb(), rgba()");
    form->addRow(tr("Background:"), colourRow(kTheme + QStringLiteral("background"), css));
    form->addRow(tr("System texts:"), colourRow(kTheme + QStringLiteral("system_color"), css));
    form->addRow(QString(), m_noHeader);
    form->addRow(tr("Header background:"), colourRow(kTheme + QStringLiteral("header.background"), css));
    form->addRow(tr("Header text:"), colourRow(kTheme + QStringLiteral("header.color"), css));
    form->addRow(tr("Visitor's messages:"), colourRow(kTheme + QStringLiteral("message.outgoing_background"), css));
    form->addRow(tr("Visitor's text:"), colourRow(kTheme + QStringLiteral("message.outgoing_color"), css));
    form->addRow(tr("Operator's messages:"), colourRow(kTheme + QStringLiteral("message.incoming_background"), css));
    form->addRow(tr("Operator's text:"), colourRow(kTheme + QStringLiteral("message.incoming_color"), css));
    m_composeHeight->setRange(0, ChatButtonConfig::kMaxComposeHeight);
    m_composeHeight->setSpecialValueText(tr("as amoCRM has it"));
    m_composeHeight->setSuffix(tr(" px"));
    m_composeHeight->setToolTip(tr("The message field's minimum height; the chat allows at most %1 px").arg(ChatButtonConfig::kMaxComposeHeight));
    form->addRow(tr("Message field height:"), m_composeHeight);
    form->addRow(tr("Send button:"), colourRow(kTheme + QStringLiteral("compose.button_background"), css));
    return page;
}

QWidget *WebsiteButtonPane::metaPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *warning = new QLabel(tr("amoCRM fills only fields that are still empty, and accepts data only within 24 hours of the "
                                  "visitor's first message (or of the incoming lead's creation)."), page);
    warning->setWordWrap(true);
    warning->setStyleSheet(toneStyle(Tone::Warning));
    layout->addWidget(warning);
    auto *form = new QFormLayout;
    m_noteElement->addItem(tr("— no note —"), 0);
    for (const auto &e : SetMetaParams::elementTypes())
        m_noteElement->addItem(e.second, e.first);
    for (const auto &t : SetMetaParams::noteTypes())
        m_noteType->addItem(t.second, t.first);
    form->addRow(tr("Note text:"), line(QStringLiteral("note.text")));
    form->addRow(tr("Note goes to:"), m_noteElement);
    form->addRow(tr("Note type:"), m_noteType);
    form->addRow(tr("Contact name:"), line(QStringLiteral("contact.name")));
    layout->addLayout(form);
    for (bool lead : {false, true}) {
        QTableWidget *table = lead ? m_leadFields : m_contactFields;
        table->setHorizontalHeaderLabels({tr("Field"), tr("Value"), tr("Option"), tr("Address part")});
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
        table->setMinimumHeight(110);
        auto *add = new QPushButton(lead ? tr("Add a lead field") : tr("Add a contact field"), page);
        auto *remove = new QPushButton(tr("Remove"), page);
        connect(add, &QPushButton::clicked, this, [this, lead] { addField(lead); });
        connect(remove, &QPushButton::clicked, this, [this, table] {
            table->removeRow(table->currentRow());
            refresh();
        });
        auto *row = new QHBoxLayout;
        row->addWidget(new QLabel(lead ? tr("Lead fields:") : tr("Contact fields:"), page));
        row->addStretch();
        row->addWidget(add);
        row->addWidget(remove);
        if (lead) {
            auto *leadForm = new QFormLayout;
            leadForm->addRow(tr("Lead name:"), line(QStringLiteral("lead.name")));
            leadForm->addRow(tr("Lead budget:"), line(QStringLiteral("lead.sale"), tr("a whole amount")));
            layout->addLayout(leadForm);
        }
        layout->addLayout(row);
        layout->addWidget(table);
    }
    m_botParams->setPlaceholderText(QStringLiteral("{\"username\": \"Ivan\", \"locale\": \"ru\"}"));
    m_botParams->setMaximumHeight(90);
    layout->addWidget(new QLabel(tr("bot_params, any JSON object for the chat's bot:"), page));
    layout->addWidget(m_botParams);
    return page;
}

QWidget *WebsiteButtonPane::scriptsPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_scriptKind->setObjectName(QStringLiteral("scriptKind"));
    m_scriptKind->addItem(tr("Show the chat"), QStringLiteral("method:runChatShow"));
    m_scriptKind->addItem(tr("Hide the chat"), QStringLiteral("method:runChatHide"));
    m_scriptKind->addItem(tr("Remove the button (to start again with another user_id)"), QStringLiteral("method:runDestroy"));
    m_scriptKind->addItem(tr("When the chat opens or closes"), QStringLiteral("callback:onChatShow|onChatHide"));
    m_scriptKind->addItem(tr("When the chat is ready"), QStringLiteral("callback:onChatReady"));
    m_scriptKind->addItem(tr("When the button is clicked"), QStringLiteral("callback:onButtonClick"));
    m_scriptKind->addItem(tr("When the conversations change"), QStringLiteral("callback:onConversationsChange"));
    m_scriptKind->addItem(tr("Send a key action hook"), QStringLiteral("hook"));
    m_scriptKind->addItem(tr("Bot condition on bot_params"), QStringLiteral("condition"));
    form->addRow(tr("Snippet:"), m_scriptKind);
    form->addRow(tr("Hook name:"), line(QStringLiteral("hook"), tr("as in the key action's \"own hook\" condition")));
    form->addRow(tr("bot_params key:"), line(QStringLiteral("bot.param"), QStringLiteral("locale")));
    form->addRow(tr("Equals:"), line(QStringLiteral("bot.value"), QStringLiteral("ru")));
    return page;
}

WebsiteButtonPane::~WebsiteButtonPane()
{
    saveDraftNow();
}

void WebsiteButtonPane::setAccount(AccountContext *account)
{
    saveDraftNow();
    m_directory = account ? account->directory() : nullptr;
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
    QTableWidget *table = lead ? m_leadFields : m_contactFields;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *field = new QComboBox(table);
    field->addItem(tr("— choose —"), 0);
    if (m_directory) {
        // The fields of the entity the data goes to; all of them when the account's list is not known.
        const QList<qint64> own = m_directory->fieldIds(lead ? QStringLiteral("leads") : QStringLiteral("contacts"));
        for (const auto &[name, id] : sortedByName(m_directory->fields())) {
            if (own.isEmpty() || own.contains(id))
                field->addItem(name, id);
        }
    }
    auto *value = new QLineEdit(table);
    auto *option = new QComboBox(table);
    auto *subtype = new QComboBox(table);
    subtype->addItem(tr("—"), QString());
    for (const QString &s : SetMetaParams::addressSubtypes())
        subtype->addItem(s, s);
    auto fillOptions = [this, field, option] {
        option->clear();
        option->addItem(tr("—"), 0);
        if (m_directory) {
            for (const auto &e : m_directory->fieldEnums(field->currentData().toLongLong()))
                option->addItem(e.second, e.first);
        }
        option->setEnabled(option->count() > 1);
    };
    fillOptions();
    connect(field, &QComboBox::currentIndexChanged, this, [this, fillOptions] { fillOptions(); refresh(); });
    connect(option, &QComboBox::currentIndexChanged, this, &WebsiteButtonPane::refresh);
    connect(subtype, &QComboBox::currentIndexChanged, this, &WebsiteButtonPane::refresh);
    connect(value, &QLineEdit::textChanged, this, &WebsiteButtonPane::refresh);
    table->setCellWidget(row, 0, field);
    table->setCellWidget(row, 1, value);
    table->setCellWidget(row, 2, option);
    table->setCellWidget(row, 3, subtype);
    table->setColumnWidth(0, 180);
    refresh();
}

QList<MetaField> WebsiteButtonPane::fieldsOf(const QTableWidget *table) const
{
    QList<MetaField> out;
    for (int r = 0; r < table->rowCount(); ++r) {
        MetaField f;
        f.id = qobject_cast<QComboBox *>(table->cellWidget(r, 0))->currentData().toLongLong();
        MetaFieldValue v;
        v.value = qobject_cast<QLineEdit *>(table->cellWidget(r, 1))->text().trimmed();
        v.enumId = qobject_cast<QComboBox *>(table->cellWidget(r, 2))->currentData().toLongLong();
        v.subtype = qobject_cast<QComboBox *>(table->cellWidget(r, 3))->currentData().toString();
        if (!v.value.isEmpty() || v.enumId != 0)
            f.values << v;
        out << f;
    }
    return out;
}

ChatButtonConfig WebsiteButtonPane::config() const
{
    ChatButtonConfig c;
    auto text = [this](const QString &name) { return m_lines.value(name)->text().trimmed(); };
    c.hidden = m_hidden->isChecked();
    c.color = text(QStringLiteral("color"));
    c.mode = m_mode->currentData().toString() == u"frame" ? QStringLiteral("frame") : QString();
    c.container = text(QStringLiteral("onlinechat.container"));
    c.userId = text(QStringLiteral("onlinechat.user_id"));
    c.localeExtends = m_extends->currentData().toString();
    c.dateFormat = text(kLocale + QStringLiteral("date_format"));
    c.timeFormat = text(kLocale + QStringLiteral("time_format"));
    for (const QString &key : ChatButtonConfig::localeStrings()) {
        if (!text(kLocale + key).isEmpty())
            c.strings.insert(key, text(kLocale + key));
    }
    c.background = text(kTheme + QStringLiteral("background"));
    c.systemColor = text(kTheme + QStringLiteral("system_color"));
    c.headerHidden = m_noHeader->isChecked();
    c.headerBackground = text(kTheme + QStringLiteral("header.background"));
    c.headerColor = text(kTheme + QStringLiteral("header.color"));
    c.outgoingBackground = text(kTheme + QStringLiteral("message.outgoing_background"));
    c.outgoingColor = text(kTheme + QStringLiteral("message.outgoing_color"));
    c.incomingBackground = text(kTheme + QStringLiteral("message.incoming_background"));
    c.incomingColor = text(kTheme + QStringLiteral("message.incoming_color"));
    c.composeHeight = m_composeHeight->value();
    c.composeButtonBackground = text(kTheme + QStringLiteral("compose.button_background"));
    return c;
}

void WebsiteButtonPane::setConfig(const ChatButtonConfig &c)
{
    m_filling = true;
    auto set = [this](const QString &name, const QString &value) { m_lines.value(name)->setText(value); };
    m_hidden->setChecked(c.hidden);
    set(QStringLiteral("color"), c.color);
    m_mode->setCurrentIndex(c.mode == u"frame" ? 1 : 0);
    set(QStringLiteral("onlinechat.container"), c.container);
    set(QStringLiteral("onlinechat.user_id"), c.userId);
    m_extends->setCurrentIndex(qMax(0, m_extends->findData(c.localeExtends)));
    set(kLocale + QStringLiteral("date_format"), c.dateFormat);
    set(kLocale + QStringLiteral("time_format"), c.timeFormat);
    for (const QString &key : ChatButtonConfig::localeStrings())
        set(kLocale + key, c.strings.value(key));
    set(kTheme + QStringLiteral("background"), c.background);
    set(kTheme + QStringLiteral("system_color"), c.systemColor);
    m_noHeader->setChecked(c.headerHidden);
    set(kTheme + QStringLiteral("header.background"), c.headerBackground);
    set(kTheme + QStringLiteral("header.color"), c.headerColor);
    set(kTheme + QStringLiteral("message.outgoing_background"), c.outgoingBackground);
    set(kTheme + QStringLiteral("message.outgoing_color"), c.outgoingColor);
    set(kTheme + QStringLiteral("message.incoming_background"), c.incomingBackground);
    set(kTheme + QStringLiteral("message.incoming_color"), c.incomingColor);
    m_composeHeight->setValue(c.composeHeight);
    set(kTheme + QStringLiteral("compose.button_background"), c.composeButtonBackground);
    m_filling = false;
    refresh();
}

SetMetaParams WebsiteButtonPane::setMetaParams(QString *botParamsError) const
{
    SetMetaParams p;
    p.noteText = m_lines.value(QStringLiteral("note.text"))->text().trimmed();
    p.noteElementType = m_noteElement->currentData().toInt();
    p.noteType = p.noteElementType == 0 && p.noteText.isEmpty() ? 0 : m_noteType->currentData().toInt();
    p.contactName = m_lines.value(QStringLiteral("contact.name"))->text().trimmed();
    p.contactFields = fieldsOf(m_contactFields);
    p.leadName = m_lines.value(QStringLiteral("lead.name"))->text().trimmed();
    const QString sale = m_lines.value(QStringLiteral("lead.sale"))->text().trimmed();
    bool ok = false;
    p.leadSale = sale.isEmpty() ? -1 : sale.toLongLong(&ok);
    if (!sale.isEmpty() && (!ok || p.leadSale < 0))
        p.leadSale = -2; // check() names it
    p.leadFields = fieldsOf(m_leadFields);
    const QByteArray json = m_botParams->toPlainText().toUtf8();
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
    const int page = m_pages->currentIndex();
    if (page == 3) {
        QString botError;
        const SetMetaParams p = setMetaParams(&botError);
        issues = p.check();
        if (!botError.isEmpty())
            out << botError;
    } else if (page == 4) {
        const QString kind = m_scriptKind->currentData().toString();
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
    const int page = m_pages->currentIndex();
    if (page == 3)
        return setMetaSnippet(setMetaParams());
    if (page == 4) {
        const QString kind = m_scriptKind->currentData().toString();
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
    m_frameWarning->setVisible(frame);
    for (const char *name : {"header.background", "header.color"})
        m_lines.value(kTheme + QLatin1String(name))->setEnabled(!c.headerHidden);
    m_preview->setConfig(c);
    const QStringList wrong = problems();
    for (QLineEdit *e : std::as_const(m_lines))
        e->setStyleSheet({});
    if (m_pages->currentIndex() < 3) {
        for (const ValidationIssue &i : c.check()) {
            if (QLineEdit *e = m_lines.value(i.field))
                e->setStyleSheet(QStringLiteral("QLineEdit { %1 }").arg(wrongFieldBorder()));
        }
    }
    m_problems->setText(wrong.join(u'\n'));
    m_problems->setVisible(!wrong.isEmpty());
    m_snippet->setPlainText(wrong.isEmpty() ? snippet() : QString());
    m_snippet->setPlaceholderText(tr("Fix what is named below to get the snippet."));
    m_embedHint->setText(embedHintFor(m_pages->currentIndex(), m_scriptKind->currentData().toString()));
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
        m_problems->setText(tr("The preset could not be saved: %1").arg(error));
        m_problems->setVisible(true);
        return false;
    }
    reloadPresets();
    m_presets->setCurrentText(saved);
    return true;
}

bool WebsiteButtonPane::loadPreset(const QString &name)
{
    ChatButtonConfig c;
    QString error;
    if (!ButtonPresets(m_accountId).load(name, c, &error)) {
        m_problems->setText(tr("The preset %1 cannot be read: %2").arg(name, error));
        m_problems->setVisible(true);
        return false;
    }
    setConfig(c);
    return true;
}

void WebsiteButtonPane::reloadPresets()
{
    m_presets->clear();
    if (m_accountId.isEmpty())
        return;
    m_presets->addItems(ButtonPresets(m_accountId).names());
    m_presets->setCurrentIndex(-1);
}

} // namespace amodesk
