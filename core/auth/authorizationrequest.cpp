#include "core/auth/authorizationrequest.h"

#include "core/util/tr.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace bookflow {

namespace {

QString randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator *generator = QRandomGenerator::system();
    for (char &byte : raw)
        byte = char(generator->bounded(256));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

AuthorizationRequest AuthorizationRequest::create(const QString &redirectUri, bool pkce)
{
    AuthorizationRequest request;
    request.state = randomUrlSafe(32);
    request.redirectUri = redirectUri;
    if (pkce) {
        request.codeVerifier = randomUrlSafe(32);
        request.codeChallenge = challengeFor(request.codeVerifier);
    }
    return request;
}

QString AuthorizationRequest::challengeFor(const QString &verifier)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Result<QUrlQuery> AuthorizationRequest::readPastedRedirect(const QString &pasted) const
{
    const QString text = pasted.trimmed();
    const QUrl url = QUrl::fromUserInput(text);
    if (text.isEmpty() || !url.isValid() || !url.hasQuery())
        return Failure{Tr::tr("That is not the address the browser was sent to. Copy the whole "
                              "address from the browser's address bar after approving, and paste "
                              "it again.")};
    return checkRedirect(QUrlQuery(url));
}

Result<QUrlQuery> AuthorizationRequest::checkRedirect(const QUrlQuery &query) const
{
    const QString received = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    if (state.isEmpty() || received != state)
        return Failure{Tr::tr("This sign-in answer does not belong to the connection Bookflow "
                              "started, so it was refused. Start connecting again.")};
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (error == QLatin1String("access_denied"))
        return Failure{Tr::tr("The connection was cancelled in the browser.")};
    if (!error.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        return Failure{Tr::tr("The provider did not connect Bookflow (%1%2).")
                           .arg(error, description.isEmpty() ? QString()
                                                             : QStringLiteral(": ") + description)};
    }
    if (query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded).isEmpty())
        return Failure{Tr::tr("The sign-in answer carried no authorization code. Start "
                              "connecting again.")};
    return query;
}

} // namespace bookflow
