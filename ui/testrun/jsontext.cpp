#include "ui/testrun/jsontext.h"

namespace bookflow {

QString prettyJsonText(const QByteArray &compact, int indent)
{
    const QString in = QString::fromUtf8(compact);
    QString out;
    out.reserve(in.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&] {
        out += u'\n';
        out += QString(depth * indent, u' ');
    };
    // The next character that is not white space, from `at` on (a null char at the end).
    const auto nextSignificant = [&](qsizetype at) {
        while (at < in.size() && in.at(at).isSpace())
            ++at;
        return at < in.size() ? in.at(at) : QChar();
    };
    for (qsizetype i = 0; i < in.size(); ++i) {
        const QChar c = in.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            out += c;
            const QChar close = c == u'{' ? QChar(u'}') : QChar(u']');
            if (nextSignificant(i + 1) == close) {
                // An empty object or array stays on one line: {} and [].
                while (in.at(i + 1).isSpace())
                    ++i;
                out += close;
                ++i;
            } else {
                ++depth;
                newline();
            }
            break;
        }
        case u'}':
        case u']':
            depth = qMax(0, depth - 1);
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += QStringLiteral(": ");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace bookflow
