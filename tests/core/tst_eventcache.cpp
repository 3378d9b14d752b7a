// The event cache and its sync against the real sandbox: first pages, older pages on demand,
// newer events, no duplicates, a period synced with progress, stopped and resumed, full-text
// search with names, and reading with the account out of reach.
#include "HttpProbe.h"
#include "SandboxProcess.h"
#include "api/ApiClient.h"
#include "api/Pager.h"
#include "api/TokenSource.h"
#include "api/TrustStore.h"
#include "cache/EventCache.h"
#include "services/EventSync.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace amodesk;
using testing::HttpProbe;
using testing::SandboxProcess;

namespace {
QString words(const Event &e) { return e.type + u' ' + e.entityName; }

ApiError waitFinished(EventSync &sync)
{
    QSignalSpy done(&sync, &EventSync::finished);
    if (!done.wait(60000))
        return ApiError::make(ApiError::Kind::Timeout, QStringLiteral("the sync did not end"));
    return done.first().first().value<ApiError>();
}

int countInApi(ApiClient &api, const QByteArray &query)
{
    Pager pager(&api, QStringLiteral("/api/v4/events"), query, QStringLiteral("events"), 100);
    int count = 0;
    QObject::connect(&pager, &Pager::page, [&](int, const QJsonArray &items) { count += int(items.size()); });
    QSignalSpy done(&pager, &Pager::finished);
    pager.fetchAll(4);
    done.wait(60000);
    return count;
}
} // namespace

class TestEventCache : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<FixedToken> m_token;
    std::unique_ptr<ApiClient> m_api;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApiError>();
        if (SandboxProcess::tlsRequested())
            QVERIFY(addTrustedCertificates(SandboxProcess::certificateFile()));
        QVERIFY(m_sandbox.start({QStringLiteral("--events"), QStringLiteral("1500"), QStringLiteral("--seed"), QStringLiteral("21"),
                                 QStringLiteral("--rate-limit"), QStringLiteral("0")}));
        m_token = std::make_unique<FixedToken>(m_sandbox.token());
        m_api = std::make_unique<ApiClient>(QUrl(m_sandbox.baseUrl()), m_token.get());
        m_api->setRateLimit(50);
    }

    void firstPagesThenOlderThenNewer()
    {
        EventCache cache(m_dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY2(cache.isOpen(), qPrintable(cache.errorString()));
        EventSync sync(m_api.get(), &cache, words);
        sync.fetchNewer();
        QVERIFY(!waitFinished(sync).isError());
        QCOMPARE(cache.count(), qint64(EventSync::kFirstPages * 100));
        const QList<Event> newest = cache.window(0, 5);
        QVERIFY(newest[0].createdAt >= newest[4].createdAt);
        QVERIFY(!newest[0].entityName.isEmpty() || newest[0].entityType == u"task");

        QSignalSpy stored(&sync, &EventSync::stored);
        const qint64 oldest = cache.oldestCreatedAt();
        sync.fetchOlder();
        QVERIFY(!waitFinished(sync).isError());
        // A page from the oldest second down: what was on that second already is skipped.
        QVERIFY(cache.count() > 1090 && cache.count() <= 1100);
        QVERIFY(cache.oldestCreatedAt() < oldest);
        const qint64 afterOlder = cache.count();
        QCOMPARE(stored.first().at(1).value<EventSync::Placement>(), EventSync::Placement::Older);

        sync.fetchNewer(); // nothing new: nothing stored twice
        QVERIFY(!waitFinished(sync).isError());
        QCOMPARE(cache.count(), afterOlder);

        HttpProbe http(m_sandbox.baseUrl(), m_sandbox.token());
        const QJsonArray note{QJsonObject{{QStringLiteral("entity_id"), 26000005}, {QStringLiteral("note_type"), QStringLiteral("common")},
                                          {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), QStringLiteral("new")}}}}};
        QCOMPARE(http.send("POST", QStringLiteral("/api/v4/leads/notes"), QJsonDocument(note).toJson()).status, 200);
        stored.clear();
        sync.fetchNewer();
        QVERIFY(!waitFinished(sync).isError());
        QCOMPARE(cache.count(), afterOlder + 1);
        QCOMPARE(stored.first().at(1).value<EventSync::Placement>(), EventSync::Placement::Newer);
        QCOMPARE(cache.window(0, 1).first().type, QStringLiteral("common_note_added"));
    }

    void noteTextsArriveAndCanBeSearched()
    {
        EventCache cache(m_dir.filePath(QStringLiteral("notes.sqlite")));
        EventSync sync(m_api.get(), &cache, words);
        QSignalSpy texts(&sync, &EventSync::noteTextsStored);
        sync.fetchNewer();
        QVERIFY(!waitFinished(sync).isError());
        QTRY_VERIFY_WITH_TIMEOUT(!sync.notesPending(), 20000); // a request per page and entity type
        QVERIFY(texts.size() >= 4);
        int withText = 0, noteEvents = 0;
        for (const Event &e : cache.window(0, 1000)) {
            if (e.isAboutNote() && e.type != u"common_note_deleted") {
                ++noteEvents;
                withText += e.noteText.isEmpty() ? 0 : 1;
            }
        }
        QVERIFY(noteEvents > 50);
        QVERIFY2(withText > noteEvents * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(withText).arg(noteEvents)));
        // A word of a note finds the event about it.
        const qint64 found = cache.count(QStringLiteral("перезвонить"));
        QVERIFY(found > 0);
        for (const Event &e : cache.window(0, int(found), QStringLiteral("перезвонить")))
            QVERIFY2(e.noteText.contains(QStringLiteral("перезвонить")), qPrintable(e.noteText));
    }

    void aPeriodSyncsWithProgressStopsAndResumes()
    {
        // The middle of the data: some months, read page by page.
        const qint64 to = 1793491200 - 60LL * 86400, from = to - 120LL * 86400;
        QByteArray query = "filter%5Bcreated_at%5D%5Bfrom%5D=" + QByteArray::number(from) + "&filter%5Bcreated_at%5D%5Bto%5D=" + QByteArray::number(to);
        const int expected = countInApi(*m_api, query);
        QVERIFY(expected > 300);

        const QString path = m_dir.filePath(QStringLiteral("period.sqlite"));
        {
            EventCache cache(path);
            EventSync sync(m_api.get(), &cache, words);
            QSignalSpy progress(&sync, &EventSync::progress);
            sync.syncPeriod(from, to);
            QVERIFY(progress.wait(20000));
            sync.cancel(); // as if the connection dropped or the app was closed
            QVERIFY(cache.count() < expected);
            const double fraction = progress.last().at(2).toDouble();
            QVERIFY(fraction > 0 && fraction < 1);
        }
        EventCache cache(path); // opened again, later
        EventSync sync(m_api.get(), &cache, words);
        QSignalSpy progress(&sync, &EventSync::progress);
        QVERIFY(sync.resumePending());
        QVERIFY(!waitFinished(sync).isError());
        QCOMPARE(cache.count(), qint64(expected));
        QVERIFY(progress.last().at(2).toDouble() > 0.9);
        QVERIFY(progress.last().at(1).toDouble() > 0); // events a second
        QVERIFY(!sync.resumePending()); // done: nothing left to resume
    }

    void searchFindsWordsNamesAndPrefixes()
    {
        EventCache cache(m_dir.filePath(QStringLiteral("a.sqlite")));
        const qint64 all = cache.count();
        const qint64 leadAdded = cache.count(QStringLiteral("lead_added"));
        QVERIFY(leadAdded > 0 && leadAdded < all);
        for (const Event &e : cache.window(0, int(leadAdded), QStringLiteral("lead_added")))
            QCOMPARE(e.type, QStringLiteral("lead_added"));
        // A name, by its beginning and in another case.
        QString name;
        for (const Event &e : cache.window(0, 200)) {
            if (e.entityType == u"contact" && !e.entityName.isEmpty())
                name = e.entityName;
        }
        QVERIFY(!name.isEmpty());
        const QString prefix = name.split(u' ').first().left(4).toLower();
        QVERIFY(cache.count(prefix) > 0);
        QCOMPARE(cache.count(QStringLiteral("\"quoted\" (odd) text")), 0); // no syntax error from user text
        QCOMPARE(EventCache::ftsQuery(QStringLiteral("иван пост")), QStringLiteral("\"иван\"* AND \"пост\"*"));
    }

    void readsWithTheAccountOutOfReach()
    {
        EventCache cache(m_dir.filePath(QStringLiteral("a.sqlite")));
        const qint64 cached = cache.count();
        QVERIFY(cached > 1000);
        FixedToken token(QStringLiteral("whatever-token"));
        ApiClient unreachable(QUrl(QStringLiteral("http://127.0.0.1:9")), &token);
        unreachable.setMaxAttempts(1);
        EventSync sync(&unreachable, &cache, words);
        sync.fetchNewer();
        QCOMPARE(waitFinished(sync).kind, ApiError::Kind::Network);
        QCOMPARE(cache.count(), cached);
        QCOMPARE(cache.window(0, 10).size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestEventCache)
#include "tst_eventcache.moc"
