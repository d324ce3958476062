#pragma once

#include <QPlainTextEdit>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QMenu;
class QListView;
class QPushButton;
QT_END_NAMESPACE

class ChatModel;

// The message composer: Enter sends, Shift+Enter starts a new line.
class MessageEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;
    QSize sizeHint() const override;

Q_SIGNALS:
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

// The chat: a list view over ChatModel (no widget per message) that follows
// new messages while scrolled to the bottom, and the composer.
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPane(ChatModel *model, QWidget *parent = nullptr);

    MessageEdit *composer() const { return m_edit; }
    QListView *view() const { return m_view; }
    // The context menu for the row at `pos` (viewport coordinates): copy,
    // copy as JSON lines, resend, expand, milliseconds. The caller owns it.
    QMenu *contextMenu(const QPoint &pos);

    // Keeps the "repeat every" box in step with the repeater.
    void setRepeating(bool repeating);
    QCheckBox *repeatBox() const { return m_repeat; }
    QDoubleSpinBox *repeatSeconds() const { return m_repeatSeconds; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    // Send `text` now and every `seconds` (the composer's text when ticked).
    void repeatRequested(double seconds, const QString &text);
    void repeatStopRequested();
    void repeatIntervalChanged(double seconds);
    // The context menu's "Show milliseconds" (the window keeps the choice).
    void millisecondsToggled(bool on);

protected:
    void changeEvent(QEvent *event) override;

private:
    void send();
    void showContextMenu(const QPoint &pos);
    QList<int> selectedRows() const;
    void retranslateUi();

    ChatModel *m_model;
    QListView *m_view;
    QLabel *m_bound;
    MessageEdit *m_edit;
    QPushButton *m_send;
    QCheckBox *m_repeat;
    QDoubleSpinBox *m_repeatSeconds;
    QString m_repeatText; // what is being repeated
};
