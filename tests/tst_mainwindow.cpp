#include "connectionsupervisor.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

using namespace wspulse;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectsToTheEmbeddedServerAndSends()
    {
        Settings settings;
        settings.set(Param::PingInterval, QStringLiteral("0.1"), Source::Flag);
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), ConnectionSupervisor::State::Open);
        auto *input = window.findChild<QLineEdit *>();
        QVERIFY(input);
        input->setText(QStringLiteral("hello from the window"));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(input->text().isEmpty());
        auto *events = window.findChild<QPlainTextEdit *>();
        QTRY_VERIFY(events->toPlainText().contains(QLatin1String("\"dir\":\"in\"")));
        QTRY_VERIFY(events->toPlainText().contains(QLatin1String("\"event\":\"pong\"")));
        const QString dir = qEnvironmentVariable("WSPULSE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(dir + QStringLiteral("/mainwindow.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
