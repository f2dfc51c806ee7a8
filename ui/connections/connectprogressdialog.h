#pragma once

#include <QDialog>
#include <QString>
#include <QUrl>

class QLabel;
class QPushButton;

namespace bookflow {

// Shown while a sign-in runs on the Interactive lane: "Waiting for you to approve Bookflow in
// your browser…", a busy bar, "Copy the address" (for when the browser did not open) and Cancel.
// It never blocks: it is opened with open(), and closing it (Cancel, Escape, the window's close
// button) emits cancelRequested() once.
//
// Object names: "connectProgress", "connectProgressText", "copyAuthorizeAddress",
// "cancelConnect".
class ConnectProgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectProgressDialog(const QString &text, QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    // The consent page's address, once the lane knows it: enables "Copy the address".
    void setAuthorizeUrl(const QUrl &url);
    // Ends the dialog without cancelling (the work finished).
    void finish();

Q_SIGNALS:
    void cancelRequested();

public Q_SLOTS:
    void reject() override;

private:
    QLabel *m_text = nullptr;
    QPushButton *m_copy = nullptr;
    QUrl m_url;
    bool m_finished = false;
};

} // namespace bookflow
