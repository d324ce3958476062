#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
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
// filtered by kind and severity, exported as JSON lines or CSV.
class EventLogPane : public QWidget
{
    Q_OBJECT
public:
    EventLogPane(wspulse::EventLog *log, QWidget *parent = nullptr);

    EventLogModel *model() const { return m_model; }
    EventFilterModel *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }

    // Writes the events that pass the filter; returns an error message or empty.
    QString exportJsonLines(const QString &path) const;
    QString exportCsv(const QString &path) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportAs();
    void retranslateUi();

    wspulse::EventLog *m_log;
    EventLogModel *m_model;
    EventFilterModel *m_filter;
    QTableView *m_view;
    QToolButton *m_kinds;
    QComboBox *m_severity;
    QPushButton *m_export;
    QPushButton *m_clear;
};
