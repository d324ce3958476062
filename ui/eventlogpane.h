#pragma once

#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QBoxLayout;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QToolButton;
QT_END_NAMESPACE

class EventFilterModel;
class EventLogModel;

namespace wspulse {
class EventLog;
}

// The event log dock: the same events and names as the headless JSON lines,
// filtered by kind, severity and text, the selected one in full below,
// exported (all, or what the filter shows) as JSON lines or CSV.
class EventLogPane : public QWidget
{
    Q_OBJECT
public:
    EventLogPane(wspulse::EventLog *log, QWidget *parent = nullptr);

    EventLogModel *model() const { return m_model; }
    EventFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QPlainTextEdit *details() const { return m_details; }
    QToolButton *kindsButton() const { return m_kinds; }
    // A log merging several connections offers to show one of them; each
    // event names its connection in its "target" field. Empty: no choice.
    void setTargets(const QStringList &targets);
    // The filters above the search and buttons, for a narrow place.
    void setCompact(bool compact);
    QComboBox *targetsBox() const { return m_targets; }

    enum class Rows { All, Shown };
    // Writes the events (all, or those the filter shows); returns an error message or empty.
    QString exportJsonLines(const QString &path, Rows rows = Rows::Shown) const;
    QString exportCsv(const QString &path, Rows rows = Rows::Shown) const;
    // The selected event as one JSON line, as the headless output has it (empty if none).
    QByteArray selectedJsonLine() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportAs(Rows rows);
    void retranslateUi();
    void showSelected();
    // Applies a filter change keeping the same event at the top of the view.
    void keepingPosition(const std::function<void()> &change);
    QList<QByteArray> jsonLines(Rows rows) const;

    wspulse::EventLog *m_log;
    EventLogModel *m_model;
    EventFilterModel *m_filter;
    QTableView *m_view;
    QToolButton *m_kinds;
    QComboBox *m_severity;
    QComboBox *m_targets;
    QBoxLayout *m_bar;
    QLineEdit *m_search;
    QPlainTextEdit *m_details;
    QPushButton *m_export;
    QAction *m_exportAll;
    QAction *m_exportShown;
    QAction *m_copyLine;
    QPushButton *m_clear;
    bool m_following = true; // the view was at its end when new rows came
};
