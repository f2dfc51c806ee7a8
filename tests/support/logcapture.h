#pragma once
// Everything the process logs, kept for a test to search: a message handler that records each
// message with its category, and passes on what is not Bookflow's own trace (QtTest's verdicts,
// Qt's warnings) to the previous handler. Header-only; one per process.

#include <QByteArray>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace testsupport {

class LogCapture
{
public:
    // Installs the handler (turning categories on is the caller's: QLoggingCategory rules).
    static void install() { state().previous = qInstallMessageHandler(&LogCapture::handle); }
    static void uninstall() { qInstallMessageHandler(state().previous); }

    static QString text()
    {
        QMutexLocker lock(&state().mutex);
        return state().text;
    }

private:
    struct State
    {
        QMutex mutex;
        QString text;
        QtMessageHandler previous = nullptr;
    };
    static State &state()
    {
        static State s;
        return s;
    }
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        {
            QMutexLocker lock(&state().mutex);
            state().text += QString::fromLatin1(context.category ? context.category : "default") +
                            QStringLiteral(": ") + message + QLatin1Char('\n');
        }
        if (state().previous &&
            (!context.category || !QByteArray(context.category).startsWith("bookflow")))
            state().previous(type, context, message);
    }
};

} // namespace testsupport
