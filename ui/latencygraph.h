#pragma once

#include <QWidget>

#include <deque>

// Round-trip samples over the last minutes, drawn with QPainter, with the
// moments that explain them (timeouts, reconnects, setting changes, latency
// alerts) marked on the time axis.
class LatencyGraph : public QWidget
{
    Q_OBJECT
public:
    enum class Mark { Timeout, Reconnect, Setting, Alert };

    explicit LatencyGraph(QWidget *parent = nullptr);

    // A value axis label in the unit that reads best: "250 µs", "2.5 ms",
    // "600 ms", "1.5 s"; never exponent notation ("1e+03 ms").
    static QString axisLabel(double ms);

    // Protocol pings, and an application profile's own round trips (drawn
    // apart, in their own colour, with a legend once there are any).
    enum class Series { Protocol, Application };
    void addSample(double tSeconds, double rttMs, bool queued, Series series = Series::Protocol);
    void addMark(double tSeconds, Mark kind, const QString &label);
    void setNow(double tSeconds);
    void setSpan(double seconds);
    void setAlertThreshold(double ms)
    {
        m_alertMs = ms;
        update();
    }
    int sampleCount() const { return int(m_samples.size()); }
    int sampleCount(Series series) const;
    int markCount() const { return int(m_marks.size()); }
    void clear();

    QSize sizeHint() const override { return {420, 180}; }
    QSize minimumSizeHint() const override { return {200, 100}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Sample
    {
        double t;
        double ms;
        bool queued;
        Series series;
    };
    struct Marker
    {
        double t;
        Mark kind;
        QString label;
    };
    void prune();

    std::deque<Sample> m_samples;
    std::deque<Marker> m_marks;
    double m_now = 0;
    double m_span = 300; // seconds shown
    double m_alertMs = 0;
};
