#pragma once
// A Transport that passes every request on to another after letting the test look at it — and,
// when `rewrite` is set, change it (a browser's answer with another state, say). Header-only.

#include "core/net/httptransport.h"

#include <QVector>

#include <functional>

namespace testsupport {

class RecordingTransport final : public bookflow::Transport
{
public:
    explicit RecordingTransport(bookflow::Transport &inner) : m_inner(inner) {}

    bookflow::HttpResponse send(const bookflow::HttpRequest &request) override
    {
        bookflow::HttpRequest sent = request;
        if (rewrite)
            rewrite(sent);
        requests.append(sent);
        return m_inner.send(sent);
    }

    // The requests to `path` (the whole path).
    QVector<bookflow::HttpRequest> to(const QString &path) const
    {
        QVector<bookflow::HttpRequest> found;
        for (const bookflow::HttpRequest &r : requests) {
            if (r.url.path() == path)
                found.append(r);
        }
        return found;
    }

    QVector<bookflow::HttpRequest> requests;
    std::function<void(bookflow::HttpRequest &)> rewrite;

private:
    bookflow::Transport &m_inner;
};

} // namespace testsupport
