#include "chatbinding.h"

#include "appkeepalive.h"
#include "chatclient.h"
#include "chatmodel.h"
#include "chatpane.h"
#include "connectionsupervisor.h"
#include "graphpanel.h"
#include "messagerepeater.h"
#include "session.h"

#include <QDateTime>
#include <QTimer>

using namespace wspulse;

ChatBinding::ChatBinding(Session *session, ChatModel *model, ChatPane *pane, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_model(model)
    , m_pane(pane)
{
    ConnectionSupervisor *sup = session->supervisor();
    ChatClient *chat = session->chat();
    const auto now = [] { return QDateTime::currentDateTimeUtc(); };
    connect(sup, &ConnectionSupervisor::opened, this,
            [this, sup, now] { m_model->addNotice(tr("connected to %1").arg(sup->url().toDisplayString()), now()); });
    // The connection's story between the messages: each close with how it ended.
    connect(sup, &ConnectionSupervisor::closed, this, [this, now](const CloseInfo &info) {
        m_model->forgetPresence();
        if (info.ageMs)
            m_model->addNotice(tr("disconnected: %1").arg(GraphPanel::closeDetails(info)), now());
    });
    connect(chat, &ChatClient::usersChanged, m_model, &ChatModel::setPresence);
    connect(chat, &ChatClient::youChanged, m_model, &ChatModel::setOwnName);
    connect(chat, &ChatClient::outgoing, this, [this, chat, now](const QString &id, const QString &text) {
        m_model->addChat(id, chat->you(), text, now(), true);
    });
    // Messages an earlier run never saw acknowledged: shown as they were
    // sent then, with one notice saying where they come from.
    connect(chat, &ChatClient::restored, this,
            [this, chat, now](const QString &id, const QString &text, qint64 sentAt) {
                if (m_restored++ == 0)
                    QTimer::singleShot(0, this, [this, now] {
                        m_model->addNotice(tr("unsent in the last run, sent again: %1").arg(m_restored), now());
                        m_restored = 0;
                    });
                m_model->addChat(id, chat->displayName().isEmpty() ? chat->you() : chat->displayName(), text,
                                 QDateTime::fromMSecsSinceEpoch(sentAt, Qt::UTC), true);
            });
    connect(chat, &ChatClient::deliveryChanged, m_model, &ChatModel::setDelivery);
    connect(chat, &ChatClient::chatReceived, this, [this, chat, now](const chat::ChatMessage &m, bool) {
        const QDateTime time = m.serverTs ? QDateTime::fromMSecsSinceEpoch(m.serverTs, Qt::UTC) : now();
        m_model->addChat(m.id, m.from, m.text, time, m.from == chat->you());
    });
    connect(chat, &ChatClient::rawReceived, this,
            [this, now](const QString &text) { m_model->addRaw(readable(text), false, now()); });
    connect(sup, &ConnectionSupervisor::binaryReceived, this, [this, chat, now](const QByteArray &data) {
        AppKeepalive *app = m_session->appKeepalive();
        if (chat->mode() != ChatClient::Mode::Raw || app->ownsFrame(data))
            return;
        // An MQTT broker speaks in binary packets: shown by what they are;
        // anything else as a hex dump with its ASCII column.
        m_model->addBinary(data, false, now(),
                           app->activeProfile() == AppProfile::Mqtt ? mqtt::describePackets(data) : QString());
    });
    // Raw frames we send (typed, or repeated) appear in the chat as sent.
    connect(chat, &ChatClient::rawSent, this, [this, now](quint64, const QString &text, bool fromOutbox) {
        if (!fromOutbox)
            m_model->addRaw(readable(text), true, now());
    });

    // Shown by the chat's outgoing or rawSent signal once sent.
    connect(m_pane, &ChatPane::sendRequested, chat, [chat](const QString &text) { chat->send(text); });
    MessageRepeater *repeater = session->repeater();
    connect(m_pane, &ChatPane::repeatRequested, this, [this, repeater](double seconds, const QString &text) {
        const QString error = repeater->start(seconds, text);
        if (!error.isEmpty()) {
            Q_EMIT problem(error);
            m_pane->setRepeating(false);
        }
    });
    connect(m_pane, &ChatPane::repeatStopRequested, repeater, &MessageRepeater::stop);
    connect(m_pane, &ChatPane::repeatIntervalChanged, this, [this, repeater](double seconds) {
        if (const QString error = repeater->setInterval(seconds); !error.isEmpty())
            Q_EMIT problem(error);
    });
    connect(repeater, &MessageRepeater::activeChanged, m_pane, &ChatPane::setRepeating);
}

void ChatBinding::connectFailed(const QString &why, int attempt)
{
    if (attempt == 1) // the retries are counted on the close line, not repeated here
        m_model->addNotice(tr("cannot connect: %1").arg(why), QDateTime::currentDateTimeUtc());
}

QString ChatBinding::readable(const QString &frame) const
{
    if (m_session->appKeepalive()->activeProfile() == AppProfile::EngineIo)
        if (const QString packet = engineio::describePacket(frame); !packet.isEmpty())
            return packet;
    return frame;
}
