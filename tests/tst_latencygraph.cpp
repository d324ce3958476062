// The latency graph and connection timeline as an instrument: ticks a person
// can read at every window, labels that never overlap, the timeline's colour
// per cause, hover, zoom and pan. A graph on its own with a clock the test
// moves; no connection needed.
#include "connectionending.h"
#include "graphaxis.h"
#include "latencygraph.h"

#include <QApplication>
#include <QImage>
#include <QSet>
#include <QWheelEvent>
#include <QtTest>

#include <cmath>

class TestLatencyGraph : public QObject
{
    Q_OBJECT

    double m_now = 0;

    // Two hours: connections of varying lives, RTT from 300 µs to 1.5 s.
    void fill(LatencyGraph &g)
    {
        double t = 1000;
        const Ending endings[] = {Ending::IdleTimeout, Ending::PongTimeout, Ending::Lifetime, Ending::Network};
        int e = 0;
        while (t < 1000 + 7200) {
            g.connectionOpened(t);
            const double life = 120 + (e % 3) * 400;
            for (double s = 0; s < life; s += 2) {
                const double ms = 0.3 + 1500 * std::pow(std::sin((t + s) / 500), 8);
                g.addSample(t + s, ms, int(s) % 50 == 0, LatencyGraph::Series::Protocol, quint64(s));
            }
            t += life;
            g.addMark(t, LatencyGraph::Mark::Timeout, QStringLiteral("pong"));
            g.connectionEnded(t, endings[e++ % 4], QStringLiteral("code 1006"));
            g.attemptFailed(t + 1, QStringLiteral("connection refused"));
            g.addMark(t + 1, LatencyGraph::Mark::Reconnect, QStringLiteral("retry 1"));
            t += 5;
        }
        m_now = t;
        g.setNow(t);
    }

    static bool overlapping(const std::vector<LatencyGraph::Label> &labels)
    {
        for (size_t i = 0; i < labels.size(); ++i) {
            for (size_t j = i + 1; j < labels.size(); ++j) {
                if (labels[i].rect.intersects(labels[j].rect))
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void init() { m_now = 0; }

    void valueTicksStepByOneTwoFive()
    {
        QCOMPARE(graphaxis::linearTicks(7, 5), (QVector<double>{0, 2, 4, 6, 8}));
        QCOMPARE(graphaxis::linearTicks(1300, 6), (QVector<double>{0, 500, 1000, 1500}));
        QCOMPARE(graphaxis::linearTicks(0.42, 5), (QVector<double>{0, 0.2, 0.4, 0.6}));
        QCOMPARE(graphaxis::linearTicks(0.42, 6), (QVector<double>{0, 0.1, 0.2, 0.3, 0.4, 0.5}));
        for (double top : {0.013, 0.9, 3.3, 47.0, 612.0, 9999.0, 123456.0}) {
            const QVector<double> ticks = graphaxis::linearTicks(top, 6);
            QVERIFY(ticks.size() <= 7);
            QVERIFY(ticks.last() >= top);
            const double step = ticks[1] - ticks[0];
            const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
            QVERIFY2(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 5) < 1e-6,
                     qPrintable(QString::number(step)));
        }
        QCOMPARE(graphaxis::logTicks(0.5, 800, 20), (QVector<double>{0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000}));
        QCOMPARE(graphaxis::logTicks(0.5, 800, 5), (QVector<double>{1, 10, 100, 1000}));
        QCOMPARE(graphaxis::timeStep(60, 6), 10.0);
        QCOMPARE(graphaxis::timeStep(3600, 6), 600.0);
        QCOMPARE(graphaxis::timeStep(300, 20), 15.0);
    }

    void labelsAreReadableAndNeverOverlapAtAnyWindow()
    {
        LatencyGraph g;
        g.setClock([this] { return m_now; }, 1.7e9);
        g.setAlertThreshold(500);
        g.resize(640, 260);
        fill(g);
        for (const QSize size : {QSize(640, 260), QSize(320, 170), QSize(1400, 400)}) {
            g.resize(size);
            for (double window : {60.0, 300.0, 900.0, 3600.0, 0.0}) {
                for (bool log : {false, true}) {
                    g.setWindow(window);
                    g.setLogScale(log);
                    const QImage image = g.grab().toImage(); // paints
                    Q_UNUSED(image);
                    const QString where = QStringLiteral("%1x%2, window %3, %4")
                                              .arg(size.width())
                                              .arg(size.height())
                                              .arg(window)
                                              .arg(log ? QStringLiteral("log") : QStringLiteral("linear"));
                    QVERIFY2(g.valueLabels().size() >= 2, qPrintable(where));
                    QVERIFY2(g.timeLabels().size() >= 2, qPrintable(where));
                    for (const auto *labels : {&g.valueLabels(), &g.timeLabels(), &g.markLabels()}) {
                        QVERIFY2(!overlapping(*labels), qPrintable(where));
                        QSet<QString> texts;
                        for (const LatencyGraph::Label &l : *labels) {
                            QVERIFY2(!l.text.contains(QLatin1Char('e')) || l.text.contains(QLatin1Char(' ')),
                                     qPrintable(where + QLatin1String(": ") + l.text));
                            QVERIFY2(!l.text.contains(QLatin1String("e+")), qPrintable(l.text));
                            QVERIFY2(QRectF(g.rect()).contains(l.rect),
                                     qPrintable(where + QLatin1String(": ") + l.text));
                            texts.insert(l.text);
                        }
                        if (labels != &g.markLabels()) // two ticks never say the same
                            QVERIFY2(texts.size() == int(labels->size()), qPrintable(where));
                    }
                }
            }
        }
    }

    void timelineColoursSayHowEachConnectionEnded()
    {
        // Every cause has a colour of its own.
        QSet<QRgb> colours;
        for (int e = 0; e < EndingCount; ++e)
            colours.insert(endingColor(Ending(e)).rgb());
        QCOMPARE(colours.size(), EndingCount);

        LatencyGraph g;
        g.setClock([this] { return m_now; }, 1.7e9);
        g.resize(900, 240);
        g.setWindow(600);
        const Ending shown[] = {Ending::IdleTimeout, Ending::PongTimeout,  Ending::Lifetime, Ending::Peer,
                                Ending::Network,     Ending::Intermediary, Ending::Qt,       Ending::ClosedByUs};
        double t = 100;
        for (Ending e : shown) {
            g.connectionOpened(t);
            g.connectionEnded(t + 60, e, QStringLiteral("details of %1").arg(endingText(e)));
            t += 70;
        }
        g.connectionOpened(t);
        m_now = 700;
        g.setNow(m_now);
        const QImage image = g.grab().toImage();
        const QRectF lane = g.timelineRect();
        t = 100;
        for (Ending e : shown) {
            const QPoint middle(int(g.xOf(t + 30)), int(lane.center().y()));
            QCOMPARE(QColor(image.pixel(middle)).name(), endingColor(e).name());
            const QString tip = g.toolTipAt(middle);
            QVERIFY2(tip.contains(endingText(e)), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("details of")), qPrintable(tip));
            QVERIFY2(tip.contains(QStringLiteral("1.0 min")) || tip.contains(QStringLiteral("1 min 0 s")),
                     qPrintable(tip));
            t += 70;
        }
        const QPoint open(int(g.xOf(t + 20)), int(lane.center().y()));
        QCOMPARE(QColor(image.pixel(open)).name(), endingColor(Ending::StillOpen).name());
        QVERIFY(g.toolTipAt(open).contains(QStringLiteral("open since")));
    }

    void aCutRecognisedLaterRecolorsTheConnection()
    {
        LatencyGraph g;
        g.connectionOpened(10);
        g.connectionEnded(70, Ending::Network, QStringLiteral("tcp closed"));
        g.attemptFailed(71, QStringLiteral("refused"));
        g.reclassifyLastEnding(Ending::Intermediary, QStringLiteral("cut after 60 s of quiet"));
        g.setWindow(100);
        g.setNow(90);
        g.resize(600, 220);
        const QImage image = g.grab().toImage();
        const QPoint middle(int(g.xOf(40)), int(g.timelineRect().center().y()));
        QCOMPARE(QColor(image.pixel(middle)).name(), endingColor(Ending::Intermediary).name());
        QVERIFY(g.toolTipAt(middle).contains(QStringLiteral("cut after 60 s of quiet")));
    }

    void hoverSaysWhatASampleIs()
    {
        LatencyGraph g;
        g.setClock([this] { return m_now; }, 0);
        g.resize(600, 240);
        g.setWindow(60);
        g.connectionOpened(1);
        g.addSample(10, 12.5, false, LatencyGraph::Series::Protocol, 7);
        g.addSample(20, 40, true, LatencyGraph::Series::Protocol, 8);
        m_now = 30;
        g.setNow(m_now);
        (void)g.grab();
        const QRectF plot = g.plotRect();
        // Where the first sample is drawn: its x, and somewhere on the plot's height.
        QString tip;
        for (int y = int(plot.top()); y < plot.bottom() && tip.isEmpty(); ++y)
            tip = g.toolTipAt(QPoint(int(g.xOf(10)), y));
        QVERIFY2(tip.contains(QStringLiteral("ping 7")) && tip.contains(QStringLiteral("12.50 ms")), qPrintable(tip));
        tip.clear();
        for (int y = int(plot.top()); y < plot.bottom() && tip.isEmpty(); ++y)
            tip = g.toolTipAt(QPoint(int(g.xOf(20)), y));
        QVERIFY2(tip.contains(QStringLiteral("queued")), qPrintable(tip));
    }

    void denseMarksClusterAndHoverListsThem()
    {
        LatencyGraph g;
        g.setClock([this] { return m_now; }, 0);
        g.resize(600, 240);
        g.setWindow(300);
        for (int i = 0; i < 20; ++i)
            g.addMark(100 + i * 0.1, LatencyGraph::Mark::Setting, QStringLiteral("setting %1").arg(i));
        g.addMark(250, LatencyGraph::Mark::Timeout, QStringLiteral("idle"));
        m_now = 290;
        g.setNow(m_now);
        (void)g.grab();
        // Twenty marks in two pixels: one cluster, no label of its own; the lone one labelled.
        QCOMPARE(int(g.markLabels().size()), 1);
        QCOMPARE(g.markLabels().front().text, QStringLiteral("idle"));
        const int laneY = int(g.plotRect().top()) - 8;
        const QString tip = g.toolTipAt(QPoint(int(g.xOf(101)), laneY));
        QVERIFY2(tip.contains(QStringLiteral("setting 0")) && tip.contains(QStringLiteral("setting 14")),
                 qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("5 more")), qPrintable(tip));
    }

    void wheelZoomsAroundThePointerAndDragPans()
    {
        LatencyGraph g;
        g.setClock([this] { return m_now; }, 0);
        g.resize(600, 240);
        g.setWindow(300);
        m_now = 1000;
        g.setNow(m_now);
        QSignalSpy changed(&g, &LatencyGraph::viewChanged);
        const QRectF plot = g.plotRect();
        // Zoom in at the right edge: still following now.
        const QPointF right(plot.right() - 1, plot.center().y());
        QWheelEvent in(right, g.mapToGlobal(right), {}, {0, 120}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                       false);
        QApplication::sendEvent(&g, &in);
        QVERIFY(g.window() < 300);
        QVERIFY(g.isFollowing());
        QCOMPARE(changed.size(), 1);
        // Zoom in at the middle: the moment under the pointer stays put.
        const QPointF middle(plot.center());
        const auto [from, to] = g.visibleRange();
        const double anchor = from + (middle.x() - plot.left()) / plot.width() * (to - from);
        QWheelEvent in2(middle, g.mapToGlobal(middle), {}, {0, 240}, Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                        false);
        QApplication::sendEvent(&g, &in2);
        QVERIFY(!g.isFollowing());
        const auto [from2, to2] = g.visibleRange();
        QVERIFY(std::abs(from2 + (middle.x() - plot.left()) / plot.width() * (to2 - from2) - anchor) < 0.01);
        // Drag to the right: back in time; the window keeps its size.
        const double window = g.window();
        QTest::mousePress(&g, Qt::LeftButton, {}, middle.toPoint());
        QTest::mouseMove(&g, middle.toPoint() + QPoint(100, 0));
        QTest::mouseRelease(&g, Qt::LeftButton, {}, middle.toPoint() + QPoint(100, 0));
        QVERIFY(g.visibleRange().second < to2);
        QCOMPARE(g.window(), window);
        // Double-click: back to now.
        QTest::mouseDClick(&g, Qt::LeftButton, {}, middle.toPoint());
        QVERIFY(g.isFollowing());
        QCOMPARE(g.visibleRange().second, m_now);
    }

    void aHiddenGraphDoesNoWork()
    {
        LatencyGraph g;
        g.setClock([this] { return m_now; }, 0);
        const auto *ticker = g.findChild<QTimer *>();
        QVERIFY(ticker);
        QVERIFY(!ticker->isActive());
        g.show();
        QVERIFY(ticker->isActive());
        g.hide();
        QVERIFY(!ticker->isActive());
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    TestLatencyGraph tc;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&tc, argc, argv);
}

#include "tst_latencygraph.moc"
