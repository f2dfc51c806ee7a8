// RecordLoader::scopeFor: the name under which a pass keeps the records its poll read, so that
// the executor reuses a record only when it was read with what planning reads. The same
// properties give the same name whatever their order; another property, object, version or
// workflow gives another, so a record read with less (a data-sync filter's contact property
// missing, say) is read again rather than planned without it.
#include "core/engine/recordloader.h"

#include <QTest>

using namespace bookflow;

class TestRecordScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameWhatWasReadSameScope()
    {
        const QHash<HubSpotObject, QStringList> a{
            {HubSpotObject::Deal, {QStringLiteral("dealname"), QStringLiteral("amount")}},
            {HubSpotObject::Contact, {QStringLiteral("email"), QStringLiteral("firstname")}}};
        QHash<HubSpotObject, QStringList> b;
        b.insert(HubSpotObject::Contact, {QStringLiteral("firstname"), QStringLiteral("email")});
        b.insert(HubSpotObject::Deal, {QStringLiteral("amount"), QStringLiteral("dealname")});
        QCOMPARE(RecordLoader::scopeFor(QStringLiteral("w1"), 3, a),
                 RecordLoader::scopeFor(QStringLiteral("w1"), 3, b));
    }

    void anythingElseReadGivesAnotherScope()
    {
        const QHash<HubSpotObject, QStringList> base{
            {HubSpotObject::Deal, {QStringLiteral("dealname")}},
            {HubSpotObject::Contact, {QStringLiteral("email")}}};
        const QString scope = RecordLoader::scopeFor(QStringLiteral("w1"), 3, base);

        QHash<HubSpotObject, QStringList> more = base;
        more[HubSpotObject::Contact].append(QStringLiteral("lifecyclestage"));
        QVERIFY(RecordLoader::scopeFor(QStringLiteral("w1"), 3, more) != scope);

        QHash<HubSpotObject, QStringList> otherObject = base;
        otherObject.insert(HubSpotObject::LineItem, {QStringLiteral("name")});
        QVERIFY(RecordLoader::scopeFor(QStringLiteral("w1"), 3, otherObject) != scope);

        // The same property on another object is another read.
        const QHash<HubSpotObject, QStringList> moved{
            {HubSpotObject::Deal, {QStringLiteral("dealname"), QStringLiteral("email")}}};
        QVERIFY(RecordLoader::scopeFor(QStringLiteral("w1"), 3, moved) != scope);

        QVERIFY(RecordLoader::scopeFor(QStringLiteral("w1"), 4, base) != scope);
        QVERIFY(RecordLoader::scopeFor(QStringLiteral("w2"), 3, base) != scope);
    }

    void theWorkflowsOwnPropertiesAreAScope()
    {
        // What the poller reads for a workflow and what the executor reads for it without
        // data-sync properties are the same read.
        Workflow workflow;
        workflow.id = QStringLiteral("w1");
        workflow.objectType = ObjectType::Deal;
        QCOMPARE(RecordLoader::scopeFor(workflow.id, 1, RecordLoader::propertiesFor(workflow)),
                 RecordLoader::scopeFor(workflow.id, 1, RecordLoader::propertiesFor(workflow, {})));
        QVERIFY(RecordLoader::scopeFor(workflow.id, 1, RecordLoader::propertiesFor(workflow)) !=
                RecordLoader::scopeFor(
                    workflow.id, 1,
                    RecordLoader::propertiesFor(workflow, {QStringLiteral("lifecyclestage")})));
    }
};

QTEST_GUILESS_MAIN(TestRecordScope)
#include "tst_recordscope.moc"
