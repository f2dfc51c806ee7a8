#pragma once

#include "core/net/apierror.h"
#include "core/net/httptransport.h"
#include "core/net/tokensource.h"
#include "core/quickbooks/qbobatch.h"
#include "core/quickbooks/qboentity.h"
#include "core/quickbooks/qboobject.h"
#include "core/quickbooks/qboquery.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QVector>

#include <optional>

namespace bookflow {

// A QuickBooks Online Accounting API v3 client for one company (realm).
//
// Synchronous by design (the lead's decision): every call sends through the Transport, which
// blocks until the answer or the timeout, and returns an ApiResult. The engine runs clients on a
// worker thread; the CLI and tests call them directly.
//
// On the wire (qbo-api.md §2, qbo-verified.md §9):
// - {baseUrl}/v3/company/{realmId}/{entity}[/{id}] with `minorversion=75` on every call
//   (B-MV75: lower values are ignored since Aug 2025);
// - Authorization: Bearer, Accept and Content-Type application/json;
// - writes carry the caller's `requestid` (the engine derives deterministic ones so a retry is
//   answered with the original result, not a duplicate). It is checked before anything is sent:
//   1–50 characters, 1–36 on /batch, letters, digits and - _ . : only;
// - money goes out as JSON numbers with exactly the digits intended (QboJson::serialize);
// - a 401 (or code 3200) refreshes the token once through the TokenSource and resends once;
//   if that fails too, the error is NeedsReconnect (or the refresh's own Transient error when
//   the token endpoint was unreachable).
// Errors are classified by QboFault.
class QboClient
{
public:
    static constexpr int MinorVersion = 75;
    static constexpr int MaxRequestIdLength = 50;      // QBO: requestid ≤ 50 chars (B-REQID)
    static constexpr int MaxBatchRequestIdLength = 36; // QBO: ≤ 36 in /batch (B-REQID)
    static constexpr int DefaultTimeoutMs = 120000;    // QBO ends requests after 120 s (§8)

    // `baseUrl` is e.g. https://quickbooks.api.intuit.com, or the sandbox's http://127.0.0.1:PORT.
    QboClient(Transport &transport, QUrl baseUrl, QString realmId, TokenSource &tokens);

    QString realmId() const { return m_realmId; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

    // POST /{entity}: creates `body` (built with QboJson::money/number/date for typed fields).
    ApiResult<QboObject> create(QboEntity entity, const QJsonObject &body,
                                const QString &requestId);
    // POST /{entity} with "sparse": true: only the fields in `changes` change. `changes` must hold
    // the Id and the current SyncToken (5010 otherwise). A "Line" array replaces all lines.
    ApiResult<QboObject> sparseUpdate(QboEntity entity, const QJsonObject &changes,
                                      const QString &requestId);
    // GET /{entity}/{id}.
    ApiResult<QboObject> read(QboEntity entity, const QString &id);
    // GET /companyinfo/{realmId} and GET /preferences.
    ApiResult<QboObject> companyInfo();
    ApiResult<QboObject> preferences();

    // One page, exactly as `query` says (without MAXRESULTS QBO answers at most 100 rows).
    ApiResult<QVector<QboObject>> query(const QboQuery &query);
    // Every row: pages of `pageSize` (≤ 1000) from STARTPOSITION 1 until a short page (NQB's
    // fetchAll). Any STARTPOSITION/MAXRESULTS in `query` is replaced.
    ApiResult<QVector<QboObject>> queryAll(const QboQuery &query,
                                           int pageSize = QboQuery::MaxPageSize);
    // SELECT COUNT(*) → totalCount.
    ApiResult<qint64> count(const QboQuery &query);

    // POST /batch with one requestid for the whole batch (≤ 36 chars; required when the batch
    // writes). At most 30 items, unique bIds of at most 10 characters. The results come back in
    // the order of `items`, each matched by bId and carrying its own error if it failed; an
    // item QBO did not answer gets a Transient error.
    ApiResult<QVector<QboBatchItemResult>> batch(const QVector<QboBatchItem> &items,
                                                 const QString &requestId);

    // Why `requestId` may not be sent (nullopt when it may). Empty ids are refused too: every
    // write must be replayable.
    static std::optional<ApiError> checkRequestId(const QString &requestId, bool forBatch);

private:
    struct Call
    {
        QByteArray method = "GET";
        QString path;            // after /v3/company/{realmId}/
        QByteArray extraQuery;   // already encoded, without a leading '&'
        QString requestId;       // empty for reads
        QJsonObject requestJson; // what the body was built from (for error reasons)
        bool hasBody = false;
    };

    ApiResult<QJsonObject> execute(const Call &call);
    HttpRequest buildRequest(const Call &call, const QString &accessToken) const;
    ApiResult<QboObject> readEntity(const ApiResult<QJsonObject> &answer, QboEntity entity) const;
    ApiResult<QboObject> write(QboEntity entity, const QJsonObject &body, const QString &requestId);
    struct QueryAnswer
    {
        QVector<QboObject> rows;
        int startPosition = 0; // as QBO reported it; 0 when absent
        std::optional<qint64> totalCount;
    };
    // GET /query for a valid statement (rows or COUNT(*)), with the QueryResponse read.
    ApiResult<QueryAnswer> runQuery(const QboQuery &query);
    static QueryAnswer readQueryResponse(const QJsonObject &queryResponse, const QString &entity);

    Transport &m_transport;
    QUrl m_baseUrl;
    QString m_realmId;
    TokenSource &m_tokens;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace bookflow
