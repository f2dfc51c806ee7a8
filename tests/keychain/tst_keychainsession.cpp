// The suite's keychain environment: make test runs ctest inside dbus-run-session with an unlocked
// gnome-keyring (tests/with-keyring.sh). This proves a real Secret Service answers there: a secret
// is written, read back, overwritten and deleted through QtKeychain, the library Bookflow's
// SecretStore uses.
#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QUuid>
#include <QtTest>

namespace {

const QString Service = QStringLiteral("bookflow-test-keychain-session");

// Runs a job to completion and returns its error (NoError on success) and message.
QPair<QKeychain::Error, QString> runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    if (!finished.wait(20000))
        return {QKeychain::OtherError, QStringLiteral("the keychain did not answer within 20 s")};
    return {job->error(), job->errorString()};
}

} // namespace

class TestKeychainSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "no D-Bus session: run the suite with 'make test' (it starts one with an unlocked "
                 "gnome-keyring)");
    }

    void writeReadOverwriteDelete()
    {
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = QStringLiteral("s3cret-") + QUuid::createUuid().toString();

        QKeychain::WritePasswordJob write(Service);
        write.setKey(key);
        write.setTextData(secret);
        auto [writeError, writeMessage] = runJob(&write);
        QVERIFY2(writeError == QKeychain::NoError, qPrintable(writeMessage));

        QKeychain::ReadPasswordJob read(Service);
        read.setKey(key);
        auto [readError, readMessage] = runJob(&read);
        QVERIFY2(readError == QKeychain::NoError, qPrintable(readMessage));
        QCOMPARE(read.textData(), secret);

        QKeychain::WritePasswordJob overwrite(Service);
        overwrite.setKey(key);
        overwrite.setTextData(QStringLiteral("rotated"));
        QCOMPARE(runJob(&overwrite).first, QKeychain::NoError);
        QKeychain::ReadPasswordJob reread(Service);
        reread.setKey(key);
        QCOMPARE(runJob(&reread).first, QKeychain::NoError);
        QCOMPARE(reread.textData(), QStringLiteral("rotated"));

        QKeychain::DeletePasswordJob remove(Service);
        remove.setKey(key);
        QCOMPARE(runJob(&remove).first, QKeychain::NoError);
        QKeychain::ReadPasswordJob gone(Service);
        gone.setKey(key);
        QCOMPARE(runJob(&gone).first, QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainSession)
#include "tst_keychainsession.moc"
