// bookflow-cli end to end: the real executable on the shipped templates, with the exit codes of
// ARCHITECTURE.md (0 success, 1 problems found, 2 bad usage or input).
#include "support/processes.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = testsupport::CliRun;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList templateFiles()
{
    const QDir dir(QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/templates"));
    QStringList out;
    for (const QString &n : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << dir.filePath(n);
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run cli(const QStringList &args)
    {
        // Secrets in the data folder's file: these tests are about the commands, not the keychain.
        return testsupport::runCli(QStringList{QStringLiteral("--data-dir"),
                                               m_dir.filePath(QStringLiteral("data")),
                                               QStringLiteral("--secrets"), QStringLiteral("file")} +
                                   args);
    }

    QString importTemplate(const QString &fileName, const QStringList &extra = {})
    {
        const Run r = cli(QStringList{QStringLiteral("--json"), QStringLiteral("import"),
                                      QStringLiteral(BOOKFLOW_SOURCE_DIR "/resources/templates/") + fileName} +
                          extra);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
    }

    testsupport::SandboxProcess m_sandbox;

    // Connects the data dir to the sandbox and returns the US QuickBooks company's connection id.
    QString connectUsCompany()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("connect"), QStringLiteral("sandbox"), QStringLiteral("--url"),
                           m_sandbox.url().toString()});
        if (r.exitCode != 0)
            qWarning() << r.err;
        for (const QJsonValue &c : QJsonDocument::fromJson(r.out).array()) {
            if (c.toObject().value(QStringLiteral("country")).toString() == QLatin1String("US"))
                return c.toObject().value(QStringLiteral("id")).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString started = m_sandbox.start({QStringLiteral("--seed"), QStringLiteral("demo")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void init()
    {
        QDir(m_dir.filePath(QStringLiteral("data"))).removeRecursively();
    }

    void importListShowExportTheTemplates()
    {
        const QStringList files = templateFiles();
        QVERIFY(files.size() >= 5);
        QStringList ids;
        for (const QString &path : files) {
            const QByteArray before = readAll(path);
            const Run r = cli({QStringLiteral("--json"), QStringLiteral("import"), path});
            QCOMPARE(r.exitCode, 0);
            const QString id = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("id")).toString();
            QVERIFY2(!id.isEmpty(), r.out.constData());
            ids << id;
            QCOMPARE(readAll(path), before); // import never touches the file

            // Export of the untouched draft gives back the file byte for byte (templates are
            // in normal form).
            const QString exported = m_dir.filePath(QFileInfo(path).fileName());
            QCOMPARE(cli({QStringLiteral("export"), id, exported}).exitCode, 0);
            QCOMPARE(readAll(exported), before);
            const Run toStdout = cli({QStringLiteral("export"), id});
            QCOMPARE(toStdout.exitCode, 0);
            QCOMPARE(toStdout.out, before);
        }

        const Run list = cli({QStringLiteral("--json"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), files.size());
        QStringList listed;
        for (const QJsonValue &row : rows) {
            const QJsonObject o = row.toObject();
            listed << o.value(QStringLiteral("id")).toString();
            QVERIFY(!o.value(QStringLiteral("name")).toString().isEmpty());
            QVERIFY(QStringList({QStringLiteral("deal"), QStringLiteral("quote"), QStringLiteral("payment")})
                        .contains(o.value(QStringLiteral("objectType")).toString()));
            QCOMPARE(o.value(QStringLiteral("enabled")).toBool(true), false);
            QCOMPARE(o.value(QStringLiteral("version")).toInt(-1), 0);
        }
        listed.sort();
        ids.sort();
        QCOMPARE(listed, ids);

        const Run human = cli({QStringLiteral("show"), ids.first()});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains("Enrolls when:"));
        const Run asJson = cli({QStringLiteral("--json"), QStringLiteral("show"), ids.first()});
        QCOMPARE(asJson.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(asJson.out).object().value(QStringLiteral("id")).toString(),
                 ids.first());
    }

    void validateExitCodes()
    {
        // Templates carry no QuickBooks connection: review reports it and validate exits 1.
        const QString id = importTemplate(QStringLiteral("invoice-esigned-quotes.json"));
        QVERIFY(!id.isEmpty());
        const Run bad = cli({QStringLiteral("--json"), QStringLiteral("validate"), id});
        QCOMPARE(bad.exitCode, 1);
        const QJsonObject review = QJsonDocument::fromJson(bad.out).object();
        const QJsonArray errors = review.value(QStringLiteral("errors")).toArray();
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("connection-missing"));
        QCOMPARE(errors.at(0).toObject().value(QStringLiteral("actionId")).toString(), QStringLiteral("a1"));
        QVERIFY(review.value(QStringLiteral("warnings")).isArray());

        // Human output says what is wrong in words.
        const Run words = cli({QStringLiteral("validate"), id});
        QCOMPARE(words.exitCode, 1);
        QVERIFY2(words.out.contains("error:"), words.out.constData());

        // With the accounts connected and a company picked at import, the draft is valid.
        const QString company = connectUsCompany();
        QVERIFY(!company.isEmpty());
        const QString good = importTemplate(QStringLiteral("invoice-esigned-quotes.json"),
                                            {QStringLiteral("--connection"), company});
        const Run ok = cli({QStringLiteral("--json"), QStringLiteral("validate"), good});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(ok.out).object().value(QStringLiteral("errors")).toArray().size(), 0);
    }

    void publishAndTurnOn()
    {
        const QString unready = importTemplate(QStringLiteral("invoice-payment-link-deals.json"));
        QCOMPARE(cli({QStringLiteral("publish"), unready}).exitCode, 1); // review errors block it
        const Run onUnpublished = cli({QStringLiteral("on"), unready});
        QCOMPARE(onUnpublished.exitCode, 2);
        QVERIFY(!onUnpublished.err.isEmpty());

        const QString company = connectUsCompany();
        QVERIFY(!company.isEmpty());
        const QString id = importTemplate(QStringLiteral("invoice-payment-link-deals.json"),
                                          {QStringLiteral("--connection"), company});
        const Run published = cli({QStringLiteral("--json"), QStringLiteral("publish"), id});
        QCOMPARE(published.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(published.out).object().value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(cli({QStringLiteral("on"), id}).exitCode, 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array();
        bool found = false;
        for (const QJsonValue &row : rows) {
            if (row.toObject().value(QStringLiteral("id")).toString() == id) {
                found = true;
                QVERIFY(row.toObject().value(QStringLiteral("enabled")).toBool());
                QCOMPARE(row.toObject().value(QStringLiteral("version")).toInt(), 1);
            }
        }
        QVERIFY(found);
        QCOMPARE(cli({QStringLiteral("off"), id}).exitCode, 0);
        // The published version is what export --published gives back.
        const Run v1 = cli({QStringLiteral("export"), id, QStringLiteral("--published"), QStringLiteral("1")});
        QCOMPARE(v1.exitCode, 0);
        QVERIFY(v1.out.contains(company.toUtf8()));
    }

    void badUsageExitsTwoWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("no command") << QStringList() << QByteArray("no command");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QByteArray("unknown command");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob"), QStringLiteral("list")}
                                        << QByteArray("frob");
        QTest::newRow("missing argument") << QStringList{QStringLiteral("import")} << QByteArray("usage:");
        QTest::newRow("unknown id") << QStringList{QStringLiteral("show"), QStringLiteral("nope")}
                                    << QByteArray("no workflow");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/wf.json")}
            << QByteArray("wf.json: the file does not exist");
        QTest::newRow("bad secrets") << QStringList{QStringLiteral("--secrets"), QStringLiteral("paper"), QStringLiteral("list")}
                                     << QByteArray("--secrets");
    }
    void badUsageExitsTwoWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, expected);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void brokenFileIsReportedAndLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("half.json"));
        const QByteArray half = readAll(templateFiles().first()).left(100);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(half);
        }
        const Run r = cli({QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("half.json: this is not valid JSON"), r.err.constData());
        QCOMPARE(readAll(path), half);
        // Nothing was imported.
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("--json"), QStringLiteral("list")}).out).array().size(), 0);
    }

    void corruptDatabaseIsReportedNeverOverwritten()
    {
        const QString dir = m_dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(dir));
        const QString db = dir + QStringLiteral("/bookflow.db");
        const QByteArray garbage = QByteArray("this is not a database\n").repeated(500);
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(garbage);
        }
        const Run r = cli({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bookflow.db"), r.err.constData());
        QCOMPARE(readAll(db), garbage);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
