// The real notes pane against the real sandbox: browse every entity type, filter through the
// dialog, add each of the ten writable types through the editor, drafts that survive, a batch
// from CSV, a batch edit, the conflict prompt, the visible outbox, and 500 notes added through
// the app while the sandbox drops connections: every one exists exactly once.
#include "Child.h"
#include "PaneParts.h"
#include "CsvImportDialog.h"
#include "HttpProbe.h"
#include "NextDialog.h"
#include "NoteConflictDialog.h"
#include "NoteEditorDialog.h"
#include "NoteFilterDialog.h"
#include "NoteTableModel.h"
#include "describe/NoteDescriber.h"
#include "NotesPane.h"
#include "EntityFilterField.h"
#include "EntityPicker.h"
#include "domain/TimeText.h"
#include "OutboxModel.h"
#include "OutboxPanel.h"
#include "SandboxAccount.h"
#include "Screenshots.h"
#include "Translations.h"
#include "api/ApiClient.h"
#include "api/TokenSource.h"
#include "api/TrustStore.h"
#include "outbox/NoteOutbox.h"
#include "outbox/OutboxSender.h"
#include "services/AccountDirectory.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QHeaderView>
#include <QDateTime>
#include <QLocale>
#include <QCompleter>
#include <QAbstractItemView>
#include <QStringListModel>
#include <QTest>
#include <functional>

using namespace amodesk;
using testing::child;
using testing::choose;
using testing::clickOk;
using testing::HttpProbe;
using testing::onNextDialog;
using testing::SandboxProcess;
using testing::screenshot;

namespace {
// The note editor's field for a parameter of a note type: each type has its page of fields.
QWidget *noteParam(QWidget *editor, const QString &noteType, const QString &key)
{
    return child<QWidget>(child<QWidget>(editor, QStringLiteral("page_") + noteType), QStringLiteral("param_") + key);
}
} // namespace

namespace {
QJsonArray writtenNotes(const QString &baseUrl)
{
    HttpProbe http(baseUrl);
    return http.get(QStringLiteral("/sandbox/notes")).json().value(QStringLiteral("notes")).toArray();
}

QJsonObject writtenNote(const QString &baseUrl, const QString &key, const QString &value)
{
    for (const QJsonValue &n : writtenNotes(baseUrl)) {
        if (n[QStringLiteral("params")].toObject().value(key).toVariant().toString() == value)
            return n.toObject();
    }
    return {};
}
} // namespace

class TestNotesPane : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_csvDir;
    testing::SandboxAccount m_account;
    std::unique_ptr<amodesk::AccountContext> m_context; // outlives the pane
    std::unique_ptr<NotesPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<int> m_leads; // live leads of m_account's sandbox

    NoteTableModel *model() const { return testing::notes(m_pane.get()); }
    void waitLoaded() { QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading() && model()->rowCount() > 0, 20000); }
    void waitSent(NotesPane *pane, NoteOutbox *outbox)
    {
        QTRY_VERIFY_WITH_TIMEOUT(outbox->count(OutboxItem::State::Pending) == 0 && outbox->count(OutboxItem::State::Sent) == 0
                                     && !testing::outboxSender(pane)->isBusy(), 240000);
    }
    QString writeCsv(const QString &name, const QString &text)
    {
        const QString path = m_csvDir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(text.toUtf8());
        return path;
    }
    void selectAll()
    {
        child<QTableView>(m_pane, QStringLiteral("table"))->selectAll();
        QCoreApplication::processEvents();
    }

private:
    // Clicks the editor's Cancel; answers the question it asks, if it asks, with the button of
    // that text. Whether it asked.
    bool closesAsking(NoteEditorDialog *d, const QString &answer)
    {
        bool asked = false;
        QTimer watch;
        watch.setInterval(20);
        connect(&watch, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            watch.stop();
            asked = true;
            if (!m_questionShot.isEmpty())
                screenshot(box, std::exchange(m_questionShot, {}));
            for (QAbstractButton *b : box->buttons()) {
                if (b->text() == answer) {
                    QTest::mouseClick(b, Qt::LeftButton);
                    return;
                }
            }
            box->reject();
        });
        watch.start();
        QTest::mouseClick(d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        return asked;
    }

    void screenshotOnNextQuestion(const QString &name) { m_questionShot = name; }

    // The common note's text of the adding draft, as a restarted app finds it; thrown away
    // unless kept.
    QString draftTextAfterRestart(bool throwAway = true)
    {
        NoteOutbox reopened(NoteOutbox::pathFor(QStringLiteral("notes-test")));
        NoteEditorDialog again(QStringLiteral("leads"), m_account.directory.get(), &reopened);
        again.restoreDraft();
        const QString text = again.draftRestored()
            ? qobject_cast<QPlainTextEdit *>(noteParam(&again, QStringLiteral("common"), QStringLiteral("text")))->toPlainText() : QString();
        if (throwAway)
            again.discardDraft();
        return text;
    }

    QString m_questionShot;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_csvDir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmoDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_notespane") + (SandboxProcess::tlsRequested() ? QStringLiteral("_tls") : QString()));
        QSettings().clear();
        installTranslations(QStringLiteral("en"));
        if (SandboxProcess::tlsRequested())
            QVERIFY(addTrustedCertificates(SandboxProcess::certificateFile()));
        QString error;
        QVERIFY2(m_account.open({QStringLiteral("--events"), QStringLiteral("3000"), QStringLiteral("--seed"), QStringLiteral("21"),
                                  QStringLiteral("--rate-limit"), QStringLiteral("0")}, &error), qPrintable(error));
        m_leads = testing::liveEntityIds(m_account.sandbox.baseUrl(), m_account.sandbox.token(), QStringLiteral("leads"), 60);
        QVERIFY(m_leads.size() >= 3);
        QFile::remove(NoteOutbox::pathFor(QStringLiteral("notes-test")));
        m_context = m_account.context(QStringLiteral("notes-test"));
    }

    // Each test has a new pane of the account, showing its leads newest first (KeePassXC's GUI
    // tests do the same): none depends on the type, filter or selection another one left. The
    // account's outbox and the sandbox's notes are the account's, as they would be after a restart.
    void init()
    {
        QSettings().remove(QStringLiteral("notes/order/notes-test"));
        m_pane = std::make_unique<NotesPane>();
        m_tester = std::make_unique<QAbstractItemModelTester>(testing::notes(m_pane.get()), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->resize(1280, 720);
        m_pane->show();
        m_pane->setAccount(m_context.get());
    }

    void cleanup()
    {
        m_tester.reset();
        m_pane.reset();
    }

    void browsesEveryEntityTypeWithNames()
    {
        for (const QString &type : {QStringLiteral("contacts"), QStringLiteral("companies"), QStringLiteral("customers"), QStringLiteral("leads")}) {
            m_pane->setEntityType(type);
            QCOMPARE(model()->entityType(), type);
            waitLoaded();
            // Entities by name, authors by name: no raw ids once the names have arrived.
            QTRY_VERIFY_WITH_TIMEOUT(!model()->index(0, NoteTableModel::EntityColumn).data().toString().startsWith(u'#'), 10000);
            QVERIFY(model()->entityLabel(model()->noteAt(0)).contains(u'«'));
            QVERIFY(!model()->index(0, NoteTableModel::AuthorColumn).data().toString().contains(u'#'));
            QVERIFY(!model()->index(0, NoteTableModel::SummaryColumn).data().toString().isEmpty());
        }
        QTest::qWait(200);
        screenshot(m_pane.get(), QStringLiteral("notes-pane"));
        // #16.7: the columns fit what they show in this language instead of fixed English widths.
        QTableView *table = child<QTableView>(m_pane, QStringLiteral("table"));
        for (int row = 0; row < qMin(model()->rowCount(), 30); ++row) {
            for (int column : {NoteTableModel::TimeColumn, NoteTableModel::TypeColumn, NoteTableModel::AuthorColumn}) {
                const QString text = model()->index(row, column).data().toString();
                QVERIFY2(table->fontMetrics().horizontalAdvance(text) < table->columnWidth(column), qPrintable(text));
            }
        }
    }

    // #16.2: every type of note reads as words in the table, the read-only ones too (they
    // showed raw JSON: {"url":...}, {"attach_cnt":1,...}, {"service":"VK Ads",...}).
    void everyNoteTypeReadsAsWords()
    {
        QStringList seen;
        for (const QString &type : NoteDescriber::readOnlyTypes() + QStringList{QStringLiteral("common"), QStringLiteral("call_in"), QStringLiteral("sms_out")}) {
            for (const QString &entityType : {QStringLiteral("leads"), QStringLiteral("contacts")}) {
                NoteTableModel notes;
                notes.setSource(m_account.api.get(), m_account.directory.get(), nullptr);
                NoteFilter filter;
                filter.noteTypes = {type};
                notes.setQuery(entityType, filter);
                QTRY_VERIFY_WITH_TIMEOUT(!notes.isLoading(), 20000);
                for (int row = 0; row < qMin(notes.rowCount(), 20); ++row) {
                    const QString summary = notes.index(row, NoteTableModel::SummaryColumn).data().toString();
                    QVERIFY2(!summary.isEmpty() && !summary.contains(u'{') && !summary.contains(u'"'), qPrintable(type + QStringLiteral(": ") + summary));
                    if (!seen.contains(type))
                        seen << type;
                }
            }
        }
        QCOMPARE(seen.size(), NoteDescriber::readOnlyTypes().size() + 3); // the sandbox has each
        const NoteFilter before = testing::notes(m_pane.get())->filter();
        const QString entityTypeBefore = testing::notes(m_pane.get())->entityType();
        NoteFilter readOnly = before;
        readOnly.noteTypes = NoteDescriber::readOnlyTypes();
        testing::notes(m_pane.get())->setQuery(QStringLiteral("leads"), readOnly);
        waitLoaded();
        screenshot(m_pane.get(), QStringLiteral("notes-read-only-types"));
        testing::notes(m_pane.get())->setQuery(entityTypeBefore, before);
        waitLoaded();
        QCOMPARE(NoteDescriber::summary(QStringLiteral("amomail_message"),
                                        QJsonObject{{QStringLiteral("income"), true}, {QStringLiteral("subject"), QStringLiteral("Offer")},
                                                    {QStringLiteral("from"), QJsonObject{{QStringLiteral("name"), QStringLiteral("Ann")}, {QStringLiteral("email"), QStringLiteral("ann@example.com")}}},
                                                    {QStringLiteral("attach_cnt"), 2}}),
                 QStringLiteral("from Ann <ann@example.com> · Offer · 2 attachments"));
        QCOMPARE(NoteDescriber::summary(QStringLiteral("new_kind"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Hi")}, {QStringLiteral("score"), 5}}),
                 QStringLiteral("Hi · score: 5"));
    }

    // #16.3: the editor starts from the entities of the selected notes, says their names, and
    // takes more by name through a completer as wide as the names.
    void editorPicksEntitiesByName()
    {
        QCOMPARE(model()->entityType(), QStringLiteral("leads"));
        waitLoaded();
        child<QTableView>(m_pane, QStringLiteral("table"))->selectRow(0);
        const qint64 selectedLead = model()->noteAt(0).raw.value(QStringLiteral("entity_id")).toInteger();
        // Another lead, found by a word of its name (once the names have come).
        QString otherName;
        qint64 otherLead = 0;
        const auto findOther = [&] {
            for (int row = 1; row < model()->rowCount() && otherLead == 0; ++row) {
                const QJsonObject n = model()->noteAt(row).raw;
                const QString label = model()->index(row, NoteTableModel::EntityColumn).data().toString();
                if (n.value(QStringLiteral("entity_id")).toInteger() != selectedLead && !label.startsWith(u'#')) {
                    otherLead = n.value(QStringLiteral("entity_id")).toInteger();
                    otherName = label;
                }
            }
            return otherLead != 0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(findOther(), 10000);
        bool checked = false;
        onNextDialog<NoteEditorDialog>([&](NoteEditorDialog *d) {
            QLineEdit *ids = child<QLineEdit>(d, QStringLiteral("entities"));
            QCOMPARE(ids->text(), QString::number(selectedLead));
            auto *names = d->findChild<QLabel *>(QStringLiteral("entityNames"));
            QVERIFY(names);
            QTRY_VERIFY_WITH_TIMEOUT(names->text().contains(u'«'), 10000);
            ids->setFocus();
            ids->end(false);
            const QString typed = QStringLiteral(", ") + otherName;
            for (const QChar c : typed) // typed, Cyrillic too (keyClicks takes ASCII only)
                QTest::sendKeyEvent(QTest::Click, ids, Qt::Key_unknown, QString(c), Qt::NoModifier);
            auto *picker = d->findChild<EntityPicker *>();
            QVERIFY(picker);
            auto *completer = child<QCompleter>(picker, QStringLiteral("completer"));
            QTRY_VERIFY_WITH_TIMEOUT(completer->popup()->isVisible(), 10000);
            QVERIFY(completer->popup()->width() >= 380);
            screenshot(d, QStringLiteral("note-editor-picker"));
            const QStringList offers = static_cast<QStringListModel *>(completer->model())->stringList();
            const qsizetype at = offers.indexOf(otherName + QStringLiteral(" — ") + QString::number(otherLead));
            QVERIFY2(at >= 0, qPrintable(offers.join(u'|')));
            Q_EMIT completer->activated(offers.at(at));
            QCOMPARE(ids->text(), QStringLiteral("%1, %2").arg(selectedLead).arg(otherLead));
            QTRY_COMPARE_WITH_TIMEOUT(names->text().count(u'«'), 2, 10000);
            checked = true;
            d->discardDraft();
            d->reject();
        });
        m_pane->addNote();
        QVERIFY(checked);
        child<QTableView>(m_pane, QStringLiteral("table"))->clearSelection();
    }

    // The pane's entity field: a name typed there is looked up and offered as "Name — id";
    // choosing one narrows the list to that entity, and emptying the field shows them all again.
    void paneNarrowsToOneEntityByName()
    {
        waitLoaded();
        QTRY_VERIFY_WITH_TIMEOUT(!model()->index(0, NoteTableModel::EntityColumn).data().toString().startsWith(u'#'), 10000);
        const qint64 lead = model()->noteAt(0).entityId;
        const QString name = model()->index(0, NoteTableModel::EntityColumn).data().toString();
        auto *field = m_pane->findChild<EntityFilterField *>(QStringLiteral("entityPicker"));
        QVERIFY(field);
        m_pane->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
        field->setFocus();
        QTRY_VERIFY(field->hasFocus()); // the offer pops up only for a field in use
        for (const QChar c : name) // Cyrillic too (keyClicks takes ASCII only)
            QTest::sendKeyEvent(QTest::Click, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTRY_VERIFY_WITH_TIMEOUT(field->completer()->popup()->isVisible(), 10000);
        const QStringList offers = static_cast<QStringListModel *>(field->completer()->model())->stringList();
        const qsizetype at = offers.indexOf(name + QStringLiteral(" — ") + QString::number(lead));
        QVERIFY2(at >= 0, qPrintable(offers.join(u'|')));
        Q_EMIT field->completer()->activated(offers.at(at));
        QCOMPARE(model()->filter().entityIds, QList<qint64>{lead});
        waitLoaded();
        for (int row = 0; row < model()->rowCount(); ++row)
            QCOMPARE(model()->noteAt(row).entityId, lead);
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("filterSummary"))->text().contains(QStringLiteral("1 entity ID")));
        field->clear();
        QVERIFY(model()->filter().entityIds.isEmpty());
        waitLoaded();
    }

    // #16.1: notes open newest first; the time column sorts both ways by the time it shows, other
    // columns say why they cannot; the order is kept per account across restarts.
    void notesOpenNewestFirstAndSortByTime()
    {
        QSettings().remove(QStringLiteral("notes/order/order-test"));
        const auto account = m_account.context(QStringLiteral("order-test"));
        auto pane = std::make_unique<NotesPane>();
        pane->resize(1280, 720);
        pane->show();
        pane->setAccount(account.get());
        NoteTableModel *m = testing::notes(pane.get());
        auto loaded = [m] { return !m->isLoading() && m->rowCount() > 2; };
        auto id = [m](int row) { return m->noteAt(row).raw.value(QStringLiteral("id")).toInteger(); };
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), 20000);
        QVERIFY(id(0) > id(1) && id(1) > id(2));
        QCOMPARE(m->headerData(NoteTableModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Created"));
        QVERIFY(child<QLabel>(pane, QStringLiteral("filterSummary"))->text().contains(QStringLiteral("newest first")));

        QHeaderView *header = child<QTableView>(pane, QStringLiteral("table"))->horizontalHeader();
        auto click = [header](int column) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2));
        };
        click(NoteTableModel::TimeColumn);
        QTRY_VERIFY_WITH_TIMEOUT(!m->filter().descending && loaded(), 20000);
        QVERIFY(id(0) < id(1) && id(1) < id(2));
        click(NoteTableModel::TypeColumn);
        QCOMPARE(header->sortIndicatorSection(), int(NoteTableModel::TimeColumn));
        QVERIFY(!m->filter().descending);
        QVERIFY2(child<QLabel>(pane, QStringLiteral("status"))->text().contains(QStringLiteral("by time only")), qPrintable(child<QLabel>(pane, QStringLiteral("status"))->text()));

        NoteFilter byChange = m->filter();
        byChange.orderField = QStringLiteral("updated_at");
        byChange.descending = true;
        pane->setFilter(byChange);
        QTRY_VERIFY_WITH_TIMEOUT(loaded(), 20000);
        QCOMPARE(m->headerData(NoteTableModel::TimeColumn, Qt::Horizontal).toString(), QStringLiteral("Changed"));
        const QJsonObject first = m->noteAt(0).raw;
        QCOMPARE(m->index(0, NoteTableModel::TimeColumn).data().toString(),
                 amodesk::shortTime(first.value(QStringLiteral("updated_at")).toInteger()));
        QVERIFY(first.value(QStringLiteral("updated_at")).toInteger() >= m->noteAt(1).raw.value(QStringLiteral("updated_at")).toInteger());
        screenshot(pane.get(), QStringLiteral("notes-by-change"));

        pane.reset(); // a restart
        NotesPane again;
        again.setAccount(account.get());
        QCOMPARE(testing::notes(&again)->filter().orderField, QStringLiteral("updated_at"));
        QVERIFY(testing::notes(&again)->filter().descending);
        QCOMPARE(child<QTableView>(&again, QStringLiteral("table"))->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    // #16.8: an empty table says why and how to widen it.
    void anEmptyTableSaysWhy()
    {
        const NoteFilter before = model()->filter();
        NoteFilter none = before;
        none.ids = {1}; // no note has this id
        m_pane->setFilter(none);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 20000);
        QCOMPARE(model()->rowCount(), 0);
        auto *hint = child<QTableView>(m_pane, QStringLiteral("table"))->viewport()->findChild<QLabel *>(QStringLiteral("emptyTableHint"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("No notes match this filter")), qPrintable(hint->text()));
        screenshot(m_pane.get(), QStringLiteral("notes-empty"));
        m_pane->setFilter(before);
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 20000);
        QVERIFY(!hint->isVisible());
    }

    void pagesAsTheTableScrolls()
    {
        m_pane->setFilter({});
        waitLoaded();
        const int first = model()->rowCount();
        QVERIFY(model()->canFetchMore({}));
        child<QTableView>(m_pane, QStringLiteral("table"))->scrollToBottom();
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > first, 10000);
    }

    void detailShowsEveryFieldAndTheEntityLink()
    {
        waitLoaded();
        child<QTableView>(m_pane, QStringLiteral("table"))->selectRow(0);
        const QJsonObject note = model()->noteAt(0).raw;
        const QString html = child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toHtml();
        QVERIFY(html.contains(QStringLiteral("/leads/detail/%1").arg(note.value(QStringLiteral("entity_id")).toInteger())));
        QVERIFY(child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().contains(QStringLiteral("Raw JSON")));
        QVERIFY(child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().contains(QString::number(note.value(QStringLiteral("id")).toInteger())));
    }

    void filtersThroughTheDialog()
    {
        onNextDialog<NoteFilterDialog>([](NoteFilterDialog *d) {
            auto *noteIds = child<QLineEdit>(d, QStringLiteral("noteIds"));
            QTest::keyClicks(noteIds, QStringLiteral("12, abc"));
            clickOk(d); // refused: the field is named
            QVERIFY(d->isVisible());
            QVERIFY(child<QLabel>(d, QStringLiteral("error"))->text().contains(QStringLiteral("Note IDs")));
            noteIds->clear();
            auto *types = child<QListWidget>(d, QStringLiteral("types"));
            for (int i = 0; i < types->count(); ++i) {
                const QString t = types->item(i)->data(Qt::UserRole).toString();
                types->item(i)->setCheckState(t == u"call_in" || t == u"sms_in" ? Qt::Checked : Qt::Unchecked);
            }
            auto *order = child<QComboBox>(d, QStringLiteral("order"));
            order->setCurrentIndex(order->findData(QStringLiteral("id:desc")));
            clickOk(d);
        });
        m_pane->openFilterDialog();
        QCOMPARE(model()->filter().noteTypes.size(), 2);
        waitLoaded();
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int r = 0; r < model()->rowCount(); ++r) {
            const QJsonObject n = model()->noteAt(r).raw;
            const QString type = n.value(QStringLiteral("note_type")).toString();
            QVERIFY(type == u"call_in" || type == u"sms_in");
            QVERIFY(n.value(QStringLiteral("id")).toInteger() < previous);
            previous = n.value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(child<QLabel>(m_pane, QStringLiteral("filterSummary"))->text().contains(QStringLiteral("Incoming call")));
        screenshot(m_pane.get(), QStringLiteral("notes-filtered"));
        // Read-only types are listed, marked as such.
        NoteFilter readOnly;
        readOnly.noteTypes = {QStringLiteral("amomail_message")};
        m_pane->setFilter(readOnly);
        waitLoaded();
        QCOMPARE(model()->index(0, 0).data(NoteTableModel::WritableRole).toBool(), false);
        m_pane->setFilter({});
    }

    void editorNamesTheWrongField()
    {
        onNextDialog<NoteEditorDialog>([this](NoteEditorDialog *d) {
            child<QLineEdit>(d, QStringLiteral("entities"))->setText(QString::number(m_leads.at(0)));
            choose(child<QComboBox>(d, QStringLiteral("noteType")), QStringLiteral("call_in"));
            d->setParam(QStringLiteral("phone"), QStringLiteral("call me"));
            d->setParam(QStringLiteral("duration"), QStringLiteral("65"));
            d->setParam(QStringLiteral("source"), QStringLiteral("onlinePBX"));
            testing::clickOk(d);
            QVERIFY(d->isVisible());
            QVERIFY2(child<QLabel>(d, QStringLiteral("errors"))->text().contains(QStringLiteral("Phone")), qPrintable(child<QLabel>(d, QStringLiteral("errors"))->text()));
            screenshot(d, QStringLiteral("note-editor-error"));
            // #16.8: what was said about the call's fields does not apply to another type.
            choose(child<QComboBox>(d, QStringLiteral("noteType")), QStringLiteral("common"));
            QVERIFY(!child<QLabel>(d, QStringLiteral("errors"))->isVisible());
            QVERIFY(noteParam(d, QStringLiteral("call_in"), QStringLiteral("phone"))->styleSheet().isEmpty());
            d->discardDraft();
            d->reject();
        });
        m_pane->addNote();
    }

    void draftsSurviveClosingAndRestarting()
    {
        onNextDialog<NoteEditorDialog>([this](NoteEditorDialog *d) {
            child<QLineEdit>(d, QStringLiteral("entities"))->setText(QString::number(m_leads.at(0)));
            auto *text = qobject_cast<QPlainTextEdit *>(noteParam(d, QStringLiteral("common"), QStringLiteral("text")));
            text->setPlainText(QStringLiteral("half-written thought"));
            QTest::qWait(500); // the draft is saved shortly after typing stops
            d->reject();
        });
        m_pane->addNote();
        // A fresh outbox on the same file: what a restarted app sees.
        NoteOutbox reopened(NoteOutbox::pathFor(QStringLiteral("notes-test")));
        NoteEditorDialog again(QStringLiteral("leads"), m_account.directory.get(), &reopened);
        again.restoreDraft();
        QVERIFY(again.draftRestored());
        QCOMPARE(qobject_cast<QPlainTextEdit *>(noteParam(&again, QStringLiteral("common"), QStringLiteral("text")))->toPlainText(),
                 QStringLiteral("half-written thought"));
        QCOMPARE(child<QLineEdit>(&again, QStringLiteral("entities"))->text(), QString::number(m_leads.at(0)));
        again.discardDraft();
        NoteEditorDialog gone(QStringLiteral("leads"), m_account.directory.get(), &reopened);
        gone.restoreDraft();
        QVERIFY(!gone.draftRestored());
    }

    void escapeRightAfterTypingKeepsTheDraft()
    {
        // #16.4: the draft was saved 300 ms after typing stopped: typing then Escape lost it.
        onNextDialog<NoteEditorDialog>([this](NoteEditorDialog *d) {
            child<QLineEdit>(d, QStringLiteral("entities"))->setText(QString::number(m_leads.at(0)));
            auto *text = qobject_cast<QPlainTextEdit *>(noteParam(d, QStringLiteral("common"), QStringLiteral("text")));
            text->setFocus();
            QTest::keyClicks(text, QStringLiteral("typed in a hurry"));
            QTest::keyClick(text, Qt::Key_Escape);
            QVERIFY(!d->isVisible());
        });
        m_pane->addNote();
        QCOMPARE(draftTextAfterRestart(), QStringLiteral("typed in a hurry"));
    }

    void cancelAsksBeforeLosingWhatWasTyped()
    {
        // #16.4: Cancel of an editor with text in it asks; of an empty one it just closes.
        onNextDialog<NoteEditorDialog>([this](NoteEditorDialog *d) {
            QVERIFY(!closesAsking(d, {}));
            QVERIFY(!d->isVisible());
        });
        m_pane->addNote();
        onNextDialog<NoteEditorDialog>([this](NoteEditorDialog *d) {
            auto *text = qobject_cast<QPlainTextEdit *>(noteParam(d, QStringLiteral("common"), QStringLiteral("text")));
            QTest::keyClicks(text, QStringLiteral("second thoughts"));
            QVERIFY(closesAsking(d, QStringLiteral("Continue editing")));
            QVERIFY(d->isVisible());
            QCOMPARE(text->toPlainText(), QStringLiteral("second thoughts"));
            QVERIFY(closesAsking(d, QStringLiteral("Keep the draft")));
            QVERIFY(!d->isVisible());
        });
        m_pane->addNote();
        QCOMPARE(draftTextAfterRestart(false), QStringLiteral("second thoughts"));
        onNextDialog<NoteEditorDialog>([this](NoteEditorDialog *d) {
            QVERIFY(d->draftRestored());
            screenshotOnNextQuestion(QStringLiteral("note-editor-cancel"));
            QVERIFY(closesAsking(d, QStringLiteral("Discard")));
            QVERIFY(!d->isVisible());
        });
        m_pane->addNote();
        QCOMPARE(draftTextAfterRestart(), QString());
    }

    void addsEachOfTheTenTypesThroughTheEditor()
    {
        const QList<QPair<QString, QList<QPair<QString, QString>>>> cases{
            {QStringLiteral("common"), {{QStringLiteral("text"), QStringLiteral("ten: common")}}},
            {QStringLiteral("call_in"), {{QStringLiteral("phone"), QStringLiteral("+79990001122")}, {QStringLiteral("duration"), QStringLiteral("65")},
                                         {QStringLiteral("source"), QStringLiteral("ten: call_in")}, {QStringLiteral("link"), QStringLiteral("https://example.com/in.mp3")}}},
            {QStringLiteral("call_out"), {{QStringLiteral("phone"), QStringLiteral("+79990001123")}, {QStringLiteral("duration"), QStringLiteral("5")},
                                          {QStringLiteral("source"), QStringLiteral("ten: call_out")}}},
            {QStringLiteral("service_message"), {{QStringLiteral("service"), QStringLiteral("ten: service_message")}, {QStringLiteral("text"), QStringLiteral("done")}}},
            {QStringLiteral("extended_service_message"), {{QStringLiteral("service"), QStringLiteral("ten: extended")}, {QStringLiteral("text"), QStringLiteral("long")}}},
            {QStringLiteral("message_cashier"), {{QStringLiteral("status"), QStringLiteral("shown")}, {QStringLiteral("text"), QStringLiteral("ten: cashier")}}},
            {QStringLiteral("geolocation"), {{QStringLiteral("text"), QStringLiteral("ten: geolocation")}, {QStringLiteral("address"), QStringLiteral("Tverskaya 1")},
                                             {QStringLiteral("latitude"), QStringLiteral("55.7558")}, {QStringLiteral("longitude"), QStringLiteral("37.6173")}}},
            {QStringLiteral("sms_in"), {{QStringLiteral("phone"), QStringLiteral("+79990001124")}, {QStringLiteral("text"), QStringLiteral("ten: sms_in")}}},
            {QStringLiteral("sms_out"), {{QStringLiteral("phone"), QStringLiteral("+79990001125")}, {QStringLiteral("text"), QStringLiteral("ten: sms_out")}}},
            {QStringLiteral("attachment"), {{QStringLiteral("file_name"), QStringLiteral("ten: attachment.pdf")},
                                            {QStringLiteral("file_uuid"), QStringLiteral("9905db7c-3a29-4d30-8953-bac68c05e8e8")}}},
        };
        for (const auto &c : cases) {
            onNextDialog<NoteEditorDialog>([this, c](NoteEditorDialog *d) {
                child<QLineEdit>(d, QStringLiteral("entities"))->setText(QString::number(m_leads.at(0)));
                choose(child<QComboBox>(d, QStringLiteral("noteType")), c.first);
                for (const auto &param : c.second)
                    d->setParam(param.first, param.second);
                if (c.first == u"geolocation")
                    screenshot(d, QStringLiteral("note-editor-geolocation"));
                testing::clickOk(d);
                QVERIFY2(!d->isVisible(), qPrintable(c.first + QStringLiteral(": ") + child<QLabel>(d, QStringLiteral("errors"))->text()));
            });
            m_pane->addNote();
        }
        waitSent(m_pane.get(), m_context->outbox());
        for (const auto &c : cases) {
            QPair<QString, QString> marker;
            for (const auto &param : c.second) {
                if (param.second.startsWith(QStringLiteral("ten: ")))
                    marker = param;
            }
            const QJsonObject n = writtenNote(m_account.sandbox.baseUrl(), marker.first, marker.second);
            QVERIFY2(!n.isEmpty(), qPrintable(c.first + QStringLiteral(" did not arrive")));
            QCOMPARE(n.value(QStringLiteral("note_type")).toString(), c.first);
            QCOMPARE(n.value(QStringLiteral("entity_id")).toInteger(), m_leads.at(0));
            for (const auto &param : c.second)
                QCOMPARE(n[QStringLiteral("params")].toObject().value(param.first).toVariant().toString(), param.second);
        }
        QCOMPARE(m_context->outbox()->count(OutboxItem::State::Confirmed), 10);
    }

    // #16.12: a lead_id column is found by itself, and problems are told in the form's words.
    void csvImportFindsItsColumnAndSpeaksPlainly()
    {
        const QString path = writeCsv(QStringLiteral("plain.csv"), QStringLiteral("lead_id;text\nabc;hello\n%1;\n%1;fine\n").arg(m_leads.at(1)));
        onNextDialog<CsvImportDialog>([](CsvImportDialog *d) {
            choose(child<QComboBox>(d, QStringLiteral("noteType")), QStringLiteral("common"));
            QCOMPARE(child<QComboBox>(d, QStringLiteral("column_entity_id"))->currentText(), QStringLiteral("lead_id"));
            const QString summary = child<QLabel>(d, QStringLiteral("summary"))->text();
            QVERIFY2(summary.contains(QStringLiteral("1 note ready")), qPrintable(summary));
            QVERIFY2(summary.contains(QStringLiteral("Line 2: Lead IDs: “abc” is not a number")), qPrintable(summary));
            QVERIFY2(summary.contains(QStringLiteral("Line 3: Text:")), qPrintable(summary));
            QVERIFY2(!summary.contains(QStringLiteral("entity_id")) && !summary.contains(QStringLiteral("params.")), qPrintable(summary));
            d->reject();
        });
        m_pane->importCsv(path);
    }

    void addsABatchFromCsv()
    {
        const QString path = writeCsv(QStringLiteral("notes.csv"),
                                      QStringLiteral("lead;text\n%1;csv one\n%1;csv two\n%2;\"csv three; with a separator\"\n%2;csv four\n%1;csv five\n%1;\n")
                                          .arg(m_leads.at(1)).arg(m_leads.at(2)));
        onNextDialog<CsvImportDialog>([](CsvImportDialog *d) {
            choose(child<QComboBox>(d, QStringLiteral("noteType")), QStringLiteral("common"));
            QComboBox *entity = child<QComboBox>(d, QStringLiteral("column_entity_id"));
            entity->setCurrentIndex(entity->findText(QStringLiteral("lead")));
            QVERIFY2(child<QLabel>(d, QStringLiteral("summary"))->text().contains(QStringLiteral("Line 7")), qPrintable(child<QLabel>(d, QStringLiteral("summary"))->text()));
            QVERIFY(child<QLabel>(d, QStringLiteral("summary"))->text().contains(QStringLiteral("5 notes ready")));
            screenshot(d, QStringLiteral("notes-csv-import"));
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("queue")), Qt::LeftButton);
        });
        m_pane->importCsv(path);
        waitSent(m_pane.get(), m_context->outbox());
        for (const QString &text : {QStringLiteral("csv one"), QStringLiteral("csv two"), QStringLiteral("csv three; with a separator"),
                                    QStringLiteral("csv four"), QStringLiteral("csv five")})
            QVERIFY2(!writtenNote(m_account.sandbox.baseUrl(), QStringLiteral("text"), text).isEmpty(), qPrintable(text));
    }

    void editsSeveralNotesTogether()
    {
        HttpProbe http(m_account.sandbox.baseUrl(), m_account.sandbox.token());
        QJsonArray made;
        for (const char *text : {"first of two", "second of two"})
            made.append(QJsonObject{{QStringLiteral("entity_id"), m_leads.at(2)}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                    {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QString::fromUtf8(text)}}}});
        QCOMPARE(http.send("POST", QStringLiteral("/api/v4/leads/notes"), QJsonDocument(made).toJson()).status, 200);
        NoteFilter mine;
        mine.entityIds = {m_leads.at(2)};
        mine.noteTypes = {QStringLiteral("common")};
        m_pane->setFilter(mine);
        waitLoaded();
        QList<qint64> ids;
        for (int r = 0; r < model()->rowCount(); ++r)
            ids << model()->noteAt(r).raw.value(QStringLiteral("id")).toInteger();
        QVERIFY(ids.size() >= 2);
        selectAll();
        const int confirmedBefore = m_context->outbox()->count(OutboxItem::State::Confirmed);
        onNextDialog<NoteEditorDialog>([](NoteEditorDialog *d) {
            QVERIFY(d->windowTitle().contains(QStringLiteral("together")));
            d->setParam(QStringLiteral("text"), QStringLiteral("edited together"));
            testing::clickOk(d);
        });
        m_pane->editSelected();
        QTRY_VERIFY_WITH_TIMEOUT(m_context->outbox()->count(OutboxItem::State::Confirmed) >= confirmedBefore + ids.size(), 30000);
        waitSent(m_pane.get(), m_context->outbox());
        for (qint64 id : ids) {
            const QJsonObject n = http.get(QStringLiteral("/api/v4/leads/notes/%1").arg(id)).json();
            QCOMPARE(n[QStringLiteral("params")].toObject().value(QStringLiteral("text")).toString(), QStringLiteral("edited together"));
        }
    }

    void asksWhenANoteChangedOnTheServer()
    {
        HttpProbe http(m_account.sandbox.baseUrl(), m_account.sandbox.token());
        const QJsonArray made{QJsonObject{{QStringLiteral("entity_id"), m_leads.at(2)}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                          {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("to be changed elsewhere")}}}}};
        const auto added = http.send("POST", QStringLiteral("/api/v4/leads/notes"), QJsonDocument(made).toJson());
        QCOMPARE(added.status, 200);
        const qint64 id = added.json()[QStringLiteral("_embedded")][QStringLiteral("notes")][0][QStringLiteral("id")].toInteger();
        QVERIFY(id > 0);
        NoteFilter justIt;
        justIt.ids = {id};
        m_pane->setFilter(justIt);
        waitLoaded();
        QTest::qWait(1100); // the server's clock counts seconds
        const QByteArray theirs = QJsonDocument(QJsonObject{{QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("changed elsewhere")}}}}).toJson();
        QCOMPARE(http.send("PATCH", QStringLiteral("/api/v4/leads/%1/notes/%2").arg(m_leads.at(2)).arg(id), theirs).status, 200);

        for (bool keepMine : {false, true}) {
            child<QTableView>(m_pane, QStringLiteral("table"))->selectRow(model()->rowOfNote(id));
            bool prompted = false;
            onNextDialog<NoteEditorDialog>([keepMine, &prompted](NoteEditorDialog *d) {
                d->setParam(QStringLiteral("text"), keepMine ? QStringLiteral("mine wins") : QStringLiteral("mine loses"));
                onNextDialog<NoteConflictDialog>([keepMine, &prompted](NoteConflictDialog *c) {
                    prompted = true;
                    screenshot(c, QStringLiteral("note-conflict"));
                    c->findChild<QPushButton *>(keepMine ? QStringLiteral("keepMine") : QStringLiteral("keepTheirs"))->click();
                });
                testing::clickOk(d);
            });
            m_pane->editSelected();
            QTRY_VERIFY_WITH_TIMEOUT(prompted, 10000);
            QTest::qWait(200);
            waitSent(m_pane.get(), m_context->outbox());
            const QString text = http.get(QStringLiteral("/api/v4/leads/notes/%1").arg(id)).json()[QStringLiteral("params")].toObject().value(QStringLiteral("text")).toString();
            QCOMPARE(text, keepMine ? QStringLiteral("mine wins") : QStringLiteral("changed elsewhere"));
            if (!keepMine) { // the row now shows the server's version, so a second edit conflicts again only if it changes
                QCOMPARE(model()->noteAt(model()->rowOfNote(id)).raw.value(QStringLiteral("params")).toObject().value(QStringLiteral("text")).toString(),
                         QStringLiteral("changed elsewhere"));
                QTest::qWait(1100);
                QCOMPARE(http.send("PATCH", QStringLiteral("/api/v4/leads/%1/notes/%2").arg(m_leads.at(2)).arg(id), theirs).status, 200);
            }
        }
    }

    void outboxShowsRefusalsWithTheServersReason()
    {
        m_pane->queue(false, {QJsonObject{{QStringLiteral("entity_id"), 1}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                          {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("to nowhere")}}}}});
        waitSent(m_pane.get(), m_context->outbox());
        child<QToolButton>(m_pane, QStringLiteral("outboxButton"))->setChecked(true);
        auto *outbox = child<OutboxModel>(m_pane, QStringLiteral("outbox"));
        QCOMPARE(outbox->count(OutboxItem::State::Failed), 1);
        QCOMPARE(outbox->index(0, OutboxModel::StateColumn).data().toString(), QStringLiteral("Failed"));
        QVERIFY(outbox->index(0, OutboxModel::ReasonColumn).data().toString().contains(QStringLiteral("entity_id")));
        QVERIFY(child<QToolButton>(m_pane, QStringLiteral("outboxButton"))->text().contains(QStringLiteral("1 failed")));
        screenshot(m_pane.get(), QStringLiteral("notes-outbox"));
        m_context->outbox()->discard(outbox->index(0, 0).data(OutboxModel::RowIdRole).toLongLong());
        child<OutboxPanel>(m_pane, QStringLiteral("outboxPanel"))->refresh();
        QCOMPARE(outbox->count(OutboxItem::State::Failed), 0);
        child<QToolButton>(m_pane, QStringLiteral("outboxButton"))->setChecked(false);
    }

    // The app's own path, CSV to outbox to server, while 30% of API requests fail: dropped before
    // or after the server commits, answered 500, or cut short.
    void fiveHundredNotesThroughFaultsExistExactlyOnce()
    {
        SandboxProcess faulty;
        QVERIFY2(faulty.start({QStringLiteral("--events"), QStringLiteral("1500"), QStringLiteral("--fault-rate"), QStringLiteral("0.3"),
                               QStringLiteral("--seed"), QStringLiteral("31")}), qPrintable(faulty.errorText()));
        FixedToken token(faulty.token());
        ApiClient api(QUrl(faulty.baseUrl()), &token);
        api.setTimeoutMs(5000);
        const QList<int> leads = testing::liveEntityIds(faulty.baseUrl(), faulty.token(), QStringLiteral("leads"), 60);
        QVERIFY(leads.size() >= 50);
        QFile::remove(NoteOutbox::pathFor(QStringLiteral("faults-test")));
        amodesk::AccountContext account(&api, m_account.directory.get(), faulty.baseUrl(), QStringLiteral("faults-test"));
        NotesPane pane;
        pane.setAccount(&account);
        testing::outboxSender(&pane)->setBatchSize(20); // more requests, so more of them meet a fault
        QString csv = QStringLiteral("entity_id,text\n");
        for (int i = 0; i < 500; ++i)
            csv += QStringLiteral("%1,app fault #%2\n").arg(leads.at(i % 50)).arg(i);
        onNextDialog<CsvImportDialog>([](CsvImportDialog *d) {
            QVERIFY(child<QLabel>(d, QStringLiteral("summary"))->text().contains(QStringLiteral("500 notes ready")));
            QTest::mouseClick(child<QPushButton>(d, QStringLiteral("queue")), Qt::LeftButton);
        });
        pane.importCsv(writeCsv(QStringLiteral("five-hundred.csv"), csv));
        waitSent(&pane, account.outbox());
        QCOMPARE(account.outbox()->count(OutboxItem::State::Confirmed), 500);
        QHash<QString, int> counts;
        for (const QJsonValue &n : writtenNotes(faulty.baseUrl()))
            counts[n[QStringLiteral("params")].toObject().value(QStringLiteral("text")).toString()]++;
        for (int i = 0; i < 500; ++i)
            QCOMPARE(counts.value(QStringLiteral("app fault #%1").arg(i)), 1);
        HttpProbe http(faulty.baseUrl());
        QVERIFY(http.get(QStringLiteral("/sandbox/stats")).json().value(QStringLiteral("faults")).toInt() > 5);
        pane.setAccount(nullptr);
    }

    void cleanupTestCase()
    {
        m_pane.reset();
    }
};

QTEST_MAIN(TestNotesPane)
#include "tst_notespane.moc"
