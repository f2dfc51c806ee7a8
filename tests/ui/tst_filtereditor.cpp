// The filter editor driven as a person would: the property picker (searched by typing, labels
// from the sandbox portal; the reason shown and typed names taken when HubSpot isn't connected),
// operators by property type, and each kind of value editor — chips, exact numbers, dates, days,
// enumeration and yes/no options — then removing a filter and a group; plus the pure rules that
// decide what a new property or operator does to a filter.
#include "filterdriver.h"
#include "support/demoworkspace.h"
#include "ui/filters/chiplist.h"
#include "ui/filters/filteredit.h"
#include "ui/filters/filtergroupseditor.h"
#include "ui/filters/filterrow.h"
#include "ui/filters/propertycatalog.h"
#include "ui/filters/propertypicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace bookflow;
using namespace bookflow::testsupport;

namespace {

const QDate Today(2024, 3, 15);

struct Edit
{
    QString description;
    QString mergeKey;
};

// Every edited() signal of `editor`, in order.
class EditLog
{
public:
    explicit EditLog(FilterGroupsEditor *editor) : m_spy(editor, &FilterGroupsEditor::edited) {}
    int size() const { return int(m_spy.size()); }
    Edit at(int i) const { return {m_spy.at(i).at(1).toString(), m_spy.at(i).at(2).toString()}; }
    Edit last() const { return at(size() - 1); }
    QStringList descriptionsFrom(int from) const
    {
        QStringList list;
        for (int i = from; i < size(); ++i)
            list << at(i).description;
        return list;
    }
    QVector<FilterGroup> lastGroups() const
    {
        return m_spy.constLast().at(0).value<QVector<FilterGroup>>();
    }

private:
    QSignalSpy m_spy;
};

// Types `date` into a date picker the way a person tabbing into it would: the first part is
// selected, and each part, typed in full ("04", "30", "2024"), moves on to the next.
void typeDate(QDateEdit *edit, const QDate &date)
{
    QApplication::setActiveWindow(edit->window());
    edit->setFocus(Qt::TabFocusReason);
    QString format = edit->displayFormat();
    format.replace(QRegularExpression(QStringLiteral("(?<![Md])([Md])(?![Md])")),
                   QStringLiteral("\\1\\1"));
    QTest::keyClicks(edit, date.toString(format).remove(QRegularExpression(QStringLiteral("\\D"))));
}

QToolButton *chipRemove(QWidget *row, const QString &label)
{
    for (QWidget *chip : row->findChildren<QWidget *>(QStringLiteral("chip"))) {
        if (chip->property("chipLabel").toString() == label && chip->isVisibleTo(row))
            return chip->findChild<QToolButton *>(QStringLiteral("chipRemove"));
    }
    return nullptr;
}

QStringList visiblePropertyNames(PropertyPicker *picker)
{
    QStringList names;
    auto *list = picker->popup()->findChild<QTreeWidget *>(QStringLiteral("propertyList"));
    for (int g = 0; g < list->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->isHidden() && !group->child(i)->isHidden())
                names << group->child(i)->text(1);
        }
    }
    return names;
}

} // namespace

class TestFilterEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A known date format for typing into the date pickers.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qRegisterMetaType<QVector<FilterGroup>>();
        QString error;
        QVERIFY2(m_demo.start(&error), qPrintable(error));
        const ApiResult<QVector<Connection>> made = m_demo.connect();
        QVERIFY2(made.ok(), qPrintable(made.reason()));
        m_catalog = std::make_unique<PropertyCatalog>(m_demo.workspace());
    }
    void cleanupTestCase() { m_catalog.reset(); }

    void rulesForANewPropertyOrOperator();
    void catalogShowsTheSandboxLabels();
    void catalogWithoutHubSpotSaysWhyAndTakesTypedNames();
    void buildsFiltersByClicksAndTyping();
    void setGroupsRefreshesWithoutSignals();

private:
    testsupport::DemoWorkspace m_demo;
    std::unique_ptr<PropertyCatalog> m_catalog;
};

void TestFilterEditor::rulesForANewPropertyOrOperator()
{
    Filter text = blankFilter(FilterObject::Deal);
    QCOMPARE(text.op, Operator::IsAnyOf);
    text = filterWithProperty(
        text, {QStringLiteral("dealname"), {}, {}, PropertyType::Text, {}, false}, Today);
    QCOMPARE(text.property, QStringLiteral("dealname"));
    text.values = {QStringLiteral("Payment link")};
    text.op = Operator::ContainsAny;
    // Another text property keeps the condition and the values.
    const Filter other = filterWithProperty(
        text, {QStringLiteral("description"), {}, {}, PropertyType::Text, {}, false}, Today);
    QCOMPARE(other.op, Operator::ContainsAny);
    QCOMPARE(other.values, text.values);
    // A number property starts over with its own first operator.
    const Filter number = filterWithProperty(
        text, {QStringLiteral("amount"), {}, {}, PropertyType::Number, {}, false}, Today);
    QCOMPARE(number.op, Operator::Eq);
    QVERIFY(number.values.isEmpty());
    // Options of another enumeration mean nothing: cleared, condition kept.
    Filter stage = filterWithProperty(
        blankFilter(FilterObject::Deal),
        {QStringLiteral("dealstage"), {}, {}, PropertyType::Enumeration, {}, false}, Today);
    stage.op = Operator::IsNoneOf;
    stage.values = {QStringLiteral("closedwon")};
    const Filter pipeline = filterWithProperty(
        stage, {QStringLiteral("pipeline"), {}, {}, PropertyType::Enumeration, {}, false}, Today);
    QCOMPARE(pipeline.op, Operator::IsNoneOf);
    QVERIFY(pipeline.values.isEmpty());
    // Dates start on today; "between" repeats the date there is; days start at 30.
    const Filter date = filterWithProperty(
        blankFilter(FilterObject::Deal),
        {QStringLiteral("closedate"), {}, {}, PropertyType::DateTime, {}, false}, Today);
    QCOMPARE(date.op, Operator::On);
    QCOMPARE(date.values, QStringList{QStringLiteral("2024-03-15")});
    QCOMPARE(filterWithOperator(date, Operator::Between, Today).values,
             (QStringList{QStringLiteral("2024-03-15"), QStringLiteral("2024-03-15")}));
    QCOMPARE(filterWithOperator(date, Operator::MoreThanDaysAgo, Today).values,
             QStringList{QStringLiteral("30")});
    QVERIFY(filterWithOperator(date, Operator::IsKnown, Today).values.isEmpty());
    // Numbers: "between" keeps the first, a single-value operator keeps one.
    Filter range = number;
    range.op = Operator::Between;
    range.values = {QStringLiteral("10"), QStringLiteral("20")};
    QCOMPARE(filterWithOperator(range, Operator::Gt, Today).values,
             QStringList{QStringLiteral("10")});
    QCOMPARE(filterValueKind(Operator::Between, PropertyType::Number), FilterValueKind::Number);
    QCOMPARE(filterValueKind(Operator::IsAnyOf, PropertyType::Bool), FilterValueKind::Options);
    QCOMPARE(filterValueKind(Operator::IsAnyOf, PropertyType::Text), FilterValueKind::TextList);
    // The review's words, without its place prefix.
    FilterGroup group;
    Filter bad = number;
    bad.op = Operator::Eq;
    bad.values = {QStringLiteral("12,5")};
    group.filters = {bad};
    const QVector<QVector<QStringList>> problems = filterProblems({group});
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at(0).size(), 1);
    QVERIFY2(problems.at(0).at(0).at(0).startsWith(QStringLiteral("\"12,5\" is not a number")),
             qPrintable(problems.at(0).at(0).at(0)));
}

void TestFilterEditor::catalogShowsTheSandboxLabels()
{
    PropertyCatalog &catalog = *m_catalog;
    QSignalSpy loaded(&catalog, &PropertyCatalog::loaded);
    for (FilterObject object :
         {FilterObject::Deal, FilterObject::Contact, FilterObject::Quote, FilterObject::Payment})
        catalog.load(object);
    QTRY_VERIFY_WITH_TIMEOUT(
        catalog.isLoaded(FilterObject::Deal) && catalog.isLoaded(FilterObject::Contact) &&
            catalog.isLoaded(FilterObject::Quote) && catalog.isLoaded(FilterObject::Payment),
        20000);
    QCOMPARE(loaded.size(), 4);
    catalog.load(FilterObject::Deal); // once: no second request, no second signal
    QVERIFY(!catalog.isLoading(FilterObject::Deal));
    QVERIFY(catalog.isLoaded(FilterObject::Deal));
    QCOMPARE(loaded.size(), 4);

    const std::optional<PropertyInfo> dealname = catalog.find(FilterObject::Deal, "dealname");
    QVERIFY(dealname);
    QCOMPARE(dealname->label, QStringLiteral("Deal Name"));
    QCOMPARE(dealname->group, QStringLiteral("Deal information"));
    QCOMPARE(dealname->type, PropertyType::Text);
    QCOMPARE(catalog.find(FilterObject::Deal, "amount")->type, PropertyType::Number);
    QCOMPARE(catalog.find(FilterObject::Deal, "closedate")->type, PropertyType::DateTime);
    const std::optional<PropertyInfo> stage = catalog.find(FilterObject::Deal, "dealstage");
    QCOMPARE(stage->type, PropertyType::Enumeration);
    QVERIFY(stage->options.contains(
        qMakePair(QStringLiteral("closedwon"), QStringLiteral("Closed Won"))));
    QCOMPARE(catalog.find(FilterObject::Contact, "firstname")->label, QStringLiteral("First Name"));
    QCOMPARE(catalog.find(FilterObject::Quote, "hs_esign_enabled")->type, PropertyType::Bool);
    QCOMPARE(catalog.find(FilterObject::Quote, "hs_expiration_date")->type, PropertyType::Date);
    QCOMPARE(catalog.find(FilterObject::Payment, "hs_payment_source_app")->label,
             QStringLiteral("Source"));
    QVERIFY(!catalog.find(FilterObject::Deal, "no_such_property"));
    QVERIFY(catalog.error(FilterObject::Deal).isEmpty());

    // The picker lists HubSpot's labels with the internal names beside them, grouped.
    FilterGroupsEditor editor(&catalog, {FilterObject::Deal, FilterObject::Contact});
    editor.resize(420, 600);
    editor.show();
    QTest::mouseClick(editor.findChild<QPushButton *>("addGroup"), Qt::LeftButton);
    QVERIFY(rowAt(&editor, 1, 1));
    PropertyPicker *picker = rowAt(&editor, 1, 1)->picker();
    QTest::mouseClick(picker, Qt::LeftButton);
    QVERIFY(picker->isPopupVisible());
    auto *list = picker->popup()->findChild<QTreeWidget *>("propertyList");
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Deal information"));
    QVERIFY(visiblePropertyNames(picker).contains(QStringLiteral("dealstage")));
    QVERIFY(!picker->popup()->findChild<QLabel *>("propertyStatus")->isVisible());
    QTest::keyClicks(picker->popup()->findChild<QLineEdit *>("propertySearch"), "stage");
    QCOMPARE(visiblePropertyNames(picker), QStringList{QStringLiteral("dealstage")});
    QTest::keyClick(picker->popup()->findChild<QLineEdit *>("propertySearch"), Qt::Key_Escape);
    QVERIFY(!picker->isPopupVisible());

    // The contact object lists the contact's properties.
    FilterRow *row = rowAt(&editor, 1, 1);
    QVERIFY(chooseInCombo(row->findChild<QComboBox *>("filterObject"), "Contact"));
    QCOMPARE(editor.groups().at(0).filters.at(0).object, FilterObject::Contact);
    QVERIFY(pickProperty(row->picker(), "First Name"));
    QCOMPARE(editor.groups().at(0).filters.at(0).property, QStringLiteral("firstname"));
    QCOMPARE(row->picker()->currentText(), QStringLiteral("First Name"));
    QVERIFY(row->picker()->toolTip().contains(QStringLiteral("firstname")));
}

void TestFilterEditor::catalogWithoutHubSpotSaysWhyAndTakesTypedNames()
{
    testsupport::DemoWorkspace offline; // started, nothing connected
    QString error;
    QVERIFY2(offline.start(&error), qPrintable(error));
    PropertyCatalog catalog(offline.workspace());
    QSignalSpy failed(&catalog, &PropertyCatalog::failed);

    FilterGroupsEditor editor(&catalog, {FilterObject::Deal});
    editor.setToday(Today);
    // A workflow that already reads "dealname": the picker keeps offering it.
    FilterGroup used;
    Filter dealname = blankFilter(FilterObject::Deal);
    dealname.property = QStringLiteral("dealname");
    dealname.op = Operator::IsKnown;
    used.filters = {dealname};
    editor.setGroups({used});
    editor.resize(400, 600);
    editor.show();
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
    QVERIFY2(catalog.error(FilterObject::Deal).contains(QStringLiteral("HubSpot is not connected")),
             qPrintable(catalog.error(FilterObject::Deal)));
    // The object drop-down is hidden when there is only one object.
    QVERIFY(!rowAt(&editor, 1, 1)->findChild<QComboBox *>("filterObject")->isVisible());

    EditLog log(&editor);
    QTest::mouseClick(shown<QPushButton>(shown<QWidget>(&editor, "filterGroup1"), "addFilter"),
                      Qt::LeftButton);
    FilterRow *row = rowAt(&editor, 1, 2);
    QVERIFY(row);
    PropertyPicker *picker = row->picker();
    QTest::mouseClick(picker, Qt::LeftButton);
    QVERIFY(picker->isPopupVisible());
    auto *status = picker->popup()->findChild<QLabel *>("propertyStatus");
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("HubSpot is not connected")),
             qPrintable(status->text()));
    QVERIFY(picker->popup()->findChild<QPushButton *>("propertyRetry")->isVisible());
    QCOMPARE(visiblePropertyNames(picker), QStringList{QStringLiteral("dealname")});

    // A typed internal name, with the kind the person chooses.
    auto *search = picker->popup()->findChild<QLineEdit *>("propertySearch");
    QTest::keyClicks(search, "hs_custom_total");
    QVERIFY(picker->popup()->findChild<QWidget *>("typedPropertyRow")->isVisible());
    QVERIFY(chooseInCombo(picker->popup()->findChild<QComboBox *>("typedPropertyType"), "Number"));
    QVERIFY(picker->isPopupVisible());
    QTest::mouseClick(picker->popup()->findChild<QPushButton *>("useTypedProperty"),
                      Qt::LeftButton);
    QVERIFY(!picker->isPopupVisible());
    const Filter typed = editor.groups().at(0).filters.at(1);
    QCOMPARE(typed.property, QStringLiteral("hs_custom_total"));
    QCOMPARE(typed.propertyType, PropertyType::Number);
    QCOMPARE(typed.op, Operator::Eq);
    QCOMPARE(log.descriptionsFrom(0),
             (QStringList{QStringLiteral("Add filter"), QStringLiteral("Change property")}));
    QCOMPARE(row->picker()->currentText(), QStringLiteral("hs_custom_total"));
    // Its value editor follows the chosen kind.
    QVERIFY(shown<QLineEdit>(row, "numberValue1"));

    // Enter on a typed name that matches nothing uses it too (as text by default).
    FilterRow *first = rowAt(&editor, 1, 1);
    QVERIFY(pickProperty(first->picker(), "hs_custom_code"));
    QCOMPARE(editor.groups().at(0).filters.at(0).property, QStringLiteral("hs_custom_code"));
    QCOMPARE(editor.groups().at(0).filters.at(0).propertyType, PropertyType::Text);
}

void TestFilterEditor::buildsFiltersByClicksAndTyping()
{
    PropertyCatalog &catalog = *m_catalog;
    for (FilterObject object : {FilterObject::Quote, FilterObject::Deal})
        catalog.load(object);
    QTRY_VERIFY_WITH_TIMEOUT(
        catalog.isLoaded(FilterObject::Quote) && catalog.isLoaded(FilterObject::Deal), 20000);

    FilterGroupsEditor editor(&catalog, filterObjectsFor(ObjectType::Quote));
    editor.setToday(Today);
    editor.resize(460, 900);
    editor.show();
    EditLog log(&editor);
    QVERIFY(editor.findChild<QLabel *>("noFilterGroups")->isVisible());

    // Group 1, filter 1: Quote › Quote Name, chips.
    QTest::mouseClick(editor.findChild<QPushButton *>("addGroup"), Qt::LeftButton);
    QCOMPARE(log.last().description, QStringLiteral("Add filter group"));
    QCOMPARE(editor.groups().size(), 1);
    QCOMPARE(editor.groups().at(0).filters.at(0).object, FilterObject::Quote);
    QVERIFY(!editor.findChild<QLabel *>("noFilterGroups")->isVisible());
    FilterRow *name = rowAt(&editor, 1, 1);
    // No property yet: said, and nothing else to edit.
    QVERIFY(shown<QLabel>(name, "filterProblem")
                ->text()
                .contains(QStringLiteral("Choose the property")));
    QVERIFY(!name->findChild<QComboBox *>("filterOperator")->isEnabled());
    QVERIFY(pickProperty(name->picker(), "Quote Name"));
    QCOMPARE(log.last().description, QStringLiteral("Change property"));
    QCOMPARE(editor.groups().at(0).filters.at(0).property, QStringLiteral("hs_title"));
    QCOMPARE(editor.groups().at(0).filters.at(0).op, Operator::IsAnyOf);
    QLineEdit *input = shown<QLineEdit>(name, "valueInput");
    QVERIFY(input);
    QTest::keyClicks(input, "Spring offer");
    QTest::keyClick(input, Qt::Key_Return);
    QTest::keyClicks(input, "Renewal");
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(editor.groups().at(0).filters.at(0).values,
             (QStringList{QStringLiteral("Spring offer"), QStringLiteral("Renewal")}));
    QCOMPARE(log.last().description, QStringLiteral("Edit values"));
    QVERIFY(log.last().mergeKey.isEmpty());
    QTest::mouseClick(chipRemove(name, "Spring offer"), Qt::LeftButton);
    QCOMPARE(editor.groups().at(0).filters.at(0).values, QStringList{QStringLiteral("Renewal")});
    QVERIFY(chooseInCombo(name->findChild<QComboBox *>("filterOperator"), "contains any of"));
    QCOMPARE(log.last().description, QStringLiteral("Change operator"));
    QCOMPARE(editor.groups().at(0).filters.at(0).op, Operator::ContainsAny);
    QCOMPARE(editor.groups().at(0).filters.at(0).values, QStringList{QStringLiteral("Renewal")});
    // The text operators are HubSpot's, in its order.
    QComboBox *textOps = name->findChild<QComboBox *>("filterOperator");
    QCOMPARE(textOps->count(), 7);
    QCOMPARE(textOps->itemText(0), QStringLiteral("is equal to any of"));

    // Filter 2: a number, typed exactly; "is between" takes two.
    const int typingFrom = log.size();
    QTest::mouseClick(shown<QPushButton>(shown<QWidget>(&editor, "filterGroup1"), "addFilter"),
                      Qt::LeftButton);
    QCOMPARE(log.last().description, QStringLiteral("Add filter"));
    FilterRow *amount = rowAt(&editor, 1, 2);
    QVERIFY(shown<QLabel>(shown<QWidget>(&editor, "filterGroup1"), "andLabel"));
    QVERIFY(pickProperty(amount->picker(), "Quote amount"));
    QCOMPARE(editor.groups().at(0).filters.at(1).property, QStringLiteral("hs_quote_amount"));
    QCOMPARE(editor.groups().at(0).filters.at(1).op, Operator::Eq);
    QLineEdit *low = shown<QLineEdit>(amount, "numberValue1");
    QTest::keyClicks(low, "12a50.5"); // the letter is refused
    QCOMPARE(editor.groups().at(0).filters.at(1).values, QStringList{QStringLiteral("1250.5")});
    // Every keystroke was an edit with one merge key: one undo step for the typed value.
    const Edit firstKey = log.at(typingFrom + 2);
    QCOMPARE(firstKey.description, QStringLiteral("Edit values"));
    QVERIFY(!firstKey.mergeKey.isEmpty());
    for (int i = typingFrom + 2; i < log.size(); ++i)
        QCOMPARE(log.at(i).mergeKey, firstKey.mergeKey);
    QVERIFY(chooseInCombo(amount->findChild<QComboBox *>("filterOperator"), "is between"));
    QCOMPARE(editor.groups().at(0).filters.at(1).values, QStringList{QStringLiteral("1250.5")});
    QTest::keyClicks(shown<QLineEdit>(amount, "numberValue2"), "999");
    QCOMPARE(editor.groups().at(0).filters.at(1).values,
             (QStringList{QStringLiteral("1250.5"), QStringLiteral("999")}));
    QVERIFY(log.last().mergeKey != firstKey.mergeKey); // another field, another undo step
    // The wrong order is shown under the filter, in words.
    QLabel *problem = shown<QLabel>(amount, "filterProblem");
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(QStringLiteral("put the smaller number first")),
             qPrintable(problem->text()));
    QLineEdit *high = shown<QLineEdit>(amount, "numberValue2");
    high->selectAll();
    QTest::keyClicks(high, "2000");
    QCOMPARE(editor.groups().at(0).filters.at(1).values,
             (QStringList{QStringLiteral("1250.5"), QStringLiteral("2000")}));
    QVERIFY(!shown<QLabel>(amount, "filterProblem"));

    // Filter 3: a date — the picker, "is between", then "more than N days ago".
    QTest::mouseClick(shown<QPushButton>(shown<QWidget>(&editor, "filterGroup1"), "addFilter"),
                      Qt::LeftButton);
    FilterRow *expiry = rowAt(&editor, 1, 3);
    QVERIFY(pickProperty(expiry->picker(), "Expiration"));
    QCOMPARE(editor.groups().at(0).filters.at(2).property, QStringLiteral("hs_expiration_date"));
    QCOMPARE(editor.groups().at(0).filters.at(2).op, Operator::On);
    QCOMPARE(editor.groups().at(0).filters.at(2).values, QStringList{QStringLiteral("2024-03-15")});
    QCOMPARE(expiry->findChild<QComboBox *>("filterOperator")->count(), 8);
    QDateEdit *on = shown<QDateEdit>(expiry, "dateValue1");
    QVERIFY(on);
    typeDate(on, QDate(2024, 4, 30));
    QCOMPARE(editor.groups().at(0).filters.at(2).values, QStringList{QStringLiteral("2024-04-30")});
    QVERIFY(chooseInCombo(expiry->findChild<QComboBox *>("filterOperator"), "is between"));
    QCOMPARE(editor.groups().at(0).filters.at(2).values,
             (QStringList{QStringLiteral("2024-04-30"), QStringLiteral("2024-04-30")}));
    QDateEdit *until = shown<QDateEdit>(expiry, "dateValue2");
    typeDate(until, QDate(2024, 6, 1));
    QCOMPARE(editor.groups().at(0).filters.at(2).values,
             (QStringList{QStringLiteral("2024-04-30"), QStringLiteral("2024-06-01")}));
    QVERIFY(
        chooseInCombo(expiry->findChild<QComboBox *>("filterOperator"), "is more than N days ago"));
    QCOMPARE(editor.groups().at(0).filters.at(2).op, Operator::MoreThanDaysAgo);
    QSpinBox *days = shown<QSpinBox>(expiry, "daysValue");
    QVERIFY(days);
    days->setFocus();
    QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(days, "45");
    QCOMPARE(editor.groups().at(0).filters.at(2).values, QStringList{QStringLiteral("45")});
    QVERIFY(!log.last().mergeKey.isEmpty());

    // Filter 4: the associated deal's stage — enumeration options.
    QTest::mouseClick(shown<QPushButton>(shown<QWidget>(&editor, "filterGroup1"), "addFilter"),
                      Qt::LeftButton);
    FilterRow *stage = rowAt(&editor, 1, 4);
    QComboBox *object = stage->findChild<QComboBox *>("filterObject");
    QVERIFY(object->isVisible());
    QCOMPARE(object->count(), 3); // quote, deal, contact
    QVERIFY(chooseInCombo(object, "Deal"));
    QCOMPARE(log.last().description, QStringLiteral("Change record"));
    QVERIFY(pickProperty(stage->picker(), "Deal Stage"));
    QCOMPARE(editor.groups().at(0).filters.at(3).object, FilterObject::Deal);
    QCOMPARE(editor.groups().at(0).filters.at(3).property, QStringLiteral("dealstage"));
    QCOMPARE(stage->findChild<QComboBox *>("filterOperator")->itemText(0),
             QStringLiteral("is any of"));
    QTest::mouseClick(option(stage, "Closed Won"), Qt::LeftButton);
    QTest::mouseClick(option(stage, "Contract Sent"), Qt::LeftButton);
    QCOMPARE(editor.groups().at(0).filters.at(3).values,
             (QStringList{QStringLiteral("closedwon"), QStringLiteral("contractsent")}));
    QTest::mouseClick(option(stage, "Closed Won"), Qt::LeftButton);
    QCOMPARE(editor.groups().at(0).filters.at(3).values,
             QStringList{QStringLiteral("contractsent")});
    QVERIFY(log.last().mergeKey.isEmpty());

    // Group 2 (OR): a yes/no property.
    QTest::mouseClick(editor.findChild<QPushButton *>("addGroup"), Qt::LeftButton);
    QVERIFY(shown<QLabel>(&editor, "orLabel"));
    FilterRow *esign = rowAt(&editor, 2, 1);
    QVERIFY(pickProperty(esign->picker(), "e-signatures"));
    QCOMPARE(editor.groups().at(1).filters.at(0).propertyType, PropertyType::Bool);
    QTest::mouseClick(option(esign, "Yes"), Qt::LeftButton);
    QCOMPARE(editor.groups().at(1).filters.at(0).values, QStringList{QStringLiteral("true")});

    // Group 3, to be removed.
    QTest::mouseClick(editor.findChild<QPushButton *>("addGroup"), Qt::LeftButton);
    QCOMPARE(editor.groups().size(), 3);

    // Remove filter 2 of group 1 (the amount), then group 2.
    QTest::mouseClick(shown<QToolButton>(rowAt(&editor, 1, 2), "removeFilter"), Qt::LeftButton);
    QCOMPARE(log.last().description, QStringLiteral("Remove filter"));
    QTest::mouseClick(shown<QToolButton>(shown<QWidget>(&editor, "filterGroup2"), "removeGroup"),
                      Qt::LeftButton);
    QCOMPARE(log.last().description, QStringLiteral("Remove group"));

    const QVector<FilterGroup> groups = editor.groups();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).filters.size(), 3);
    QCOMPARE(groups.at(0).filters.at(0).property, QStringLiteral("hs_title"));
    QCOMPARE(groups.at(0).filters.at(0).op, Operator::ContainsAny);
    QCOMPARE(groups.at(0).filters.at(0).values, QStringList{QStringLiteral("Renewal")});
    QCOMPARE(groups.at(0).filters.at(1).property, QStringLiteral("hs_expiration_date"));
    QCOMPARE(groups.at(0).filters.at(1).values, QStringList{QStringLiteral("45")});
    QCOMPARE(groups.at(0).filters.at(2).property, QStringLiteral("dealstage"));
    QCOMPARE(groups.at(1).filters.size(), 1);
    QVERIFY(groups.at(1).filters.at(0).property.isEmpty()); // group 3, now group 2
    QCOMPARE(log.lastGroups(), groups);
    // The rows shown follow the model after the removals.
    QCOMPARE(rowAt(&editor, 1, 2)->picker()->currentText(), QStringLiteral("Expiration date"));
    QVERIFY(!rowAt(&editor, 1, 4));
    QVERIFY(!shown<QWidget>(&editor, "filterGroup3"));
    // Removing the last filter of a group removes the group (HubSpot's rule).
    QTest::mouseClick(shown<QToolButton>(rowAt(&editor, 2, 1), "removeFilter"), Qt::LeftButton);
    QCOMPARE(editor.groups().size(), 1);
}

void TestFilterEditor::setGroupsRefreshesWithoutSignals()
{
    FilterGroupsEditor editor(m_catalog.get(), {FilterObject::Payment});
    EditLog log(&editor);
    FilterGroup group;
    Filter fees = blankFilter(FilterObject::Payment);
    fees.property = QStringLiteral("hs_fees_amount");
    fees.propertyType = PropertyType::Number;
    fees.op = Operator::Gt;
    fees.values = {QStringLiteral("0")};
    group.filters = {fees};
    editor.setGroups({group});
    editor.show();
    QCOMPARE(log.size(), 0);
    QCOMPARE(editor.groups().size(), 1);
    FilterRow *row = rowAt(&editor, 1, 1);
    QCOMPARE(shown<QLineEdit>(row, "numberValue1")->text(), QStringLiteral("0"));
    QCOMPARE(row->findChild<QComboBox *>("filterOperator")->currentText(),
             QStringLiteral("is greater than"));
    QTRY_COMPARE_WITH_TIMEOUT(row->picker()->currentText(), QStringLiteral("Fees amount"), 20000);
    // The field being typed in keeps its cursor when the same value comes back.
    QLineEdit *field = shown<QLineEdit>(row, "numberValue1");
    field->setFocus();
    QTest::keyClicks(field, "5");
    QCOMPARE(log.size(), 1);
    const QVector<FilterGroup> typed = editor.groups();
    editor.setGroups(typed);
    QCOMPARE(field, shown<QLineEdit>(row, "numberValue1"));
    QCOMPARE(field->text(), QStringLiteral("05"));
    editor.setGroups({});
    QVERIFY(!rowAt(&editor, 1, 1));
    QCOMPARE(log.size(), 1);
    // Every control has a name a person hears.
    editor.setGroups(typed);
    QCOMPARE(unnamedControls(&editor), QStringList());
}

QTEST_MAIN(TestFilterEditor)
#include "tst_filtereditor.moc"
