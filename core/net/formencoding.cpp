#include "core/net/formencoding.h"

namespace bookflow {

QByteArray formEncode(const QList<QPair<QString, QString>> &fields)
{
    QByteArray form;
    for (const auto &field : fields) {
        if (!form.isEmpty())
            form += '&';
        form += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return form;
}

QByteArray urlBase(const QUrl &url)
{
    QByteArray base = url.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    while (base.endsWith('/'))
        base.chop(1);
    return base;
}

} // namespace bookflow
