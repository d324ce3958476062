#pragma once

#include <QObject>

class ChatModel;
class ChatPane;

namespace wspulse {
struct CloseInfo;
class Session;
} // namespace wspulse

// Ties one session's chat to a chat view: what arrives and what is sent
// becomes rows (chat, raw frames, binary, notices of the connection's story),
// and what the pane asks for (send, repeat) goes to the session. The window
// has one for its own connection and one per watched connection.
class ChatBinding : public QObject
{
    Q_OBJECT
public:
    ChatBinding(wspulse::Session *session, ChatModel *model, ChatPane *pane, QObject *parent = nullptr);

    // The first failed attempt of a run is told in the chat, not every retry.
    void connectFailed(const QString &why, int attempt);

Q_SIGNALS:
    void problem(const QString &message); // for the status bar

private:
    // A raw text frame as the chat shows it: a Socket.IO packet as its event
    // name and arguments, anything else as it is.
    QString readable(const QString &frame) const;

    wspulse::Session *m_session;
    ChatModel *m_model;
    ChatPane *m_pane;
    int m_restored = 0; // restored messages not yet told in a notice
};
