// The rules of writing, as core keeps them: what an edit of one or several notes sends, what is
// checked before anything is sent, and the body of a bot's continue call.
#include "domain/BotContinueBody.h"
#include "domain/NoteEdits.h"
#include "domain/WriteRules.h"

#include <QJsonArray>
#include <QTest>

using namespace amodesk;

namespace {
QJsonObject commonJson(qint64 id, qint64 entity, const QString &text, qint64 responsible = 0)
{
    QJsonObject n{{QStringLiteral("id"), id}, {QStringLiteral("entity_id"), entity}, {QStringLiteral("note_type"), QStringLiteral("common")},
                  {QStringLiteral("params"), QJsonObject{{QStringLiteral("text"), text}}}};
    if (responsible)
        n.insert(QStringLiteral("responsible_user_id"), responsible);
    return n;
}

Note common(qint64 id, qint64 entity, const QString &text, qint64 responsible = 0)
{
    return Note::fromJson(commonJson(id, entity, text, responsible));
}

QJsonObject form(const QJsonObject &params, qint64 responsible = 0)
{
    QJsonObject f{{QStringLiteral("note_type"), QStringLiteral("common")}, {QStringLiteral("params"), params}};
    if (responsible)
        f.insert(QStringLiteral("responsible_user_id"), responsible);
    return f;
}

QStringList fields(const ValidationIssues &issues)
{
    QStringList out;
    for (const ValidationIssue &i : issues)
        out << i.field;
    return out;
}
} // namespace

class TestWriteRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneNoteTakesTheFormWhole()
    {
        const QJsonObject item = noteEditItem(common(7, 3, QStringLiteral("old")), form({{QStringLiteral("text"), QStringLiteral("new")}}),
                                              form({{QStringLiteral("text"), QStringLiteral("old")}}), false, true);
        QCOMPARE(item.value(QStringLiteral("id")).toInteger(), 7);
        QCOMPARE(item.value(QStringLiteral("entity_id")).toInteger(), 3);
        QCOMPARE(item.value(QStringLiteral("params")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("new"));
        QCOMPARE(item.value(QStringLiteral("note_type")).toString(), QStringLiteral("common"));
        QVERIFY(changesNote(item));
    }

    void aBatchKeepsEachNotesOwnParams()
    {
        // The form showed the first note's params; the user changed only the text.
        const Note a = common(1, 10, QStringLiteral("a"));
        QJsonObject b = commonJson(2, 20, QStringLiteral("b"));
        const QJsonObject shown{{QStringLiteral("text"), QStringLiteral("a")}, {QStringLiteral("extra"), QStringLiteral("x")}};
        const QJsonObject edited{{QStringLiteral("text"), QStringLiteral("same for all")}, {QStringLiteral("extra"), QStringLiteral("x")}};
        QJsonObject bParams = b.value(QStringLiteral("params")).toObject();
        bParams.insert(QStringLiteral("extra"), QStringLiteral("b's own"));
        b.insert(QStringLiteral("params"), bParams);
        const QJsonObject itemB = noteEditItem(Note::fromJson(b), form(edited), form(shown), true, true);
        QCOMPARE(itemB.value(QStringLiteral("params")).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("same for all"));
        QCOMPARE(itemB.value(QStringLiteral("params")).toObject().value(QStringLiteral("extra")).toString(), QStringLiteral("b's own"));
        QCOMPARE(itemB.value(QStringLiteral("entity_id")).toInteger(), 20);
        QVERIFY(changesNote(noteEditItem(a, form(edited), form(shown), true, true)));
    }

    void aBatchLeavesAloneNotesThatAlreadySayIt()
    {
        const Note same = common(5, 1, QStringLiteral("done"));
        const QJsonObject item = noteEditItem(same, form({{QStringLiteral("text"), QStringLiteral("done")}}),
                                              form({{QStringLiteral("text"), QStringLiteral("other")}}), true, true);
        QVERIFY(!changesNote(item)); // the note already says it: nothing to send
        QCOMPARE(item.size(), 2);
    }

    void aBatchOfMixedTypesChangesOnlyTheResponsible()
    {
        const Note note = common(5, 1, QStringLiteral("t"), 100);
        const QJsonObject untouched = noteEditItem(note, form({{QStringLiteral("text"), QStringLiteral("zzz")}}, 100),
                                                   form({{QStringLiteral("text"), QStringLiteral("t")}}, 100), true, false);
        QVERIFY(!changesNote(untouched)); // params cannot be edited, and the responsible is as shown
        const QJsonObject moved = noteEditItem(note, form({}, 200), form({}, 100), true, false);
        QCOMPARE(moved.value(QStringLiteral("responsible_user_id")).toInteger(), 200);
        QVERIFY(!moved.contains(QStringLiteral("params")));
    }

    void checksNameWhatIsWrong()
    {
        QJsonObject ok = form({{QStringLiteral("text"), QStringLiteral("hello")}});
        ok.insert(QStringLiteral("entity_id"), 5);
        QVERIFY(checkNote(ok, false, true).isEmpty());
        QJsonObject noEntity = form({{QStringLiteral("text"), QStringLiteral("hello")}});
        QVERIFY(fields(checkNote(noEntity, false, true)).contains(QStringLiteral("entity_id")));
        QJsonObject noText = form({});
        noText.insert(QStringLiteral("entity_id"), 5);
        QVERIFY(!checkNote(noText, false, true).isEmpty());
        QJsonObject badType = ok;
        badType.insert(QStringLiteral("note_type"), QStringLiteral("no_such_type"));
        QVERIFY(fields(checkNote(badType, false, true)).contains(QStringLiteral("note_type")));
    }

    void botContinueBodyAsSeed003Shows()
    {
        const QJsonObject body = botContinueBody({{QStringLiteral("status"), QStringLiteral("paid")}},
                                                 {{BotHandler::ShowButtons, QStringLiteral("Pick"), QStringLiteral(" Yes |No| ")},
                                                  {BotHandler::GoTo, QStringLiteral("question"), QStringLiteral("2")}});
        QCOMPARE(body.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
        const QJsonArray handlers = body.value(QStringLiteral("execute_handlers")).toArray();
        QCOMPARE(handlers.size(), 2);
        const QJsonObject show = handlers[0].toObject().value(QStringLiteral("params")).toObject();
        QCOMPARE(handlers[0].toObject().value(QStringLiteral("handler")).toString(), QStringLiteral("show"));
        QCOMPARE(show.value(QStringLiteral("type")).toString(), QStringLiteral("buttons"));
        QCOMPARE(show.value(QStringLiteral("buttons")).toArray(), (QJsonArray{QStringLiteral("Yes"), QStringLiteral("No")}));
        const QJsonObject go = handlers[1].toObject().value(QStringLiteral("params")).toObject();
        QCOMPARE(go.value(QStringLiteral("step")), QJsonValue(2)); // a number stays a number
        QVERIFY(checkBotContinue(body).isEmpty());
        QVERIFY(!botContinueBody({}, {}).contains(QStringLiteral("execute_handlers"))); // none: left out
    }
};

QTEST_GUILESS_MAIN(TestWriteRules)
#include "tst_writerules.moc"
