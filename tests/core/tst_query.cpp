// Query strings are byte for byte what PHP's http_build_query() gives for the same filter:
// the outputs printed in seed 004 are the reference.
#include "api/QueryString.h"
#include "domain/EventFilter.h"

#include <QTest>

using namespace amodesk;

class TestQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leadsStatusesAsInTheSeed()
    {
        EventFilter f;
        f.valueAfter.leadsStatuses = {{13513, 17079863}, {13513, 17079860}};
        QCOMPARE(f.toQuery().encode(),
                 QByteArray("filter%5Bvalue_after%5D%5Bleads_statuses%5D%5B0%5D%5Bpipeline_id%5D=13513&filter%5Bvalue_after%5D%5Bleads_statuses%5D%5B0%5D%5Bstatus_id%5D=17079863"
                            "&filter%5Bvalue_after%5D%5Bleads_statuses%5D%5B1%5D%5Bpipeline_id%5D=13513&filter%5Bvalue_after%5D%5Bleads_statuses%5D%5B1%5D%5Bstatus_id%5D=17079860"));
    }

    void customersStatusesAsInTheSeed()
    {
        EventFilter f;
        f.valueAfter.customersStatuses = {135751, 135754};
        QCOMPARE(f.toQuery().encode(),
                 QByteArray("filter%5Bvalue_after%5D%5Bcustomers_statuses%5D%5B0%5D%5Bstatus_id%5D=135751&filter%5Bvalue_after%5D%5Bcustomers_statuses%5D%5B1%5D%5Bstatus_id%5D=135754"));
    }

    void responsibleUserAsInTheSeed()
    {
        // The seed's PHP input says 3231 but its printed output says 3221; the output is the reference.
        EventFilter f;
        f.valueAfter.responsibleUserIds = {3221, 412314};
        QCOMPARE(f.toQuery().encode(), QByteArray("filter%5Bvalue_after%5D%5Bresponsible_user_id%5D=3221%2C412314"));
    }

    void customFieldValuesAsInTheSeed()
    {
        EventFilter f;
        f.valueAfter.customFieldEnumIds = {145, 157, 202};
        f.types = {QStringLiteral("custom_field_57832_value_changed")};
        QCOMPARE(f.toQuery().encode(),
                 QByteArray("filter%5Bvalue_after%5D%5Bcustom_field_values%5D=145%2C157%2C202&filter%5Btype%5D=custom_field_57832_value_changed"));
        QVERIFY(f.validate().isEmpty());
    }

    void valueAsInTheSeed()
    {
        EventFilter f;
        f.valueAfter.value = QStringLiteral("155");
        f.types = {QStringLiteral("sale_field_changed")};
        f.entities = {QStringLiteral("lead")};
        QCOMPARE(f.toQuery().encode(), QByteArray("filter%5Bvalue_after%5D%5Bvalue%5D=155&filter%5Btype%5D=sale_field_changed&filter%5Bentity%5D=lead"));
    }

    void listsCreatedAtAndWith()
    {
        EventFilter f;
        f.entities = {QStringLiteral("lead")};
        f.entityIds = {648533};
        f.createdBy = {956328, 504141};
        f.types = {QStringLiteral("lead_added"), QStringLiteral("incoming_call")};
        f.createdFrom = 1700000000;
        f.createdTo = 1700086400;
        f.with = {QStringLiteral("lead_name"), QStringLiteral("contact_name")};
        QCOMPARE(f.toQuery().encode(),
                 QByteArray("filter%5Btype%5D%5B0%5D=lead_added&filter%5Btype%5D%5B1%5D=incoming_call&filter%5Bentity%5D=lead"
                            "&filter%5Bentity_id%5D%5B0%5D=648533&filter%5Bcreated_by%5D%5B0%5D=956328&filter%5Bcreated_by%5D%5B1%5D=504141"
                            "&filter%5Bcreated_at%5D%5Bfrom%5D=1700000000&filter%5Bcreated_at%5D%5Bto%5D=1700086400&with=lead_name%2Ccontact_name"));
    }

    void urlencodeLikePhp()
    {
        QCOMPARE(QueryString::urlencode(QStringLiteral("a b~*'()!/é")), QByteArray("a+b%7E%2A%27%28%29%21%2F%C3%A9"));
        QCOMPARE(QueryString::urlencode(QStringLiteral("Az09-_.")), QByteArray("Az09-_."));
    }

    void limitsAreRejectedBeforeSending_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("11 users") << 0 << "filter[created_by]";
        QTest::newRow("11 entity ids") << 1 << "filter[entity_id]";
        QTest::newRow("entity id without entity") << 2 << "filter[entity]";
        QTest::newRow("entity id with two entities") << 3 << "filter[entity]";
        QTest::newRow("custom field type with another") << 4 << "filter[type]";
        QTest::newRow("field values without field type") << 5 << "filter[type]";
        QTest::newRow("unknown type") << 6 << "filter[type]";
        QTest::newRow("unknown entity") << 7 << "filter[entity]";
        QTest::newRow("period backwards") << 8 << "filter[created_at]";
        QTest::newRow("unknown with") << 9 << "with";
    }

    void limitsAreRejectedBeforeSending()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        EventFilter f;
        switch (which) {
        case 0: for (int i = 0; i < 11; ++i) f.createdBy << 1000 + i; break;
        case 1: f.entities = {QStringLiteral("lead")}; for (int i = 0; i < 11; ++i) f.entityIds << 1000 + i; break;
        case 2: f.entityIds = {1}; break;
        case 3: f.entities = {QStringLiteral("lead"), QStringLiteral("contact")}; f.entityIds = {1}; break;
        case 4: f.types = {QStringLiteral("custom_field_1_value_changed"), QStringLiteral("lead_added")}; break;
        case 5: f.valueAfter.customFieldEnumIds = {145}; break;
        case 6: f.types = {QStringLiteral("lead_eaten")}; break;
        case 7: f.entities = {QStringLiteral("deal")}; break;
        case 8: f.createdFrom = 20; f.createdTo = 10; break;
        case 9: f.with = {QStringLiteral("everything")}; break;
        }
        const ValidationIssues issues = f.validate();
        QVERIFY(!issues.isEmpty());
        QCOMPARE(issues.first().field, field);
        QVERIFY(!issues.first().message.isEmpty());
        // At the limit is fine.
        EventFilter ok;
        for (int i = 0; i < 10; ++i)
            ok.createdBy << 1000 + i;
        ok.entities = {QStringLiteral("catalog_1075")};
        for (int i = 0; i < 10; ++i)
            ok.entityIds << 1000 + i;
        QVERIFY(ok.validate().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
