#include "latencygraph.h"

#include "durationtext.h"
#include "graphaxis.h"

#include <QDateTime>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace {
// Everything is kept up to these bounds (an hour of ten pings a second fits).
constexpr size_t kMaxSamples = 200'000;
constexpr size_t kMaxMarks = 20'000;
constexpr size_t kMaxLives = 20'000;
constexpr double kMinWindow = 5; // seconds: the closest zoom

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

// A cluster shows its most telling member's colour.
int markRank(LatencyGraph::Mark kind)
{
    switch (kind) {
    case LatencyGraph::Mark::Timeout:
        return 3;
    case LatencyGraph::Mark::Reconnect:
        return 2;
    case LatencyGraph::Mark::Alert:
        return 1;
    case LatencyGraph::Mark::Setting:
        return 0;
    }
    return 0;
}

const QColor kApplicationColor(0x2e, 0x7d, 0x32);
const QColor kReplyColor(0xf5, 0x7c, 0x00);
const QColor kAlertColor(0x8e, 0x24, 0xaa);
} // namespace

LatencyGraph::LatencyGraph(QWidget *parent)
    : QWidget(parent)
    , m_ticker(this)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(true);
    setAccessibleName(tr("Latency graph"));
    setFocusPolicy(Qt::ClickFocus);
    const auto start = std::chrono::steady_clock::now();
    m_clock = [start] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    m_wallOffset = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    connect(&m_ticker, &QTimer::timeout, this, [this] { setNow(m_clock()); });
}

QString LatencyGraph::axisLabel(double ms)
{
    return graphaxis::valueLabel(ms);
}

void LatencyGraph::setClock(std::function<double()> clock, double wallOffset)
{
    m_clock = std::move(clock);
    m_wallOffset = wallOffset;
    m_now = m_clock();
    update();
}

void LatencyGraph::addSample(double t, double ms, bool queued, Series series, quint64 seq)
{
    m_samples.push_back({t, ms, seq, m_lifeSerial, queued, series});
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

void LatencyGraph::connectionOpened(double t)
{
    ++m_lifeSerial;
    m_lives.push_back({t, -1, Ending::StillOpen, QString()});
    m_now = std::max(m_now, t);
    prune();
    update();
}

void LatencyGraph::connectionEnded(double t, Ending ending, const QString &details)
{
    if (m_lives.empty() || m_lives.back().ended >= 0)
        return;
    Life &life = m_lives.back();
    life.ended = std::max(t, life.opened);
    life.ending = ending;
    life.details = details;
    m_now = std::max(m_now, t);
    update();
}

void LatencyGraph::attemptFailed(double t, const QString &details)
{
    m_lives.push_back({t, t, Ending::Refused, details});
    m_now = std::max(m_now, t);
    prune();
    update();
}

void LatencyGraph::reclassifyLastEnding(Ending ending, const QString &extraDetails)
{
    for (auto it = m_lives.rbegin(); it != m_lives.rend(); ++it) {
        if (it->ended > it->opened) { // the most recent connection that opened and ended
            it->ending = ending;
            it->details += QLatin1Char('\n') + extraDetails;
            update();
            return;
        }
    }
}

void LatencyGraph::setNow(double t)
{
    m_now = std::max(m_now, t);
    maybeRepaint();
}

void LatencyGraph::setAlertThreshold(double ms)
{
    m_alertMs = ms;
    update();
}

void LatencyGraph::clear()
{
    m_samples.clear();
    m_marks.clear();
    m_lives.clear();
    m_clusters.clear(); // they index m_marks
    m_hover = -1;
    update();
}

void LatencyGraph::setWindow(double seconds)
{
    m_window = seconds <= 0 ? 0 : std::max(kMinWindow, seconds);
    retimeTicker();
    update();
    Q_EMIT viewChanged();
}

void LatencyGraph::followNow()
{
    m_follow = true;
    update();
    Q_EMIT viewChanged();
}

void LatencyGraph::setLogScale(bool on)
{
    m_log = on;
    update();
    Q_EMIT viewChanged();
}

double LatencyGraph::span() const
{
    if (m_window > 0)
        return m_window;
    // Everything kept: from the first thing known to now, at least a minute.
    double first = m_now;
    if (!m_samples.empty())
        first = std::min(first, m_samples.front().t);
    if (!m_lives.empty())
        first = std::min(first, m_lives.front().opened);
    if (!m_marks.empty())
        first = std::min(first, m_marks.front().t);
    return std::max(60.0, m_now - first);
}

double LatencyGraph::viewEnd() const
{
    return m_follow ? m_now : m_end;
}

std::pair<double, double> LatencyGraph::visibleRange() const
{
    return {viewEnd() - span(), viewEnd()};
}

void LatencyGraph::prune()
{
    // Indices painted last would point at other samples and marks once the oldest go.
    if (m_samples.size() > kMaxSamples || m_marks.size() > kMaxMarks) {
        m_clusters.clear();
        m_hover = -1;
    }
    while (m_samples.size() > kMaxSamples)
        m_samples.pop_front();
    while (m_marks.size() > kMaxMarks)
        m_marks.pop_front();
    while (m_lives.size() > kMaxLives)
        m_lives.pop_front();
}

// The window moves along with now, in steps of two pixels: smoother is work
// nobody sees, and the repaint (text shaping of the labels above all) was
// most of what an idle window cost.
constexpr double kStepPixels = 2;

void LatencyGraph::maybeRepaint()
{
    if (!isVisible() || !m_follow)
        return;
    const double pixelSeconds = span() / std::max(1.0, plotRect().width());
    if (m_now - m_paintedNow >= kStepPixels * pixelSeconds)
        update();
}

void LatencyGraph::retimeTicker()
{
    const double pixelSeconds = span() / std::max(1.0, plotRect().width());
    m_ticker.setInterval(std::clamp(int(kStepPixels * pixelSeconds * 1000), 100, 2000));
}

void LatencyGraph::showEvent(QShowEvent *event)
{
    retimeTicker();
    m_ticker.start();
    setNow(m_clock());
    QWidget::showEvent(event);
}

void LatencyGraph::hideEvent(QHideEvent *event)
{
    m_ticker.stop(); // a hidden graph does no work
    QWidget::hideEvent(event);
}

void LatencyGraph::resizeEvent(QResizeEvent *event)
{
    retimeTicker();
    QWidget::resizeEvent(event);
}

LatencyGraph::Geometry LatencyGraph::geometry() const
{
    const QFontMetricsF fm(font());
    const qreal line = fm.height();
    const qreal left = fm.horizontalAdvance(QStringLiteral("000 ms")) + 10;
    const QRectF r = QRectF(rect()).adjusted(0, 2, -8, -2);
    Geometry g;
    g.lane = QRectF(left, r.top(), r.width() - left, line + 4);
    g.legend = QRectF(left, r.bottom() - line, r.width() - left, line);
    g.timeline = QRectF(left, g.legend.top() - 4 - (line - 2), r.width() - left, line - 2);
    g.timeAxis = QRectF(left, g.timeline.top() - 3 - line, r.width() - left, line);
    g.plot = QRectF(left, g.lane.bottom() + 2, r.width() - left, g.timeAxis.top() - 2 - (g.lane.bottom() + 2));
    return g;
}

QRectF LatencyGraph::plotRect() const
{
    return geometry().plot;
}

QRectF LatencyGraph::timelineRect() const
{
    return geometry().timeline;
}

double LatencyGraph::xOf(double t) const
{
    const QRectF plot = plotRect();
    const auto [from, to] = visibleRange();
    return plot.left() + (t - from) / (to - from) * plot.width();
}

double LatencyGraph::yOf(double ms, const QRectF &plot) const
{
    if (m_log) {
        const double v = std::clamp(ms, m_bottom, m_top);
        return plot.bottom() - std::log(v / m_bottom) / std::log(m_top / m_bottom) * plot.height();
    }
    return plot.bottom() - std::min(ms, m_top) / m_top * plot.height();
}

QString LatencyGraph::wallTime(double t, bool millis) const
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(std::llround((t + m_wallOffset) * 1000)));
    return at.time().toString(millis ? QStringLiteral("HH:mm:ss.zzz") : QStringLiteral("HH:mm:ss"));
}

// ------------------------------------------------------------------ painting

void LatencyGraph::paintEvent(QPaintEvent *)
{
    m_paintedNow = m_now;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const Geometry g = geometry();
    m_valueLabels.clear();
    m_timeLabels.clear();
    m_markLabels.clear();
    m_clusters.clear();
    if (g.plot.width() < 20 || g.plot.height() < 20)
        return;
    paintOutages(p, g);
    paintValueAxis(p, g);
    paintTimeAxis(p, g);
    paintAlert(p, g);
    paintSeries(p, g);
    paintMarks(p, g);
    paintTimeline(p, g);
    paintLegend(p, g);
    QColor frame = pal.color(QPalette::Text);
    frame.setAlpha(60);
    p.setPen(frame);
    p.setBrush(Qt::NoBrush);
    p.drawRect(g.plot);
}

void LatencyGraph::paintValueAxis(QPainter &p, const Geometry &g)
{
    const auto [from, to] = visibleRange();
    double maxMs = 0;
    double minMs = 0;
    for (const Sample &s : m_samples) {
        if (s.t < from || s.t > to)
            continue;
        maxMs = std::max(maxMs, s.ms);
        minMs = minMs == 0 ? s.ms : std::min(minMs, s.ms);
    }
    if (maxMs <= 0)
        maxMs = 1;
    // The alert threshold joins the scale when it is near the data.
    if (m_alertMs > 0 && m_alertMs < maxMs * 1.5)
        maxMs = std::max(maxMs, m_alertMs);
    const QFontMetricsF fm(font());
    const int room = std::max(2, int(g.plot.height() / (fm.height() * 1.6)));
    QVector<double> ticks;
    if (m_log) {
        m_bottom = std::max(0.001, (minMs > 0 ? minMs : maxMs) / 1.5);
        ticks = graphaxis::logTicks(m_bottom, maxMs * 1.2, room);
        m_bottom = std::min(m_bottom, ticks.first());
        m_top = std::max(ticks.last(), maxMs * 1.2);
    } else {
        ticks = graphaxis::linearTicks(maxMs * 1.05, room);
        m_bottom = 0;
        m_top = ticks.last();
    }
    const QPalette pal = palette();
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(35);
    for (double v : ticks) {
        const double y = yOf(v, g.plot);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        const QRectF box(0, y - fm.height() / 2, g.plot.left() - 5, fm.height());
        p.setPen(pal.color(QPalette::Text));
        const QString text = axisLabel(v);
        p.drawText(box, Qt::AlignRight | Qt::AlignVCenter, text);
        const qreal w = fm.horizontalAdvance(text);
        m_valueLabels.push_back({QRectF(box.right() - w, box.top(), w, box.height()), text});
    }
}

void LatencyGraph::paintTimeAxis(QPainter &p, const Geometry &g)
{
    const auto [from, to] = visibleRange();
    const QFontMetricsF fm(font());
    const qreal labelWidth = fm.horizontalAdvance(QStringLiteral("00:00:00")) + 14;
    const double step = graphaxis::timeStep(to - from, std::max(1, int(g.plot.width() / labelWidth)));
    const QPalette pal = palette();
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(25);
    // Ticks on whole steps of the wall clock (whole minutes, whole 5 s ...).
    const double wallFrom = from + m_wallOffset;
    double wall = std::ceil(wallFrom / step) * step;
    for (; wall <= to + m_wallOffset; wall += step) {
        const double x = xOf(wall - m_wallOffset);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, g.plot.top()), QPointF(x, g.plot.bottom()));
        const QString text = graphaxis::timeLabel(wall, step);
        const qreal w = fm.horizontalAdvance(text);
        QRectF box(x - w / 2, g.timeAxis.top(), w, fm.height());
        // Labels stay inside the plot's width rather than being cut at its edge.
        if (box.left() < g.plot.left() - 4 || box.right() > g.plot.right() + 4)
            continue;
        p.setPen(pal.color(QPalette::Text));
        p.drawText(box, Qt::AlignCenter, text);
        m_timeLabels.push_back({box, text});
    }
}

void LatencyGraph::paintOutages(QPainter &p, const Geometry &g)
{
    // Where no connection was open, the plot is shaded: the line has a gap
    // there, and the shade says why.
    const auto [from, to] = visibleRange();
    QColor shade = palette().color(QPalette::Text);
    shade.setAlpha(18);
    const auto fill = [&](double a, double b) {
        a = std::max(a, from);
        b = std::min(b, to);
        if (b > a)
            p.fillRect(QRectF(QPointF(xOf(a), g.plot.top()), QPointF(xOf(b), g.plot.bottom())), shade);
    };
    double downSince = -1;
    for (const Life &life : m_lives) {
        const bool attempt = life.ended >= 0 && life.ended <= life.opened && life.ending == Ending::Refused;
        if (attempt) {
            if (downSince < 0)
                downSince = life.opened;
            continue;
        }
        if (downSince >= 0)
            fill(downSince, life.opened);
        downSince = life.ended >= 0 ? life.ended : -1;
    }
    if (downSince >= 0)
        fill(downSince, m_now);
}

void LatencyGraph::paintAlert(QPainter &p, const Geometry &g)
{
    if (m_alertMs <= 0)
        return;
    const auto [from, to] = visibleRange();
    // Runs of samples above the threshold as shaded spans, however many
    // samples they hold.
    QColor shade = kAlertColor;
    shade.setAlpha(40);
    for (const auto &[a, b] : alertSpans()) {
        if (b < from || a > to)
            continue;
        const double x0 = xOf(a) - 2, x1 = std::max(xOf(b) + 2, x0 + 4);
        p.fillRect(QRectF(QPointF(x0, g.plot.top()), QPointF(x1, g.plot.bottom())), shade);
    }
    if (m_alertMs <= m_top && (!m_log || m_alertMs >= m_bottom)) {
        p.setPen(QPen(kAlertColor, 1, Qt::DashLine));
        const double y = yOf(m_alertMs, g.plot);
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
    }
}

std::vector<std::pair<double, double>> LatencyGraph::alertSpans() const
{
    std::vector<std::pair<double, double>> spans;
    if (m_alertMs <= 0)
        return spans;
    bool inRun = false;
    int life = -1;
    for (const Sample &s : m_samples) {
        if (s.series != Series::Protocol)
            continue;
        // A new connection starts a new run: a span never crosses an outage.
        const bool above = s.ms >= m_alertMs && !s.queued;
        if (above && inRun && s.life == life)
            spans.back().second = s.t;
        else if (above)
            spans.push_back({s.t, s.t});
        inRun = above;
        life = s.life;
    }
    return spans;
}

void LatencyGraph::paintSeries(QPainter &p, const Geometry &g)
{
    const auto [from, to] = visibleRange();
    const auto begin =
        std::lower_bound(m_samples.begin(), m_samples.end(), from, [](const Sample &s, double t) { return s.t < t; });
    p.save();
    p.setClipRect(g.plot.adjusted(-3, -3, 3, 3));
    const QColor protocolColor = palette().color(QPalette::Highlight);
    for (const Series series : {Series::Protocol, Series::Application, Series::Reply}) {
        const QColor color = series == Series::Protocol ? protocolColor
            : series == Series::Application             ? kApplicationColor
                                                        : kReplyColor;
        // A line through network samples, broken where the connection was down.
        QPainterPath path;
        int life = -1;
        int count = 0;
        for (auto it = begin; it != m_samples.end() && it->t <= to; ++it) {
            if (it->series != series || it->queued)
                continue;
            const QPointF pt(xOf(it->t), yOf(it->ms, g.plot));
            if (it->life != life)
                path.moveTo(pt);
            else
                path.lineTo(pt);
            life = it->life;
            ++count;
        }
        if (count == 0 && series != Series::Protocol)
            continue;
        p.setPen(QPen(color, 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        // Dots while they can be told apart; queued samples hollow.
        const bool dots = count < g.plot.width() / 3;
        for (auto it = begin; it != m_samples.end() && it->t <= to; ++it) {
            if (it->series != series || (!dots && !it->queued))
                continue;
            p.setBrush(it->queued ? QBrush(palette().color(QPalette::Base)) : QBrush(color));
            p.drawEllipse(QPointF(xOf(it->t), yOf(it->ms, g.plot)), 2.5, 2.5);
        }
    }
    if (m_hover >= 0 && m_hover < int(m_samples.size())) {
        const Sample &s = m_samples[size_t(m_hover)];
        p.setPen(QPen(palette().color(QPalette::Text), 1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QPointF(xOf(s.t), yOf(s.ms, g.plot)), 5, 5);
    }
    p.restore();
}

void LatencyGraph::paintMarks(QPainter &p, const Geometry &g)
{
    const auto [from, to] = visibleRange();
    const QFontMetricsF fm(font());
    // Marks close together on screen become one cluster with a count.
    for (int i = 0; i < int(m_marks.size()); ++i) {
        const Marker &m = m_marks[size_t(i)];
        if (m.t < from || m.t > to)
            continue;
        const double x = xOf(m.t);
        if (!m_clusters.empty() && x - m_clusters.back().x0 < 14) {
            m_clusters.back().x1 = x;
            ++m_clusters.back().count;
        } else {
            m_clusters.push_back({x, x, i, 1});
        }
    }
    for (size_t c = 0; c < m_clusters.size(); ++c) {
        Cluster &cluster = m_clusters[c];
        Mark kind = m_marks[size_t(cluster.first)].kind;
        for (int i = cluster.first; i < cluster.first + cluster.count; ++i) {
            if (markRank(m_marks[size_t(i)].kind) > markRank(kind))
                kind = m_marks[size_t(i)].kind;
        }
        // Skipped marks in between (outside the window) cannot be: marks are in time order.
        const QColor color = markColor(kind);
        QColor through = color;
        through.setAlpha(kind == Mark::Setting ? 50 : 90);
        p.setPen(QPen(through, 1));
        p.drawLine(QPointF(cluster.x0, g.lane.bottom()), QPointF(cluster.x0, g.plot.bottom()));
        // A small flag on the lane, then the label where it fits before the next cluster.
        const qreal cy = g.lane.center().y();
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const QString text =
            cluster.count == 1 ? m_marks[size_t(cluster.first)].label : tr("%n events", nullptr, cluster.count);
        const double nextX = c + 1 < m_clusters.size() ? m_clusters[c + 1].x0 : g.lane.right();
        if (cluster.count == 1) {
            p.drawEllipse(QPointF(cluster.x0, cy), 3.5, 3.5);
        } else {
            const QString n = QString::number(cluster.count);
            const qreal w = std::max(fm.horizontalAdvance(n) + 6, fm.height() - 2);
            p.drawRoundedRect(QRectF(cluster.x0 - w / 2, cy - (fm.height() - 2) / 2, w, fm.height() - 2), 4, 4);
            p.setPen(Qt::white);
            p.drawText(QRectF(cluster.x0 - w / 2, cy - (fm.height() - 2) / 2, w, fm.height() - 2), Qt::AlignCenter, n);
            continue; // the count is the label; hovering lists them
        }
        // The label to the right of its mark, else to the left, else none
        // (hovering the mark still says it).
        const qreal w = fm.horizontalAdvance(text);
        const double previousEnd = m_markLabels.empty()
            ? (c > 0 ? m_clusters[c - 1].x1 + 8 : g.lane.left())
            : std::max(m_markLabels.back().rect.right() + 6, c > 0 ? m_clusters[c - 1].x1 + 8 : g.lane.left());
        QRectF box(cluster.x0 + 6, g.lane.top(), w, g.lane.height());
        if (box.right() > nextX - 6 || box.right() > g.lane.right())
            box.moveRight(cluster.x0 - 6);
        if (box.left() < previousEnd || box.right() > nextX - 6)
            continue;
        p.setPen(color.darker(120));
        p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, text);
        m_markLabels.push_back({box, text});
    }
}

void LatencyGraph::paintTimeline(QPainter &p, const Geometry &g)
{
    const auto [from, to] = visibleRange();
    QColor track = palette().color(QPalette::Text);
    track.setAlpha(20);
    p.fillRect(g.timeline, track);
    for (const Life &life : m_lives) {
        const double end = life.ended >= 0 ? life.ended : m_now;
        if (end < from || life.opened > to)
            continue;
        const QColor color = endingColor(life.ended >= 0 ? life.ending : Ending::StillOpen);
        double x0 = xOf(std::max(life.opened, from));
        double x1 = xOf(std::min(end, to));
        if (life.ended >= 0 && life.ended <= life.opened) { // an attempt: a narrow tick
            x0 -= 1;
            x1 = x0 + 3;
        }
        p.fillRect(QRectF(QPointF(x0, g.timeline.top()), QPointF(std::max(x1, x0 + 2), g.timeline.bottom())), color);
        // The end of a connection in a darker edge, so that back-to-back
        // connections read as separate bars.
        if (life.ended > life.opened && life.ended <= to)
            p.fillRect(QRectF(x1 - 2, g.timeline.top(), 2, g.timeline.height()), color.darker(160));
    }
}

void LatencyGraph::paintLegend(QPainter &p, const Geometry &g)
{
    const QFontMetricsF fm(font());
    const QPalette pal = palette();
    qreal x = g.legend.left();
    const qreal cy = g.legend.center().y();
    const auto entry = [&](const QString &text, const std::function<void(QPointF)> &swatch) {
        const qreal w = 14 + fm.horizontalAdvance(text) + 12;
        if (x + w > g.legend.right() + 8)
            return false; // entries that do not fit are left out whole, never cut
        swatch(QPointF(x + 6, cy));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(x + 14, g.legend.top(), w - 14, g.legend.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w;
        return true;
    };
    const auto dot = [&](QColor color, bool hollow) {
        return [&p, &pal, color, hollow](QPointF c) {
            p.setPen(QPen(color, 1.5));
            p.setBrush(hollow ? QBrush(pal.color(QPalette::Base)) : QBrush(color));
            p.drawEllipse(c, 3, 3);
        };
    };
    entry(tr("ping"), dot(pal.color(QPalette::Highlight), false));
    if (std::any_of(m_samples.begin(), m_samples.end(), [](const Sample &s) { return s.queued; }))
        entry(tr("queued"), dot(pal.color(QPalette::Highlight), true));
    if (sampleCount(Series::Application) > 0)
        entry(tr("application"), dot(kApplicationColor, false));
    if (sampleCount(Series::Reply) > 0)
        entry(tr("reply"), dot(kReplyColor, false));
    if (m_alertMs > 0)
        entry(tr("alert %1").arg(axisLabel(m_alertMs)), [&p](QPointF c) {
            p.setPen(QPen(kAlertColor, 1.5, Qt::DashLine));
            p.drawLine(c - QPointF(6, 0), c + QPointF(6, 0));
        });
    // The timeline's colours that occur in the window, in a fixed order.
    const auto [from, to] = visibleRange();
    bool seen[EndingCount] = {};
    for (const Life &life : m_lives) {
        const double end = life.ended >= 0 ? life.ended : m_now;
        if (end >= from && life.opened <= to)
            seen[int(life.ended >= 0 ? life.ending : Ending::StillOpen)] = true;
    }
    for (int e = 0; e < EndingCount; ++e) {
        if (!seen[e])
            continue;
        const QColor color = endingColor(Ending(e));
        if (!entry(endingText(Ending(e)),
                   [&p, color](QPointF c) { p.fillRect(QRectF(c.x() - 6, c.y() - 4, 12, 8), color); }))
            break;
    }
}

// ------------------------------------------------------------ hover, zoom, pan

int LatencyGraph::nearestSample(const QPointF &pos) const
{
    const QRectF plot = plotRect();
    if (!plot.adjusted(-6, -6, 6, 6).contains(pos))
        return -1;
    const auto [from, to] = visibleRange();
    const auto begin =
        std::lower_bound(m_samples.begin(), m_samples.end(), from, [](const Sample &s, double t) { return s.t < t; });
    int best = -1;
    double bestDistance = 8 * 8;
    for (auto it = begin; it != m_samples.end() && it->t <= to; ++it) {
        const double dx = xOf(it->t) - pos.x();
        const double dy = yOf(it->ms, plot) - pos.y();
        if (dx * dx + dy * dy < bestDistance) {
            bestDistance = dx * dx + dy * dy;
            best = int(it - m_samples.begin());
        }
    }
    return best;
}

QString LatencyGraph::describeSample(const Sample &s) const
{
    // More digits than the axis: the one sample a person points at.
    const QString value = s.ms < 1 ? tr("%1 µs").arg(s.ms * 1000, 0, 'f', 0)
        : s.ms < 1000              ? tr("%1 ms").arg(s.ms, 0, 'f', s.ms < 10 ? 3 : 2)
                                   : tr("%1 s").arg(s.ms / 1000, 0, 'f', 3);
    QString text;
    switch (s.series) {
    case Series::Protocol:
        text = s.seq ? tr("%1 \u00b7 ping %2: %3").arg(wallTime(s.t, true)).arg(s.seq).arg(value)
                     : tr("%1 \u00b7 ping: %2").arg(wallTime(s.t, true), value);
        break;
    case Series::Application:
        text = tr("%1 \u00b7 application ping: %2").arg(wallTime(s.t, true), value);
        break;
    case Series::Reply:
        text = tr("%1 \u00b7 reply: %2").arg(wallTime(s.t, true), value);
        break;
    }
    if (s.queued)
        text += QLatin1Char('\n') + tr("queued behind our own data: not a network sample");
    return text;
}

QString LatencyGraph::toolTipAt(const QPoint &pos) const
{
    const Geometry g = geometry();
    if (const int i = nearestSample(pos); i >= 0)
        return describeSample(m_samples[size_t(i)]);
    if (g.lane.adjusted(0, 0, 0, 2).contains(pos)) {
        for (const Cluster &c : m_clusters) {
            if (pos.x() < c.x0 - 7 || pos.x() > c.x1 + 7)
                continue;
            QStringList lines;
            for (int i = c.first; i < c.first + c.count && i < int(m_marks.size()) && lines.size() < 15; ++i)
                lines << tr("%1  %2").arg(wallTime(m_marks[size_t(i)].t, true), m_marks[size_t(i)].label);
            if (c.count > 15)
                lines << tr("\u2026 and %n more", nullptr, c.count - 15);
            return lines.join(QLatin1Char('\n'));
        }
    }
    if (g.timeline.adjusted(0, -2, 0, 2).contains(pos)) {
        // The latest bar under the pointer (attempts are narrow: a few pixels of slack).
        for (auto it = m_lives.rbegin(); it != m_lives.rend(); ++it) {
            const double end = it->ended >= 0 ? it->ended : m_now;
            if (pos.x() < xOf(it->opened) - 3 || pos.x() > xOf(end) + 3)
                continue;
            if (it->ended >= 0 && it->ended <= it->opened)
                return tr("%1 \u00b7 %2").arg(wallTime(it->opened, true), it->details);
            const QString age = durationText(qint64((end - it->opened) * 1e6));
            if (it->ended < 0)
                return tr("open since %1 (%2)").arg(wallTime(it->opened, false), age);
            return tr("open %1 \u2013 %2 (%3) \u00b7 %4\n%5")
                .arg(wallTime(it->opened, false), wallTime(it->ended, false), age, endingText(it->ending), it->details);
        }
    }
    return {};
}

void LatencyGraph::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_dragging) {
        const auto [from, to] = visibleRange();
        const double secondsPerPixel = (to - from) / std::max(1.0, plotRect().width());
        m_end = m_dragEnd - (pos.x() - m_dragX) * secondsPerPixel;
        m_follow = m_end >= m_now;
        if (m_follow)
            m_end = m_now;
        update();
        Q_EMIT viewChanged();
        return;
    }
    const int hover = nearestSample(pos);
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
    const QString tip = toolTipAt(pos.toPoint());
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tip, this);
}

void LatencyGraph::leaveEvent(QEvent *event)
{
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void LatencyGraph::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragX = event->position().x();
    m_dragEnd = viewEnd();
    if (m_window <= 0) // dragging everything makes it a window of that size
        m_window = span();
    setCursor(Qt::ClosedHandCursor);
}

void LatencyGraph::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
    }
    QWidget::mouseReleaseEvent(event);
}

void LatencyGraph::mouseDoubleClickEvent(QMouseEvent *)
{
    followNow();
}

void LatencyGraph::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0)
        return;
    const QRectF plot = plotRect();
    const auto [from, to] = visibleRange();
    // The moment under the pointer stays where it is.
    const double fraction = std::clamp((event->position().x() - plot.left()) / plot.width(), 0.0, 1.0);
    const double anchor = from + fraction * (to - from);
    const double factor = std::pow(1.25, -steps / 120.0);
    const double newSpan = std::clamp((to - from) * factor, kMinWindow, 7 * 86400.0);
    double newEnd = anchor + (1 - fraction) * newSpan;
    m_window = newSpan;
    // Zooming at the right edge keeps following (a pixel or two of slack).
    m_follow = newEnd >= m_now - 2 * newSpan / plot.width();
    m_end = m_follow ? m_now : newEnd;
    retimeTicker();
    update();
    event->accept();
    Q_EMIT viewChanged();
}
