#include "latencygraph.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {
// A "nice" axis maximum: 1, 2 or 5 times a power of ten.
double niceCeiling(double v)
{
    if (v <= 0)
        return 1;
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (v <= m * p)
            return m * p;
    }
    return 10 * p;
}

QColor markColor(LatencyGraph::Mark kind)
{
    switch (kind) {
    case LatencyGraph::Mark::Timeout:
        return QColor(0xd3, 0x2f, 0x2f);
    case LatencyGraph::Mark::Reconnect:
        return QColor(0xef, 0x6c, 0x00);
    case LatencyGraph::Mark::Setting:
        return QColor(0x19, 0x76, 0xd2);
    case LatencyGraph::Mark::Alert:
        return QColor(0x8e, 0x24, 0xaa);
    }
    return {};
}
} // namespace

LatencyGraph::LatencyGraph(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Latency graph"));
}

void LatencyGraph::addSample(double t, double ms, bool queued, Series series)
{
    m_samples.push_back({t, ms, queued, series});
    m_now = std::max(m_now, t);
    prune();
    update();
}

int LatencyGraph::sampleCount(Series series) const
{
    return int(
        std::count_if(m_samples.begin(), m_samples.end(), [series](const Sample &s) { return s.series == series; }));
}

void LatencyGraph::addMark(double t, Mark kind, const QString &label)
{
    m_marks.push_back({t, kind, label});
    m_now = std::max(m_now, t);
    prune();
    update();
}

void LatencyGraph::setNow(double t)
{
    m_now = t;
    prune();
    update();
}

void LatencyGraph::setSpan(double seconds)
{
    m_span = std::max(10.0, seconds);
    update();
}

void LatencyGraph::clear()
{
    m_samples.clear();
    m_marks.clear();
    update();
}

QString LatencyGraph::axisLabel(double ms)
{
    // Up to three significant digits, trailing zeros dropped.
    const auto digits = [](double v) {
        const int decimals = v >= 100 ? 0 : v >= 10 ? 1 : 2;
        QString text = QString::number(v, 'f', decimals);
        if (text.contains(QLatin1Char('.'))) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
        }
        return text;
    };
    if (ms <= 0)
        return QStringLiteral("0");
    if (ms < 1)
        return tr("%1 µs").arg(digits(ms * 1000));
    if (ms < 1000)
        return tr("%1 ms").arg(digits(ms));
    return tr("%1 s").arg(digits(ms / 1000));
}

void LatencyGraph::prune()
{
    const double from = m_now - m_span;
    while (!m_samples.empty() && m_samples.front().t < from)
        m_samples.pop_front();
    while (!m_marks.empty() && m_marks.front().t < from)
        m_marks.pop_front();
}

void LatencyGraph::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm(font());
    const QRectF plot = QRectF(rect()).adjusted(fm.horizontalAdvance(QStringLiteral("00000 ms")) + 6, fm.height() + 4,
                                                -8, -(fm.height() + 6));
    if (plot.width() < 10 || plot.height() < 10)
        return;

    double maxMs = 1;
    for (const Sample &s : m_samples)
        maxMs = std::max(maxMs, s.ms);
    if (m_alertMs > 0 && m_alertMs < maxMs * 1.5)
        maxMs = std::max(maxMs, m_alertMs);
    const double top = niceCeiling(maxMs * 1.1);
    const double from = m_now - m_span;
    const auto x = [&](double t) { return plot.left() + (t - from) / m_span * plot.width(); };
    const auto y = [&](double ms) { return plot.bottom() - ms / top * plot.height(); };

    // Grid and axes.
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    p.setPen(QPen(grid, 1));
    for (int i = 0; i <= 4; ++i) {
        const double v = top * i / 4;
        p.drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(0, y(v) - fm.height() / 2.0, plot.left() - 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   axisLabel(v));
        p.setPen(QPen(grid, 1));
    }
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignLeft,
               tr("-%1 s").arg(m_span, 0, 'f', 0));
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignRight, tr("now"));

    // Alert threshold.
    if (m_alertMs > 0 && m_alertMs <= top) {
        p.setPen(QPen(markColor(Mark::Alert), 1, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y(m_alertMs)), QPointF(plot.right(), y(m_alertMs)));
    }

    // Marks on the time axis. Each label takes the first of three lines where
    // it overlaps no other label; with none free, the line alone stays.
    std::vector<std::vector<std::pair<qreal, qreal>>> taken(3);
    for (const Marker &m : m_marks) {
        const QColor c = markColor(m.kind);
        p.setPen(QPen(c, 1.5));
        p.drawLine(QPointF(x(m.t), plot.top()), QPointF(x(m.t), plot.bottom()));
        const qreal width = fm.horizontalAdvance(m.label) + 2;
        // Near the right edge the label goes to the left of its line.
        const qreal left = x(m.t) + 3 + width > plot.right() ? x(m.t) - 3 - width : x(m.t) + 3;
        for (size_t line = 0; line < taken.size(); ++line) {
            const bool clash = std::any_of(taken[line].begin(), taken[line].end(),
                                           [&](const auto &r) { return left < r.second && left + width > r.first; });
            if (clash)
                continue;
            taken[line].push_back({left, left + width});
            const qreal labelY = plot.top() + fm.ascent() + 2 + qreal(line) * fm.height();
            p.fillRect(QRectF(left, labelY - fm.ascent(), width, fm.height()), pal.color(QPalette::Base));
            p.drawText(QPointF(left + 1, labelY), m.label);
            break;
        }
    }

    // The samples, one series at a time: a line through network samples,
    // hollow dots for queued ones.
    const QColor protocolColor = pal.color(QPalette::Highlight);
    const QColor applicationColor(0x2e, 0x7d, 0x32);
    bool anyApplication = false;
    for (const Series series : {Series::Protocol, Series::Application}) {
        const QColor line = series == Series::Protocol ? protocolColor : applicationColor;
        QPainterPath path;
        bool started = false;
        for (const Sample &s : m_samples) {
            if (s.series != series)
                continue;
            anyApplication |= series == Series::Application;
            const QPointF pt(x(s.t), y(std::min(s.ms, top)));
            if (s.queued)
                continue;
            if (!started) {
                path.moveTo(pt);
                started = true;
            } else {
                path.lineTo(pt);
            }
        }
        p.setPen(QPen(line, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        for (const Sample &s : m_samples) {
            if (s.series != series)
                continue;
            const QPointF pt(x(s.t), y(std::min(s.ms, top)));
            p.setBrush(s.queued ? Qt::NoBrush : QBrush(line));
            p.drawEllipse(pt, 2.5, 2.5);
        }
    }
    // A legend only when there are two series to tell apart.
    if (anyApplication) {
        const QString protocol = tr("protocol ping");
        const QString application = tr("application ping");
        const qreal w = std::max(fm.horizontalAdvance(protocol), fm.horizontalAdvance(application)) + 20;
        const QRectF box(plot.left() + 4, plot.bottom() - 2 * fm.height() - 6, w, 2 * fm.height() + 4);
        p.fillRect(box, pal.color(QPalette::Base));
        int row = 0;
        for (const auto &[color, text] :
             {std::pair{protocolColor, protocol}, std::pair{applicationColor, application}}) {
            const qreal cy = box.top() + 2 + (row + 0.5) * fm.height();
            p.setPen(QPen(color, 1.5));
            p.setBrush(QBrush(color));
            p.drawEllipse(QPointF(box.left() + 7, cy), 2.5, 2.5);
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QPointF(box.left() + 14, cy + fm.ascent() / 2.0 - 1), text);
            ++row;
        }
    }
    p.setPen(grid);
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
}
