#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace bookflow {

// One Bookflow per data folder and user: a second launch asks the running one to show its window
// (it may be hidden, running workflows in the background) and ends, instead of starting a second
// engine on the same database. The two meet on a local socket named after the data folder.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);

    // True when a Bookflow on this data folder answered and was asked to show its window.
    bool askRunningToShow();
    // Becomes the running one; false (with the reason) when the socket cannot be made.
    bool listen(QString *error);
    QString serverName() const { return m_name; }

Q_SIGNALS:
    // Another launch asked for the window.
    void showRequested();

private:
    QString m_name;
    QLocalServer *m_server = nullptr;
};

} // namespace bookflow
