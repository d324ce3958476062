#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QBoxLayout;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
QT_END_NAMESPACE

class LatencyGraph;

namespace wspulse {
class Session;
struct CloseInfo;
} // namespace wspulse

// The latency graph with its connection timeline, fed from the session's
// signals, and the controls that choose what it shows: the time window, the
// scale, and a way back to "now" after zooming or panning.
class GraphPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GraphPanel(wspulse::Session *session, QWidget *parent = nullptr);

    LatencyGraph *graph() const { return m_graph; }
    QComboBox *windowBox() const { return m_window; }

    // What the timeline's hover says of a close: code, reason, who, why, age.
    static QString closeDetails(const wspulse::CloseInfo &info);
    // The scale and follow controls under the window's, for a narrow place.
    void setCompact(bool compact);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void showView();

    LatencyGraph *m_graph;
    QLabel *m_windowLabel;
    QComboBox *m_window;
    QCheckBox *m_log;
    QPushButton *m_live;
    QBoxLayout *m_controls;
};
