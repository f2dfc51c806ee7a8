#pragma once

#include "app/sandbox/qbo/qbodecimal.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <memory>
#include <optional>

namespace bookflow::sandbox {

// A request body as JSON plus the literal text of every number in it, keyed by its JSON Pointer
// ("/Line/0/SalesItemLineDetail/UnitPrice"). QJsonDocument keeps numbers only as doubles, which
// cannot hold 0.1 or 1.005; the money rules read the literal text instead.
struct QboJsonText
{
    QJsonValue value;
    std::shared_ptr<const QHash<QString, QByteArray>> numbers;
};

// Strict JSON (RFC 8259) over UTF-8. On failure returns nullopt and a short reason (with the
// byte offset) in *error.
std::optional<QboJsonText> qboParseJson(const QByteArray &text, QString *error);

// A position inside a parsed request, to find the literal text of the number stored there.
// A default-constructed QboNumbers has no literals: values then come from the stored entity
// (written by this peer, so exact through their shortest double text).
class QboNumbers
{
public:
    QboNumbers() = default;
    explicit QboNumbers(std::shared_ptr<const QHash<QString, QByteArray>> numbers,
                        QString pointer = QString())
        : m_numbers(std::move(numbers)), m_pointer(std::move(pointer))
    {
    }

    QboNumbers operator[](const QString &key) const;
    QboNumbers operator[](qsizetype index) const;
    const QByteArray *literal() const;
    // The decimal stored at this position: the literal when the request had one here,
    // otherwise QboDecimal::fromJson(value).
    std::optional<QboDecimal> decimal(const QJsonValue &value) const;

private:
    std::shared_ptr<const QHash<QString, QByteArray>> m_numbers;
    QString m_pointer;
};

} // namespace bookflow::sandbox
