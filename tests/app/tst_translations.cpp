// The Russian catalogue is complete and is what the window shows when the language is Russian.
#include "Child.h"
#include "NextDialog.h"
#include "WindowParts.h"
#include "PaneParts.h"
#include "AddAccountDialog.h"
#include "DemoSession.h"
#include "EventFilterDialog.h"
#include "auth/AccountStore.h"
#include "auth/SecretVault.h"
#include "EventTableModel.h"
#include "EventsPane.h"
#include "services/AccountDirectory.h"
#include "BotContinueDialog.h"
#include "MainWindow.h"
#include "NoteConflictDialog.h"
#include "NoteEditorDialog.h"
#include "PreferencesDialog.h"
#include "DemoWindow.h"
#include "NoteFilterDialog.h"
#include "SyncPeriodDialog.h"
#include "WidgetSettingsDialog.h"
#include "NoteTableModel.h"
#include "NotesPane.h"
#include "WidgetTableModel.h"
#include "WidgetsPane.h"
#include "WebsiteButtonPane.h"
#include <QLineEdit>
#include "Screenshots.h"
#include "Translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QSignalSpy>
#include <QFile>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QAbstractItemModel>
#include <QTabWidget>
#include <QTest>
#include <QFileInfo>
#include <QDirIterator>
#include <QRegularExpression>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QTranslator>
#include <tuple>
#include <QTemporaryDir>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

    // Only `language`'s catalogues are installed; none: English, as the code is written.
    static void speak(const QString &language)
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        if (!language.isEmpty())
            amodesk::installTranslations(language);
    }

private Q_SLOTS:
    // lupdate runs over the sources into a copy of a committed catalogue: a string that is in
    // the code but not translated in the catalogue shows up as unfinished, an old one as obsolete.
    void catalogueCoversEveryStringOfTheCode_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<bool>("pluralsOnly");
        QTest::newRow("ru") << QStringLiteral(AMODESK_TS_DIR "/amodesk_ru.ts") << false;
        QTest::newRow("es") << QStringLiteral(AMODESK_TS_DIR "/amodesk_es.ts") << false;
        QTest::newRow("pt") << QStringLiteral(AMODESK_TS_DIR "/amodesk_pt.ts") << false;
        QTest::newRow("en plurals") << QStringLiteral(AMODESK_TS_DIR "/amodesk_en.ts") << true;
    }

    void catalogueCoversEveryStringOfTheCode()
    {
        QFETCH(QString, catalogue);
        QFETCH(bool, pluralsOnly);
        QTemporaryDir dir;
        const QString copy = dir.filePath(QFileInfo(catalogue).fileName());
        QVERIFY(QFile::copy(catalogue, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList args{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-ui-lines"),
                         QStringLiteral(AMODESK_SOURCE_DIR "/src/app"), QStringLiteral(AMODESK_SOURCE_DIR "/src/models"),
                         QStringLiteral(AMODESK_SOURCE_DIR "/src/core"), QStringLiteral(AMODESK_SOURCE_DIR "/src/cli"),
                         QStringLiteral(AMODESK_SOURCE_DIR "/ui"), QStringLiteral("-ts"), copy};
        if (pluralsOnly)
            args.prepend(QStringLiteral("-pluralonly"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(AMODESK_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile ts(copy);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList problems;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.name() == u"translation") {
                ++messages;
                const auto type = xml.attributes().value(QStringLiteral("type"));
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements); // plurals have <numerusform>s
                if (!type.isEmpty() || text.isEmpty())
                    problems << QStringLiteral("%1 (%2)").arg(source, type.isEmpty() ? QStringLiteral("empty") : type.toString());
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 20);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("; "))));
    }

    // What the code shows goes through tr(): a string literal handed straight to a setter or a
    // widget that displays it is a string no translator will ever see. A line may say why it is
    // meant so with an "untranslated:" comment (names of languages in their own language).
    void noVisibleStringBypassesTranslation()
    {
        static const QRegularExpression call(QStringLiteral(
            "(setText|setWindowTitle|setToolTip|setPlaceholderText|setStatusTip|setSpecialValueText|setSuffix|setPrefix|"
            "addTab|addItem|addAction|addMenu|addRow|showMessage|new QLabel|new QPushButton|new QCheckBox|new QGroupBox|"
            "new QRadioButton|new QAction)\\s*\\((.*)"));
        static const QRegularExpression literal(QStringLiteral("^\\s*(?:QStringLiteral|QLatin1String|QString::fromUtf8)?\\(?\\s*u?\"([^\"]*)\""));
        static const QRegularExpression word(QStringLiteral("[^\\W\\d_]{3,}"), QRegularExpression::UseUnicodePropertiesOption);
        QStringList offenders;
        for (const char *dir : {"/src/app", "/src/models"}) {
            QDirIterator it(QStringLiteral(AMODESK_SOURCE_DIR) + QLatin1String(dir), {QStringLiteral("*.cpp")}, QDir::Files);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
                for (qsizetype i = 0; i < lines.size(); ++i) {
                    const QRegularExpressionMatch m = call.match(lines[i]);
                    if (!m.hasMatch() || lines[i].contains(QStringLiteral("untranslated:")) || (i > 0 && lines[i - 1].contains(QStringLiteral("untranslated:"))))
                        continue;
                    const QRegularExpressionMatch text = literal.match(m.captured(2)); // the first argument is what is shown
                    if (text.hasMatch() && word.match(text.captured(1)).hasMatch())
                        offenders << QStringLiteral("%1:%2: %3").arg(QFileInfo(f.fileName()).fileName()).arg(i + 1).arg(lines[i].trimmed());
                }
            }
        }
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }

    // Each test starts in English (KeePassXC's fresh fixture): one that wants another language says so.
    void cleanup() { speak({}); }

    void windowSpeaksSpanishAndPortuguese()
    {
        for (const auto &[lang, notes, widgets] : {std::tuple{"es", "&Notas", "&Widgets"}, std::tuple{"pt", "&Notas", "&Widgets"}}) {
            speak(QLatin1String(lang));
            amodesk::MainWindow w;
            QCOMPARE(testing::tabs(&w)->tabText(1), QLatin1String(notes));
            QCOMPARE(testing::tabs(&w)->tabText(2), QLatin1String(widgets));
            QCOMPARE(w.menuBar()->actions().first()->text(), QLatin1String(lang) == u"es" ? QStringLiteral("&Archivo") : QStringLiteral("&Arquivo"));
        }
    }

    void windowIsRussianInRussian()
    {
        speak(QStringLiteral("ru"));
        amodesk::MainWindow w;
        QCOMPARE(testing::tabs(&w)->tabText(0), QStringLiteral("&События"));
        QCOMPARE(testing::tabs(&w)->tabText(1), QStringLiteral("&Примечания"));
        QCOMPARE(w.menuBar()->actions().first()->text(), QStringLiteral("&Файл"));
        // Qt's own strings come from the qtbase catalogue.
        QDialogButtonBox box(QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Отмена"));
    }

    void dialogsInRussian()
    {
        speak(QStringLiteral("ru"));
        amodesk::MemoryVault vault;
        amodesk::AccountStore store;
        amodesk::AddAccountDialog add(&vault, &store);
        QCOMPARE(add.windowTitle(), QStringLiteral("Добавление аккаунта"));
        add.show();
        testing::clickOk(&add); // empty: every field's complaint shows
        QVERIFY(add.problems().contains(QStringLiteral("Адрес аккаунта")));
        testing::screenshot(&add, QStringLiteral("add-account-ru"));
        amodesk::EventFilterDialog filter({}, nullptr, QStringLiteral("https://example.amocrm.ru"), QStringLiteral("ru-test"));
        QCOMPARE(filter.windowTitle(), QStringLiteral("Фильтр событий"));
        filter.show();
        testing::screenshot(&filter, QStringLiteral("events-filter-dialog-ru"));
        amodesk::SyncPeriodDialog period;
        QCOMPARE(period.windowTitle(), QStringLiteral("Синхронизация периода"));
        period.show();
        testing::screenshot(&period, QStringLiteral("events-sync-period-ru"));

        // The notes, widgets and bot dialogs, as a Russian-speaking admin meets them.
        amodesk::NoteEditorDialog editor(QStringLiteral("leads"), nullptr, nullptr);
        QCOMPARE(editor.windowTitle(), QStringLiteral("Добавить примечание"));
        testing::choose(testing::child<QComboBox>(&editor, QStringLiteral("noteType")), QStringLiteral("call_in"));
        editor.show();
        testing::clickOk(&editor); // empty: the complaints show, in Russian
        QVERIFY(testing::child<QLabel>(&editor, QStringLiteral("errors"))->text().contains(QStringLiteral("ID сделок")));
        testing::screenshot(&editor, QStringLiteral("note-editor-ru"));
        amodesk::NoteFilterDialog notesFilter({});
        QCOMPARE(notesFilter.windowTitle(), QStringLiteral("Фильтр примечаний"));
        notesFilter.show();
        testing::screenshot(&notesFilter, QStringLiteral("notes-filter-ru"));
        const QJsonObject loaded{{QStringLiteral("id"), 7}, {QStringLiteral("note_type"), QStringLiteral("common")}, {QStringLiteral("updated_at"), 1700000000},
                                 {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("было")}}}};
        QJsonObject server = loaded;
        server.insert(QStringLiteral("updated_at"), 1700000100);
        amodesk::NoteConflictDialog conflict(loaded, server, loaded);
        QCOMPARE(conflict.windowTitle(), QStringLiteral("Примечание 7 изменено на сервере"));
        conflict.show();
        testing::screenshot(&conflict, QStringLiteral("note-conflict-ru"));
        const QJsonObject widget{{QStringLiteral("code"), QStringLiteral("amo_telephony")}, {QStringLiteral("is_active_in_account"), false},
                                 {QStringLiteral("settings_template"), QJsonArray{
                                      QJsonObject{{QStringLiteral("key"), QStringLiteral("token")}, {QStringLiteral("name"), QStringLiteral("Токен")},
                                                  {QStringLiteral("type"), QStringLiteral("pass")}, {QStringLiteral("is_required"), true}},
                                      QJsonObject{{QStringLiteral("key"), QStringLiteral("conf")}, {QStringLiteral("name"), QStringLiteral("Настройка")},
                                                  {QStringLiteral("type"), QStringLiteral("custom")}, {QStringLiteral("is_required"), false}}}}};
        amodesk::WidgetSettingsDialog install(amodesk::Widget::fromJson(widget), nullptr, amodesk::WidgetsService(nullptr));
        QCOMPARE(install.windowTitle(), QStringLiteral("Установка amo_telephony"));
        install.show();
        testing::clickOk(&install); // the required token is missing
        QVERIFY(testing::child<QLabel>(&install, QStringLiteral("message_token"))->text().contains(QStringLiteral("обязательно")));
        testing::screenshot(&install, QStringLiteral("widget-install-ru"));
        amodesk::BotContinueDialog bot(amodesk::BotService(nullptr));
        QCOMPARE(bot.windowTitle(), QStringLiteral("Продолжить бота"));
        bot.addHandler(amodesk::BotContinueDialog::ShowButtons, QStringLiteral("Выберите"), QStringLiteral("Да | Нет"));
        bot.show();
        QTest::mouseClick(testing::child<QPushButton>(&bot, QStringLiteral("send")), Qt::LeftButton); // no bot ID: named in Russian
        QVERIFY(testing::child<QLabel>(&bot, QStringLiteral("errors"))->text().contains(QStringLiteral("ID бота")));
        testing::screenshot(&bot, QStringLiteral("bot-continue-ru"));
        amodesk::PreferencesDialog preferences(QStringLiteral("ru-test"), 7);
        QCOMPARE(preferences.windowTitle(), QStringLiteral("Параметры")); // the .ui form's texts are translated too
        preferences.show();
        testing::screenshot(&preferences, QStringLiteral("preferences-ru"));
    }

    void signedInWindowInRussian()
    {
        speak(QStringLiteral("ru"));
        amodesk::MainWindow w;
        QVERIFY(testing::showSignedInDemo(w)); // the table shows the first hundred events
        QCOMPARE(testing::accountSwitcher(&w)->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(w.directory()->isLoaded(), 30000);
        // Event types come from the API in the interface's language.
        QCOMPARE(w.directory()->eventTypeName(QStringLiteral("lead_added")), QStringLiteral("Новая сделка"));
        testing::screenshot(&w, QStringLiteral("mainwindow-demo-ru"));
        testing::tabs(&w)->setCurrentWidget(testing::notesPane(&w));
        QTRY_VERIFY_WITH_TIMEOUT(testing::notes(testing::notesPane(&w))->rowCount() > 0, 30000);
        QCOMPARE(testing::notes(testing::notesPane(&w))->headerData(amodesk::NoteTableModel::TypeColumn, Qt::Horizontal).toString(), QStringLiteral("Тип"));
        QTRY_VERIFY_WITH_TIMEOUT(!testing::notes(testing::notesPane(&w))->index(0, amodesk::NoteTableModel::EntityColumn).data().toString().startsWith(u'№'), 10000);
        testing::child<QTableView>(testing::notesPane(&w), QStringLiteral("table"))->selectRow(0);
        testing::screenshot(&w, QStringLiteral("mainwindow-notes-ru"));
        testing::tabs(&w)->setCurrentWidget(testing::widgetsPane(&w));
        QTRY_VERIFY_WITH_TIMEOUT(testing::widgets(testing::widgetsPane(&w))->rowCount() > 0, 30000);
        QCOMPARE(testing::widgets(testing::widgetsPane(&w))->headerData(amodesk::WidgetTableModel::InstalledColumn, Qt::Horizontal).toString(), QStringLiteral("Установлен"));
        QVERIFY(testing::widgetsPane(&w)->selectCode(testing::widgets(testing::widgetsPane(&w))->widgetAt(3).code));
        testing::screenshot(&w, QStringLiteral("mainwindow-widgets-ru"));
        testing::tabs(&w)->setCurrentWidget(testing::buttonPane(&w));
        testing::child<QLineEdit>(testing::buttonPane(&w), QStringLiteral("color"))->setText(QStringLiteral("tomato"));
        QVERIFY(testing::buttonPane(&w)->snippet().contains(QStringLiteral("color: 'tomato'")));
        testing::screenshot(&w, QStringLiteral("mainwindow-button-ru"));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
