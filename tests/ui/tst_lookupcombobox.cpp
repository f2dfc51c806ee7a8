// The searchable dropdown over long QuickBooks lists: opened by a click, filtered by typing over
// 10,000 rows, picked with the keyboard or the mouse; loading, failure and "no matches" said in
// words; fixed entries always first.
#include "ui/actions/lookupcombobox.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace bookflow;

namespace {

QVector<LookupRow> numberedCustomers(int count)
{
    QVector<LookupRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString number = QStringLiteral("%1").arg(i, 5, 10, QLatin1Char('0'));
        rows.append({QString::number(i + 1), QStringLiteral("Customer %1").arg(number),
                     QStringLiteral("c%1@example.com").arg(number)});
    }
    return rows;
}

// A window holding the box, shown, so clicks and popups behave as on a desktop.
struct Window
{
    QWidget window;
    LookupComboBox *box = nullptr;

    Window()
    {
        auto *layout = new QVBoxLayout(&window);
        box = new LookupComboBox(&window);
        box->setObjectName(QStringLiteral("customer"));
        box->setAccessibleName(QStringLiteral("Customer"));
        layout->addWidget(box);
        layout->addStretch(1);
        window.resize(420, 300);
        window.show();
    }

    QWidget *popup() const { return box->findChild<QWidget *>(QStringLiteral("lookupPopup")); }
    QLineEdit *search() const
    {
        return box->findChild<QLineEdit *>(QStringLiteral("lookupSearch"));
    }
    QListView *list() const { return box->findChild<QListView *>(QStringLiteral("lookupList")); }
    QLabel *status() const { return box->findChild<QLabel *>(QStringLiteral("lookupStatus")); }
    QProgressBar *busy() const
    {
        return box->findChild<QProgressBar *>(QStringLiteral("lookupBusy"));
    }
    QPushButton *retry() const
    {
        return box->findChild<QPushButton *>(QStringLiteral("lookupRetry"));
    }

    // Names the list shows, top to bottom.
    QStringList shownNames() const
    {
        QStringList names;
        const QAbstractItemModel *model = list()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names.append(model->index(row, 0).data().toString());
        return names;
    }

    QString highlighted() const { return list()->currentIndex().data().toString(); }

    void open() { QTest::mouseClick(box, Qt::LeftButton, {}, box->rect().center()); }
};

} // namespace

class TestLookupComboBox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersTenThousandRowsAndPicksWithTheKeyboard()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        const QVector<LookupRow> rows = numberedCustomers(10000);
        w.box->setFixedEntries({{QString(), QStringLiteral("The payment's first contact"), {}}});
        w.box->setRows(rows);
        QCOMPARE(w.box->currentText(), QStringLiteral("The payment's first contact"));
        QSignalSpy changed(w.box, &LookupComboBox::currentIdChanged);

        w.open();
        QTRY_VERIFY(w.popup() && w.popup()->isVisible());
        QVERIFY(w.box->isPopupVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w.search()));
        // Everything listed, the fixed entry first and highlighted (it is the current choice).
        QCOMPARE(w.list()->model()->rowCount(), 10001);
        QCOMPARE(w.highlighted(), QStringLiteral("The payment's first contact"));

        QTest::keyClicks(w.search(), QStringLiteral("0042"));
        QStringList expected{QStringLiteral("The payment's first contact")};
        for (const LookupRow &row : rows) {
            if (row.name.contains(QStringLiteral("0042")) ||
                row.detail.contains(QStringLiteral("0042")))
                expected.append(row.name);
        }
        QCOMPARE(expected.size(), 1 + 11); // 00042 and 00420–00429
        QCOMPARE(w.shownNames(), expected);
        QCOMPARE(w.status()->text(), QStringLiteral("11 of 10,000"));
        // With a search the first match is highlighted, past the fixed entry.
        QCOMPARE(w.highlighted(), QStringLiteral("Customer 00042"));

        QTest::keyClick(w.search(), Qt::Key_Down);
        QCOMPARE(w.highlighted(), QStringLiteral("Customer 00420"));
        QTest::keyClick(w.search(), Qt::Key_Return);
        QVERIFY(!w.box->isPopupVisible());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("421"));
        QCOMPARE(w.box->currentId(), QStringLiteral("421"));
        QCOMPARE(w.box->currentText(), QStringLiteral("Customer 00420"));

        // Reopened: the search starts empty and the chosen row is highlighted.
        w.open();
        QTRY_VERIFY(w.box->isPopupVisible());
        QCOMPARE(w.search()->text(), QString());
        QCOMPARE(w.highlighted(), QStringLiteral("Customer 00420"));
        // Escape closes without a change.
        QTest::keyClick(w.search(), Qt::Key_Down);
        QTest::keyClick(w.search(), Qt::Key_Escape);
        QVERIFY(!w.box->isPopupVisible());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(w.box->currentId(), QStringLiteral("421"));
    }

    void searchIgnoresCaseAndReadsTheDetail()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.box->setRows(
            {{QStringLiteral("11"), QStringLiteral("Checking"), QStringLiteral("Bank")},
             {QStringLiteral("14"), QStringLiteral("Merchant Fees"), QStringLiteral("Expense")},
             {QStringLiteral("12"), QStringLiteral("Savings"), QStringLiteral("Bank")},
             {QStringLiteral("20"), QStringLiteral("Bankruptcy reserve"),
              QStringLiteral("Other Current Liability")}});
        w.open();
        QTRY_VERIFY(w.box->isPopupVisible());
        QTest::keyClicks(w.search(), QStringLiteral("BANK"));
        QCOMPARE(w.shownNames(), (QStringList{QStringLiteral("Checking"), QStringLiteral("Savings"),
                                              QStringLiteral("Bankruptcy reserve")}));
        // Narrowing further, then widening again by deleting, gives the right rows both ways.
        QTest::keyClicks(w.search(), QStringLiteral("r"));
        QCOMPARE(w.shownNames(), QStringList{QStringLiteral("Bankruptcy reserve")});
        QTest::keyClick(w.search(), Qt::Key_Backspace);
        QTest::keyClick(w.search(), Qt::Key_Backspace);
        QCOMPARE(w.search()->text(), QStringLiteral("BAN"));
        QCOMPARE(w.shownNames().size(), 3);
        QTest::keyClick(w.search(), Qt::Key_Escape);
    }

    void clickingARowPicksIt()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.box->setFixedEntries({{QString(), QStringLiteral("The deal's line items"), {}}});
        w.box->setRows(
            {{QStringLiteral("7"), QStringLiteral("Consulting"), QStringLiteral("SKU C-1")},
             {QStringLiteral("8"), QStringLiteral("Setup fee"), QString()}});
        QSignalSpy changed(w.box, &LookupComboBox::currentIdChanged);
        w.open();
        QTRY_VERIFY(w.box->isPopupVisible());
        QListView *list = w.list();
        const QRect rect = list->visualRect(list->model()->index(2, 0));
        QVERIFY(rect.isValid());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(!w.box->isPopupVisible());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(w.box->currentId(), QStringLiteral("8"));

        // The fixed entry picks the empty id.
        w.open();
        QTRY_VERIFY(w.box->isPopupVisible());
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(0, 0)).center());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(w.box->currentId(), QString());
        QCOMPARE(w.box->currentText(), QStringLiteral("The deal's line items"));
    }

    void fixedEntriesStayOnTopAndNoMatchesIsSaid()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.box->setFixedEntries({{QString(), QStringLiteral("The customer's default terms"), {}}});
        w.box->setRows(
            {{QStringLiteral("3"), QStringLiteral("Net 30"), QStringLiteral("Due in 30 days")},
             {QStringLiteral("2"), QStringLiteral("Net 15"), QStringLiteral("Due in 15 days")}});
        w.open();
        QTRY_VERIFY(w.box->isPopupVisible());
        QTest::keyClicks(w.search(), QStringLiteral("30"));
        QCOMPARE(w.shownNames(), (QStringList{QStringLiteral("The customer's default terms"),
                                              QStringLiteral("Net 30")}));
        QTest::keyClicks(w.search(), QStringLiteral("x"));
        QCOMPARE(w.shownNames(), QStringList{QStringLiteral("The customer's default terms")});
        QVERIFY(w.status()->isVisible());
        QCOMPARE(w.status()->text(), QStringLiteral("No matches"));
        // Enter with nothing matching picks nothing.
        QSignalSpy changed(w.box, &LookupComboBox::currentIdChanged);
        QTest::keyClick(w.search(), Qt::Key_Return);
        QCOMPARE(changed.size(), 0);
        QTest::keyClick(w.search(), Qt::Key_Escape);
    }

    void typingOnTheClosedBoxStartsASearch()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.box->setRows(numberedCustomers(50));
        w.box->setFocus();
        QTRY_VERIFY(w.box->hasFocus());
        QTest::keyClicks(w.box, QStringLiteral("4"));
        QTRY_VERIFY(w.box->isPopupVisible());
        QCOMPARE(w.search()->text(), QStringLiteral("4"));
        // 00004, 00014, 00024, 00034, 00040–00049
        QCOMPARE(w.shownNames().size(), 14);
        QTest::keyClicks(w.search(), QStringLiteral("9"));
        QCOMPARE(w.shownNames(), QStringList{QStringLiteral("Customer 00049")});
        QTest::keyClick(w.search(), Qt::Key_Enter);
        QCOMPARE(w.box->currentId(), QStringLiteral("50"));
    }

    void loadingThenRows()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        w.box->setFixedEntries({{QString(), QStringLiteral("The quote's first contact"), {}}});
        // Chosen before the list is known: the id shows until its name arrives.
        QSignalSpy changed(w.box, &LookupComboBox::currentIdChanged);
        w.box->setCurrentId(QStringLiteral("58"));
        w.box->setLoading();
        QVERIFY(w.box->isLoading());
        QCOMPARE(w.box->currentText(), QStringLiteral("id 58"));
        w.open();
        QTRY_VERIFY(w.box->isPopupVisible());
        QVERIFY(w.busy()->isVisible());
        QCOMPARE(w.status()->text(), QStringLiteral("Loading…"));
        QVERIFY(!w.retry()->isVisible());
        QCOMPARE(w.shownNames(), QStringList{QStringLiteral("The quote's first contact")});

        // The rows arrive while the popup is open: it fills in place, the busy bar goes.
        w.box->setRows({{QStringLiteral("58"), QStringLiteral("O'Brien Landscaping"), {}},
                        {QStringLiteral("59"), QStringLiteral("Åsa Öberg"), {}}});
        QVERIFY(!w.box->isLoading());
        QVERIFY(!w.busy()->isVisible());
        QVERIFY(!w.status()->isVisible());
        QCOMPARE(w.shownNames().size(), 3);
        QCOMPARE(w.highlighted(), QStringLiteral("O'Brien Landscaping"));
        QCOMPARE(w.box->currentText(), QStringLiteral("O'Brien Landscaping"));
        // Non-ASCII folds too.
        QTest::keyClicks(w.search(), QStringLiteral("åSA"));
        QCOMPARE(w.shownNames(), (QStringList{QStringLiteral("The quote's first contact"),
                                              QStringLiteral("Åsa Öberg")}));
        QTest::keyClick(w.search(), Qt::Key_Escape);
        QCOMPARE(changed.size(), 0);
    }

    void failureShowsTheReasonAndRetry()
    {
        Window w;
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        QSignalSpy retry(w.box, &LookupComboBox::retryRequested);
        w.box->setLoading();
        w.box->setError(QStringLiteral("QuickBooks could not be reached. Check the internet "
                                       "connection."));
        QVERIFY(!w.box->isLoading());
        w.open();
        QTRY_VERIFY(w.box->isPopupVisible());
        QVERIFY(!w.busy()->isVisible());
        QCOMPARE(w.status()->text(), QStringLiteral("QuickBooks could not be reached. Check the "
                                                    "internet connection."));
        QVERIFY(w.retry()->isVisible());
        QTest::mouseClick(w.retry(), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
        // The owner answers a retry by loading again.
        w.box->setLoading();
        QVERIFY(w.busy()->isVisible());
        QVERIFY(!w.retry()->isVisible());
        w.box->setRows({{QStringLiteral("1"), QStringLiteral("Amy's Bird Sanctuary"), {}}});
        QCOMPARE(w.shownNames(), QStringList{QStringLiteral("Amy's Bird Sanctuary")});
        QCOMPARE(w.box->errorText(), QString());
        QTest::keyClick(w.search(), Qt::Key_Escape);
    }
};

QTEST_MAIN(TestLookupComboBox)
#include "tst_lookupcombobox.moc"
