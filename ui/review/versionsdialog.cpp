#include "ui/review/versionsdialog.h"

#include "core/store/store.h"
#include "core/workflow/recordnoun.h"
#include "ui/editor/filtertext.h"
#include "ui/editor/workflowdocument.h"
#include "ui/filters/propertycatalog.h"
#include "ui/icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace bookflow {

VersionsDialog::VersionsDialog(Store &store, WorkflowDocument *document, QWidget *parent)
    : QDialog(parent), m_store(store), m_document(document)
{
    setObjectName(QStringLiteral("versionsDialog"));
    setWindowTitle(tr("Versions"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(QStringLiteral("versionsList"));
    m_list->setAccessibleName(tr("Published versions"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Version"), tr("Published"), tr("Status")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_summary = new QTextBrowser(splitter);
    m_summary->setObjectName(QStringLiteral("versionSummary"));
    m_summary->setAccessibleName(tr("The selected version"));
    m_summary->setOpenLinks(false);
    splitter->addWidget(m_list);
    splitter->addWidget(m_summary);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({320, 440});
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("versionsStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore into the draft"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setAccessibleName(tr("Restore into the draft"));
    m_restore->setIcon(bookflow::icon(QStringLiteral("undo")));
    m_restore->setAutoDefault(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, &VersionsDialog::accept);
    connect(m_restore, &QPushButton::clicked, this, &VersionsDialog::restoreSelected);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &VersionsDialog::showSelected);
    connect(m_document, &QObject::destroyed, this, [this] {
        m_document = nullptr;
        reject();
    });
    resize(760, 460);
    reload();
}

VersionsDialog::~VersionsDialog() = default;

void VersionsDialog::setPropertyCatalog(const PropertyCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (m_catalog)
        connect(m_catalog, &PropertyCatalog::loaded, this, &VersionsDialog::showSelected);
    showSelected();
}

int VersionsDialog::selectedVersion() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : 0;
}

void VersionsDialog::reload()
{
    if (!m_document)
        return;
    const QString id = m_document->workflow().id;
    const int selected = selectedVersion();
    m_list->clear();
    const Result<QVector<VersionInfo>> versions = m_store.versions(id);
    const Result<WorkflowSummary> summary = m_store.summary(id);
    if (!versions) {
        m_status->setText(tr("Bookflow couldn't read the versions: %1").arg(versions.reason()));
        showSelected();
        return;
    }
    const bool on = summary && summary->enabled;
    const int latest = versions->isEmpty() ? 0 : versions->last().number;
    for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, tr("Version %1").arg(it->number));
        item->setText(1, QLocale().toString(it->publishedAt.toLocalTime(), QLocale::ShortFormat));
        if (it->number == latest)
            item->setText(2, on ? tr("Live") : tr("Latest, off"));
        item->setData(0, Qt::UserRole, it->number);
        if (it->number == latest && on)
            item->setIcon(0, bookflow::icon(QStringLiteral("on")));
    }
    if (versions->isEmpty())
        m_status->setText(tr("This workflow has not been published yet."));
    else
        m_status->clear();
    selectVersion(selected ? selected : latest);
    if (!m_list->currentItem())
        showSelected();
}

void VersionsDialog::selectVersion(int number)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() == number) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

void VersionsDialog::showSelected()
{
    const int number = selectedVersion();
    m_restore->setEnabled(number > 0 && m_document);
    if (number <= 0 || !m_document) {
        m_summary->clear();
        return;
    }
    const Result<Workflow> version = m_store.version(m_document->workflow().id, number);
    if (!version) {
        m_summary->setPlainText(
            tr("Bookflow couldn't read version %1: %2").arg(number).arg(version.reason()));
        return;
    }
    QHash<QString, QString> companies;
    if (const Result<QVector<Connection>> connections = m_store.connections()) {
        for (const Connection &c : *connections)
            companies.insert(c.id, c.displayName());
    }
    const Workflow &w = *version;
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(tr("Version %1 · %2").arg(number).arg(w.name.toHtmlEscaped()));
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(tr("Enrolls a %1 when").arg(recordNoun(w.objectType)).toHtmlEscaped());
    if (w.enrollment.filterGroups.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("(no triggers)").toHtmlEscaped());
    for (int g = 0; g < w.enrollment.filterGroups.size(); ++g) {
        if (g > 0)
            html += QStringLiteral("<p><i>%1</i></p>").arg(tr("or").toHtmlEscaped());
        QStringList lines;
        const QVector<Filter> &filters = w.enrollment.filterGroups.at(g).filters;
        for (int f = 0; f < filters.size(); ++f) {
            // The trigger card's words, so a version reads like the editor shows a draft.
            const QString text =
                filterInWords(filters.at(f), w.objectType, m_catalog.data()).toHtmlEscaped();
            lines << (f == 0 ? text : tr("and %1").arg(text));
        }
        html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    if (w.enrollment.reenroll.enabled)
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Records enroll again when they meet the triggers again.").toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("Then").toHtmlEscaped());
    for (const Action &action : w.actions) {
        QString line = actionTypeLabel(action.type);
        const QString company = companies.value(action.connection);
        if (!company.isEmpty())
            line = tr("%1 · %2").arg(line, company);
        else if (action.connection.isEmpty())
            line = tr("%1 · no QuickBooks company chosen").arg(line);
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    if (w.actions.isEmpty())
        html += QStringLiteral("<li>%1</li>").arg(tr("(no actions)").toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_summary->setHtml(html);
}

void VersionsDialog::restoreSelected()
{
    const int number = selectedVersion();
    if (number <= 0 || !m_document)
        return;
    const Result<Workflow> version = m_store.version(m_document->workflow().id, number);
    if (!version) {
        m_status->setText(
            tr("Bookflow couldn't read version %1: %2").arg(number).arg(version.reason()));
        return;
    }
    if (*version == m_document->workflow()) {
        m_status->setText(tr("The draft is already the same as version %1.").arg(number));
        return;
    }
    m_document->apply(*version, tr("Restore version %1").arg(number));
    m_status->setText(
        tr("Version %1 is now the draft. Undo brings back what was there before.").arg(number));
    Q_EMIT restored(number);
}

} // namespace bookflow
