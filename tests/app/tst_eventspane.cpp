// The real events pane against the real sandbox: open, page by scrolling, filter through the
// dialog (every documented constraint refused with its message), chips, detail panel, search,
// export and follow, with QAbstractItemModelTester watching the models throughout.
#include "Child.h"
#include "PaneParts.h"
#include "EventCacheModel.h"
#include "TableCsv.h"
#include "EventExporter.h"
#include "EventFilterDialog.h"
#include "EventTableModel.h"
#include "EventsChart.h"
#include "FollowNotifier.h"
#include "EventsPane.h"
#include "NextDialog.h"
#include "SyncPeriodDialog.h"
#include "domain/TimeText.h"
#include "HostileServer.h"
#include "HttpProbe.h"
#include "SandboxProcess.h"
#include "Screenshots.h"
#include "Tones.h"
#include "api/ApiClient.h"
#include "api/TokenSource.h"
#include "services/AccountContext.h"
#include "services/AccountDirectory.h"
#include "services/EventSync.h"
#include "cache/EventCache.h"
#include "domain/EntityTypeNames.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QStandardPaths>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QDate>
#include <QRegularExpression>
#include <QTest>

using namespace amodesk;
using testing::child;
using testing::HttpProbe;
using testing::SandboxProcess;
using testing::screenshot;

namespace {
void checkItem(QListWidget *list, const QString &value)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == value)
            list->item(i)->setCheckState(Qt::Checked);
    }
}

} // namespace

class TestEventsPane : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<FixedToken> m_token;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<AccountDirectory> m_directory;
    std::unique_ptr<amodesk::AccountContext> m_context; // outlives the pane
    std::unique_ptr<EventsPane> m_pane;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester, m_proxyTester;

    EventTableModel *model() const { return testing::apiEvents(m_pane.get()); }
    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!model()->isLoading(), 20000); }

    EventFilterDialog *dialog(const EventFilter &initial = {})
    {
        return new EventFilterDialog(initial, m_directory.get(), m_sandbox.baseUrl(), QStringLiteral("saved-filters-test"), m_pane.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("AmoDeskTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_eventspane"));
        QSettings().clear();
        QVERIFY(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("700"), QStringLiteral("--seed"), QStringLiteral("12"),
                                 QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        m_token = std::make_unique<FixedToken>(m_sandbox.token());
        m_api = std::make_unique<ApiClient>(QUrl(m_sandbox.baseUrl()), m_token.get());
        m_api->setRateLimit(50);
        m_directory = std::make_unique<AccountDirectory>(m_api.get());
        QSignalSpy loaded(m_directory.get(), &AccountDirectory::loaded);
        m_directory->load(QStringLiteral("en"));
        QVERIFY(loaded.wait(20000));
    }

    // Each test gets a pane of its own, signed in to the account and showing its first page.
    void init()
    {
        m_context = std::make_unique<amodesk::AccountContext>(m_api.get(), m_directory.get(), m_sandbox.baseUrl(), QString());
        m_pane = std::make_unique<EventsPane>();
        m_modelTester = std::make_unique<QAbstractItemModelTester>(testing::apiEvents(m_pane.get()), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(testing::eventProxy(m_pane.get()), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_pane->resize(1100, 700);
        m_pane->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
        m_pane->setAccount(m_context.get()); // no account id, so no cache: the API directly
        // The first page. (When linked names arrive the rows change, and the proxy's model tester
        // then asks for the next page itself, so more may follow.)
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() >= 100, 20000);
        waitIdle();
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_pane.reset();
        m_context.reset();
    }

    void opensWithNamesNotIds()
    {
        int named = 0;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const Event &e = model()->eventAt(row);
            const QString type = model()->index(row, EventTableModel::TypeColumn).data().toString();
            QVERIFY2(type != e.type, qPrintable(e.type)); // every documented type has a name
            const QString author = model()->index(row, EventTableModel::AuthorColumn).data().toString();
            QVERIFY2(!author.contains(u'#'), qPrintable(author));
            if (e.type == u"lead_status_changed" || e.type == u"entity_responsible_changed") {
                const QString change = model()->index(row, EventTableModel::ChangeColumn).data().toString();
                QVERIFY2(change.contains(QStringLiteral("→")) && !change.contains(u'#'), qPrintable(change));
                ++named;
            }
        }
        QVERIFY(named > 0);
    }

    void pagesAsTheViewScrolls()
    {
        QTableView *table = child<QTableView>(m_pane, QStringLiteral("table"));
        for (int i = 0; i < 5 && model()->rowCount() < 400; ++i) {
            table->scrollToBottom();
            const int before = model()->rowCount();
            QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > before, 20000);
            waitIdle();
        }
        QVERIFY(model()->rowCount() >= 400);
        QCOMPARE(model()->rowCount() % 100, 0); // whole pages
        QSet<QString> ids;
        for (int row = 0; row < model()->rowCount(); ++row)
            ids.insert(model()->eventAt(row).id);
        QCOMPARE(ids.size(), model()->rowCount()); // none twice
    }

    void dialogRefusesWhatTheApiForbids_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("eleven authors") << 0 << "filter[created_by]";
        QTest::newRow("entity ids without one entity") << 1 << "filter[entity]";
        QTest::newRow("more than ten entity ids") << 2 << "filter[entity_id]";
        QTest::newRow("field type with other types") << 3 << "filter[type]";
        QTest::newRow("field values with another type") << 4 << "filter[type]";
        QTest::newRow("period backwards") << 5 << "filter[created_at]";
        QTest::newRow("entity ids that are not numbers") << 6 << "filter[entity_id]";
    }

    void dialogRefusesWhatTheApiForbids()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        std::unique_ptr<EventFilterDialog> d(dialog());
        auto *users = d->findChild<QListWidget *>(QStringLiteral("users"));
        auto *entities = d->findChild<QListWidget *>(QStringLiteral("entities"));
        auto *entityIds = d->findChild<QLineEdit *>(QStringLiteral("entityIds"));
        auto *types = d->findChild<QListWidget *>(QStringLiteral("types"));
        auto *fieldType = d->findChild<QComboBox *>(QStringLiteral("fieldType"));
        switch (which) {
        case 0:
            QCOMPARE(users->count(), 12);
            for (int i = 0; i < 11; ++i)
                users->item(i)->setCheckState(Qt::Checked);
            break;
        case 1:
            entityIds->setText(QStringLiteral("26000001"));
            break;
        case 2:
            checkItem(entities, QStringLiteral("lead"));
            entityIds->setText(QStringLiteral("1,2,3,4,5,6,7,8,9,10,11"));
            break;
        case 3:
            fieldType->setCurrentIndex(fieldType->findData(57832));
            checkItem(types, QStringLiteral("lead_added"));
            break;
        case 4: { // values of field 57832, and another event type besides the field's own
            d->findChild<QComboBox *>(QStringLiteral("valueKind"))->setCurrentIndex(4);
            auto *enumField = d->findChild<QComboBox *>(QStringLiteral("enumField"));
            enumField->setCurrentIndex(enumField->findData(57832));
            checkItem(d->findChild<QListWidget *>(QStringLiteral("enumValues")), QStringLiteral("145"));
            QCOMPARE(fieldType->currentData().toLongLong(), 57832); // the field's own type comes along
            QVERIFY(d->problems().isEmpty());
            checkItem(types, QStringLiteral("lead_added"));
            break;
        }
        case 5:
            d->findChild<QCheckBox *>(QStringLiteral("fromOn"))->setChecked(true);
            d->findChild<QCheckBox *>(QStringLiteral("toOn"))->setChecked(true);
            d->findChild<QDateTimeEdit *>(QStringLiteral("from"))->setDateTime(QDateTime::currentDateTime());
            d->findChild<QDateTimeEdit *>(QStringLiteral("to"))->setDateTime(QDateTime::currentDateTime().addDays(-2));
            break;
        case 6:
            checkItem(entities, QStringLiteral("lead"));
            entityIds->setText(QStringLiteral("26000001, twelve"));
            break;
        }
        // The pane may still be asking for names and pages in the background: wait until it is quiet.
        const auto requests = [this] { return HttpProbe(m_sandbox.baseUrl()).get(QStringLiteral("/sandbox/stats")).json()[QStringLiteral("requests")].toInt(); };
        int requestsBefore = requests();
        for (int i = 0; i < 40; ++i) {
            QTest::qWait(300);
            const int now = requests();
            if (now == requestsBefore + 1)
                break;
            requestsBefore = now;
        }
        requestsBefore = requests();
        d->show();
        testing::clickOk(d.get());
        QCOMPARE(d->result(), int(QDialog::Rejected)); // still open: nothing accepted
        QVERIFY2(d->problems().contains(field), qPrintable(d->problems()));
        QCOMPARE(requests(), requestsBefore + 1);
    }

    void filterThroughTheDialogShowsTheRequestAndChips()
    {
        // Through the pane's own button: the dialog is modal, so it is answered once it is up,
        // and always closed, so that a failed check cannot leave it hanging.
        QString request;
        bool stagesOffered = false;
        QTimer::singleShot(0, this, [this, &request, &stagesOffered] {
            auto *d = qobject_cast<EventFilterDialog *>(QApplication::activeModalWidget());
            if (!d)
                return;
            d->findChild<QComboBox *>(QStringLiteral("valueKind"))->setCurrentIndex(1); // lead stage
            auto *pipeline = d->findChild<QComboBox *>(QStringLiteral("pipeline"));
            pipeline->setCurrentIndex(pipeline->findData(13513));
            auto *stage = d->findChild<QComboBox *>(QStringLiteral("stage"));
            stagesOffered = stage->count() > 0;
            stage->setCurrentIndex(stage->findData(142));
            checkItem(d->findChild<QListWidget *>(QStringLiteral("types")), QStringLiteral("lead_status_changed"));
            request = d->findChild<QPlainTextEdit *>(QStringLiteral("request"))->toPlainText();
            screenshot(d, QStringLiteral("events-filter-dialog"));
            testing::clickOk(d);
            if (d->isVisible())
                d->reject();
        });
        m_pane->openFilterDialog();
        QVERIFY(stagesOffered);
        QVERIFY2(request.contains(QStringLiteral("filter%5Bvalue_after%5D%5Bleads_statuses%5D%5B0%5D%5Bstatus_id%5D=142")), qPrintable(request));
        QVERIFY(request.startsWith(QStringLiteral("GET ") + m_sandbox.baseUrl()));
        waitIdle();
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const Event &e = model()->eventAt(row);
            QCOMPARE(e.type, QStringLiteral("lead_status_changed"));
            QCOMPARE(e.after.first().id, 142);
            QVERIFY(model()->index(row, EventTableModel::ChangeColumn).data().toString().contains(QStringLiteral("Успешно реализовано")));
        }
        const QList<QToolButton *> chips = child<QWidget>(m_pane, QStringLiteral("chips"))->findChildren<QToolButton *>();
        QCOMPARE(chips.size(), 2); // the type and the value
        QVERIFY(chips.last()->text().contains(QStringLiteral("Успешно реализовано")));
        screenshot(m_pane.get(), QStringLiteral("events-filtered"));
        chips.first()->click(); // removing the type chip keeps the value filter
        waitIdle();
        QVERIFY(model()->filter().types.isEmpty());
        QVERIFY(!model()->filter().valueAfter.isEmpty());
        QCOMPARE(child<QWidget>(m_pane, QStringLiteral("chips"))->findChildren<QToolButton *>().size(), 1);
        m_pane->applyFilter({});
        waitIdle();
    }

    void fieldValuesAndChatMessagesReadAsAsked()
    {
        std::unique_ptr<EventFilterDialog> d(dialog());
        d->findChild<QComboBox *>(QStringLiteral("valueKind"))->setCurrentIndex(4);
        auto *enumField = d->findChild<QComboBox *>(QStringLiteral("enumField"));
        enumField->setCurrentIndex(enumField->findData(57832));
        auto *values = d->findChild<QListWidget *>(QStringLiteral("enumValues"));
        QCOMPARE(values->count(), 4); // Сайт, Звонок, Реклама, Referral
        checkItem(values, QStringLiteral("145"));
        checkItem(values, QStringLiteral("157"));
        QVERIFY2(d->problems().isEmpty(), qPrintable(d->problems()));
        m_pane->applyFilter(d->filter());
        waitIdle();
        QVERIFY(model()->rowCount() > 0);
        for (int row = 0; row < model()->rowCount(); ++row) {
            const EventChange &c = model()->eventAt(row).after.first();
            QCOMPARE(c.fieldId, 57832);
            QVERIFY(c.id == 145 || c.id == 157);
        }
        // Chat messages asked for through contacts name the contact, not only the lead of the talk.
        EventFilter chats;
        chats.entities = {QStringLiteral("contact")};
        chats.types = {QStringLiteral("incoming_chat_message")};
        m_pane->applyFilter(chats);
        waitIdle();
        int linked = 0;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const Event &e = model()->eventAt(row);
            const QString entity = model()->index(row, EventTableModel::EntityColumn).data().toString();
            QVERIFY(entity.startsWith(QStringLiteral("Contact")));
            if (e.linkedTalkContactId) {
                ++linked;
                QVERIFY2(entity.contains(QStringLiteral(", in the chat of ")), qPrintable(entity));
            }
        }
        QVERIFY(linked > 0);
        // #16.2: the contact of the chat by its name, once it arrived (a deleted one keeps its id).
        const auto namedContacts = [this] {
            int named = 0;
            for (int row = 0; row < model()->rowCount(); ++row)
                named += model()->eventAt(row).linkedTalkContactId && model()->index(row, EventTableModel::EntityColumn).data().toString().startsWith(QStringLiteral("Contact «"));
            return named;
        };
        QTRY_VERIFY_WITH_TIMEOUT(namedContacts() > 0, 10000);

        // Linked entities by name too, where the row said "linked: Lead #26000596".
        EventFilter links;
        links.types = {QStringLiteral("lead_linked"), QStringLiteral("contact_linked")};
        m_pane->applyFilter(links);
        waitIdle();
        QVERIFY(model()->rowCount() > 0);
        const auto namedLinks = [this] {
            int named = 0;
            for (int row = 0; row < model()->rowCount(); ++row) {
                const QString change = model()->index(row, EventTableModel::ChangeColumn).data().toString();
                named += change.contains(QStringLiteral("linked: ")) && change.contains(u'«');
            }
            return named;
        };
        QTRY_VERIFY_WITH_TIMEOUT(namedLinks() > 0, 10000);
        screenshot(m_pane.get(), QStringLiteral("events-links-by-name"));
        m_pane->applyFilter({});
        waitIdle();
    }

    void filtersAreSavedByNamePerAccount()
    {
        EventFilter wanted;
        wanted.types = {QStringLiteral("lead_status_changed")};
        wanted.valueAfter.leadsStatuses = {{13513, 142}};
        wanted.createdBy = {504141};
        std::unique_ptr<EventFilterDialog> first(dialog(wanted));
        QCOMPARE(first->filter(), wanted);
        first->saveAs(QStringLiteral("Won in the main pipeline"));
        std::unique_ptr<EventFilterDialog> later(dialog());
        QVERIFY(later->savedNames().contains(QStringLiteral("Won in the main pipeline")));
        QVERIFY(later->filter().toQuery().isEmpty());
        later->loadSaved(QStringLiteral("Won in the main pipeline"));
        QCOMPARE(later->filter(), wanted);
        EventFilterDialog otherAccount({}, m_directory.get(), m_sandbox.baseUrl(), QStringLiteral("another-account"));
        QVERIFY(!otherAccount.savedNames().contains(QStringLiteral("Won in the main pipeline")));
    }

    // A filter is answered by the API, not the cache: its note events still read as the notes'
    // texts, in the row and in the detail alike, once they arrive.
    void noteEventsOfAFilterReadTheirNotes()
    {
        EventFilter f;
        f.types = {QStringLiteral("common_note_added"), QStringLiteral("incoming_sms")};
        m_pane->applyFilter(f);
        waitIdle();
        QVERIFY(model()->rowCount() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->notesPending(), 20000);
        HttpProbe http(m_sandbox.baseUrl(), m_sandbox.token());
        int shown = 0;
        for (int row = 0; row < model()->rowCount(); ++row) {
            const Event &e = model()->eventAt(row);
            const QString change = model()->index(row, EventTableModel::ChangeColumn).data().toString();
            if (change == QStringLiteral("«%1»").arg(e.noteText) && !e.noteText.isEmpty()) {
                ++shown;
                continue;
            }
            // Only a note the account no longer has (its entity was deleted) keeps its number.
            const QString plural = pluralEntityType(e.entityType);
            const int status = http.get(QStringLiteral("/api/v4/%1/notes?filter%5Bid%5D%5B%5D=%2").arg(plural).arg(e.after.first().id)).status;
            QVERIFY2(status == 204, qPrintable(change + QStringLiteral(" is shown though the account has the note")));
        }
        QVERIFY(shown > 0);
        int row = 0;
        while (model()->eventAt(row).noteText.isEmpty())
            ++row;
        child<QTableView>(m_pane, QStringLiteral("table"))->setCurrentIndex(testing::eventProxy(m_pane.get())->mapFromSource(model()->index(row, 0)));
        QVERIFY2(child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().contains(model()->eventAt(row).noteText), qPrintable(child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText()));
        m_pane->applyFilter({});
        waitIdle();
    }

    void detailPanelShowsEverything()
    {
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 0, 10000);
        int row = 0;
        while (row < model()->rowCount() && model()->eventAt(row).entityType != u"lead")
            ++row;
        QVERIFY(row < model()->rowCount());
        const QModelIndex proxyIndex = testing::eventProxy(m_pane.get())->mapFromSource(model()->index(row, 0));
        child<QTableView>(m_pane, QStringLiteral("table"))->setCurrentIndex(proxyIndex);
        const QString html = child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toHtml();
        const Event &e = model()->eventAt(row);
        QVERIFY(html.contains(m_sandbox.baseUrl() + QStringLiteral("/leads/detail/%1").arg(e.entityId)));
        QVERIFY(html.contains(e.id));
        QVERIFY(child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().contains(QStringLiteral("\"account_id\"")));
        screenshot(m_pane.get(), QStringLiteral("events-detail"));
    }

    void searchNarrowsTheRows()
    {
        const QString wanted = model()->index(3, EventTableModel::AuthorColumn).data().toString();
        child<QLineEdit>(m_pane, QStringLiteral("search"))->setText(wanted);
        QVERIFY(testing::eventProxy(m_pane.get())->rowCount() > 0);
        QVERIFY(testing::eventProxy(m_pane.get())->rowCount() < model()->rowCount());
        for (int row = 0; row < testing::eventProxy(m_pane.get())->rowCount(); ++row)
            QVERIFY(testing::eventProxy(m_pane.get())->index(row, 0).data(EventTableModel::SearchTextRole).toString().contains(wanted, Qt::CaseInsensitive));
        child<QLineEdit>(m_pane, QStringLiteral("search"))->clear();
        QCOMPARE(testing::eventProxy(m_pane.get())->rowCount(), model()->rowCount());
    }

    // #16.8: a search that finds nothing says so in the table, and the detail never speaks of
    // an event that is no longer selected.
    void emptySearchSaysWhyAndDetailFollowsTheSelection()
    {
        QTRY_VERIFY_WITH_TIMEOUT(model()->rowCount() > 2, 10000);
        child<QTableView>(m_pane, QStringLiteral("table"))->selectRow(2);
        QVERIFY(!child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().isEmpty());
        child<QLineEdit>(m_pane, QStringLiteral("search"))->setText(QStringLiteral("no event says zxqv"));
        QCOMPARE(testing::eventProxy(m_pane.get())->rowCount(), 0);
        auto *hint = child<QTableView>(m_pane, QStringLiteral("table"))->viewport()->findChild<QLabel *>(QStringLiteral("emptyTableHint"));
        QVERIFY(hint);
        QTRY_VERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("zxqv")), qPrintable(hint->text()));
        QVERIFY(child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().isEmpty());
        screenshot(m_pane.get(), QStringLiteral("events-empty-search"));
        child<QLineEdit>(m_pane, QStringLiteral("search"))->clear();
        QVERIFY(!hint->isVisible());
        QCOMPARE(child<QTextBrowser>(m_pane, QStringLiteral("detail"))->toPlainText().isEmpty(), !child<QTableView>(m_pane, QStringLiteral("table"))->selectionModel()->hasSelection());
    }

    void exportsWhatIsShown()
    {
        QTemporaryDir dir;
        child<QLineEdit>(m_pane, QStringLiteral("search"))->setText(QStringLiteral("Lead stage changed"));
        const int shown = testing::eventProxy(m_pane.get())->rowCount();
        QVERIFY(shown > 0);
        QString error;
        int written = 0;
        const QString csvPath = dir.filePath(QStringLiteral("events.csv"));
        QVERIFY2(EventExporter::write(testing::eventProxy(m_pane.get()), model(), EventExporter::Format::CsvWithBom, csvPath, &error, &written), qPrintable(error));
        QCOMPARE(written, shown);
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray csvBytes = csv.readAll();
        QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(csvBytes.count("\r\n"), shown + 1);
        QVERIFY(csvBytes.contains("lead_status_changed"));
        // #16.6: the export's times are ISO 8601 with their offset; the table's are the locale's
        // short form with a four-digit year, as every table of the app.
        const QString firstTime = QString::fromUtf8(csvBytes.split('\n').value(1)).section(u',', 0, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$")).match(firstTime).hasMatch(),
                 qPrintable(firstTime));
        const QModelIndex firstShown = testing::eventProxy(m_pane.get())->index(0, EventTableModel::TimeColumn);
        const Event &shownEvent = model()->eventAt(testing::eventProxy(m_pane.get())->mapToSource(firstShown).row());
        QCOMPARE(firstShown.data().toString(), amodesk::shortTime(shownEvent.createdAt));
        QVERIFY2(firstShown.data().toString().contains(QString::number(QDateTime::fromSecsSinceEpoch(shownEvent.createdAt).date().year())),
                 qPrintable(firstShown.data().toString()));
        const QString jsonPath = dir.filePath(QStringLiteral("events.json"));
        QVERIFY(EventExporter::write(testing::eventProxy(m_pane.get()), model(), EventExporter::Format::Json, jsonPath, &error));
        QFile json(jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray exported = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(exported.size(), shown);
        QCOMPARE(exported[0][QStringLiteral("type")].toString(), QStringLiteral("lead_status_changed"));
        // #16.12: a name is offered, and the format's extension added when none was typed.
        // A cell anyone could have typed never runs as a formula in the admin's spreadsheet.
        QCOMPARE(spreadsheetCell(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")), QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
        QCOMPARE(spreadsheetCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(spreadsheetCell(QStringLiteral("Lead «=1+2»")), QStringLiteral("Lead «=1+2»"));
        QCOMPARE(EventExporter::suggestedFileName(QDate(2026, 12, 1)), QStringLiteral("events-2026-12-01.csv"));
        QCOMPARE(EventExporter::withExtension(QStringLiteral("/tmp/log"), EventExporter::Format::Json), QStringLiteral("/tmp/log.json"));
        QCOMPARE(EventExporter::withExtension(QStringLiteral("/tmp/log"), EventExporter::Format::CsvWithBom), QStringLiteral("/tmp/log.csv"));
        QCOMPARE(EventExporter::withExtension(QStringLiteral("/tmp/log.txt"), EventExporter::Format::Csv), QStringLiteral("/tmp/log.txt"));
        QVERIFY(!EventExporter::write(testing::eventProxy(m_pane.get()), model(), EventExporter::Format::Csv, QStringLiteral("/nonexistent/dir/x.csv"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/x.csv")));
        child<QLineEdit>(m_pane, QStringLiteral("search"))->clear();
    }

    // Events > Sync period…: a period that ends before it starts is refused in the dialog, which
    // stays open with the dates typed; a good one is synced into the cache.
    void syncPeriodThroughItsDialog()
    {
        const QString account = QStringLiteral("gui-period-") + QString::number(QCoreApplication::applicationPid());
        QFile::remove(EventCache::pathFor(account));
        amodesk::AccountContext context(m_api.get(), m_directory.get(), m_sandbox.baseUrl(), account);
        EventsPane pane;
        pane.resize(1100, 700);
        pane.show();
        pane.setAccount(&context);
        QVERIFY(testing::eventSync(&pane));
        QTRY_VERIFY_WITH_TIMEOUT(!testing::eventSync(&pane)->isRunning(), 20000);
        QAction *syncAction = nullptr;
        for (QAction *a : pane.menuActions()) {
            if (a->text() == QStringLiteral("&Sync period…"))
                syncAction = a;
        }
        QVERIFY(syncAction);
        QSignalSpy finished(testing::eventSync(&pane), &EventSync::finished);
        bool refused = false;
        testing::onNextDialog<SyncPeriodDialog>([&](SyncPeriodDialog *d) {
            auto *from = d->findChild<QDateEdit *>(QStringLiteral("from"));
            auto *to = d->findChild<QDateEdit *>(QStringLiteral("to"));
            auto *error = d->findChild<QLabel *>(QStringLiteral("error"));
            from->setDate(QDate(2026, 10, 20));
            to->setDate(QDate(2026, 10, 1));
            testing::clickOk(d);
            refused = d->isVisible() && error->isVisible() && error->text().contains(QStringLiteral("starts after it ends"))
                && from->date() == QDate(2026, 10, 20);
            screenshot(d, QStringLiteral("events-sync-period-refused"));
            to->setDate(QDate(2026, 10, 31));
            QVERIFY(!error->isVisible()); // what was said goes with the date it was about
            testing::clickOk(d);
        });
        syncAction->trigger();
        QVERIFY(refused);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !testing::eventSync(&pane)->isRunning(), 30000);
        const ApiError error = finished.last().first().value<ApiError>();
        QVERIFY2(!error.isError(), qPrintable(error.message()));
        QVERIFY(testing::cachedEvents(&pane)->rowCount() > 0);
        pane.setAccount(nullptr);
        context.purgeLocalData();
    }

    // With an account id the pane keeps a local cache: the unfiltered log comes from it,
    // search goes through its full-text index, and it still shows when the account is out of reach.
    void cachedLogSearchAndOffline()
    {
        const QString account = QStringLiteral("gui-cache-") + QString::number(QCoreApplication::applicationPid());
        QFile::remove(EventCache::pathFor(account));
        {
            amodesk::AccountContext context(m_api.get(), m_directory.get(), m_sandbox.baseUrl(), account);
            EventsPane pane;
            QAbstractItemModelTester cacheTester(testing::cachedEvents(&pane), QAbstractItemModelTester::FailureReportingMode::QtTest);

            pane.resize(1100, 700);
            pane.show();
            pane.setAccount(&context);
            QVERIFY(testing::showsCache(&pane));
            QTRY_VERIFY_WITH_TIMEOUT(testing::cachedEvents(&pane)->rowCount() >= 700, 20000); // the newest pages, all of this account
            QTRY_VERIFY_WITH_TIMEOUT(!testing::eventSync(&pane)->isRunning(), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(!testing::eventSync(&pane)->notesPending(), 20000);
            const int all = testing::cachedEvents(&pane)->rowCount();
            // Events about a note say what the note says.
            int quoted = 0;
            for (int row = 0; row < 100; ++row) {
                if (testing::cachedEvents(&pane)->eventAt(row).isAboutNote())
                    quoted += testing::cachedEvents(&pane)->index(row, EventColumns::Change).data().toString().startsWith(u'«') ? 1 : 0;
            }
            QVERIFY(quoted > 10);
            child<QLineEdit>(&pane, QStringLiteral("search"))->setText(QStringLiteral("stage changed"));
            QTRY_VERIFY_WITH_TIMEOUT(testing::cachedEvents(&pane)->rowCount() < all && testing::cachedEvents(&pane)->rowCount() > 0, 5000);
            for (int row = 0; row < testing::cachedEvents(&pane)->rowCount(); ++row)
                QVERIFY(testing::cachedEvents(&pane)->eventAt(row).type.endsWith(QStringLiteral("status_changed")));
            QVERIFY(child<QLabel>(&pane, QStringLiteral("status"))->text().contains(QStringLiteral("match")));
            QCOMPARE(child<QTableView>(&pane, QStringLiteral("table"))->model(), testing::cachedEvents(&pane)); // straight in: no proxy reads a million rows
            child<QTableView>(&pane, QStringLiteral("table"))->setCurrentIndex(testing::cachedEvents(&pane)->index(0, 0));
            QVERIFY(child<QTextBrowser>(&pane, QStringLiteral("detail"))->toPlainText().contains(QStringLiteral("stage changed")));
            screenshot(&pane, QStringLiteral("events-cache-search"));
            child<QLineEdit>(&pane, QStringLiteral("search"))->clear();
            QTRY_COMPARE_WITH_TIMEOUT(testing::cachedEvents(&pane)->rowCount(), all, 5000);
            // Sorting is done by SQLite: by type, then back to newest first.
            child<QTableView>(&pane, QStringLiteral("table"))->sortByColumn(EventColumns::Type, Qt::AscendingOrder);
            QVERIFY(testing::cachedEvents(&pane)->eventAt(0).type <= testing::cachedEvents(&pane)->eventAt(all - 1).type);
            child<QTableView>(&pane, QStringLiteral("table"))->sortByColumn(EventColumns::Time, Qt::DescendingOrder);
            QVERIFY(testing::cachedEvents(&pane)->eventAt(0).createdAt >= testing::cachedEvents(&pane)->eventAt(all - 1).createdAt);
            // The chart: events a day by type from the cache; a bar narrows the table to its day and type.
            child<QToolButton>(&pane, QStringLiteral("chartButton"))->click();
            QCOMPARE(child<amodesk::EventsChart>(&pane, QStringLiteral("chart"))->dayCount(), EventsChart::kDays);
            QVERIFY(!child<amodesk::EventsChart>(&pane, QStringLiteral("chart"))->types().isEmpty());
            screenshot(&pane, QStringLiteral("events-chart"));
            {
                // #16.10: with a dark palette the chart is no bright card, and a checked toggle
                // (Chart, Follow) looks checked.
                const QPalette light = QApplication::palette();
                QPalette dark;
                for (auto [role, color] : {std::pair{QPalette::Window, QColor(45, 45, 48)}, std::pair{QPalette::Base, QColor(30, 30, 32)},
                                           std::pair{QPalette::AlternateBase, QColor(40, 40, 44)}, std::pair{QPalette::Button, QColor(53, 53, 56)},
                                           std::pair{QPalette::Text, QColor(230, 230, 230)}, std::pair{QPalette::WindowText, QColor(230, 230, 230)},
                                           std::pair{QPalette::ButtonText, QColor(230, 230, 230)}, std::pair{QPalette::Highlight, QColor(42, 130, 218)},
                                           std::pair{QPalette::HighlightedText, QColor(0, 0, 0)}, std::pair{QPalette::Mid, QColor(90, 90, 90)},
                                           std::pair{QPalette::Midlight, QColor(70, 70, 70)}})
                    dark.setColor(role, color);
                QApplication::setPalette(dark);
                QCoreApplication::processEvents();
                const QImage chart = child<amodesk::EventsChart>(&pane, QStringLiteral("chart"))->grab().toImage();
                QVERIFY2(chart.pixelColor(8, 8).lightness() < 100, qPrintable(chart.pixelColor(8, 8).name()));
                const auto mean = [](QWidget *w) {
                    const QImage image = w->grab().toImage();
                    qint64 sum = 0;
                    for (int y = 0; y < image.height(); ++y)
                        for (int x = 0; x < image.width(); ++x)
                            sum += image.pixelColor(x, y).blue();
                    return sum / qMax<qint64>(1, qint64(image.width()) * image.height());
                };
                const qint64 checked = mean(child<QToolButton>(&pane, QStringLiteral("chartButton")));
                const qint64 unchecked = mean(child<QToolButton>(&pane, QStringLiteral("followButton")));
                QVERIFY2(checked - unchecked > 60, qPrintable(QStringLiteral("%1 vs %2").arg(checked).arg(unchecked)));
                screenshot(&pane, QStringLiteral("events-chart-dark"));
                // Messages are drawn from the palette too: a dialog opened now says what is wrong
                // in a red that reads on a dark window.
                std::unique_ptr<EventFilterDialog> d(dialog());
                d->findChild<QLineEdit *>(QStringLiteral("entityIds"))->setText(QStringLiteral("abc"));
                auto *errors = d->findChild<QLabel *>(QStringLiteral("errors"));
                QVERIFY(!errors->text().isEmpty());
                QVERIFY2(toneColour(Tone::Error).lightness() > 150, qPrintable(toneColour(Tone::Error).name()));
                QVERIFY2(errors->styleSheet().contains(toneColour(Tone::Error).name()), qPrintable(errors->styleSheet()));
                d->show();
                screenshot(d.get(), QStringLiteral("events-filter-dialog-dark"));
                d.reset();
                QApplication::setPalette(light);
                QCoreApplication::processEvents();
                QVERIFY2(toneColour(Tone::Error).lightness() < 100, qPrintable(toneColour(Tone::Error).name()));
                QCoreApplication::processEvents();
            }
            int type = 0, day = EventsChart::kDays - 1;
            while (day > 0 && child<amodesk::EventsChart>(&pane, QStringLiteral("chart"))->count(type, day) == 0)
                --day;
            QVERIFY(child<amodesk::EventsChart>(&pane, QStringLiteral("chart"))->count(type, day) > 0);
            child<amodesk::EventsChart>(&pane, QStringLiteral("chart"))->clickBar(type, day);
            QVERIFY(!testing::showsCache(&pane));
            QTRY_COMPARE_WITH_TIMEOUT(testing::apiEvents(&pane)->rowCount(), child<amodesk::EventsChart>(&pane, QStringLiteral("chart"))->count(type, day), 10000);
            for (int row = 0; row < testing::apiEvents(&pane)->rowCount(); ++row)
                QCOMPARE(testing::apiEvents(&pane)->eventAt(row).type, child<amodesk::EventsChart>(&pane, QStringLiteral("chart"))->types().at(type));
            pane.applyFilter({});
            child<QToolButton>(&pane, QStringLiteral("chartButton"))->click();
            // A filter goes to the API; clearing it comes back to the cache.
            EventFilter f;
            f.types = {QStringLiteral("lead_added")};
            pane.applyFilter(f);
            QVERIFY(!testing::showsCache(&pane));
            QTRY_VERIFY_WITH_TIMEOUT(testing::apiEvents(&pane)->rowCount() > 0, 10000);
            pane.applyFilter({});
            QVERIFY(testing::showsCache(&pane));
        }
        // The account out of reach: what was cached shows at once, marked offline and read-only.
        FixedToken token(m_sandbox.token());
        ApiClient unreachable(QUrl(QStringLiteral("http://127.0.0.1:9")), &token);
        unreachable.setMaxAttempts(1);
        AccountDirectory unreachableNames(&unreachable);
        unreachableNames.load(QStringLiteral("en"));
        amodesk::AccountContext offlineContext(&unreachable, &unreachableNames, QStringLiteral("http://127.0.0.1:9"), account);
        EventsPane offline;
        offline.resize(1100, 700);
        offline.show();
        offline.setAccount(&offlineContext);
        QVERIFY(testing::cachedEvents(&offline)->rowCount() >= 700);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(&offline, QStringLiteral("status"))->text().contains(QStringLiteral("Offline")), 20000);
        // Names were kept with the cache: no raw ids offline either.
        for (int row = 0; row < 50; ++row) {
            QVERIFY(!testing::cachedEvents(&offline)->index(row, EventColumns::Author).data().toString().contains(u'#'));
            QVERIFY(testing::cachedEvents(&offline)->index(row, EventColumns::Type).data().toString() != testing::cachedEvents(&offline)->eventAt(row).type);
        }
        screenshot(&offline, QStringLiteral("events-offline"));
        QFile::remove(EventCache::pathFor(account));
    }

    void wronglyTypedEventsStopInsteadOfLooping()
    {
        // #17.6: events of the wrong shape made the pane ask for pages 1-4 about 7 times a
        // second, without end. Now it says what is wrong and waits, reading from the API or
        // through the cache.
        testing::HostileServer server;
        QVERIFY(server.start(QStringLiteral("untyped-events")));
        FixedToken token(QStringLiteral("t"));
        ApiClient api(QUrl(server.baseUrl()), &token);
        api.setRateLimit(50);
        for (const QString &accountId : {QString(), QStringLiteral("hostile-4242")}) {
            amodesk::AccountContext context(&api, m_directory.get(), server.baseUrl(), accountId);
            EventsPane pane;
            pane.resize(1100, 700);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            pane.setAccount(&context);
            auto saysWhatIsWrong = [&pane] {
                for (const QLabel *label : pane.findChildren<QLabel *>()) {
                    if (label->isVisible() && label->text().contains(QStringLiteral("an event without an id")))
                        return true;
                }
                return false;
            };
            QTRY_VERIFY_WITH_TIMEOUT(saysWhatIsWrong(), 30000);
            const int settled = server.apiRequests();
            QTest::qWait(2000);
            QCOMPARE(server.apiRequests(), settled);
            QVERIFY(settled <= 2);
        }
    }

    void followPutsNewEventsOnTop()
    {
        HttpProbe http(m_sandbox.baseUrl(), m_sandbox.token());
        const QJsonArray note{QJsonObject{{QStringLiteral("entity_id"), 26000004}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                          {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("followed")}}}}};
        QCOMPARE(http.send("POST", QStringLiteral("/api/v4/leads/notes"), QJsonDocument(note).toJson()).status, 200);
        QSignalSpy arrived(model(), &EventTableModel::newEventsArrived);
        child<QToolButton>(m_pane, QStringLiteral("followButton"))->click();
        QVERIFY(arrived.wait(10000));
        QCOMPARE(arrived.first().first().toInt(), 1);
        QCOMPARE(model()->eventAt(0).type, QStringLiteral("common_note_added"));
        QVERIFY(model()->index(0, 0).data(EventTableModel::HighlightRole).toBool());
        QVERIFY(!model()->index(1, 0).data(EventTableModel::HighlightRole).toBool());
        child<QToolButton>(m_pane, QStringLiteral("followButton"))->click(); // off
    }

    // #16.13: new events while following reach the desktop only when the user asked for it.
    void followNotifiesOnlyWhenAsked()
    {
        auto *notifier = m_pane->findChild<FollowNotifier *>(QStringLiteral("followNotifier"));
        QVERIFY(notifier);
        QVERIFY(!FollowNotifier::enabled()); // off by default
        QSignalSpy notified(notifier, &FollowNotifier::notified);
        HttpProbe http(m_sandbox.baseUrl(), m_sandbox.token());
        auto addNote = [&http](const QString &text) {
            const QJsonArray note{QJsonObject{{QStringLiteral("entity_id"), 26000004}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                              {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), text}}}}};
            return http.send("POST", QStringLiteral("/api/v4/leads/notes"), QJsonDocument(note).toJson()).status;
        };
        for (bool asked : {false, true}) {
            FollowNotifier::setEnabled(asked);
            QCOMPARE(addNote(asked ? QStringLiteral("notified") : QStringLiteral("quiet")), 200);
            QSignalSpy arrived(model(), &EventTableModel::newEventsArrived);
            child<QToolButton>(m_pane, QStringLiteral("followButton"))->click();
            QVERIFY(arrived.wait(10000));
            child<QToolButton>(m_pane, QStringLiteral("followButton"))->click(); // off
            QCOMPARE(notified.count(), asked ? 1 : 0);
        }
        FollowNotifier::setEnabled(false);
        QVERIFY2(notified.first().at(0).toString().startsWith(QStringLiteral("1 new event")), qPrintable(notified.first().at(0).toString()));
        QVERIFY2(notified.first().at(1).toString().startsWith(model()->describer().typeName(model()->eventAt(0)) + QStringLiteral(": Lead «")),
                 qPrintable(notified.first().at(1).toString()));
    }
};

QTEST_MAIN(TestEventsPane)
#include "tst_eventspane.moc"
