#include "chatpane.h"

#include "durationtext.h"

#include "chatclient.h"
#include "chatmodel.h"

#include <QEvent>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QKeyEvent>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QMenu>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using wspulse::ChatClient;

namespace {
// Draws the delivery state of own messages as text after the message, so it
// never relies on colour alone.
class ChatDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        // Lines about the connection and the people read as asides.
        if (index.data(ChatModel::NoticeRole).toBool()) {
            option->font.setItalic(true);
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
            return;
        }
        if (index.data(ChatModel::MonospaceRole).toBool())
            option->font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        // Your own messages stand apart from everyone else's (a tint of the
        // selection colour, so it suits light and dark palettes alike).
        if (index.data(ChatModel::OwnRole).toBool()) {
            QColor tint = option->palette.color(QPalette::Highlight);
            tint.setAlpha(40);
            option->backgroundBrush = tint;
        }
        const QVariant delivery = index.data(ChatModel::DeliveryRole);
        if (!delivery.isValid())
            return;
        QString mark;
        switch (delivery.value<ChatClient::Delivery>()) {
        case ChatClient::Delivery::Queued:
            mark = ChatPane::tr("queued");
            break;
        case ChatClient::Delivery::Sent:
            mark = ChatPane::tr("sent");
            break;
        case ChatClient::Delivery::Delivered:
            mark = ChatPane::tr("delivered in %1").arg(durationText(index.data(ChatModel::RttRole).toLongLong()));
            break;
        case ChatClient::Delivery::Failed:
            mark = ChatPane::tr("FAILED");
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
            break;
        }
        option->text += QStringLiteral("   [%1]").arg(mark);
    }
};
} // namespace

QSize MessageEdit::sizeHint() const
{
    const QFontMetrics fm(font());
    return {QPlainTextEdit::sizeHint().width(), fm.lineSpacing() * 3 + 12};
}

void MessageEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & Qt::ShiftModifier)) {
        Q_EMIT sendRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

ChatPane::ChatPane(ChatModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_view(new QListView(this))
    , m_bound(new QLabel(this))
    , m_edit(new MessageEdit(this))
    , m_send(new QPushButton(this))
    , m_repeat(new QCheckBox(this))
    , m_repeatSeconds(new QDoubleSpinBox(this))
{
    m_view->setModel(model);
    m_view->setItemDelegate(new ChatDelegate(m_view));
    m_view->setUniformItemSizes(false);
    // Lay rows out in batches between events: a flood must not freeze the window.
    m_view->setLayoutMode(QListView::Batched);
    m_view->setBatchSize(200);
    m_view->setWordWrap(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChatPane::showContextMenu);
    // Double-click or Enter opens JSON and binary rows to their long form.
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &i) { m_model->toggleExpanded(i.row()); });
    m_edit->setTabChangesFocus(true);
    auto *composer = new QHBoxLayout;
    composer->addWidget(m_edit, 1);
    composer->addWidget(m_send, 0, Qt::AlignBottom);
    // Under the composer, so the message field keeps its width.
    m_repeatSeconds->setRange(0.01, 7 * 24 * 3600);
    m_repeatSeconds->setDecimals(2);
    m_repeatSeconds->setValue(5);
    m_repeatSeconds->setLocale(QLocale::c());
    auto *repeat = new QHBoxLayout;
    repeat->addWidget(m_repeat);
    repeat->addWidget(m_repeatSeconds);
    repeat->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_bound);
    layout->addLayout(composer);
    layout->addLayout(repeat);
    connect(m_repeat, &QCheckBox::toggled, this, [this](bool on) {
        if (!on) {
            Q_EMIT repeatStopRequested();
            return;
        }
        m_repeatText = m_edit->toPlainText();
        Q_EMIT repeatRequested(m_repeatSeconds->value(), m_repeatText);
    });
    // A new interval applies at once to what is being repeated.
    connect(m_repeatSeconds, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        if (m_repeat->isChecked())
            Q_EMIT repeatIntervalChanged(seconds);
    });

    connect(m_edit, &MessageEdit::sendRequested, this, &ChatPane::send);
    connect(m_send, &QPushButton::clicked, this, &ChatPane::send);
    // Follow new messages only when the reader is already at the bottom.
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        m_view->setProperty("followTail", bar->value() >= bar->maximum() - 2);
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->property("followTail").toBool())
            m_view->scrollToBottom();
    });
    retranslateUi();
}

void ChatPane::send()
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    Q_EMIT sendRequested(text);
    m_edit->clear();
}

QList<int> ChatPane::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedIndexes())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ChatPane::showContextMenu(const QPoint &pos)
{
    const std::unique_ptr<QMenu> menu(contextMenu(pos));
    menu->exec(m_view->viewport()->mapToGlobal(pos));
}

QMenu *ChatPane::contextMenu(const QPoint &pos)
{
    const QModelIndex atIndex = m_view->indexAt(pos);
    if (atIndex.isValid() && !m_view->selectionModel()->isSelected(atIndex))
        m_view->setCurrentIndex(atIndex);
    // Persistent: while the menu is open a flood can push the oldest rows
    // out, and a row number would then name another message.
    QList<QPersistentModelIndex> rows;
    for (int r : selectedRows())
        rows << QPersistentModelIndex(m_model->index(r));
    const QPersistentModelIndex at(atIndex);
    const auto sendable = [](const QModelIndex &i) {
        return i.isValid() && !i.data(ChatModel::NoticeRole).toBool() && !i.data(ChatModel::MonospaceRole).toBool();
    };
    auto *menu = new QMenu(this);
    QAction *copy = menu->addAction(tr("&Copy"), this, [rows] {
        QStringList lines;
        for (const QPersistentModelIndex &i : rows)
            if (i.isValid())
                lines << i.data().toString();
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    QAction *copyJson = menu->addAction(tr("Copy as &JSON lines"), this, [this, rows] {
        QStringList lines;
        for (const QPersistentModelIndex &i : rows)
            if (i.isValid())
                lines << QString::fromUtf8(QJsonDocument(m_model->rowAsJson(i.row())).toJson(QJsonDocument::Compact));
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    // Resend: the same text as a new message (chat, or raw text frame).
    QAction *resend = menu->addAction(tr("&Resend"), this, [this, rows, sendable] {
        for (const QPersistentModelIndex &i : rows)
            if (sendable(i))
                Q_EMIT sendRequested(i.data(ChatModel::TextRole).toString());
    });
    const bool expandable = at.isValid() && at.data(ChatModel::ExpandableRole).toBool();
    QAction *expand =
        menu->addAction(at.data(ChatModel::ExpandedRole).toBool() ? tr("Co&llapse") : tr("E&xpand"), this, [this, at] {
            if (at.isValid())
                m_model->toggleExpanded(at.row());
        });
    menu->addSeparator();
    QAction *millis = menu->addAction(tr("Show &milliseconds"));
    millis->setCheckable(true);
    millis->setChecked(m_model->showMilliseconds());
    connect(millis, &QAction::toggled, this, &ChatPane::millisecondsToggled);
    copy->setEnabled(!rows.isEmpty());
    copyJson->setEnabled(!rows.isEmpty());
    resend->setEnabled(std::any_of(rows.begin(), rows.end(), sendable));
    expand->setEnabled(expandable);
    return menu;
}

void ChatPane::setRepeating(bool repeating)
{
    const QSignalBlocker blocker(m_repeat);
    m_repeat->setChecked(repeating);
}

void ChatPane::retranslateUi()
{
    m_repeat->setText(tr("Repeat every"));
    m_repeat->setToolTip(tr("Send the message in the composer now and again at this interval, each a normal "
                            "message with its delivery or reply time, until unticked"));
    m_repeatSeconds->setSuffix(tr(" s"));
    m_repeatSeconds->setAccessibleName(tr("Repeat interval in seconds"));
    m_send->setText(tr("Send"));
    m_send->setToolTip(tr("Send (Enter); Shift+Enter adds a line"));
    m_edit->setPlaceholderText(tr("Type a message: Enter sends, Shift+Enter adds a line"));
    m_edit->setAccessibleName(tr("Message"));
    m_view->setAccessibleName(tr("Chat messages"));
    m_bound->setText(tr("Keeps the last %1 messages").arg(m_model->capacity()));
}

void ChatPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
