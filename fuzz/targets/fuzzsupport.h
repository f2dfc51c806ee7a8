#pragma once

// What the fuzz targets share: how a broken promise is reported, how an input is cut into parts,
// and a Transport that plays back answers taken from the input.

#include "core/net/apierror.h"
#include "core/net/httptransport.h"
#include "core/net/tokensource.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1String>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace bookflow::fuzz {

// A promise of the code under test that an input broke. Thrown, not abort()ed, so the replay
// test can name the input file and go on; under libFuzzer main_libfuzzer.cpp prints it and
// aborts, which makes libFuzzer keep the input as a crash.
class FuzzFailure : public std::runtime_error
{
public:
    explicit FuzzFailure(const std::string &what) : std::runtime_error(what) {}
};

// Throws FuzzFailure("<target>: <what>") unless `condition` holds. `what` is built only when it
// fails (a lambda returning QString), so a passing check costs nothing.
template <typename Describe> void check(bool condition, const char *target, Describe &&describe)
{
    if (!condition)
        throw FuzzFailure(std::string(target) + ": " + describe().toStdString());
}

// The input as bytes Qt can read without copying.
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits `input` at every `separator`; at most `maxParts` parts (the last keeps the rest).
QList<QByteArray> splitParts(const QByteArray &input, QByteArrayView separator, int maxParts);

// Whether `text` is 1..maxLength ASCII letters, digits and characters of `punctuation`: the id
// rules the clients promise to enforce before anything is sent, written down again here.
bool isPlainId(const QString &text, QLatin1String punctuation, int maxLength);

// Text shown in a failure: at most 200 characters, control characters escaped.
QString shown(const QString &text);

// The checks every provider error must pass: a reason a bookkeeper can read, a class that
// exists, a Retry-After no longer than a day and never negative.
void checkApiError(const ApiError &error, const char *target, const char *where);

// A script of answers read from the input (fuzz/README.md "Client targets"):
//
//   OPERATION [ARG…]\n
//   ANSWER (\n~~~\n ANSWER)*
//
// where an ANSWER is either
//   STATUS\n[Header: value\n…]\n BODY      (STATUS: 0–999; 0 means no answer arrived)
// or just a BODY, answered with status 200 and a JSON content type.
//
// The client's requests get the answers in order; once they run out every request gets "no
// answer" (a network error), so paging loops end however the input is made.
struct Script
{
    QString operation;  // the first word of the first line
    QStringList args;   // the other words, percent-decoded
    int operationIndex; // a stable number derived from the first line, for unknown names
    QVector<HttpResponse> answers;
};
Script parseScript(const QByteArray &input);

class ScriptedTransport final : public Transport
{
public:
    explicit ScriptedTransport(QVector<HttpResponse> answers) : m_answers(std::move(answers)) {}

    HttpResponse send(const HttpRequest &request) override;

    int requestCount() const { return m_requests; }
    // Whether any answer handed out so far was a 2xx (a success must come from one).
    bool sawSuccess() const { return m_sawSuccess; }
    // Whether any answer handed out so far had this status.
    bool sawStatus(int status) const { return m_statuses.contains(status); }

private:
    QVector<HttpResponse> m_answers;
    int m_next = 0;
    int m_requests = 0;
    bool m_sawSuccess = false;
    QList<int> m_statuses;
};

// An access token that "refreshes" by counting: the client's one refresh-and-resend after a 401
// is exercised without any network.
class FuzzTokens final : public TokenSource
{
public:
    QString accessToken() override;
    ApiStatus refresh() override;

private:
    int m_refreshes = 0;
};

} // namespace bookflow::fuzz
