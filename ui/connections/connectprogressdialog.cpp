#include "ui/connections/connectprogressdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace bookflow {

ConnectProgressDialog::ConnectProgressDialog(const QString &text, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("connectProgress"));
    setWindowTitle(tr("Connecting"));
    setAccessibleName(tr("Connecting"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("connectProgressText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(m_text);

    auto *bar = new QProgressBar(this);
    bar->setRange(0, 0); // busy: nobody knows how long the person takes to approve
    bar->setTextVisible(false);
    bar->setAccessibleName(tr("Waiting"));
    layout->addWidget(bar);

    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("Copy the address"), this);
    m_copy->setObjectName(QStringLiteral("copyAuthorizeAddress"));
    m_copy->setAccessibleName(tr("Copy the sign-in address"));
    m_copy->setToolTip(tr("If your browser did not open, paste this address into it."));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url.toString(QUrl::FullyEncoded)); });
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelConnect"));
    cancel->setAccessibleName(tr("Cancel connecting"));
    connect(cancel, &QPushButton::clicked, this, &ConnectProgressDialog::reject);
    buttons->addWidget(m_copy);
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    setMinimumWidth(420);
}

void ConnectProgressDialog::setText(const QString &text)
{
    m_text->setText(text);
}

QString ConnectProgressDialog::text() const
{
    return m_text->text();
}

void ConnectProgressDialog::setAuthorizeUrl(const QUrl &url)
{
    m_url = url;
    m_copy->setEnabled(url.isValid());
}

void ConnectProgressDialog::finish()
{
    m_finished = true;
    done(QDialog::Accepted);
}

void ConnectProgressDialog::reject()
{
    if (!m_finished) {
        m_finished = true;
        Q_EMIT cancelRequested();
    }
    QDialog::reject();
}

} // namespace bookflow
