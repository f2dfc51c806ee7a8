// Replays every kept fuzz input through the fuzz targets' own code (fuzz/targets), built with the
// normal compiler: the crashes libFuzzer found (fuzz/regressions/<target>/, each fixed in core)
// and the seed and minimised corpora (fuzz/corpus/<target>/). A target throws FuzzFailure when an
// input breaks one of the promises it checks, and a crash or sanitizer report ends the program,
// so each input either passes here or fails naming its file.
#include "fuzz/targets/fuzzsupport.h"
#include "fuzz/targets/fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace bookflow::fuzz;

namespace {

const QString FuzzDir = QStringLiteral(BOOKFLOW_SOURCE_DIR "/fuzz");

QStringList inputsOf(const QString &kind, const char *target)
{
    const QDir dir(FuzzDir + QLatin1Char('/') + kind + QLatin1Char('/') +
                   QString::fromLatin1(target));
    QStringList files;
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every target has seeds to start from; a target whose corpus went missing would otherwise
    // replay nothing and pass.
    void everyTargetHasACorpus_data()
    {
        QTest::addColumn<QString>("target");
        for (const FuzzTarget &target : AllTargets)
            QTest::newRow(target.name) << QString::fromLatin1(target.name);
    }
    void everyTargetHasACorpus()
    {
        QFETCH(QString, target);
        QVERIFY2(!inputsOf(QStringLiteral("corpus"), qPrintable(target)).isEmpty(),
                 qPrintable(QStringLiteral("fuzz/corpus/%1 is empty").arg(target)));
    }

    // No folder under fuzz/regressions or fuzz/corpus names a target that does not exist (a
    // typo there would silently replay nothing).
    void foldersNameTargets()
    {
        for (const char *folder : {"corpus", "regressions"}) {
            const QString kind = QString::fromLatin1(folder);
            const QDir dir(FuzzDir + QLatin1Char('/') + kind);
            for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                const bool known = std::any_of(
                    std::begin(AllTargets), std::end(AllTargets),
                    [&](const FuzzTarget &target) { return name == QLatin1String(target.name); });
                QVERIFY2(
                    known,
                    qPrintable(
                        QStringLiteral("fuzz/%1/%2 is not a target's folder").arg(kind, name)));
            }
        }
    }

    void replay_data()
    {
        QTest::addColumn<int>("target");
        QTest::addColumn<QString>("path");
        for (int t = 0; t < int(std::size(AllTargets)); ++t) {
            for (const char *folder : {"regressions", "corpus"}) {
                const QString kind = QString::fromLatin1(folder);
                for (const QString &path : inputsOf(kind, AllTargets[t].name)) {
                    const QString row = QStringLiteral("%1/%2/%3")
                                            .arg(kind, QString::fromLatin1(AllTargets[t].name),
                                                 QFileInfo(path).fileName());
                    QTest::newRow(qPrintable(row)) << t << path;
                }
            }
        }
    }
    void replay()
    {
        QFETCH(int, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray input = file.readAll();
        try {
            QCOMPARE(AllTargets[target].run(reinterpret_cast<const uint8_t *>(input.constData()),
                                            size_t(input.size())),
                     0);
        } catch (const FuzzFailure &failure) {
            QFAIL(
                qPrintable(QStringLiteral("%1: %2").arg(path, QString::fromUtf8(failure.what()))));
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
