// The note outbox: its storage, how it recognises notes whose answer was lost, and the
// promise that matters: through dropped connections, crashes and re-runs, every note exists
// exactly once on the server (the real sandbox, injecting faults, over real HTTP).
#include "CliRun.h"
#include "HttpProbe.h"
#include "SandboxProcess.h"

#include "api/ApiClient.h"
#include "api/TokenSource.h"
#include "api/TrustStore.h"
#include "outbox/NoteOutbox.h"
#include "outbox/OutboxSender.h"
#include "outbox/SentNoteMatcher.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace amodesk;
using testing::HttpProbe;
using testing::SandboxProcess;

namespace {
constexpr int kLeadBase = 26000000; // the sandbox's first lead id, for outboxes that meet no server

QJsonObject commonNote(int entityId, const QString &text)
{
    return {{QStringLiteral("entity_id"), entityId}, {QStringLiteral("note_type"), QStringLiteral("common")},
            {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), text}}}};
}

QJsonObject serverNote(qint64 id, int entityId, const QString &text, qint64 createdAt)
{
    QJsonObject n = commonNote(entityId, text);
    n.insert(QStringLiteral("id"), id);
    n.insert(QStringLiteral("created_at"), createdAt);
    return n;
}

// How many notes with each text the sandbox holds among those written over the API.
QHash<QString, int> textsOnServer(const QString &baseUrl)
{
    QHash<QString, int> counts;
    HttpProbe http(baseUrl);
    const auto notes = http.get(QStringLiteral("/sandbox/notes")).json().value(QStringLiteral("notes")).toArray();
    for (const QJsonValue &n : notes) {
        const QJsonObject params = n[QStringLiteral("params")].toObject();
        counts[params.value(QStringLiteral("text")).toString(params.value(QStringLiteral("service")).toString())]++;
    }
    return counts;
}
} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString freshPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    void checkExactlyOnce(const QString &baseUrl, const QString &prefix, int count)
    {
        const QHash<QString, int> counts = textsOnServer(baseUrl);
        int found = 0;
        for (int i = 0; i < count; ++i) {
            const QString text = QStringLiteral("%1 #%2").arg(prefix).arg(i);
            QVERIFY2(counts.value(text) <= 1, qPrintable(QStringLiteral("%1 exists %2 times").arg(text).arg(counts.value(text))));
            QVERIFY2(counts.value(text) == 1, qPrintable(text + QStringLiteral(" is missing")));
            ++found;
        }
        QCOMPARE(found, count);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (SandboxProcess::tlsRequested())
            QVERIFY(addTrustedCertificates(SandboxProcess::certificateFile()));
    }

    void storeKeepsRowsAndDraftsAcrossReopening()
    {
        const QString path = freshPath(QStringLiteral("reopen"));
        qint64 row = 0;
        {
            NoteOutbox outbox(path);
            QVERIFY2(outbox.isOpen(), qPrintable(outbox.errorString()));
            row = outbox.enqueue(OutboxItem::Kind::Add, QStringLiteral("leads"), commonNote(kLeadBase, QStringLiteral("kept")), QStringLiteral("k1"));
            QVERIFY(row > 0);
            QCOMPARE(outbox.enqueue(OutboxItem::Kind::Add, QStringLiteral("leads"), commonNote(kLeadBase, QStringLiteral("kept")), QStringLiteral("k1")), row);
            outbox.saveDraft(QStringLiteral("editor/leads"), {{QStringLiteral("text"), QStringLiteral("half-typed")}});
        }
        NoteOutbox again(path);
        const OutboxItem item = again.item(row);
        QCOMPARE(item.state, OutboxItem::State::Pending);
        QCOMPARE(item.note.value(QStringLiteral("request_id")).toString(), item.requestId);
        QVERIFY(!item.requestId.isEmpty());
        QCOMPARE(again.items().size(), 1);
        QCOMPARE(again.draft(QStringLiteral("editor/leads")).value(QStringLiteral("text")).toString(), QStringLiteral("half-typed"));
        again.removeDraft(QStringLiteral("editor/leads"));
        QVERIFY(again.draft(QStringLiteral("editor/leads")).isEmpty());
    }

    void sentRowsAreNeverDiscardedUnseen()
    {
        NoteOutbox outbox(freshPath(QStringLiteral("discard")));
        const qint64 sent = outbox.enqueue(OutboxItem::Kind::Add, QStringLiteral("leads"), commonNote(kLeadBase, QStringLiteral("a")));
        const qint64 failed = outbox.enqueue(OutboxItem::Kind::Add, QStringLiteral("leads"), commonNote(kLeadBase, QStringLiteral("b")));
        QVERIFY(outbox.markSent({sent, failed}, 1000));
        QVERIFY(outbox.markFailed(failed, QStringLiteral("params.text: empty")));
        outbox.discard(sent);
        outbox.discard(failed);
        QCOMPARE(outbox.item(sent).state, OutboxItem::State::Sent);
        QCOMPARE(outbox.item(failed).id, 0);
    }

    void leasesKeepTwoSendersApart()
    {
        const QString path = freshPath(QStringLiteral("lease"));
        NoteOutbox first(path), second(path);
        for (int i = 0; i < 4; ++i)
            first.enqueue(OutboxItem::Kind::Add, QStringLiteral("leads"), commonNote(kLeadBase, QString::number(i)));
        const QString me = QStringLiteral("%1:a").arg(QCoreApplication::applicationPid());
        const QString other = QStringLiteral("%1:b").arg(QCoreApplication::applicationPid());
        QCOMPARE(first.claim(OutboxItem::State::Pending, me, 3, 60).size(), 3);
        QCOMPARE(second.claim(OutboxItem::State::Pending, other, 10, 60).size(), 1); // three are leased to a live owner

        // The lease of a process that is gone (a killed amodesk-cli) is taken over at once.
        QProcess gone;
        gone.start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("exit 0")});
        QVERIFY(gone.waitForFinished());
        const QString deadOwner = QStringLiteral("%1:dead").arg(gone.processId());
        NoteOutbox third(path);
        third.release({1, 2, 3, 4});
        QCOMPARE(third.claim(OutboxItem::State::Pending, deadOwner, 4, 600).size(), 4);
        QCOMPARE(second.claim(OutboxItem::State::Pending, other, 10, 60).size(), 4);
    }

    void matcherPairsIdenticalNotesOneToOne()
    {
        QList<OutboxItem> sent;
        for (int i = 0; i < 3; ++i) {
            OutboxItem row;
            row.id = i + 1;
            row.sentAt = 5000;
            row.note = commonNote(kLeadBase, QStringLiteral("same"));
            sent << row;
        }
        const QJsonArray server{serverNote(10, kLeadBase, QStringLiteral("same"), 5001),   // claimed earlier
                                serverNote(11, kLeadBase, QStringLiteral("same"), 5002),
                                serverNote(12, kLeadBase + 1, QStringLiteral("same"), 5002), // another lead
                                serverNote(13, kLeadBase, QStringLiteral("other"), 5002),
                                serverNote(14, kLeadBase, QStringLiteral("same"), 3000),     // older than the sending
                                serverNote(15, kLeadBase, QStringLiteral("same"), 5003)};
        SentNoteMatcher matcher({10}, 600);
        const QHash<qint64, qint64> found = matcher.match(sent, server);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.value(1), 11);
        QCOMPARE(found.value(2), 15);
        QVERIFY(!found.contains(3)); // not made: it will be sent again
        QVERIFY(SentNoteMatcher::sameParams({{QStringLiteral("duration"), 60}}, {{QStringLiteral("duration"), QStringLiteral("60")}}));
        QVERIFY(!SentNoteMatcher::sameParams({{QStringLiteral("text"), QStringLiteral("a")}}, {{QStringLiteral("text"), QStringLiteral("b")}}));
    }

    void validationFailuresNameTheNoteAndKeepTheRest()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--events"), QStringLiteral("300")}), qPrintable(sandbox.errorText()));
        FixedToken token(sandbox.token());
        ApiClient api(QUrl(sandbox.baseUrl()), &token);
        NoteOutbox outbox(freshPath(QStringLiteral("validation")));
        const QList<int> leads = testing::liveEntityIds(sandbox.baseUrl(), sandbox.token(), QStringLiteral("leads"), 1);
        QVERIFY(!leads.isEmpty());
        const qint64 good = outbox.enqueue(OutboxItem::Kind::Add, QStringLiteral("leads"), commonNote(leads.first(), QStringLiteral("fine")));
        const qint64 bad = outbox.enqueue(OutboxItem::Kind::Add, QStringLiteral("leads"), commonNote(1, QStringLiteral("no such lead")));
        OutboxSender sender(&api, &outbox);
        QSignalSpy idle(&sender, &OutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(20000));
        QCOMPARE(outbox.item(bad).state, OutboxItem::State::Failed);
        QVERIFY2(outbox.item(bad).error.contains(QStringLiteral("entity_id")), qPrintable(outbox.item(bad).error));
        // The good note was refused with its batch, then sent again on its own.
        QCOMPARE(outbox.item(good).state, OutboxItem::State::Confirmed);
        QCOMPARE(textsOnServer(sandbox.baseUrl()).value(QStringLiteral("fine")), 1);
    }

    // The app's way: the sender in-process, the sandbox failing 30% of API requests in every way
    // it knows (dropped before and after committing, 500, answers cut short).
    void fiveHundredNotesThroughFaultsExistExactlyOnce()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--events"), QStringLiteral("2000"), QStringLiteral("--fault-rate"), QStringLiteral("0.3"),
                                QStringLiteral("--seed"), QStringLiteral("77")}), qPrintable(sandbox.errorText()));
        FixedToken token(sandbox.token());
        ApiClient api(QUrl(sandbox.baseUrl()), &token);
        api.setTimeoutMs(5000);
        NoteOutbox outbox(freshPath(QStringLiteral("faults")));
        const QList<int> leads = testing::liveEntityIds(sandbox.baseUrl(), sandbox.token(), QStringLiteral("leads"), 40);
        const QList<int> contacts = testing::liveEntityIds(sandbox.baseUrl(), sandbox.token(), QStringLiteral("contacts"), 40);
        QVERIFY(leads.size() == 40 && contacts.size() == 40);
        for (int i = 0; i < 500; ++i) {
            const bool lead = i % 2 == 0;
            QVERIFY(outbox.enqueue(OutboxItem::Kind::Add, lead ? QStringLiteral("leads") : QStringLiteral("contacts"),
                                   commonNote((lead ? leads : contacts).at(i % 40), QStringLiteral("app #%1").arg(i))) > 0);
        }
        OutboxSender sender(&api, &outbox);
        sender.setBatchSize(25);
        QSignalSpy idle(&sender, &OutboxSender::idle);
        sender.start();
        QVERIFY(idle.wait(240000));
        QCOMPARE(outbox.count(OutboxItem::State::Confirmed), 500);
        HttpProbe http(sandbox.baseUrl());
        QVERIFY2(http.get(QStringLiteral("/sandbox/stats")).json().value(QStringLiteral("faults")).toInt() > 5, "the sandbox injected no faults");
        checkExactlyOnce(sandbox.baseUrl(), QStringLiteral("app"), 500);
        // Every row knows the note it made, and no two rows claim the same one.
        QSet<qint64> ids;
        for (const OutboxItem &row : outbox.items())
            ids.insert(row.noteId);
        QCOMPARE(ids.size(), 500);
    }

    // amodesk-cli notes add: killed halfway, run again with the same input, through the same faults.
    void cliInterruptedAndRerunCreatesNothingTwice()
    {
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--events"), QStringLiteral("2000"), QStringLiteral("--fault-rate"), QStringLiteral("0.3"),
                                QStringLiteral("--seed"), QStringLiteral("78")}), qPrintable(sandbox.errorText()));
        const QList<int> leads = testing::liveEntityIds(sandbox.baseUrl(), sandbox.token(), QStringLiteral("leads"), 60);
        QCOMPARE(leads.size(), 60);
        QJsonArray notes;
        for (int i = 0; i < 500; ++i)
            notes.append(commonNote(leads.at(i % 60), QStringLiteral("cli #%1").arg(i)));
        const QString input = m_dir.filePath(QStringLiteral("notes.json"));
        QFile f(input);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(notes).toJson());
        f.close();

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        if (SandboxProcess::tlsRequested())
            env.insert(QStringLiteral("SSL_CERT_FILE"), SandboxProcess::certificateFile());
        const QStringList args{QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("leads"), QStringLiteral("--json"), input,
                               QStringLiteral("--batch-size"), QStringLiteral("20"), QStringLiteral("--base-url"), sandbox.baseUrl(),
                               QStringLiteral("--long-lived-token-stdin")};
        auto startCli = [&](QProcess &p) {
            p.setProcessEnvironment(env);
            p.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("amodesk-cli")), args);
            p.write(sandbox.token().toUtf8() + '\n');
            p.closeWriteChannel();
        };
        HttpProbe http(sandbox.baseUrl());
        const int generated = http.get(QStringLiteral("/sandbox/stats")).json().value(QStringLiteral("notes")).toInt();
        {
            QProcess first;
            startCli(first);
            QVERIFY(first.waitForStarted());
            // Killed once the server holds some of the notes, mid-run.
            QTRY_VERIFY_WITH_TIMEOUT(http.get(QStringLiteral("/sandbox/stats")).json().value(QStringLiteral("notes")).toInt() > generated + 100, 60000);
            first.kill();
            QVERIFY(first.waitForFinished());
        }
        const int before = textsOnServer(sandbox.baseUrl()).size();
        QVERIFY2(before > 0 && before < 500, qPrintable(QString::number(before)));
        QProcess second;
        startCli(second);
        QVERIFY(second.waitForFinished(240000));
        const QString err = QString::fromUtf8(second.readAllStandardError());
        QVERIFY2(second.exitCode() == 0, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("confirmed by an earlier run")), qPrintable(err));
        checkExactlyOnce(sandbox.baseUrl(), QStringLiteral("cli"), 500);
        // A third run with the same input writes nothing.
        const int notesBefore = http.get(QStringLiteral("/sandbox/stats")).json().value(QStringLiteral("notes")).toInt();
        QProcess third;
        startCli(third);
        QVERIFY(third.waitForFinished(60000));
        QCOMPARE(third.exitCode(), 0);
        QVERIFY(QString::fromUtf8(third.readAllStandardError()).contains(QStringLiteral("500 notes of this input already confirmed")));
        QCOMPARE(http.get(QStringLiteral("/sandbox/stats")).json().value(QStringLiteral("notes")).toInt(), notesBefore);
        checkExactlyOnce(sandbox.baseUrl(), QStringLiteral("cli"), 500);
    }

    void lostOrEmptiedOutboxSendsNothingTwice()
    {
        // #17.9: an outbox truncated to 0 bytes was silently made anew, and the rerun sent all
        // 200 notes again. Now a keyed note the outbox cannot vouch for is looked up first.
        SandboxProcess sandbox;
        QVERIFY2(sandbox.start({QStringLiteral("--events"), QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("91")}), qPrintable(sandbox.errorText()));
        QTemporaryDir home;
        QProcessEnvironment env = testing::scratchEnvironment(home.path());
        if (SandboxProcess::tlsRequested())
            env.insert(QStringLiteral("SSL_CERT_FILE"), SandboxProcess::certificateFile());
        const QList<int> leads = testing::liveEntityIds(sandbox.baseUrl(), sandbox.token(), QStringLiteral("leads"), 20);
        QCOMPARE(leads.size(), 20);
        auto writeInput = [&home, &leads](const QString &name, const QString &prefix, int count) {
            QJsonArray notes;
            for (int i = 0; i < count; ++i)
                notes.append(commonNote(leads.at(i % 20), QStringLiteral("%1 #%2").arg(prefix).arg(i)));
            QFile f(home.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(QJsonDocument(notes).toJson());
            return f.fileName();
        };
        auto add = [&](const QString &input) {
            return testing::runCli(env, {QStringLiteral("notes"), QStringLiteral("add"), QStringLiteral("leads"), QStringLiteral("--json"), input,
                                         QStringLiteral("--base-url"), sandbox.baseUrl(), QStringLiteral("--long-lived-token-stdin")},
                                   sandbox.token().toUtf8() + '\n', 240000);
        };
        const QString input = writeInput(QStringLiteral("notes.json"), QStringLiteral("lost"), 200);
        const testing::CliRun first = add(input);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        checkExactlyOnce(sandbox.baseUrl(), QStringLiteral("lost"), 200);
        const QDir outboxes(home.filePath(QStringLiteral("data/AmoDesk/AmoDesk/outbox")));
        const QStringList files = outboxes.entryList({QStringLiteral("*.notes.sqlite")});
        QCOMPARE(files.size(), 1);
        const QString outbox = outboxes.filePath(files.first());
        auto forget = [&outbox](bool remove) {
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(outbox + suffix);
            if (remove) {
                QVERIFY(QFile::remove(outbox));
            } else {
                QFile f(outbox);
                QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate)); // emptied to 0 bytes
            }
        };
        for (const bool remove : {false, true}) {
            forget(remove);
            const testing::CliRun again = add(input);
            QVERIFY2(again.code == 0, qPrintable(again.err));
            checkExactlyOnce(sandbox.baseUrl(), QStringLiteral("lost"), 200);
        }
        // Other damage is refused with the file's name and what to do.
        forget(true);
        {
            QFile f(outbox);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        const testing::CliRun damaged = add(input);
        QVERIFY(damaged.code != 0);
        QVERIFY2(damaged.err.contains(outbox) && damaged.err.contains(QStringLiteral("damaged")) && damaged.err.contains(QStringLiteral("Move it aside")),
                 qPrintable(damaged.err));
        // Moved aside: what was sent is found, and new notes go out as before.
        QVERIFY(QFile::rename(outbox, outbox + QStringLiteral(".damaged")));
        const testing::CliRun recovered = add(input);
        QVERIFY2(recovered.code == 0, qPrintable(recovered.err));
        const testing::CliRun fresh = add(writeInput(QStringLiteral("fresh.json"), QStringLiteral("fresh"), 30));
        QVERIFY2(fresh.code == 0, qPrintable(fresh.err));
        checkExactlyOnce(sandbox.baseUrl(), QStringLiteral("lost"), 200);
        checkExactlyOnce(sandbox.baseUrl(), QStringLiteral("fresh"), 30);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
