#include "core/auth/loopbacklistener.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <vector>

using namespace bookflow;

namespace {

const QString State = QStringLiteral("st-7f3a9c");

struct HttpAnswer
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
};

// Plays the browser over a raw socket, so the tests control every byte of the request and see
// every byte of the answer. Everything is asynchronous: the listener's waitForCallback runs the
// event loop that carries the conversation.
class Browser : public QObject
{
    Q_OBJECT

public:
    Browser()
    {
        connect(&m_socket, &QTcpSocket::connected, this, [this] {
            m_connected = true;
            if (!m_request.isEmpty())
                m_socket.write(m_request);
        });
        connect(&m_socket, &QTcpSocket::readyRead, this,
                [this] { m_received += m_socket.readAll(); });
        connect(&m_socket, &QTcpSocket::disconnected, this, &Browser::finish);
        connect(&m_socket, &QTcpSocket::errorOccurred, this, [this] {
            // The listener closing after its answer shows up as RemoteHostClosedError.
            if (m_socket.state() != QAbstractSocket::ConnectedState)
                finish();
        });
    }

    // The socket's own destruction would otherwise report a disconnect to a half-destroyed us.
    ~Browser() override { m_socket.disconnect(this); }

    void send(quint16 port, const QByteArray &request,
              const QHostAddress &address = QHostAddress::LocalHost)
    {
        m_request = request;
        m_socket.connectToHost(address, port);
    }
    QTcpSocket &socket() { return m_socket; }
    bool isConnected() const { return m_connected; }
    bool done() const { return m_done; }

    HttpAnswer answer() const
    {
        HttpAnswer answer;
        const int end = m_received.indexOf("\r\n\r\n");
        if (end < 0)
            return answer;
        const QList<QByteArray> lines = m_received.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() >= 2 && statusLine.at(0) == "HTTP/1.1")
            answer.status = statusLine.at(1).toInt();
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            answer.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                  lines.at(i).mid(colon + 1).trimmed());
        }
        answer.body = m_received.mid(end + 4);
        return answer;
    }

Q_SIGNALS:
    void answered();

private:
    void finish()
    {
        if (m_done)
            return;
        m_received += m_socket.readAll();
        m_done = true;
        Q_EMIT answered();
    }

    QTcpSocket m_socket;
    QByteArray m_request;
    QByteArray m_received;
    bool m_connected = false;
    bool m_done = false;
};

// The usual start of a sign-in: listening on a free port, expecting `state`.
bool listenExpecting(LoopbackListener &listener, const QString &state)
{
    if (!listener.listen().ok())
        return false;
    listener.setExpectedState(state);
    return true;
}

QByteArray get(const QByteArray &target, quint16 port, const QByteArray &extraHeaders = {})
{
    return "GET " + target + " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(port) +
           "\r\nUser-Agent: Bookflow test\r\nAccept: text/html\r\n" + extraHeaders + "\r\n";
}

QByteArray callbackTarget(const QString &state, const QByteArray &code = "c0de")
{
    return "/callback?code=" + code + "&state=" + QUrl::toPercentEncoding(state) +
           "&realmId=9341453050981234";
}

// Sends one request and returns the whole answer; status 0 when none came within five seconds.
// The listener closes every connection after answering, so "done" means "answered".
HttpAnswer exchange(quint16 port, const QByteArray &request)
{
    Browser browser;
    QSignalSpy answered(&browser, &Browser::answered);
    browser.send(port, request);
    if (!answered.wait(5000))
        return {};
    return browser.answer();
}

// Whether a TCP connection to address:port is accepted. Connecting to a closed port on this
// machine is refused at once; the wait only bounds a machine that drops packets instead.
bool accepts(const QHostAddress &address, quint16 port)
{
    QTcpSocket socket;
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    QSignalSpy failed(&socket, &QTcpSocket::errorOccurred);
    socket.connectToHost(address, port);
    if (!QTest::qWaitFor([&] { return connected.count() + failed.count() > 0; }, 5000))
        return false; // neither accepted nor refused: nothing answers there
    const bool accepted = connected.count() > 0;
    socket.abort();
    return accepted;
}

QStringList capturedMessages;
QtMessageHandler previousHandler = nullptr;

// Not passed on to the test's own output: if a secret slipped into a message, the assertion
// should report it without printing it again.
void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedMessages.append(message);
}

} // namespace

class TestLoopbackListener : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bindsLoopbackOnly();
    void redirectUriNamesLocalhost();
    void successDeliversDecodedQueryAndSafePage();
    void queryValuesAreDecodedOnce_data();
    void queryValuesAreDecodedOnce();
    void networkAccessManagerAsBrowser();
    void wrongStateIsRefusedAndWaitingContinues();
    void refusedStates_data();
    void refusedStates();
    void otherPathsAndMethodsAreNotConsumed();
    void malformedRequestsAreRefused_data();
    void malformedRequestsAreRefused();
    void providerAccessDenied();
    void providerErrorIsNamedAndEscaped();
    void missingCodeEndsTheSignIn();
    void timeoutIsAFailureAndKeepsListening();
    void singleUse();
    void oversizedHeadIs431();
    void headAtTheLimitIsAccepted();
    void idleClientDoesNotBlockTheCallback();
    void silentClientIsDroppedAfterTheConnectionTimeout();
    void requestInPiecesIsAssembled();
    void concurrentConnectionsAreAllAnswered();
    void callbackBeforeWaitingIsKept();
    void closeWhileWaitingCancels();
    void portInUseIsAClearFailure();
    void logsNeverHoldQueryValues();
};

void TestLoopbackListener::bindsLoopbackOnly()
{
    LoopbackListener listener;
    const Status status = listener.listen();
    QVERIFY2(status.ok(), qPrintable(status.reason()));
    QVERIFY(listener.isListening());
    QVERIFY(listener.port() != 0);

    const QList<QHostAddress> bound = listener.boundAddresses();
    QVERIFY(bound.contains(QHostAddress(QHostAddress::LocalHost)));
    // A browser may resolve `localhost` to ::1 first: where the machine has it, it is bound too.
    QTcpServer probe;
    if (probe.listen(QHostAddress::LocalHostIPv6, 0))
        QVERIFY(bound.contains(QHostAddress(QHostAddress::LocalHostIPv6)));
    probe.close();
    for (const QHostAddress &address : bound) {
        QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
        QVERIFY(accepts(address, listener.port())); // the check below can tell both cases apart
    }

    QList<QHostAddress> others;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        // Link-local IPv6 addresses need an interface scope to be reached at all.
        if (!address.isLoopback() && !address.isLinkLocal())
            others.append(address);
    }
    if (others.isEmpty())
        QSKIP("this machine has no non-loopback address to try");
    for (const QHostAddress &address : others)
        QVERIFY2(!accepts(address, listener.port()), qPrintable(address.toString()));
}

void TestLoopbackListener::redirectUriNamesLocalhost()
{
    LoopbackListener listener;
    QVERIFY(listener.redirectUri().isEmpty());
    QVERIFY(listener.listen(0, QStringLiteral("/cb")).ok());
    const QUrl uri = listener.redirectUri();
    QCOMPARE(uri.scheme(), QStringLiteral("http"));
    QCOMPARE(uri.host(), QStringLiteral("localhost"));
    QCOMPARE(uri.port(), int(listener.port()));
    QCOMPARE(uri.path(), QStringLiteral("/cb"));
    QCOMPARE(uri.toString(), QStringLiteral("http://localhost:%1/cb").arg(listener.port()));

    QVERIFY(listener.listen().ok());
    QCOMPARE(listener.redirectUri().path(), QStringLiteral("/callback"));
    QVERIFY(!listener.listen(0, QStringLiteral("callback")).ok());
}

void TestLoopbackListener::successDeliversDecodedQueryAndSafePage()
{
    LoopbackListener listener;
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listenExpecting(listener, State));

    Browser browser;
    browser.send(listener.port(), get(callbackTarget(State, "a%2Fb%2Bc"), listener.port()));
    const Result<QUrlQuery> result = listener.waitForCallback(5000);
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result->queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
             QStringLiteral("a/b+c"));
    QCOMPARE(result->queryItemValue(QStringLiteral("code")), QStringLiteral("a/b+c"));
    QCOMPARE(result->queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded), State);
    QCOMPARE(result->queryItemValue(QStringLiteral("realmId"), QUrl::FullyDecoded),
             QStringLiteral("9341453050981234"));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!listener.isListening());

    QTRY_VERIFY(browser.done());
    const HttpAnswer answer = browser.answer();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.headers.value("content-type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(answer.headers.value("cache-control"), QByteArray("no-store"));
    QCOMPARE(answer.headers.value("referrer-policy"), QByteArray("no-referrer"));
    QCOMPARE(answer.headers.value("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(answer.headers.value("connection"), QByteArray("close"));
    QCOMPARE(answer.headers.value("content-length").toInt(), answer.body.size());
    QVERIFY(answer.body.contains(
        "Bookflow is connected. You can close this tab and return to Bookflow."));
    QVERIFY(!answer.body.contains("a/b+c")); // the code is never echoed
}

void TestLoopbackListener::queryValuesAreDecodedOnce_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QString>("expected");

    QTest::newRow("slash and plus") << QByteArray("a%2Fb%2Bc") << QStringLiteral("a/b+c");
    QTest::newRow("escaped percent stays one") << QByteArray("x%2525y") << QStringLiteral("x%25y");
    QTest::newRow("plus is a space") << QByteArray("a+b") << QStringLiteral("a b");
    QTest::newRow("delimiters") << QByteArray("a%26b%3Dc%23") << QStringLiteral("a&b=c#");
    QTest::newRow("utf-8") << QByteArray("%C3%A6%C3%B8") << QString::fromUtf8("æø");
    QTest::newRow("literal reserved") << QByteArray("4/0A:x") << QStringLiteral("4/0A:x");
}

void TestLoopbackListener::queryValuesAreDecodedOnce()
{
    QFETCH(QByteArray, sent);
    QFETCH(QString, expected);

    LoopbackListener listener;
    QVERIFY(listenExpecting(listener, State));
    Browser browser;
    browser.send(listener.port(), get(callbackTarget(State, sent), listener.port()));
    const Result<QUrlQuery> result = listener.waitForCallback(5000);
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result->queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded), expected);
    const auto items = result->queryItems(QUrl::FullyDecoded);
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.first().second, expected);
}

void TestLoopbackListener::networkAccessManagerAsBrowser()
{
    LoopbackListener listener;
    QVERIFY(listenExpecting(listener, State));

    // The redirect URI names `localhost`: this goes through name resolution like a browser.
    QUrl url = listener.redirectUri();
    url.setQuery(QStringLiteral("code=AB11-xyz&state=%1&realmId=42").arg(State));
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply *reply = nullptr;
    QTimer::singleShot(0, &nam, [&] { reply = nam.get(request); });

    const Result<QUrlQuery> result = listener.waitForCallback(5000);
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result->queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
             QStringLiteral("AB11-xyz"));
    QCOMPARE(result->queryItemValue(QStringLiteral("realmId"), QUrl::FullyDecoded),
             QStringLiteral("42"));

    QVERIFY(reply);
    QTRY_VERIFY(reply->isFinished());
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->rawHeader("Referrer-Policy"), QByteArray("no-referrer"));
    QVERIFY(reply->readAll().contains("Bookflow is connected."));
    reply->deleteLater();
}

void TestLoopbackListener::wrongStateIsRefusedAndWaitingContinues()
{
    LoopbackListener listener;
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listenExpecting(listener, State));

    Browser forged;
    Browser real;
    bool listeningAfterRefusal = false;
    connect(&forged, &Browser::answered, this, [&] {
        listeningAfterRefusal = listener.isListening() && finished.isEmpty();
        real.send(listener.port(), get(callbackTarget(State, "real-code"), listener.port()));
    });
    forged.send(listener.port(), get(callbackTarget(QStringLiteral("someone-else"), "forged-code"),
                                     listener.port()));

    const Result<QUrlQuery> result = listener.waitForCallback(5000);
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result->queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
             QStringLiteral("real-code"));
    QVERIFY(listeningAfterRefusal);
    QCOMPARE(finished.count(), 1);

    const HttpAnswer refused = forged.answer();
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.headers.value("cache-control"), QByteArray("no-store"));
    QVERIFY(refused.body.contains("This sign-in answer does not belong to the connection Bookflow "
                                  "started; nothing was changed."));
    QTRY_VERIFY(real.done());
    QCOMPARE(real.answer().status, 200);
}

void TestLoopbackListener::refusedStates_data()
{
    QTest::addColumn<bool>("expectState");
    QTest::addColumn<QByteArray>("target");

    QTest::newRow("no state") << true << QByteArray("/callback?code=c&realmId=1");
    QTest::newRow("empty state") << true << QByteArray("/callback?code=c&state=");
    QTest::newRow("state differs only in case")
        << true << QByteArray("/callback?code=c&state=ST-7F3A9C");
    QTest::newRow("prefix of the state") << true << QByteArray("/callback?code=c&state=st-7f3a");
    QTest::newRow("state repeated")
        << true << QByteArray("/callback?code=c&state=st-7f3a9c&state=x");
    QTest::newRow("code repeated") << true << QByteArray("/callback?code=c&code=d&state=st-7f3a9c");
    QTest::newRow("no expected state set")
        << false << QByteArray("/callback?code=c&state=st-7f3a9c");
    QTest::newRow("no expected state, no state") << false << QByteArray("/callback?code=c");
    QTest::newRow("no expected state, empty state")
        << false << QByteArray("/callback?code=c&state=");
}

void TestLoopbackListener::refusedStates()
{
    QFETCH(bool, expectState);
    QFETCH(QByteArray, target);

    LoopbackListener listener;
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listener.listen().ok());
    if (expectState)
        listener.setExpectedState(State);

    const HttpAnswer answer = exchange(listener.port(), get(target, listener.port()));
    QCOMPARE(answer.status, 400);
    QVERIFY(answer.body.contains("does not belong to the connection Bookflow started"));
    QVERIFY(listener.isListening());
    QCOMPARE(finished.count(), 0);
    QVERIFY(!listener.waitForCallback(0).ok()); // nothing was accepted
}

void TestLoopbackListener::otherPathsAndMethodsAreNotConsumed()
{
    LoopbackListener listener;
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listenExpecting(listener, State));
    const quint16 port = listener.port();

    Browser favicon;
    Browser post;
    Browser head;
    favicon.send(port, get("/favicon.ico", port));
    post.send(port, "POST " + callbackTarget(State) + " HTTP/1.1\r\nHost: localhost:" +
                        QByteArray::number(port) + "\r\nContent-Length: 0\r\n\r\n");
    head.send(port, "HEAD " + callbackTarget(State) +
                        " HTTP/1.1\r\nHost: localhost:" + QByteArray::number(port) + "\r\n\r\n");
    QTRY_VERIFY(favicon.done() && post.done() && head.done());

    QCOMPARE(favicon.answer().status, 404);
    QCOMPARE(favicon.answer().headers.value("connection"), QByteArray("close"));
    QCOMPARE(post.answer().status, 405);
    QCOMPARE(post.answer().headers.value("allow"), QByteArray("GET"));
    QCOMPARE(head.answer().status, 405);
    QVERIFY(head.answer().body.isEmpty()); // a HEAD answer has no body
    QVERIFY(head.answer().headers.value("content-length").toInt() > 0);
    QVERIFY(listener.isListening());
    QCOMPARE(finished.count(), 0);

    Browser real;
    real.send(port, get(callbackTarget(State), port));
    QVERIFY(listener.waitForCallback(5000).ok());
}

void TestLoopbackListener::malformedRequestsAreRefused_data()
{
    QTest::addColumn<QByteArray>("request");

    // Each would be a valid callback (right path, code and state) if it were read leniently.
    const QByteArray target = callbackTarget(State);
    const QByteArray host = "Host: localhost:%PORT%";
    QTest::newRow("bare LF line ends") << "GET " + target + " HTTP/1.1\n" + host + "\n\n";
    QTest::newRow("LF inside the head")
        << "GET " + target + " HTTP/1.1\r\n" + host + "\r\nX-A: 1\nX-B: 2\r\n\r\n";
    QTest::newRow("space before colon")
        << "GET " + target + " HTTP/1.1\r\n" + host + "\r\nAccept : */*\r\n\r\n";
    QTest::newRow("folded header")
        << "GET " + target + " HTTP/1.1\r\n" + host + "\r\nX-A: 1\r\n continued\r\n\r\n";
    QTest::newRow("unknown version") << "GET " + target + " HTTP/2.0\r\n" + host + "\r\n\r\n";
    QTest::newRow("extra space in request line")
        << "GET  " + target + " HTTP/1.1\r\n" + host + "\r\n\r\n";
    QTest::newRow("absolute-form target")
        << "GET http://localhost:%PORT%" + target + " HTTP/1.1\r\n" + host + "\r\n\r\n";
    QTest::newRow("broken percent escape")
        << "GET " + target + "&x=%zz HTTP/1.1\r\n" + host + "\r\n\r\n";
    QTest::newRow("not UTF-8") << "GET " + target + "&x=%FF HTTP/1.1\r\n" + host + "\r\n\r\n";
    QTest::newRow("no Host in HTTP/1.1") << "GET " + target + " HTTP/1.1\r\n\r\n";
    QTest::newRow("two Host headers")
        << "GET " + target + " HTTP/1.1\r\n" + host + "\r\n" + host + "\r\n\r\n";
    QTest::newRow("foreign host (DNS rebinding)")
        << "GET " + target + " HTTP/1.1\r\nHost: attacker.example:%PORT%\r\n\r\n";
    QTest::newRow("other port") << "GET " + target + " HTTP/1.1\r\nHost: localhost:1\r\n\r\n";
    QTest::newRow("control character in a header")
        << "GET " + target + " HTTP/1.1\r\n" + host + "\r\nX-A: a\x01" + "b\r\n\r\n";
}

void TestLoopbackListener::malformedRequestsAreRefused()
{
    QFETCH(QByteArray, request);

    LoopbackListener listener;
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listenExpecting(listener, State));
    request.replace("%PORT%", QByteArray::number(listener.port()));

    QCOMPARE(exchange(listener.port(), request).status, 400);
    QVERIFY(listener.isListening());
    QCOMPARE(finished.count(), 0);
}

void TestLoopbackListener::providerAccessDenied()
{
    LoopbackListener listener;
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listenExpecting(listener, State));

    Browser browser;
    browser.send(listener.port(),
                 get("/callback?error=access_denied&state=" + State.toUtf8(), listener.port()));
    const Result<QUrlQuery> result = listener.waitForCallback(5000);
    QVERIFY(!result.ok());
    QCOMPARE(result.reason(), QStringLiteral("The connection was cancelled in the browser."));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!listener.isListening());

    QTRY_VERIFY(browser.done());
    QCOMPARE(browser.answer().status, 200);
    QVERIFY(browser.answer().body.contains("The connection was not made"));
    QVERIFY(browser.answer().body.contains("The connection was cancelled in the browser."));
}

void TestLoopbackListener::providerErrorIsNamedAndEscaped()
{
    LoopbackListener listener;
    QVERIFY(listenExpecting(listener, State));

    Browser browser;
    browser.send(listener.port(),
                 get("/callback?error=server_error&error_description=%3Cscript%3Ealert(1)%3C%"
                     "2Fscript%3E+went+wrong&state=" +
                         State.toUtf8(),
                     listener.port()));
    const Result<QUrlQuery> result = listener.waitForCallback(5000);
    QVERIFY(!result.ok());
    QVERIFY2(result.reason().contains(QStringLiteral("server_error")), qPrintable(result.reason()));
    QVERIFY2(result.reason().contains(QStringLiteral("<script>alert(1)</script> went wrong")),
             qPrintable(result.reason()));

    QTRY_VERIFY(browser.done());
    const QByteArray body = browser.answer().body;
    QVERIFY(body.contains("&lt;script&gt;alert(1)&lt;/script&gt; went wrong"));
    QVERIFY(!body.contains("<script>"));
}

void TestLoopbackListener::missingCodeEndsTheSignIn()
{
    LoopbackListener listener;
    QVERIFY(listenExpecting(listener, State));

    Browser browser;
    browser.send(listener.port(), get("/callback?state=" + State.toUtf8(), listener.port()));
    const Result<QUrlQuery> result = listener.waitForCallback(5000);
    QVERIFY(!result.ok());
    QCOMPARE(result.reason(),
             QStringLiteral("The sign-in page answered without an authorization code."));
    QVERIFY(!listener.isListening());
}

void TestLoopbackListener::timeoutIsAFailureAndKeepsListening()
{
    LoopbackListener listener;
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listenExpecting(listener, State));

    const Result<QUrlQuery> result = listener.waitForCallback(200);
    QVERIFY(!result.ok());
    QVERIFY2(result.reason().startsWith(
                 QStringLiteral("No answer came back from the sign-in page within")),
             qPrintable(result.reason()));
    QCOMPARE(finished.count(), 0);

    // The caller may keep waiting: a late answer is still taken.
    QVERIFY(listener.isListening());
    Browser browser;
    browser.send(listener.port(), get(callbackTarget(State), listener.port()));
    QVERIFY(listener.waitForCallback(5000).ok());
}

void TestLoopbackListener::singleUse()
{
    LoopbackListener listener;
    QVERIFY(listenExpecting(listener, State));
    const quint16 port = listener.port();
    const QList<QHostAddress> bound = listener.boundAddresses();

    Browser browser;
    browser.send(port, get(callbackTarget(State), port));
    QVERIFY(listener.waitForCallback(5000).ok());
    QVERIFY(!listener.isListening());
    QCOMPARE(listener.port(), quint16(0));
    QVERIFY(listener.boundAddresses().isEmpty());
    for (const QHostAddress &address : bound)
        QVERIFY2(!accepts(address, port), qPrintable(address.toString()));
    QVERIFY(!listener.waitForCallback(0).ok());

    // The state was used up: listening again does not accept it a second time.
    QVERIFY(listener.listen().ok());
    QCOMPARE(exchange(listener.port(), get(callbackTarget(State), listener.port())).status, 400);
    QVERIFY(listener.isListening());
}

void TestLoopbackListener::oversizedHeadIs431()
{
    LoopbackListener listener;
    QVERIFY(listenExpecting(listener, State));

    const QByteArray padding(LoopbackListener::MaxRequestHeadBytes, 'a');
    const HttpAnswer answer = exchange(listener.port(), get(callbackTarget(State), listener.port(),
                                                            "X-Padding: " + padding + "\r\n"));
    QCOMPARE(answer.status, 431);
    QCOMPARE(answer.headers.value("connection"), QByteArray("close"));
    QVERIFY(listener.isListening());
}

void TestLoopbackListener::headAtTheLimitIsAccepted()
{
    LoopbackListener listener;
    QVERIFY(listenExpecting(listener, State));

    const QByteArray plain = get(callbackTarget(State), listener.port(), "X-Padding: \r\n");
    const QByteArray request =
        get(callbackTarget(State), listener.port(),
            "X-Padding: " + QByteArray(LoopbackListener::MaxRequestHeadBytes - plain.size(), 'a') +
                "\r\n");
    QCOMPARE(request.size(), LoopbackListener::MaxRequestHeadBytes);
    Browser browser;
    browser.send(listener.port(), request);
    QVERIFY(listener.waitForCallback(5000).ok());
}

void TestLoopbackListener::idleClientDoesNotBlockTheCallback()
{
    LoopbackListener listener;
    QVERIFY(listenExpecting(listener, State));

    Browser idle;
    idle.send(listener.port(), {}); // connects, sends nothing
    Browser halfway;
    halfway.send(listener.port(), "GET /callback?code=x&sta");
    QTRY_VERIFY(idle.isConnected() && halfway.isConnected());

    Browser real;
    real.send(listener.port(), get(callbackTarget(State), listener.port()));
    const Result<QUrlQuery> result = listener.waitForCallback(5000);
    QVERIFY2(result.ok(), qPrintable(result.reason()));

    // Once the sign-in is over, connections that never asked anything are closed.
    QTRY_VERIFY(idle.done() && halfway.done());
    QCOMPARE(idle.answer().status, 0);
}

void TestLoopbackListener::silentClientIsDroppedAfterTheConnectionTimeout()
{
    LoopbackListener listener;
    listener.setConnectionTimeout(100);
    QVERIFY(listenExpecting(listener, State));

    Browser idle;
    idle.send(listener.port(), "GET /callback?code=x&state=");
    QTRY_VERIFY(idle.done());
    QCOMPARE(idle.answer().status, 0);
    QVERIFY(listener.isListening());
}

void TestLoopbackListener::requestInPiecesIsAssembled()
{
    LoopbackListener listener;
    QVERIFY(listenExpecting(listener, State));

    // Written a few bytes at a time, each piece after the previous one left the socket.
    const QByteArray request = get(callbackTarget(State, "pieces"), listener.port());
    Browser browser;
    int written = 0;
    std::function<void()> writeNext = [&] {
        if (written >= request.size())
            return;
        const QByteArray piece = request.mid(written, 7);
        written += piece.size();
        browser.socket().write(piece);
    };
    connect(&browser.socket(), &QTcpSocket::connected, this, [&] { writeNext(); });
    connect(&browser.socket(), &QTcpSocket::bytesWritten, this,
            [&] { QTimer::singleShot(0, &browser, [&] { writeNext(); }); });
    browser.send(listener.port(), {});

    const Result<QUrlQuery> result = listener.waitForCallback(5000);
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result->queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
             QStringLiteral("pieces"));
    QCOMPARE(written, request.size());
}

void TestLoopbackListener::concurrentConnectionsAreAllAnswered()
{
    LoopbackListener listener;
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listenExpecting(listener, State));
    const quint16 port = listener.port();

    std::vector<std::unique_ptr<Browser>> notFound;
    std::vector<std::unique_ptr<Browser>> forged;
    for (int i = 0; i < 6; ++i) {
        notFound.push_back(std::make_unique<Browser>());
        notFound.back()->send(port, get("/favicon.ico", port));
        forged.push_back(std::make_unique<Browser>());
        forged.back()->send(port, get(callbackTarget(QStringLiteral("forged-%1").arg(i)), port));
    }
    QTRY_VERIFY(std::all_of(notFound.begin(), notFound.end(), [](auto &b) { return b->done(); }) &&
                std::all_of(forged.begin(), forged.end(), [](auto &b) { return b->done(); }));
    for (const auto &browser : notFound)
        QCOMPARE(browser->answer().status, 404);
    for (const auto &browser : forged)
        QCOMPARE(browser->answer().status, 400);
    QCOMPARE(finished.count(), 0);

    Browser real;
    real.send(port, get(callbackTarget(State), port));
    QVERIFY(listener.waitForCallback(5000).ok());
}

void TestLoopbackListener::callbackBeforeWaitingIsKept()
{
    LoopbackListener listener;
    QSignalSpy finished(&listener, &LoopbackListener::finished);
    QVERIFY(listenExpecting(listener, State));

    Browser browser;
    browser.send(listener.port(), get(callbackTarget(State, "early"), listener.port()));
    QTRY_COMPARE(finished.count(), 1);
    const Result<QUrlQuery> result = listener.waitForCallback(0);
    QVERIFY2(result.ok(), qPrintable(result.reason()));
    QCOMPARE(result->queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded),
             QStringLiteral("early"));
}

void TestLoopbackListener::closeWhileWaitingCancels()
{
    LoopbackListener listener;
    QVERIFY(listenExpecting(listener, State));
    const quint16 port = listener.port();

    QTimer::singleShot(0, &listener, [&] { listener.close(); });
    const Result<QUrlQuery> result = listener.waitForCallback(5000);
    QVERIFY(!result.ok());
    QCOMPARE(result.reason(), QStringLiteral("The sign-in was cancelled."));
    QVERIFY(!accepts(QHostAddress(QHostAddress::LocalHost), port));
}

void TestLoopbackListener::portInUseIsAClearFailure()
{
    QTcpServer other;
    QVERIFY(other.listen(QHostAddress::LocalHost, 0));
    LoopbackListener listener;
    const Status status = listener.listen(other.serverPort());
    QVERIFY(!status.ok());
    QVERIFY2(status.reason().contains(QString::number(other.serverPort())),
             qPrintable(status.reason()));
    QVERIFY2(status.reason().contains(QStringLiteral("already in use by another program")),
             qPrintable(status.reason()));
    QVERIFY(!listener.isListening());
    QVERIFY(listener.redirectUri().isEmpty());

    // Another program on ::1 would receive the browser's answer when `localhost` resolves
    // there, so that port is refused too.
    QTcpServer otherIpv6;
    if (!otherIpv6.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("this machine has no IPv6 loopback");
    const Status ipv6Status = listener.listen(otherIpv6.serverPort());
    QVERIFY(!ipv6Status.ok());
    QVERIFY2(ipv6Status.reason().contains(QStringLiteral("already in use by another program")),
             qPrintable(ipv6Status.reason()));
    QVERIFY(!listener.isListening());
}

void TestLoopbackListener::logsNeverHoldQueryValues()
{
    QLoggingCategory::setFilterRules(QStringLiteral("bookflow.auth.loopback.debug=true"));
    capturedMessages.clear();
    previousHandler = qInstallMessageHandler(captureMessage);
    {
        LoopbackListener listener;
        QVERIFY(listener.listen().ok());
        listener.setExpectedState(QStringLiteral("SECRET-STATE-1"));
        Browser forged;
        Browser favicon;
        Browser real;
        forged.send(listener.port(),
                    get("/callback?code=SECRET-CODE-2&state=SECRET-STATE-3", listener.port()));
        favicon.send(listener.port(), get("/favicon.ico?SECRET-QUERY-4", listener.port()));
        QTRY_VERIFY(forged.done() && favicon.done());
        real.send(listener.port(),
                  get("/callback?code=SECRET-CODE-5&state=SECRET-STATE-1", listener.port()));
        QVERIFY(listener.waitForCallback(5000).ok());
    }
    qInstallMessageHandler(previousHandler);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY(capturedMessages.size() >= 3); // the path and status of each request were logged
    QVERIFY(capturedMessages.join(QLatin1Char('\n')).contains(QStringLiteral("/favicon.ico")));
    for (const QString &message : std::as_const(capturedMessages))
        QVERIFY2(!message.contains(QStringLiteral("SECRET")), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"
