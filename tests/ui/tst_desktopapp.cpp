// The desktop app put together: the main window gets the Run history, Needs review and
// Connections pages, and opening a workflow gives an editor whose cards open the real trigger
// and action panels; opening it again raises the same window.
#include "core/auth/memorysecretstore.h"
#include "core/store/store.h"
#include "ui/actions/actionpanel.h"
#include "ui/app/desktopapp.h"
#include "ui/connections/connectionspage.h"
#include "ui/editor/workflowdocument.h"
#include "ui/editor/workfloweditor.h"
#include "ui/filters/triggerpanel.h"
#include "ui/history/runhistorypage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace bookflow;

class TestDesktopApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wiresPagesAndEditors()
    {
        QTemporaryDir dir;
        QString id;
        {
            Result<std::unique_ptr<Store>> store = Store::open(dir.path());
            QVERIFY(store);
            const Result<QString> imported = (*store)->importFile(QStringLiteral(
                BOOKFLOW_SOURCE_DIR "/resources/templates/invoice-esigned-quotes.json"));
            QVERIFY(imported);
            id = *imported;
        }
        MainWindow window(dir.path());
        QVERIFY(window.store());
        DesktopApp app(window, std::make_shared<MemorySecretStore>(), false);
        QVERIFY(qobject_cast<RunHistoryPage *>(window.page(MainWindow::Page::RunHistory)));
        QVERIFY(qobject_cast<RunHistoryPage *>(window.page(MainWindow::Page::NeedsReview)));
        QVERIFY(qobject_cast<ConnectionsPage *>(window.page(MainWindow::Page::Connections)));

        // Opening from the main window goes through the editor opener the app set: one editor
        // window for the workflow, shown.
        const auto editorsOf = [](const QString &workflowId) {
            QList<WorkflowEditor *> found;
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *editor = qobject_cast<WorkflowEditor *>(top);
                if (editor && editor->workflowId() == workflowId)
                    found << editor;
            }
            return found;
        };
        QVERIFY(editorsOf(id).isEmpty());
        window.openWorkflow(id);
        const QList<WorkflowEditor *> opened = editorsOf(id);
        QCOMPARE(opened.size(), 1);
        QVERIFY(opened.first()->isVisible());
        WorkflowEditor *editor = app.openEditor(id);
        QCOMPARE(editor, opened.first()); // one window per workflow
        QCOMPARE(editor->workflowId(), id);
        QCOMPARE(app.openEditor(id), editor);
        QCOMPARE(editorsOf(id).size(), 1);
        editor->selectTrigger();
        QVERIFY(qobject_cast<TriggerPanel *>(editor->currentPanel()));
        const QString actionId = editor->document()->workflow().actions.first().id;
        editor->selectAction(actionId);
        QVERIFY(qobject_cast<ActionPanel *>(editor->currentPanel()));
    }
};

QTEST_MAIN(TestDesktopApp)
#include "tst_desktopapp.moc"
