#pragma once

#include "ui/actions/qbocatalog.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <QWidget>

namespace bookflow {

class LookupPopup;
class LookupListModel;

// A searchable dropdown over a long list (thousands of QuickBooks customers, say).
//
// Closed, it is drawn exactly like the platform's combo box and shows the chosen row's name.
// Clicking it (or Space, Enter, Down, Alt+Down, F4, or typing a letter) opens a popup with a search
// field and a list: typing filters by case-insensitive substring on name and detail, Down/Up move
// the highlight, Enter picks, Escape closes without a change. While the list is loading the popup
// says "Loading…" with a busy indicator; after a failure it shows the reason and a Retry link
// (retryRequested()); an empty result says "No matches".
//
// Fixed entries (e.g. "The payment's first contact") always come first, unfiltered, before the
// rows. One model and one QListView serve any number of rows; filtering is a single pass over
// pre-folded strings, so 10,000 rows filter well within a frame.
//
// Object names (for tests): the popup "lookupPopup", its search field "lookupSearch", its list
// "lookupList", its busy indicator "lookupBusy", its status line "lookupStatus" and the Retry
// link "lookupRetry".
class LookupComboBox : public QWidget
{
    Q_OBJECT

public:
    explicit LookupComboBox(QWidget *parent = nullptr);
    ~LookupComboBox() override;

    // The rows of the list; ends the loading or failed state. The current id keeps its place.
    void setRows(const QVector<LookupRow> &rows);
    // The list is on its way: the popup says so and the chosen row keeps showing.
    void setLoading();
    // Loading failed for `reason` (shown with a Retry link).
    void setError(const QString &reason);
    // Entries shown before the rows whatever the search (e.g. {"", "The deal's first contact"}).
    void setFixedEntries(const QVector<LookupRow> &entries);
    // Shown on the button when nothing is chosen and no fixed entry has the empty id.
    void setPlaceholderText(const QString &text);

    QString currentId() const { return m_currentId; }
    // Chooses `id` without emitting currentIdChanged. An id not (yet) in the rows shows as
    // "id 58" until rows with it arrive.
    void setCurrentId(const QString &id);
    // What the button shows now.
    QString currentText() const;

    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_error; }
    int rowCount() const { return m_rows.size(); }
    const QVector<LookupRow> &rows() const { return m_rows; }
    const QVector<LookupRow> &fixedEntries() const { return m_fixed; }

    bool isPopupVisible() const;
    void showPopup();
    void hidePopup();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The person picked another row (never for setCurrentId()).
    void currentIdChanged(const QString &id);
    // The person asked to load the list again after a failure.
    void retryRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    friend class LookupPopup;
    // The popup's list changed (rows, fixed entries, state): rebuild what it shows.
    void refreshPopup();
    void pick(const QString &id);
    const LookupRow *findRow(const QString &id) const;

    LookupPopup *m_popup = nullptr;
    LookupListModel *m_model = nullptr;
    QVector<LookupRow> m_fixed;
    QVector<LookupRow> m_rows;
    QString m_currentId;
    QString m_placeholder;
    QHash<QString, int> m_rowById;
    QString m_error;
    bool m_loading = false;
};

} // namespace bookflow
