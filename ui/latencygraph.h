#pragma once

#include "connectionending.h"

#include <QTimer>
#include <QWidget>

#include <deque>
#include <functional>
#include <vector>

// Round trips over time, drawn with QPainter, as an instrument: a chosen time
// window (or everything kept) that follows now, zoomed with the wheel and
// panned by dragging; 1-2-5 ticks; the line broken where the connection was
// down; the moments that explain the samples on a lane of their own above the
// plot, clustered when dense; the latency alert as a threshold and shaded
// spans; and under the plot the connection timeline, one bar per connection
// from open to close in the colour of how it ended. Hovering any of it says
// what it is.
class LatencyGraph : public QWidget
{
    Q_OBJECT
public:
    enum class Mark { Timeout, Reconnect, Setting, Alert };
    // Protocol pings, an application profile's own round trips, and reply
    // (or chat delivery) times: each in its own colour.
    enum class Series { Protocol, Application, Reply };

    explicit LatencyGraph(QWidget *parent = nullptr);

    // A value axis label in the unit that reads best: "250 µs", "2.5 ms",
    // "600 ms", "1.5 s"; never exponent notation ("1e+03 ms").
    static QString axisLabel(double ms);

    // Where "now" comes from (seconds on a steady clock) and how to turn
    // those seconds into wall-clock time for the labels.
    void setClock(std::function<double()> clock, double wallOffset);

    void addSample(double tSeconds, double rttMs, bool queued, Series series = Series::Protocol, quint64 seq = 0);
    void addMark(double tSeconds, Mark kind, const QString &label);
    // The timeline: a connection opened; the open one ended; an attempt
    // failed without opening. `details` is what hovering the bar says.
    void connectionOpened(double tSeconds);
    void connectionEnded(double tSeconds, Ending ending, const QString &details);
    void attemptFailed(double tSeconds, const QString &details);
    // Corrects how the most recent connection ended (a cut recognised later).
    void reclassifyLastEnding(Ending ending, const QString &extraDetails);
    void setNow(double tSeconds);
    void setAlertThreshold(double ms);
    void clear();

    // The time window: seconds shown, following now; 0 shows everything kept.
    void setWindow(double seconds);
    double window() const { return m_window; }
    bool isFollowing() const { return m_follow; }
    void followNow();
    void setLogScale(bool on);
    bool logScale() const { return m_log; }
    // The time range shown (steady seconds).
    std::pair<double, double> visibleRange() const;

    int sampleCount() const { return int(m_samples.size()); }
    int sampleCount(Series series) const;
    int markCount() const { return int(m_marks.size()); }
    int connectionCount() const { return int(m_lives.size()); }
    // How the i-th bar of the timeline ended (attempts that never opened included).
    Ending ending(int i) const
    {
        return m_lives.at(size_t(i)).ended < 0 ? Ending::StillOpen : m_lives.at(size_t(i)).ending;
    }
    // Runs of protocol samples at or above the alert threshold, as time spans.
    std::vector<std::pair<double, double>> alertSpans() const;

    // For the tests and the tooltips: what a point of the widget shows, the
    // ticks and labels last painted, and where a time and value are drawn.
    QString toolTipAt(const QPoint &pos) const;
    struct Label
    {
        QRectF rect;
        QString text;
    };
    const std::vector<Label> &valueLabels() const { return m_valueLabels; }
    const std::vector<Label> &timeLabels() const { return m_timeLabels; }
    const std::vector<Label> &markLabels() const { return m_markLabels; }
    QRectF plotRect() const;
    QRectF timelineRect() const;
    double xOf(double tSeconds) const;

    QSize sizeHint() const override { return {480, 220}; }
    QSize minimumSizeHint() const override { return {240, 150}; }

Q_SIGNALS:
    // The window, the follow state or the scale changed (by the wheel, a drag, a double click).
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Sample
    {
        double t;
        double ms;
        quint64 seq;
        int life; // the connection it belongs to: no line across a reconnect
        bool queued;
        Series series;
    };
    struct Marker
    {
        double t;
        Mark kind;
        QString label;
    };
    struct Life
    {
        double opened;
        double ended = -1; // < 0: still open
        Ending ending = Ending::StillOpen;
        QString details;
    };
    struct Cluster
    {
        double x0, x1;
        int first, count; // into m_marks
    };
    struct Geometry
    {
        QRectF lane, plot, timeAxis, timeline, legend;
    };
    Geometry geometry() const;
    double span() const;
    double viewEnd() const;
    double yOf(double ms, const QRectF &plot) const;
    void prune();
    void maybeRepaint();
    void retimeTicker();
    int nearestSample(const QPointF &pos) const;
    QString describeSample(const Sample &s) const;
    QString wallTime(double t, bool millis) const;
    void paintValueAxis(QPainter &p, const Geometry &g);
    void paintTimeAxis(QPainter &p, const Geometry &g);
    void paintOutages(QPainter &p, const Geometry &g);
    void paintAlert(QPainter &p, const Geometry &g);
    void paintSeries(QPainter &p, const Geometry &g);
    void paintMarks(QPainter &p, const Geometry &g);
    void paintTimeline(QPainter &p, const Geometry &g);
    void paintLegend(QPainter &p, const Geometry &g);

    std::deque<Sample> m_samples;
    std::deque<Marker> m_marks;
    std::deque<Life> m_lives; // connections, and failed attempts (opened == ended)
    std::function<double()> m_clock;
    double m_wallOffset = 0;
    double m_now = 0;
    double m_window = 300; // seconds; 0: everything kept
    bool m_follow = true;
    double m_end = 0; // right edge while not following
    bool m_log = false;
    double m_alertMs = 0;
    int m_lifeSerial = 0; // counts connections opened
    // Painted last, for hit tests and tests.
    double m_top = 1, m_bottom = 0;
    std::vector<Label> m_valueLabels, m_timeLabels, m_markLabels;
    std::vector<Cluster> m_clusters;
    double m_paintedNow = 0;
    int m_hover = -1;
    // Dragging.
    bool m_dragging = false;
    double m_dragX = 0;
    double m_dragEnd = 0;
    QTimer m_ticker; // moves the window along with now, only while shown
};
