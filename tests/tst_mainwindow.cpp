// The window on the offscreen platform, against its embedded server.
#include "appkeepalive.h"
#include "chatmodel.h"
#include "chatserver.h"
#include "durationtext.h"
#include "eventlog.h"
#include "chatpane.h"
#include "connectionbar.h"
#include "connectionsupervisor.h"
#include "eventlogmodel.h"
#include "eventlogpane.h"
#include "healthpanel.h"
#include "connectiondialog.h"
#include "connectiondetail.h"
#include "outboxstore.h"
#include "connectionstore.h"
#include "watchedconnections.h"
#include "livevalue.h"
#include "graphpanel.h"
#include "graphaxis.h"
#include "connectionending.h"
#include "linkpanel.h"
#include "linksimulator.h"
#include "messagerepeater.h"
#include "latencygraph.h"
#include "mainwindow.h"
#include "session.h"
#include "settings.h"
#include "settingseditor.h"
#include "settingspanel.h"
#include "peerprocess.h"
#include "rawpeer.h"
#include "tlsserver.h"

#include <QAbstractItemModelTester>
#include <QStatusBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QListView>
#include <QJsonObject>
#include <QJsonDocument>
#include <QClipboard>
#include <QCheckBox>
#include <QTableView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QPixmap>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTranslator>
#include <QtTest>

using namespace wspulse;
using State = ConnectionSupervisor::State;

class TestMainWindow : public QObject
{
    Q_OBJECT

    static void shoot(QWidget *w, const char *name)
    {
        const QString dir = qEnvironmentVariable("WSPULSE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
    }

    // The chat's messages, without the lines about the connection and the people.
    static QList<QModelIndex> messages(ChatModel *model)
    {
        model->flush();
        QList<QModelIndex> rows;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (!model->index(r).data(ChatModel::NoticeRole).toBool())
                rows << model->index(r);
        }
        return rows;
    }

    // Why a widget's text does not fit in it; empty when it does.
    static QString clipped(QWidget *w)
    {
        const auto describe = [w](const QString &text, int need, int have) {
            return QStringLiteral("%1 \"%2\" needs %3 px, has %4")
                .arg(QLatin1String(w->metaObject()->className()), text)
                .arg(need)
                .arg(have);
        };
        // Scrolling down a long list is fine; scrolling sideways to read a row is not.
        if (auto *area = qobject_cast<QScrollArea *>(w)) {
            const int need = area->widget()->minimumSizeHint().width();
            return area->horizontalScrollBar()->isVisible()
                ? describe(QStringLiteral("(scrolls sideways)"), need, area->viewport()->width())
                : QString();
        }
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text()))
                return {};
            const QRect r = label->contentsRect();
            if (label->wordWrap()) {
                const int need = label->heightForWidth(label->width());
                return need > label->height() + 1 ? describe(label->text(), need, label->height()) : QString();
            }
            QString shown = label->text(); // as drawn: "&" marks the mnemonic
            if (label->buddy())
                shown.replace(QStringLiteral("&&"), QStringLiteral("\x01"))
                    .remove(QLatin1Char('&'))
                    .replace(QLatin1Char('\x01'), QLatin1Char('&'));
            const int need = label->fontMetrics().horizontalAdvance(shown);
            return need > r.width() + 1 ? describe(label->text(), need, r.width()) : QString();
        }
        if (auto *value = qobject_cast<LiveValue *>(w)) {
            const int need = value->heightForWidth(value->width());
            return need > value->height() + 1 ? describe(value->text(), need, value->height()) : QString();
        }
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty() || qobject_cast<QToolButton *>(w))
                return {};
            const int need = button->sizeHint().width();
            return need > button->width() + 1 ? describe(button->text(), need, button->width()) : QString();
        }
        if (auto *box = qobject_cast<QComboBox *>(w)) {
            const int need = box->minimumSizeHint().width();
            return need > box->width() + 1 ? describe(box->currentText(), need, box->width()) : QString();
        }
        return {};
    }

    static bool logHas(MainWindow &w, const QString &event, const QString &detail)
    {
        EventLogModel *m = w.eventLogPane()->model();
        m->sync();
        for (int r = 0; r < m->rowCount(); ++r) {
            if (m->index(r, EventLogModel::EventColumn).data().toString() == event
                && m->index(r, EventLogModel::DetailsColumn).data().toString().contains(detail))
                return true;
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        qputenv("WSPULSE_KEYCHAIN", "0");         // the tests' secrets never in a developer's keychain
        QCoreApplication::setOrganizationName(QStringLiteral("wspulse-tests"));
        qRegisterMetaType<wspulse::ChatClient::Delivery>();
    }

    void typedMessageIsDelivered()
    {
        Settings settings;
        settings.set(Param::PingInterval, QStringLiteral("0.1"), Source::Flag);
        MainWindow window(QUrl(), &settings, QStringLiteral("tester"));
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QTRY_COMPARE(window.chat()->you(), QStringLiteral("tester"));
        MessageEdit *composer = window.chatPane()->composer();
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("hello window"));
        QTest::keyClick(composer, Qt::Key_Return, Qt::ShiftModifier); // a new line, not a send
        QTest::keyClicks(composer, QStringLiteral("second line"));
        ChatModel *model = window.chatModel();
        QCOMPARE(messages(model).size(), 0);
        QTest::keyClick(composer, Qt::Key_Return);
        QVERIFY(composer->toPlainText().isEmpty());
        QTRY_COMPARE(messages(model).size(), 1);
        const QModelIndex row = messages(model).first();
        QCOMPARE(row.data(ChatModel::TextRole).toString(), QStringLiteral("hello window\nsecond line"));
        QTRY_COMPARE(messages(model).first().data(ChatModel::DeliveryRole).value<ChatClient::Delivery>(),
                     ChatClient::Delivery::Delivered);
        QVERIFY(messages(model).first().data(ChatModel::RttRole).toLongLong() > 0);
        QCOMPARE(messages(model).size(), 1); // the relayed copy of our own message is not shown twice
        // Latency samples appear within a ping interval or two.
        QTRY_VERIFY(window.graphPanel()->graph()->sampleCount() >= 2);
        window.healthPanel()->refresh();
        shoot(&window, "mainwindow");
        window.findChild<QDockWidget *>(QStringLiteral("settings"))->raise();
        shoot(&window, "settings");
        QVERIFY2(!QPixmap(QStringLiteral(":/icons/wspulse-64.png")).isNull(), "icons are compiled into the ui library");
    }

    void durationsReadAsAPersonWouldSayThem()
    {
        QCOMPARE(durationText(850), QStringLiteral("850 µs"));
        QCOMPARE(durationText(4200), QStringLiteral("4.2 ms"));
        QCOMPARE(durationText(312000), QStringLiteral("312 ms"));
        QCOMPARE(durationText(11120400), QStringLiteral("11.1 s")); // not "11120.4 ms"
        QCOMPARE(durationText(125000000), QStringLiteral("2 min 5 s"));
    }

    void graphAxisLabelsNeverUseExponents()
    {
        QCOMPARE(LatencyGraph::axisLabel(0), QStringLiteral("0"));
        QCOMPARE(LatencyGraph::axisLabel(0.25), QStringLiteral("250 µs"));
        QCOMPARE(LatencyGraph::axisLabel(2.5), QStringLiteral("2.5 ms"));
        QCOMPARE(LatencyGraph::axisLabel(600), QStringLiteral("600 ms"));
        QCOMPARE(LatencyGraph::axisLabel(1000), QStringLiteral("1 s")); // was "1e+03 ms"
        QCOMPARE(LatencyGraph::axisLabel(1500), QStringLiteral("1.5 s"));
        QCOMPARE(LatencyGraph::axisLabel(12.5), QStringLiteral("12.5 ms"));
    }

    void theAssignedNameIsShownAndAChosenOneRemembered()
    {
        QSettings().remove(QStringLiteral("chat/name"));
        const auto forget = qScopeGuard([] { QSettings().remove(QStringLiteral("chat/name")); });
        Settings settings;
        {
            MainWindow window(QUrl(), &settings);
            window.show();
            QTRY_VERIFY(window.chat()->you().startsWith(QLatin1String("guest-")));
            QVERIFY2(window.connectionBar()->displayNamePlaceholder().contains(window.chat()->you()),
                     qPrintable(window.connectionBar()->displayNamePlaceholder()));
            QLineEdit *name = nullptr;
            for (QLineEdit *e : window.connectionBar()->findChildren<QLineEdit *>())
                if (e->placeholderText() == window.connectionBar()->displayNamePlaceholder())
                    name = e;
            QVERIFY(name);
            name->setFocus();
            QTest::keyClicks(name, QStringLiteral("zoe"));
            QTest::keyClick(name, Qt::Key_Return);
            QTRY_COMPARE(window.chat()->you(), QStringLiteral("zoe"));
        }
        // The next window, without --name, asks for the same name.
        MainWindow again(QUrl(), &settings);
        again.show();
        QTRY_COMPARE(again.chat()->you(), QStringLiteral("zoe"));
        QSettings().remove(QStringLiteral("chat/name"));
    }

    void applicationRoundTripsAreASeriesOfTheirOwn()
    {
        Settings settings;
        settings.set(Param::PingInterval, QStringLiteral("0.1"), Source::Flag);
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_VERIFY(window.graphPanel()->graph()->sampleCount(LatencyGraph::Series::Protocol) >= 2);
        QCOMPARE(window.graphPanel()->graph()->sampleCount(LatencyGraph::Series::Application), 0);
        // What an application profile reports (a pong to our app ping) goes to its own series.
        for (int i = 1; i <= 3; ++i)
            Q_EMIT window.session()->appKeepalive()->appPong(quint64(i), 1500 + 400 * i);
        QCOMPARE(window.graphPanel()->graph()->sampleCount(LatencyGraph::Series::Application), 3);
        shoot(&window, "app-series");
    }

    void socketIoEventsReadAsNameAndArguments()
    {
        // A real Socket.IO 4 server: what is typed ('421["echo",{"n":1}]')
        // and its ack are shown as an event and an ack, not as wire text; the
        // heartbeats do not fill the chat.
        Peer server;
        QVERIFY(server.start(QStringLiteral("node"),
                             {kPeers + QStringLiteral("/app_servers.js"), QStringLiteral("socketio"),
                              QStringLiteral("100"), QStringLiteral("100")}));
        Settings settings;
        MainWindow window(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/socket.io/?EIO=4&transport=websocket").arg(server.port)), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QTRY_COMPARE(window.session()->appKeepalive()->activeProfile(), AppProfile::EngineIo);
        QTRY_VERIFY(server.saw(QStringLiteral("CONNECTED")));
        MessageEdit *composer = window.chatPane()->composer();
        QTest::keyClicks(composer, QStringLiteral("421[\"echo\",{\"n\":1}]"));
        QTest::keyClick(composer, Qt::Key_Return);
        ChatModel *model = window.chatModel();
        QTRY_COMPARE(messages(model).size(), 2);
        QCOMPARE(messages(model)[0].data(ChatModel::TextRole).toString(), QStringLiteral("echo({\"n\":1}) (ack id 1)"));
        QCOMPARE(messages(model)[1].data(ChatModel::TextRole).toString(), QStringLiteral("ack 1: [{\"n\":1}]"));
        // Three more of the server's heartbeats, answered: none of them in the chat.
        QSignalSpy pings(window.session()->appKeepalive(), &AppKeepalive::appPing);
        QTRY_VERIFY_WITH_TIMEOUT(pings.size() >= 3, 5000);
        QCOMPARE(messages(model).size(), 2);
    }

    void chatModelTellsThePeopleAndShowsFramesReadably()
    {
        ChatModel model;
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
        const auto lastText = [&model] {
            model.flush();
            return model.index(model.rowCount() - 1).data().toString();
        };
        // Presence: the first list says who is there; then joins, leaves, renames.
        model.setPresence({QStringLiteral("ada"), QStringLiteral("bob")});
        QVERIFY(lastText().contains(QStringLiteral("ada, bob")));
        model.setPresence({QStringLiteral("ada"), QStringLiteral("bob"), QStringLiteral("cy")});
        QVERIFY2(lastText().endsWith(QStringLiteral("cy joined")), qPrintable(lastText()));
        model.setPresence({QStringLiteral("ada"), QStringLiteral("cy")});
        QVERIFY(lastText().endsWith(QStringLiteral("bob left")));
        model.setPresence({QStringLiteral("ada"), QStringLiteral("cyrus")});
        QVERIFY(lastText().endsWith(QStringLiteral("cy is now cyrus")));
        model.setOwnName(QStringLiteral("adele"));
        model.setPresence({QStringLiteral("adele"), QStringLiteral("cyrus")});
        QVERIFY(lastText().endsWith(QStringLiteral("cy is now cyrus"))); // our own rename: no line
        model.setPresence({QStringLiteral("ada"), QStringLiteral("cyrus")});
        QVERIFY(model.index(model.rowCount() - 1).data(ChatModel::NoticeRole).toBool());
        // A reconnect's first list is not a crowd joining.
        model.forgetPresence();
        model.flush();
        const int before = model.rowCount();
        model.setPresence({QStringLiteral("ada"), QStringLiteral("cyrus"), QStringLiteral("dee")});
        model.flush();
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(!lastText().contains(QStringLiteral("joined")));

        // JSON in raw mode: one line, and pretty-printed once opened.
        model.addRaw(QStringLiteral("{\"type\":\"next\",\"payload\":{\"n\":1}}"), false, t);
        model.flush();
        const int json = model.rowCount() - 1;
        QVERIFY(model.index(json).data(ChatModel::ExpandableRole).toBool());
        QVERIFY(!lastText().contains(QLatin1Char('\n')));
        model.toggleExpanded(json);
        QVERIFY2(lastText().contains(QStringLiteral("\n    \"payload\": {")), qPrintable(lastText()));
        QVERIFY(model.index(json).data(ChatModel::MonospaceRole).toBool());
        model.addRaw(QStringLiteral("{not json"), false, t);
        model.flush();
        QVERIFY(!model.index(model.rowCount() - 1).data(ChatModel::ExpandableRole).toBool());

        // Binary: offset, hex, and the ASCII column.
        QCOMPARE(ChatModel::hexDump(QByteArray("Hello\x00\x01world, and more!", 23), 64),
                 QStringLiteral("0000  48 65 6c 6c 6f 00 01 77  6f 72 6c 64 2c 20 61 6e  |Hello..world, an|\n"
                                "0010  64 20 6d 6f 72 65 21                              |d more!|"));
        model.addBinary(QByteArray(40, 'x'), false, t);
        model.flush();
        const int binary = model.rowCount() - 1;
        QVERIFY(lastText().contains(QStringLiteral("|xxxxxxxxxxxxxxxx|")));
        QCOMPARE(lastText().count(QLatin1Char('\n')), 0);
        model.toggleExpanded(binary);
        QCOMPARE(lastText().count(QLatin1Char('\n')), 3); // title and three lines of 16
        QVERIFY(model.index(binary).data(ChatModel::MonospaceRole).toBool());

        // Milliseconds when asked; a row as a JSON line.
        QVERIFY(!lastText().contains(QStringLiteral(".123")));
        model.setShowMilliseconds(true);
        QVERIFY(model.index(json).data().toString().contains(QStringLiteral(".123 ")));
        const QJsonObject o = model.rowAsJson(json);
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
        QCOMPARE(o.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
        QVERIFY(o.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("{\"type\"")));
    }

    void chatContextMenuCopiesAndResends()
    {
        Settings settings;
        MainWindow window(QUrl(), &settings, QStringLiteral("ada"));
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        ChatModel *model = window.chatModel();
        // The connection's story is in the chat: connected, and who is here.
        QTRY_VERIFY(model->rowCount() >= 2);
        QVERIFY(model->index(0).data().toString().contains(QStringLiteral("connected to ws://127.0.0.1:")));
        QVERIFY(model->index(1).data().toString().contains(QStringLiteral("Here now: guest-")));
        // The chosen name replacing the assigned one is not announced as news.
        QTRY_COMPARE(window.chat()->you(), QStringLiteral("ada"));
        QTest::qWait(50);
        model->flush();
        for (int r = 0; r < model->rowCount(); ++r)
            QVERIFY(!model->index(r).data().toString().contains(QStringLiteral(" is now ")));
        window.chat()->send(QStringLiteral("say it twice"));
        QTRY_COMPARE(messages(model).size(), 1);
        QListView *view = window.chatPane()->view();
        const QPoint at = view->visualRect(messages(model).first()).center();
        const std::unique_ptr<QMenu> menu(window.chatPane()->contextMenu(at));
        const auto action = [&menu](const QString &text) {
            for (QAction *a : menu->actions()) {
                if (a->text().remove(QLatin1Char('&')) == text)
                    return a;
            }
            return static_cast<QAction *>(nullptr);
        };
        QVERIFY(action(QStringLiteral("Copy as JSON lines")));
        action(QStringLiteral("Copy as JSON lines"))->trigger();
        const QJsonObject copied = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object();
        QCOMPARE(copied.value(QStringLiteral("text")).toString(), QStringLiteral("say it twice"));
        QCOMPARE(copied.value(QStringLiteral("from")).toString(), QStringLiteral("ada"));
        QVERIFY(!action(QStringLiteral("Expand"))->isEnabled()); // a chat line has no longer form
        action(QStringLiteral("Resend"))->trigger();
        QTRY_COMPARE(messages(model).size(), 2);
        QCOMPARE(messages(model)[1].data(ChatModel::TextRole).toString(), QStringLiteral("say it twice"));
        QTRY_COMPARE(messages(model)[1].data(ChatModel::DeliveryRole).value<ChatClient::Delivery>(),
                     ChatClient::Delivery::Delivered);
        // The milliseconds choice is kept for the next window.
        action(QStringLiteral("Show milliseconds"))->trigger();
        QVERIFY(model->showMilliseconds());
        QCOMPARE(QSettings().value(QStringLiteral("chat/milliseconds")).toBool(), true);
        action(QStringLiteral("Show milliseconds"))->trigger();
        QVERIFY(!model->showMilliseconds());
    }

    void aConnectionSetUpInTheWindowIsSavedAndReopened()
    {
        RawPeer peer;
        QVERIFY(peer.listen());
        const auto header = [](const QByteArray &head, const QByteArray &name) {
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith(name.toLower() + ':'))
                    return line.mid(name.size() + 1).trimmed();
            return QByteArray();
        };
        // The server wants the token and the team header, or answers 401.
        peer.checkUpgrade = [&header](const QByteArray &head) {
            return header(head, "Authorization") == "Bearer win-TOKEN" && header(head, "X-Team") == "red" ? 0 : 401;
        };
        const QString name = QStringLiteral("window-test");
        ConnectionStore store(ConnectionStore::defaultDirectory());
        store.remove(name);
        {
            Settings settings;
            MainWindow window(QUrl(), &settings);
            window.show();
            QTRY_COMPARE(window.supervisor()->state(), State::Open);
            ConnectionDialog *dialog = window.openConnectionDialog();
            dialog->nameField()->setText(name);
            dialog->urlField()->setText(peer.url());
            dialog->headersField()->setPlainText(QStringLiteral("X-Team: red\nnot a header"));
            dialog->authBox()->setCurrentIndex(1); // bearer
            dialog->secretField()->setText(QStringLiteral("win-TOKEN"));
            QCOMPARE(dialog->secretField()->echoMode(), QLineEdit::Password);
            dialog->subprotocolsField()->setText(QStringLiteral("b.v2, a.v1"));
            dialog->accept(); // refused, next to the fields, nothing lost
            shoot(dialog, "connection-dialog");
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->errorLabel()->text().startsWith(QStringLiteral("Headers:")),
                     qPrintable(dialog->errorLabel()->text()));
            dialog->headersField()->setPlainText(QStringLiteral("X-Team: red"));
            dialog->accept();
            QTRY_COMPARE(window.session()->url(), QUrl(peer.url()));
            QTRY_COMPARE_WITH_TIMEOUT(window.supervisor()->state(), State::Open, 5000);
            QCOMPARE(header(peer.lastRequest, "Sec-WebSocket-Protocol").replace(' ', ""), QByteArray("b.v2,a.v1"));
            QVERIFY(window.windowTitle().contains(name));
            QVERIFY(store.names().contains(name));
            QVERIFY(!window.statusBar()->currentMessage().contains(QStringLiteral("win-TOKEN")));
        }
        // The next run: opened by name, the same way in.
        const int before = peer.connectionCount();
        {
            Settings settings;
            MainWindow window(QUrl(), &settings);
            window.show();
            QTRY_COMPARE(window.supervisor()->state(), State::Open);
            QCOMPARE(window.openSavedConnection(name), QString());
            QTRY_VERIFY(peer.connectionCount() > before);
            QTRY_COMPARE_WITH_TIMEOUT(window.supervisor()->state(), State::Open, 5000);
            QCOMPARE(header(peer.lastRequest, "Authorization"), QByteArray("Bearer win-TOKEN"));
            QCOMPARE(window.connectionName(), name);
            QVERIFY(window.openSavedConnection(QStringLiteral("no-such-connection")).contains(name));
        }
        QCOMPARE(store.remove(name), QString());
    }

    void threeConnectionsAtAGlanceOneFailing()
    {
        RawPeer good;
        QVERIFY(good.listen());
        RawPeer refusing;
        QVERIFY(refusing.listen());
        refusing.refuseUpgradeWith = 401;
        ConnectionStore store(ConnectionStore::defaultDirectory());
        for (const auto &[name, peer] :
             {std::pair{QStringLiteral("watch-good"), &good}, std::pair{QStringLiteral("watch-refused"), &refusing}}) {
            SavedConnection c;
            c.name = name;
            c.url = QUrl(peer->url());
            c.overrides = {{Param::PingInterval, QStringLiteral("0.1")},
                           {Param::ReconnectDelay, QStringLiteral("0.05")},
                           {Param::ReconnectMaxDelay, QStringLiteral("0.2")}};
            QCOMPARE(store.save(c), QString());
        }
        Settings settings;
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QCOMPARE(window.watchSavedConnection(QStringLiteral("watch-good")), QString());
        QCOMPARE(window.watchSavedConnection(QStringLiteral("watch-refused")), QString());
        QVERIFY(!window.watchSavedConnection(QStringLiteral("watch-good")).isEmpty()); // once each
        WatchedConnectionsModel *model = window.watchedConnections();
        QCOMPARE(model->rowCount(), 2);
        const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        // Each row tells its own story; the window's own connection is untouched.
        QTRY_COMPARE(cell(0, WatchedConnectionsModel::StateColumn), QStringLiteral("open"));
        QTRY_VERIFY(cell(0, WatchedConnectionsModel::RttColumn).endsWith(QStringLiteral("s")));
        QTRY_VERIFY_WITH_TIMEOUT(cell(1, WatchedConnectionsModel::LastCloseColumn).contains(QStringLiteral("401")),
                                 5000);
        QVERIFY(cell(1, WatchedConnectionsModel::StateColumn) != QStringLiteral("open"));
        QCOMPARE(window.supervisor()->state(), State::Open);
        QVERIFY(window.session()->usesEmbeddedServer());
        shoot(&window, "watched");
        model->unwatch(1);
        QCOMPARE(model->rowCount(), 1);
        store.remove(QStringLiteral("watch-good"));
        store.remove(QStringLiteral("watch-refused"));
    }

    void eachWatchedConnectionHasItsOwnViewsAndOneCombinedLog()
    {
        // A second chat server, watched beside the window's embedded one.
        Settings serverSettings;
        EventLog serverLog(SteadyClock::instance());
        ChatServer other(&serverSettings, &serverLog);
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        ConnectionStore store(ConnectionStore::defaultDirectory());
        const QString name = QStringLiteral("watch-detail");
        for (const QString &n : {name, QStringLiteral("watch-detail-2"), QStringLiteral("watch-detail-copy")})
            store.remove(n);
        SavedConnection c;
        c.name = name;
        c.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(other.port()));
        c.overrides = {{Param::PingInterval, QStringLiteral("0.1")}};
        QCOMPARE(store.save(c), QString());

        Settings settings;
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QCOMPARE(window.watchSavedConnection(name), QString());
        Session *watched = window.watchedConnections()->session(0);
        QTRY_COMPARE(watched->supervisor()->state(), State::Open);

        // Enter on the row opens its detail beside the window's own panels.
        QTableView *table = window.watchedView()->table();
        table->setCurrentIndex(window.watchedConnections()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Enter);
        auto *detailsDock = window.findChild<QDockWidget *>(QStringLiteral("watchedDetails"));
        QTRY_VERIFY(detailsDock->isVisible());
        ConnectionDetail *detail = window.watchedDetails()->current();
        QVERIFY(detail);
        QCOMPARE(window.watchedDetails()->detailOf(watched), detail);

        // Its own chat: what is sent there goes over the watched connection,
        // acknowledged by its server; the window's own chat never sees it.
        detail->tabs()->setCurrentIndex(ConnectionDetail::ChatTab);
        QTest::keyClicks(detail->chatPane()->composer(), QStringLiteral("from the detail"));
        QTest::keyClick(detail->chatPane()->composer(), Qt::Key_Return);
        const auto hasText = [](const ChatModel *m, const QString &text) {
            for (int row = 0; row < m->rowCount(); ++row)
                if (m->index(row, 0).data(ChatModel::TextRole).toString() == text)
                    return row;
            return -1;
        };
        QTRY_VERIFY(hasText(detail->chatModel(), QStringLiteral("from the detail")) >= 0);
        const int row = hasText(detail->chatModel(), QStringLiteral("from the detail"));
        QTRY_COMPARE(detail->chatModel()->index(row, 0).data(ChatModel::DeliveryRole).toInt(),
                     int(ChatClient::Delivery::Delivered));
        QCOMPARE(hasText(window.chatModel(), QStringLiteral("from the detail")), -1);

        // Its own graph (the saved 0.1 s pings) and settings: changing them
        // there changes that connection only.
        QTRY_VERIFY(detail->graph()->graph()->sampleCount() >= 2);
        SettingsEditor *editor = detail->settings()->clientEditor();
        QCOMPARE(editor->field(Param::PingInterval)->text(), QStringLiteral("0.1"));
        QCOMPARE(editor->edit(Param::PingInterval, QStringLiteral("0.2")), QString());
        QCOMPARE(watched->settings()->value(Param::PingInterval), 0.2);
        QVERIFY(settings.value(Param::PingInterval) != 0.2);
        detail->tabs()->setCurrentIndex(ConnectionDetail::GraphTab);
        shoot(&window, "watched-detail");

        // One log of every connection, each event naming its own; the
        // choice shows one of them.
        EventLogPane *all = window.allEventsPane();
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("allEvents"))->isVisibleTo(&window));
        QComboBox *targets = all->targetsBox();
        QVERIFY(!targets->isHidden());
        QCOMPARE(targets->count(), 3); // all, the window's own, the watched one
        const int ownIndex = 1;
        QVERIFY(!targets->itemText(ownIndex).isEmpty());
        const auto targetsShown = [all] {
            QSet<QString> seen;
            for (int r = 0; r < all->filter()->rowCount(); ++r)
                seen << all->filter()->index(r, 0).data(EventLogModel::TargetRole).toString();
            return seen;
        };
        QTRY_COMPARE(targetsShown().size(), 2);
        targets->setCurrentIndex(targets->findData(name));
        QVERIFY(all->filter()->rowCount() > 0);
        QCOMPARE(targetsShown(), QSet<QString>{name});
        targets->setCurrentIndex(ownIndex);
        QCOMPARE(targetsShown(), QSet<QString>{targets->itemText(ownIndex)});

        // Renamed and duplicated from the window; unwatched, its detail and
        // its entry in the choice go.
        QCOMPARE(window.renameSavedConnection(name, QStringLiteral("watch-detail-2")), QString());
        QVERIFY(store.names().contains(QStringLiteral("watch-detail-2")));
        QVERIFY(!store.names().contains(name));
        QCOMPARE(window.duplicateSavedConnection(QStringLiteral("watch-detail-2"), QStringLiteral("watch-detail-copy")),
                 QString());
        QCOMPARE(store.load(QStringLiteral("watch-detail-copy"))->url, c.url);
        QVERIFY(!window.renameSavedConnection(QStringLiteral("watch-detail-copy"), QStringLiteral("watch-detail-2"))
                     .isEmpty()); // taken
        window.watchedConnections()->unwatch(0);
        QCOMPARE(window.watchedDetails()->detailOf(watched), nullptr);
        QVERIFY(window.watchedDetails()->current() == nullptr);
        QVERIFY(targets->isHidden());
        for (const QString &n : {QStringLiteral("watch-detail-2"), QStringLiteral("watch-detail-copy")})
            store.remove(n);
    }

    void metricsAreServedWhenAskedAndStopped()
    {
        // Off by default; --metrics (or the menu) serves this window's
        // connection for Prometheus; switching it off frees the port.
        Settings settings;
        settings.set(Param::PingInterval, QStringLiteral("0.05"), Source::Flag);
        {
            MainWindow quiet(QUrl(), &settings);
            QVERIFY(quiet.metricsUrl().isEmpty());
        }
        WindowOptions options;
        options.metricsAddress = QStringLiteral("0");
        MainWindow window(options, &settings);
        window.show();
        const QString url = window.metricsUrl();
        QVERIFY2(url.startsWith(QLatin1String("http://127.0.0.1:")), qPrintable(url));
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QNetworkAccessManager net;
        const auto get = [&net, &url] {
            std::unique_ptr<QNetworkReply> reply(net.get(QNetworkRequest(QUrl(url))));
            QSignalSpy done(reply.get(), &QNetworkReply::finished);
            done.wait(3000);
            return reply->readAll();
        };
        QTRY_VERIFY_WITH_TIMEOUT(get().contains("\nwspulse_up{target=\"default\"} 1\n"), 5000);
        QVERIFY(!window.serveMetrics(QStringLiteral("nonsense")).isEmpty());
        QVERIFY(window.metricsUrl().isEmpty()); // a refused address stops serving, and says why
        QVERIFY(window.serveMetrics(QString()).isEmpty());
        QVERIFY(get().isEmpty());
    }

    void topBarKeepsItsWidthInEveryState()
    {
        // Whatever the state, alert or language: the same width for the bar,
        // the badge and the button, and the badge's text fits.
        Settings settings;
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        ConnectionBar *bar = window.connectionBar();
        for (const char *language : {"en", "de", "it"}) {
            QTranslator translator;
            if (qstrcmp(language, "en") != 0) {
                QVERIFY(translator.load(QStringLiteral(WSPULSE_QM_DIR "/wspulse_%1.qm").arg(QLatin1String(language))));
                QCoreApplication::installTranslator(&translator);
                QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
            }
            QLabel *badge = nullptr;
            for (QLabel *l : bar->findChildren<QLabel *>())
                if (l->text() == bar->badgeText())
                    badge = l;
            QVERIFY(badge);
            const int barWidth = bar->sizeHint().width();
            const int buttonWidth = bar->connectButton()->width();
            for (State s : {State::Disconnected, State::Connecting, State::Open, State::Closing, State::Reconnecting})
                for (bool failing : {false, true})
                    for (bool alert : {false, true}) {
                        bar->setState(s, failing);
                        bar->setAlert(alert);
                        QCOMPARE(bar->sizeHint().width(), barWidth);
                        QCOMPARE(bar->connectButton()->width(), buttonWidth);
                        // Room for the text inside the label's margins.
                        const int room = badge->contentsRect().width() - 2 * badge->margin();
                        QVERIFY2(badge->fontMetrics().horizontalAdvance(badge->text()) <= room,
                                 qPrintable(QStringLiteral("%1: %2 (%3 > %4)")
                                                .arg(QLatin1String(language), badge->text())
                                                .arg(badge->fontMetrics().horizontalAdvance(badge->text()))
                                                .arg(room)));
                    }
            QCoreApplication::removeTranslator(&translator);
        }
    }

    void urlFieldEnterConnectsAndNeverFillsInByItself()
    {
        QSettings().setValue(QStringLiteral("connection/urlHistory"),
                             QStringList{QStringLiteral("ws://127.0.0.1:1/remembered")});
        const auto forget = qScopeGuard([] { QSettings().remove(QStringLiteral("connection/urlHistory")); });
        Settings settings;
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        ConnectionBar *bar = window.connectionBar();
        bar->findChild<QCheckBox *>()->setChecked(false);
        QLineEdit *field = bar->urlField()->lineEdit();
        field->clear();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("ws://"));
        QCOMPARE(bar->urlField()->currentText(), QStringLiteral("ws://")); // offered, not filled in
        const QUrl before = window.session()->url();
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY2(bar->urlMessage().contains(QLatin1String("is not a ws:// or wss:// URL")),
                 qPrintable(bar->urlMessage()));
        QCOMPARE(window.session()->url(), before);
        // Another server: the field says it is not the connected URL; Enter switches there.
        Settings otherSettings;
        EventLog otherLog(SteadyClock::instance());
        ChatServer other(&otherSettings, &otherLog);
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        const QString otherUrl = QStringLiteral("ws://127.0.0.1:%1/").arg(other.port());
        field->clear();
        QTest::keyClicks(field, otherUrl);
        QVERIFY2(bar->urlMessage().contains(QLatin1String("not to this URL")), qPrintable(bar->urlMessage()));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_COMPARE(window.session()->url(), QUrl(otherUrl));
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QTRY_VERIFY(!other.users().isEmpty());
        QCOMPARE(bar->urlField()->currentText(), otherUrl);
        QVERIFY2(bar->urlMessage().isEmpty(), qPrintable(bar->urlMessage()));
    }

    void repeatEveryBoxSendsUntilUnticked()
    {
        Settings settings;
        MainWindow window(QUrl(), &settings, QStringLiteral("tester"));
        window.show();
        QTRY_COMPARE(window.chat()->you(), QStringLiteral("tester"));
        QTest::keyClicks(window.chatPane()->composer(), QStringLiteral("tick"));
        window.chatPane()->repeatSeconds()->setValue(0.05);
        QTest::mouseClick(window.chatPane()->repeatBox(), Qt::LeftButton, {},
                          QPoint(8, window.chatPane()->repeatBox()->height() / 2));
        QVERIFY(window.session()->repeater()->isActive());
        ChatModel *model = window.chatModel();
        QTRY_VERIFY(messages(model).size() >= 4);
        QTRY_COMPARE(messages(model)[3].data(ChatModel::DeliveryRole).value<ChatClient::Delivery>(),
                     ChatClient::Delivery::Delivered);
        QCOMPARE(messages(model)[3].data(ChatModel::TextRole).toString(), QStringLiteral("tick"));
        QTest::mouseClick(window.chatPane()->repeatBox(), Qt::LeftButton, {},
                          QPoint(8, window.chatPane()->repeatBox()->height() / 2));
        QVERIFY(!window.session()->repeater()->isActive());
        // An empty composer has nothing to repeat: refused, and the box unticks.
        window.chatPane()->composer()->clear();
        window.chatPane()->repeatBox()->setChecked(true);
        QVERIFY(!window.chatPane()->repeatBox()->isChecked());
        QVERIFY(!window.session()->repeater()->isActive());
    }

    void editingAParameterRearmsTheRunningSupervisor()
    {
        Settings settings;
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QVERIFY(*window.supervisor()->timeUntil(Deadline::Ping) > std::chrono::seconds(20));
        // Type into the generated field and confirm, as a person would.
        QLineEdit *field = window.settingsPanel()->clientEditor()->field(Param::PingInterval);
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, QStringLiteral("0.05"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(settings.value(Param::PingInterval), 0.05);
        QCOMPARE(settings.source(Param::PingInterval), Source::Runtime);
        // Re-armed on the open connection, from the last ping (the open): due now.
        QVERIFY(*window.supervisor()->timeUntil(Deadline::Ping) <= std::chrono::milliseconds(50));
        const auto pongs = window.supervisor()->counters().pongs;
        QTRY_VERIFY(window.supervisor()->counters().pongs >= pongs + 3);
        QCOMPARE(window.supervisor()->counters().reconnects, quint64(0));
        QTRY_VERIFY(logHas(window, QStringLiteral("setting"), QStringLiteral("WS_PING_INTERVAL")));
    }

    void forcedIdleTimeoutShowsInLogAndBadge()
    {
        Settings settings;
        settings.set(Param::PingInterval, QStringLiteral("0"), Source::Flag);
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QVERIFY(window.connectionBar()->badgeText().contains(QLatin1String("open")));
        QCOMPARE(window.settingsPanel()->clientEditor()->edit(Param::IdleTimeout, QStringLiteral("0.2")), QString());
        QTRY_COMPARE(window.supervisor()->state(), State::Disconnected);
        QVERIFY(window.connectionBar()->badgeText().contains(QLatin1String("disconnected")));
        QVERIFY2(window.connectionBar()->lastCloseText().contains(QLatin1String("idle timeout")),
                 qPrintable(window.connectionBar()->lastCloseText()));
        QVERIFY(window.connectionBar()->lastCloseText().contains(QLatin1String("1000")));
        QTRY_VERIFY(logHas(window, QStringLiteral("timeout"), QStringLiteral("idle")));
        QTRY_VERIFY(logHas(window, QStringLiteral("closed"), QStringLiteral("idle timeout")));
        shoot(&window, "idle-timeout");
    }

    void failedConnectsAreNamedNotCalledReconnecting()
    {
        // Nothing listens: the window says so, and never claims it is
        // "reconnecting" a connection it never had.
        QTcpServer closedPort;
        QVERIFY(closedPort.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closedPort.serverPort();
        closedPort.close();
        Settings settings;
        settings.set(Param::ReconnectDelay, QStringLiteral("0.2"), Source::Flag);
        MainWindow window(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)), &settings);
        window.show();
        QTRY_VERIFY(window.connectionBar()->lastCloseText().contains(QLatin1String("connection refused")));
        QVERIFY(window.connectionBar()->lastCloseText().contains(QLatin1String("Cannot connect")));
        QTRY_VERIFY(window.connectionBar()->lastCloseText().contains(QLatin1String("(attempt 2)")));
        QTRY_COMPARE(window.supervisor()->state(), State::Reconnecting);
        QVERIFY2(window.connectionBar()->badgeText().contains(QLatin1String("retrying")),
                 qPrintable(window.connectionBar()->badgeText()));
        shoot(&window, "connection-refused");
    }

    void anOutageKeepsItsRootCauseAndCountsTheAttempts()
    {
        // The server goes away: the line keeps why the connection ended (the
        // root cause), then counts the refused attempts since, with a
        // countdown to the next one.
        Settings serverSettings;
        EventLog serverLog(SteadyClock::instance());
        auto server = std::make_unique<ChatServer>(&serverSettings, &serverLog);
        QVERIFY(server->listen(QHostAddress::LocalHost, 0));
        Settings settings;
        settings.set(Param::ReconnectDelay, QStringLiteral("0.3"), Source::Flag);
        settings.set(Param::ReconnectMaxDelay, QStringLiteral("5"), Source::Flag);
        MainWindow window(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(server->port())), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        server.reset(); // closes every client with 1001
        ConnectionBar *bar = window.connectionBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->lastCloseText().contains(QLatin1String("then 2 failed attempts")), 5000);
        const QString line = bar->lastCloseText();
        QVERIFY2(line.startsWith(QLatin1String("Last close: 1001")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("connection refused")), qPrintable(line));
        QTRY_VERIFY(bar->lastCloseText().contains(QLatin1String("; next in ")));
        shoot(&window, "outage");
    }

    void refusedUpgradeNamesStatusAndServer()
    {
        // A kept-alive HTTP server that answers 404, as nginx does for a wrong path.
        QTcpServer http;
        QVERIFY(http.listen(QHostAddress::LocalHost, 0));
        connect(&http, &QTcpServer::newConnection, &http, [&http] {
            QTcpSocket *s = http.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                if (s->readAll().contains("\r\n\r\n"))
                    s->write("HTTP/1.1 404 Not Found\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n");
            });
        });
        Settings settings;
        settings.set(Param::ConnectTimeout, QStringLiteral("0"), Source::Flag);
        MainWindow window(QUrl(QStringLiteral("ws://127.0.0.1:%1/wrong").arg(http.serverPort())), &settings);
        window.show();
        QTRY_VERIFY2(window.connectionBar()->lastCloseText().contains(QLatin1String("HTTP 404 Not Found")),
                     qPrintable(window.connectionBar()->lastCloseText()));
        QVERIFY(window.connectionBar()->lastCloseText().contains(QLatin1String("refused the upgrade")));
    }

    void messagesAnEarlierRunLeftUnsentAreShownAndSent()
    {
        Settings serverSettings;
        EventLog serverLog(SteadyClock::instance());
        ChatServer server(&serverSettings, &serverLog);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1/").arg(server.port()));
        {
            // What a run killed with two messages unacknowledged left behind.
            QString error;
            std::unique_ptr<OutboxStore> kept = OutboxStore::open(OutboxKeeper::defaultDirectory(), url, &error);
            QVERIFY2(kept, qPrintable(error));
            QCOMPARE(kept->add({QStringLiteral("left-1"), QStringLiteral("said before the crash"), 1700000000000}),
                     QString());
            QCOMPARE(kept->add({QStringLiteral("left-2"), QStringLiteral("and this too"), 1700000001000}), QString());
        }
        Settings settings;
        MainWindow window(url, &settings);
        window.show();
        // Shown as they were sent then, under a notice saying where they come from...
        const auto rowOf = [&window](const QString &text) {
            for (int r = 0; r < window.chatModel()->rowCount(); ++r)
                if (window.chatModel()->index(r).data(ChatModel::TextRole).toString().contains(text))
                    return r;
            return -1;
        };
        QTRY_VERIFY(rowOf(QStringLiteral("said before the crash")) >= 0);
        QTRY_VERIFY(rowOf(QStringLiteral("unsent in the last run, sent again: 2")) >= 0);
        QVERIFY(window.chatModel()
                    ->index(rowOf(QStringLiteral("said before the crash")))
                    .data(ChatModel::OwnRole)
                    .toBool());
        // ...delivered, and gone from the file.
        QTRY_COMPARE(
            window.chatModel()->index(rowOf(QStringLiteral("and this too"))).data(ChatModel::DeliveryRole).toInt(),
            int(ChatClient::Delivery::Delivered));
        QString error;
        // The window holds the file (one client per file): read it once it is closed.
        QTRY_COMPARE(window.chatModel()
                         ->index(rowOf(QStringLiteral("said before the crash")))
                         .data(ChatModel::DeliveryRole)
                         .toInt(),
                     int(ChatClient::Delivery::Delivered));
        window.session()->setOutboxDirectory(QString());
        const std::unique_ptr<OutboxStore> after = OutboxStore::open(OutboxKeeper::defaultDirectory(), url, &error);
        QVERIFY2(after, qPrintable(error));
        QCOMPARE(after->entries().size(), qsizetype(0));
    }

    void theFirstSampleArrivesAsTheConnectionOpens()
    {
        Settings settings; // pings every 25 s: the first one leaves at open
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QTRY_COMPARE_WITH_TIMEOUT(window.graphPanel()->graph()->sampleCount(), 1, 3000);
    }

    void theTimelineShowsEachConnectionAndHowItEnded()
    {
        RawPeer peer;
        QVERIFY(peer.listen());
        peer.answerPings = false;
        Settings settings;
        settings.set(Param::PongTimeout, QStringLiteral("0.2"), Source::Flag);
        settings.set(Param::ReconnectDelay, QStringLiteral("0.05"), Source::Flag);
        settings.set(Param::ReconnectMaxDelay, QStringLiteral("0.1"), Source::Flag);
        settings.set(Param::ConnectTimeout, QStringLiteral("0.3"), Source::Flag); // an unanswered upgrade
        MainWindow window(QUrl(peer.url()), &settings);
        window.show();
        LatencyGraph *graph = window.graphPanel()->graph();
        QTRY_VERIFY(graph->connectionCount() >= 2);
        QCOMPARE(graph->ending(0), Ending::PongTimeout);
        // The server refuses from now on: the next attempts fail, each a tick of its own.
        peer.answerUpgrade = false;
        QTRY_VERIFY_WITH_TIMEOUT(graph->ending(graph->connectionCount() - 1) == Ending::Refused, 5000);
        const QString tip = graph->toolTipAt(
            QPoint(int(graph->xOf(graph->visibleRange().second - 0.01)), int(graph->timelineRect().center().y())));
        QVERIFY(!tip.isEmpty());
    }

    void latencyAlertShowsOnTheBadgeAndGraph()
    {
        RawPeer peer;
        QVERIFY(peer.listen());
        peer.pongDelayMs = 50;
        Settings settings;
        settings.set(Param::PingInterval, QStringLiteral("0.1"), Source::Flag);
        settings.set(Param::LatencyAlert, QStringLiteral("0.02"), Source::Flag);
        MainWindow window(QUrl(peer.url()), &settings);
        window.show();
        QTRY_VERIFY(window.connectionBar()->badgeText().contains(QStringLiteral("\u26a0")));
        // Shaded spans of slow samples, not one marker per sample.
        LatencyGraph *graph = window.graphPanel()->graph();
        QTRY_VERIFY(graph->alertSpans().size() >= 1);
        QCOMPARE(graph->markCount(), 0);
        QTRY_VERIFY(logHas(window, QStringLiteral("warning"), QStringLiteral("WS_LATENCY_ALERT")));
    }

    void badValueIsRefusedAndTheOldOneStays()
    {
        Settings settings;
        MainWindow window(QUrl(), &settings);
        SettingsEditor *editor = window.settingsPanel()->clientEditor();
        const QString error = editor->edit(Param::PongTimeout, QStringLiteral("soon"));
        QVERIFY(error.contains(QLatin1String("soon")));
        QCOMPARE(settings.value(Param::PongTimeout), 60.0);
        QCOMPARE(editor->field(Param::PongTimeout)->text(), QStringLiteral("60"));
        QVERIFY(editor->messageFor(Param::PongTimeout).contains(QLatin1String("soon")));
        QVERIFY(editor->edit(Param::PongTimeout, QStringLiteral("-1")).contains(QLatin1String("negative")));
        QCOMPARE(settings.value(Param::PongTimeout), 60.0);
        // A valid value clears the message.
        QCOMPARE(editor->edit(Param::PongTimeout, QStringLiteral("30")), QString());
        QCOMPARE(editor->messageFor(Param::PongTimeout), QString());
        // A surprising combination is a warning next to the field.
        editor->edit(Param::IdleTimeout, QStringLiteral("10"));
        QVERIFY(editor->messageFor(Param::IdleTimeout).contains(QStringLiteral(u"\u201cPing interval\u201d")));
        // And the implications follow the values.
        QVERIFY(window.settingsPanel()->implications().contains(QLatin1String("55")));
    }

    void settingsLabelsTellTheTruth()
    {
        Settings settings;
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        SettingsPanel *panel = window.settingsPanel();
        SettingsEditor *editor = panel->clientEditor();
        QCOMPARE(panel->presetBox()->currentData().toString(), QStringLiteral("defaults"));
        QCOMPARE(editor->edit(Param::PingInterval, QStringLiteral("2")), QString());
        QCOMPARE(editor->sourceFor(Param::PingInterval), QStringLiteral("edited"));
        QCOMPARE(panel->presetBox()->currentData().toString(), QLatin1String(SettingsPanel::CustomPreset));
        // A refused value is not "edited", and changes nothing.
        QVERIFY(!editor->edit(Param::PongTimeout, QStringLiteral("-3")).isEmpty());
        QCOMPARE(editor->sourceFor(Param::PongTimeout), QStringLiteral("default"));
        // Reset: defaults again, said as such, not "edited".
        panel->resetButton()->click();
        for (const ParamDef &def : parameterDefs())
            QCOMPARE(editor->sourceFor(def.id), QStringLiteral("default"));
        QCOMPARE(panel->presetBox()->currentData().toString(), QStringLiteral("defaults"));
        // A preset applied: "preset", and the box names it.
        panel->presetBox()->setCurrentIndex(panel->presetBox()->findData(QStringLiteral("development")));
        panel->applyPresetButton()->click();
        QCOMPARE(editor->sourceFor(Param::PingInterval), QStringLiteral("preset"));
        QCOMPARE(panel->presetBox()->currentData().toString(), QStringLiteral("development"));
        // Warnings in the words of the fields.
        QCOMPARE(editor->edit(Param::IdleTimeout, QStringLiteral("1")), QString());
        QCOMPARE(editor->edit(Param::PingInterval, QStringLiteral("30")), QString());
        const QString warning = editor->messageFor(Param::IdleTimeout);
        QVERIFY2(warning.contains(QStringLiteral(u"\u201cPing interval\u201d")), qPrintable(warning));
        QVERIFY2(!warning.contains(QLatin1String("WS_")), qPrintable(warning));
    }

    void aSettingThatClosesAtOnceSaysSoFirst()
    {
        Settings settings;
        settings.set(Param::PingInterval, QStringLiteral("30"), Source::Flag);
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QTRY_VERIFY(window.supervisor()->idleFor() > std::chrono::milliseconds(300));
        SettingsEditor *editor = window.settingsPanel()->clientEditor();
        QCOMPARE(editor->edit(Param::IdleTimeout, QStringLiteral("0.2")), QString());
        QVERIFY2(editor->messageFor(Param::IdleTimeout).contains(QLatin1String("closes it at once")),
                 qPrintable(editor->messageFor(Param::IdleTimeout)));
        QCOMPARE(settings.value(Param::IdleTimeout), 60.0); // not applied yet
        QCOMPARE(window.supervisor()->state(), State::Open);
        // A value set elsewhere (Reset) replaces the one waiting: nothing left pending.
        window.settingsPanel()->resetButton()->click();
        QVERIFY2(!editor->messageFor(Param::IdleTimeout).contains(QLatin1String("Enter again")),
                 qPrintable(editor->messageFor(Param::IdleTimeout)));
        QCOMPARE(editor->field(Param::IdleTimeout)->text(), QStringLiteral("60"));
        settings.set(Param::PingInterval, QStringLiteral("30"), Source::Runtime); // reset made it 25: quiet again
        QTRY_VERIFY(window.supervisor()->idleFor() > std::chrono::milliseconds(300));
        QCOMPARE(editor->edit(Param::IdleTimeout, QStringLiteral("0.2")), QString());
        QVERIFY(editor->messageFor(Param::IdleTimeout).contains(QLatin1String("closes it at once")));
        QCOMPARE(editor->edit(Param::IdleTimeout, QStringLiteral("0.2")), QString()); // confirmed
        QCOMPARE(settings.value(Param::IdleTimeout), 0.2);
        QTRY_VERIFY(window.supervisor()->state() != State::Open);
    }

    void serverParametersAreEditable()
    {
        Settings settings;
        MainWindow window(QUrl(), &settings);
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        QCOMPARE(window.settingsPanel()->serverEditor()->edit(Param::PingInterval, QStringLiteral("0.5")), QString());
        QCOMPARE(window.session()->serverSettings()->value(Param::PingInterval), 0.5);
        QCOMPARE(settings.value(Param::PingInterval), 25.0); // the connection's own set is untouched
        QTRY_VERIFY(logHas(window, QStringLiteral("setting"), QStringLiteral("server")));
    }

    void profilesSaveAndLoad()
    {
        Settings settings;
        MainWindow window(QUrl(), &settings);
        SettingsPanel *panel = window.settingsPanel();
        panel->clientEditor()->edit(Param::IdleTimeout, QStringLiteral("42"));
        panel->saveProfile(QStringLiteral("night"));
        panel->clientEditor()->edit(Param::IdleTimeout, QStringLiteral("7"));
        QVERIFY(panel->loadProfile(QStringLiteral("night")));
        QCOMPARE(settings.value(Param::IdleTimeout), 42.0);
        QVERIFY(!panel->loadProfile(QStringLiteral("no such profile")));
    }

    // Every dock raised in turn, in each language, at 1024x700: no label,
    // button or value cut, and the window not pushed larger than that.
    void nothingIsClippedAt1024x700InAnyLanguage()
    {
        // A watched connection's detail is a right dock too, with six tabs.
        Settings otherSettings;
        EventLog otherLog(SteadyClock::instance());
        ChatServer other(&otherSettings, &otherLog);
        QVERIFY(other.listen(QHostAddress::LocalHost, 0));
        ConnectionStore store(ConnectionStore::defaultDirectory());
        SavedConnection watched;
        watched.name = QStringLiteral("clip-watch");
        watched.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(other.port()));
        QCOMPARE(store.save(watched), QString());
        const auto removeSaved = qScopeGuard([&store] { store.remove(QStringLiteral("clip-watch")); });
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("it")}) {
            QTranslator translator;
            if (language != QLatin1String("en")) {
                QVERIFY(translator.load(QStringLiteral("wspulse_") + language, QStringLiteral(WSPULSE_QM_DIR)));
                QVERIFY(QCoreApplication::installTranslator(&translator));
            }
            Settings settings;
            MainWindow window(QUrl(), &settings, QStringLiteral("ada"));
            window.restoreState(QByteArray()); // the default layout, not one a test saved
            window.resize(1024, 700);
            window.show();
            QTRY_COMPARE(window.supervisor()->state(), State::Open);
            QTRY_VERIFY(window.graphPanel()->graph()->sampleCount() >= 1);
            QCOMPARE(window.watchSavedConnection(QStringLiteral("clip-watch")), QString());
            window.showWatchedDetails(0);
            ConnectionDetail *detail = window.watchedDetails()->current();
            QVERIFY(detail);
            QTRY_COMPARE(window.watchedConnections()->session(0)->supervisor()->state(), State::Open);
            const QList<std::pair<const char *, int>> views{{"health", -1},
                                                            {"settings", -1},
                                                            {"link", -1},
                                                            {"watchedDetails", ConnectionDetail::ChatTab},
                                                            {"watchedDetails", ConnectionDetail::HealthTab},
                                                            {"watchedDetails", ConnectionDetail::GraphTab},
                                                            {"watchedDetails", ConnectionDetail::EventsTab},
                                                            {"watchedDetails", ConnectionDetail::SettingsTab},
                                                            {"watchedDetails", ConnectionDetail::LinkTab}};
            for (const auto &[name, tab] : views) {
                window.findChild<QDockWidget *>(QLatin1String(name))->raise();
                if (tab >= 0)
                    detail->tabs()->setCurrentIndex(tab);
                QCoreApplication::processEvents();
                window.healthPanel()->refresh();
                QTest::qWait(20); // layouts settle
                QVERIFY2(window.size() == QSize(1024, 700), [&] {
                    QString sizes;
                    for (QDockWidget *d : window.findChildren<QDockWidget *>())
                        sizes += QStringLiteral(" %1 min %2x%3;")
                                     .arg(d->objectName())
                                     .arg(d->minimumSizeHint().width())
                                     .arg(d->minimumSizeHint().height());
                    sizes += QStringLiteral(" central min %1 (bar %2, chat %3)")
                                 .arg(window.centralWidget()->minimumSizeHint().width())
                                 .arg(window.connectionBar()->minimumSizeHint().width())
                                 .arg(window.chatPane()->minimumSizeHint().width());
                    for (QWidget *c :
                         window.connectionBar()->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly))
                        sizes += QStringLiteral(" %1:%2")
                                     .arg(QLatin1String(c->metaObject()->className()))
                                     .arg(std::max(c->minimumSizeHint().width(), c->minimumWidth()));
                    return qPrintable(QStringLiteral("window %1x%2:").arg(window.width()).arg(window.height()) + sizes);
                }());
                const QString where =
                    language + QLatin1Char('/') + QLatin1String(name) + (tab >= 0 ? QString::number(tab) : QString());
                shoot(&window,
                      qPrintable(QStringLiteral("small-%1").arg(where).replace(QLatin1Char('/'), QLatin1Char('-'))));
                for (QWidget *w : window.findChildren<QWidget *>()) {
                    // Tabbed docks behind the raised one count as visible, but show nothing.
                    if (!w->isVisible() || w->window() != &window || w->visibleRegion().isEmpty())
                        continue;
                    const QString problem = clipped(w);
                    QVERIFY2(problem.isEmpty(), qPrintable(where + QLatin1String(": ") + problem));
                }
            }
            QCoreApplication::removeTranslator(&translator);
        }
    }

    void italianTranslationLoads()
    {
        QTranslator italian;
        QVERIFY(italian.load(QStringLiteral("wspulse_it"), QStringLiteral(WSPULSE_QM_DIR)));
        Settings settings;
        MainWindow window(QUrl(), &settings);
        auto *health = window.findChild<QDockWidget *>(QStringLiteral("health"));
        QCOMPARE(health->windowTitle(), QStringLiteral("Health"));
        QVERIFY(QCoreApplication::installTranslator(&italian));
        QTRY_COMPARE(health->windowTitle(), QStringLiteral("Diagnostica"));
        QCOMPARE(window.settingsPanel()->clientEditor()->field(Param::PingInterval)->accessibleName(),
                 QStringLiteral("Intervallo di ping"));
        shoot(&window, "italian");
        QCoreApplication::removeTranslator(&italian);
        QTRY_COMPARE(health->windowTitle(), QStringLiteral("Health"));
    }

    void untrustedCertificateCanBeTrustedFromTheDialog()
    {
        TlsEchoServer server;
        QVERIFY(server.start());
        Settings settings;
        const QUrl url(QStringLiteral("wss://127.0.0.1:%1/").arg(server.serverPort()));
        MainWindow window(url, &settings);
        window.show();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("trustCertificate"))));
        QVERIFY(box->informativeText().contains(
            QString::fromLatin1(server.certificate().digest(QCryptographicHash::Sha256).toHex(':'))));
        QCOMPARE(window.supervisor()->state(), State::Disconnected);
        shoot(box, "tls-dialog");
        box->findChild<QPushButton *>(QStringLiteral("trust"))->click();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        // Remembered for this host.
        QVERIFY(QSettings()
                    .value(QStringLiteral("tls/trusted/127.0.0.1"))
                    .toStringList()
                    .contains(QString::fromLatin1(server.certificate().digest(QCryptographicHash::Sha256).toHex())));
        QSettings().remove(QStringLiteral("tls"));
    }

    // Not a check: the README's screenshots of a live session, made when asked
    // (bash dev.sh screenshots).
    void screenshotsOfALiveSession()
    {
        const QString dir = qEnvironmentVariable("WSPULSE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set WSPULSE_SCREENSHOT_DIR to write the README's screenshots");
        Settings settings;
        settings.set(Param::PingInterval, QStringLiteral("0.1"), Source::Flag);
        settings.set(Param::PongTimeout, QStringLiteral("0.4"), Source::Flag);
        settings.set(Param::ConnectionTimeout, QStringLiteral("6"), Source::Flag);
        settings.set(Param::LatencyAlert, QStringLiteral("0.04"), Source::Flag);
        settings.set(Param::ReconnectDelay, QStringLiteral("0.3"), Source::Flag);
        MainWindow window(QUrl(), &settings, QStringLiteral("ada"));
        window.restoreState(QByteArray());
        window.resize(1280, 860);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        window.graphPanel()->graph()->setWindow(20);
        // Through the link simulator, so that the network can misbehave on cue.
        window.session()->setLinkEnabled(true);
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        for (const char *text : {"hello, is anyone there?", "testing the lifetime limit: 6 s",
                                 "{\"type\":\"probe\",\"ping_every_ms\":100}"}) {
            window.chat()->send(QLatin1String(text));
            QTest::qWait(500);
        }
        // A slow patch (the alert shades it), then a frozen link: the pong timeout, and the reconnect.
        LinkSimulator *link = window.session()->link();
        LinkConditions slow;
        slow.latencyMs = 45;
        link->setConditions(LinkDirection::Down, slow);
        QTest::qWait(1200);
        LinkConditions frozen;
        frozen.frozen = true;
        link->setConditions(LinkDirection::Down, frozen);
        QTest::qWait(900);
        link->setConditions(LinkDirection::Down, LinkConditions{});
        QTRY_COMPARE_WITH_TIMEOUT(window.supervisor()->state(), State::Open, 5000);
        window.settingsPanel()->clientEditor()->edit(Param::PingInterval, QStringLiteral("0.25"));
        window.chat()->send(QStringLiteral("pings every 250 ms now, same connection"));
        QTest::qWait(2500);
        window.healthPanel()->refresh();
        QVERIFY(window.grab().save(dir + QStringLiteral("/session.png")));
        window.graphPanel()->graph()->setWindow(8); // zoomed on the outage
        QVERIFY(
            window.findChild<QDockWidget *>(QStringLiteral("graph"))->grab().save(dir + QStringLiteral("/graph.png")));
        window.findChild<QDockWidget *>(QStringLiteral("settings"))->raise();
        QTest::qWait(50);
        QVERIFY(window.grab().save(dir + QStringLiteral("/settings.png")));
    }

    void linkPanelPutsLatencyOnTheLiveConnection()
    {
        Settings settings;
        settings.set(Param::PingInterval, QStringLiteral("0.05"), Source::Flag);
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        window.linkPanel()->enableBox()->setChecked(true); // reconnects through the proxy
        QTRY_COMPARE(window.session()->link()->connectionCount(), 1);
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        window.linkPanel()->latency(0)->setValue(40);
        window.linkPanel()->bandwidth(1)->setValue(20); // 20 KiB/s down
        QCOMPARE(window.session()->link()->conditions(LinkDirection::Up).latencyMs, 40);
        QCOMPARE(window.session()->link()->conditions(LinkDirection::Down).bandwidth, 20 * 1024);
        QSignalSpy pongs(window.supervisor(), &ConnectionSupervisor::pongReceived);
        QVERIFY(pongs.wait(5000));
        QVERIFY(pongs.wait(5000));
        QVERIFY2(pongs.last().at(1).toLongLong() >= 39000,
                 qPrintable(QString::number(pongs.last().at(1).toLongLong())));
        QCOMPARE(window.session()->link()->connectionCount(), 1); // applied live, no reconnect
        QTRY_VERIFY(logHas(window, QStringLiteral("setting"), QStringLiteral("link.latency_ms_up")));
        window.findChild<QDockWidget *>(QStringLiteral("link"))->raise();
        shoot(&window, "link");
    }

    void modelsPassTheTester()
    {
        ChatModel chat;
        chat.setCapacity(50);
        QAbstractItemModelTester chatTester(&chat, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 120; ++i) {
            chat.addChat(QStringLiteral("id%1").arg(i), QStringLiteral("a"), QStringLiteral("t%1").arg(i),
                         QDateTime::currentDateTimeUtc(), i % 2 == 0);
            if (i % 7 == 0)
                chat.flush();
        }
        chat.flush();
        QCOMPARE(chat.rowCount(), 50);
        chat.setDelivery(QStringLiteral("id118"), ChatClient::Delivery::Delivered, 500);
        QCOMPARE(chat.index(48).data(ChatModel::DeliveryRole).value<ChatClient::Delivery>(),
                 ChatClient::Delivery::Delivered);
        chat.setCapacity(10);
        QCOMPARE(chat.rowCount(), 10);
        // History replayed after a reconnect does not show a message twice.
        chat.addChat(QStringLiteral("id119"), QStringLiteral("a"), QStringLiteral("t119"),
                     QDateTime::currentDateTimeUtc(), false);
        chat.flush();
        QCOMPARE(chat.rowCount(), 10);

        ManualClock clock;
        EventLog log(&clock);
        log.setCapacity(30);
        EventLogModel events(&log);
        QAbstractItemModelTester eventTester(&events, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventFilterModel filter;
        filter.setSourceModel(&events);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 100; ++i) {
            log.add(i % 3 ? EventType::Ping : EventType::Warning, {{QStringLiteral("seq"), i}});
            if (i % 9 == 0)
                events.sync();
        }
        events.sync();
        QCOMPARE(events.rowCount(), 30);
        QCOMPARE(events.index(29, EventLogModel::DetailsColumn).data().toString(), QStringLiteral("{\"seq\":99}"));
        filter.setMinimumSeverity(Severity::Warning);
        QCOMPARE(filter.rowCount(), 10);
        filter.setMinimumSeverity(Severity::Info);
        filter.setTypeShown(EventType::Warning, false);
        QCOMPARE(filter.rowCount(), 20);
        log.clear();
        QCOMPARE(events.rowCount(), 0);
    }

    void floodStaysWithinTheBound()
    {
        ChatModel chat;
        chat.setCapacity(5000);
        for (int i = 0; i < 20000; ++i) {
            chat.addChat(QStringLiteral("f%1").arg(i), QStringLiteral("flood"), QStringLiteral("m%1").arg(i),
                         QDateTime::currentDateTimeUtc(), false);
            if (i % 1000 == 999)
                QCoreApplication::processEvents(); // batches are inserted once per event-loop pass
        }
        QTRY_COMPARE(chat.rowCount(), 5000);
        QCOMPARE(chat.index(4999).data(ChatModel::TextRole).toString(), QStringLiteral("m19999"));
        QCOMPARE(chat.index(0).data(ChatModel::TextRole).toString(), QStringLiteral("m15000"));
    }

    void eventsAreSearchedShownInFullAndExportedAsChosen()
    {
        Settings settings;
        settings.set(Param::PingInterval, QStringLiteral("0.05"), Source::Flag);
        MainWindow window(QUrl(), &settings);
        window.show();
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        EventLogPane *pane = window.eventLogPane();
        QTRY_VERIFY((pane->model()->sync(), pane->model()->rowCount() > 20));
        // Text search: only rows that say it.
        QTest::keyClicks(pane->searchField(), QStringLiteral("SUBPROTOCOL"));
        EventFilterModel *shown = pane->filter();
        QVERIFY(shown->rowCount() >= 1);
        QVERIFY(shown->rowCount() < pane->model()->rowCount());
        for (int r = 0; r < shown->rowCount(); ++r)
            QVERIFY(
                shown->index(r, EventLogModel::DetailsColumn).data().toString().contains(QLatin1String("subprotocol")));
        // The selected event in full, pretty-printed, and as a JSON line.
        pane->view()->setCurrentIndex(shown->index(0, 0));
        QVERIFY2(pane->details()->toPlainText().contains(QLatin1String("\n    \"state\": \"open\"")),
                 qPrintable(pane->details()->toPlainText()));
        QVERIFY(pane->selectedJsonLine().startsWith("{\"t_ms\":"));
        // Export: all, or only what is shown, as chosen.
        QTemporaryDir dir;
        QCOMPARE(pane->exportJsonLines(dir.filePath(QStringLiteral("all.jsonl")), EventLogPane::Rows::All), QString());
        QCOMPARE(pane->exportJsonLines(dir.filePath(QStringLiteral("shown.jsonl")), EventLogPane::Rows::Shown),
                 QString());
        QFile all(dir.filePath(QStringLiteral("all.jsonl"))), only(dir.filePath(QStringLiteral("shown.jsonl")));
        QVERIFY(all.open(QIODevice::ReadOnly) && only.open(QIODevice::ReadOnly));
        QCOMPARE(only.readAll().count('\n'), qsizetype(shown->rowCount()));
        QVERIFY(all.readAll().count('\n') > shown->rowCount());
        // The kinds menu stays open while a kind is toggled.
        bool stillOpen = false;
        bool toggled = false;
        QTimer::singleShot(200, this, [&] {
            QMenu *menu = pane->kindsButton()->menu();
            QAction *ping = menu->actions().at(int(EventType::Ping));
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(ping).center());
            stillOpen = menu->isVisible();
            toggled = !ping->isChecked();
            menu->close();
        });
        pane->kindsButton()->showMenu();
        QVERIFY(stillOpen);
        QVERIFY(toggled);
        QVERIFY(!shown->isTypeShown(EventType::Ping));
    }

    void exportWritesJsonLinesAndCsv()
    {
        Settings settings;
        MainWindow window(QUrl(), &settings);
        QTRY_COMPARE(window.supervisor()->state(), State::Open);
        window.eventLogPane()->model()->sync();
        QTemporaryDir dir;
        const QString jsonl = dir.filePath(QStringLiteral("e.jsonl"));
        const QString csv = dir.filePath(QStringLiteral("e.csv"));
        QCOMPARE(window.eventLogPane()->exportJsonLines(jsonl), QString());
        QCOMPARE(window.eventLogPane()->exportCsv(csv), QString());
        QFile j(jsonl), c(csv);
        QVERIFY(j.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = j.readAll().split('\n');
        QVERIFY(lines.first().startsWith("{\"t_ms\":"));
        QVERIFY(lines.first().contains("\"event\":\"config\""));
        QVERIFY(c.readLine().startsWith("t_ms,ts,event,fields"));
        QVERIFY(c.readLine().contains(",config,"));
        QVERIFY(!window.eventLogPane()->exportCsv(QStringLiteral("/nonexistent/dir/x.csv")).isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
