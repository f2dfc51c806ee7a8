#pragma once

#include <QHttpServer>
#include <QObject>
#include <QString>
#include <QUrl>

namespace bookflow::sandbox {

// The sandbox: a local peer that answers at the real HubSpot and QuickBooks Online paths on one
// loopback port (ARCHITECTURE.md "The sandbox is a peer, not a mock"). It depends on Qt only,
// never on core, so that a client passing against it proves something.
//
// Routes are registered per half: the admin endpoints under /_sandbox/ now, the HubSpot and
// QuickBooks halves by later issues, each in its own register…Routes() function.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *ServiceName = "bookflow-sandbox";
    static constexpr const char *Version = "0.1.0";

    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds 127.0.0.1 only (never the LAN: the sandbox hands out tokens without checking anyone).
    // Port 0 picks a free port. Returns false, with errorString() set, if the port is taken or
    // the server is already listening.
    bool listen(quint16 port = 0);
    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    // http://127.0.0.1:PORT without a trailing slash; empty until listen() succeeds.
    QUrl baseUrl() const;
    QString errorString() const { return m_errorString; }

private:
    void registerRoutes();
    void registerAdminRoutes();

    QHttpServer m_server;
    quint16 m_port = 0;
    QString m_errorString;
};

} // namespace bookflow::sandbox
