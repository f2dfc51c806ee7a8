#include "app/sandbox/oauth/oauthpages.h"

#include "app/sandbox/oauth/tokenregistry.h"

#include <QUrl>

namespace bookflow::sandbox::oauthpages {

const QByteArray HtmlType = QByteArrayLiteral("text/html;charset=UTF-8");

QString htmlDocument(const QString &title, const QString &content)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title><style>"
                          "body{font-family:sans-serif;max-width:40em;margin:3em auto;color:#222}"
                          "li{margin:.6em 0;list-style:none}button{font-size:1em;padding:.3em 1em}"
                          ".country{color:#666}.note{color:#666;font-size:.9em}"
                          "</style></head><body>\n%2\n</body></html>\n")
        .arg(title.toHtmlEscaped(), content);
}

// The authorization server's own error page: shown instead of redirecting when the client or
// its redirect URI cannot be trusted (RFC 6749 §4.1.2.1).
SandboxReply errorPage(const QString &message)
{
    SandboxReply reply;
    reply.status = 400;
    reply.contentType = HtmlType;
    reply.body =
        htmlDocument(QStringLiteral("Something went wrong"),
                     QStringLiteral("<h1>Something went wrong</h1>\n<p id=\"error\">%1</p>")
                         .arg(message.toHtmlEscaped()))
            .toUtf8();
    return reply;
}

// redirect_uri with the given parameters appended to its query, each percent-encoded in full so
// that a state holding '+', '&' or '=' comes back byte for byte.
QByteArray redirectLocation(const QString &redirectUri,
                            const QList<QPair<QString, QString>> &parameters)
{
    QUrl url(redirectUri);
    QString query = url.query(QUrl::FullyEncoded);
    for (const auto &parameter : parameters) {
        if (!query.isEmpty())
            query += QLatin1Char('&');
        query += parameter.first + QLatin1Char('=') +
                 QString::fromLatin1(QUrl::toPercentEncoding(parameter.second));
    }
    url.setQuery(query, QUrl::StrictMode);
    return url.toEncoded();
}

SandboxReply redirect(const QByteArray &location)
{
    SandboxReply reply;
    reply.status = 302;
    reply.contentType = HtmlType;
    reply.headers.append({QByteArrayLiteral("Location"), location});
    reply.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    const QString href = QString::fromLatin1(location).toHtmlEscaped();
    reply.body =
        htmlDocument(QStringLiteral("Redirecting"),
                     QStringLiteral("<p>Redirecting to <a href=\"%1\">%1</a>.</p>").arg(href))
            .toUtf8();
    return reply;
}

bool isTrue(const QString &value)
{
    return value == QLatin1String("1") ||
           value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

std::optional<QString> untrustedAuthorizeRequest(const OAuthClient *client, const QString &clientId,
                                                 const QString &redirectUri,
                                                 const QString &unknownClientHelp)
{
    if (clientId.isEmpty() || !client)
        return QStringLiteral("The app (client_id \"%1\") is not registered with this sandbox. %2")
            .arg(clientId, unknownClientHelp);
    const QUrl redirectUrl(redirectUri, QUrl::StrictMode);
    if (redirectUri.isEmpty())
        return QStringLiteral("The request has no redirect_uri.");
    if (!redirectUrl.isValid() || redirectUrl.isRelative() || redirectUrl.host().isEmpty())
        return QStringLiteral("The redirect_uri \"%1\" is not an absolute URL.").arg(redirectUri);
    if (!client->acceptsRedirectUri(redirectUri))
        return QStringLiteral("The redirect_uri \"%1\" is not one of the redirect URIs "
                              "registered for this app.")
            .arg(redirectUri);
    return std::nullopt;
}

} // namespace bookflow::sandbox::oauthpages
