#include "eventlogpane.h"

#include "eventlog.h"
#include "eventlogmodel.h"

#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace wspulse;

namespace {
QByteArray csvField(const QString &s)
{
    QString quoted = s;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return '"' + quoted.toUtf8() + '"';
}

// A menu of check boxes that stays open while they are toggled: choosing
// five kinds should not take five trips to the button.
class StayOpenMenu : public QMenu
{
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QAction *action = activeAction();
        if (action && action->isEnabled() && action->isCheckable()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
};

QString writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return EventLogPane::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}
} // namespace

EventLogPane::EventLogPane(EventLog *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_model(new EventLogModel(log, this))
    , m_filter(new EventFilterModel(this))
    , m_view(new QTableView(this))
    , m_kinds(new QToolButton(this))
    , m_severity(new QComboBox(this))
    , m_targets(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_details(new QPlainTextEdit(this))
    , m_export(new QPushButton(this))
    , m_clear(new QPushButton(this))
{
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);

    auto *menu = new StayOpenMenu(m_kinds);
    for (int i = 0; i < EventTypeCount; ++i) {
        QAction *a = menu->addAction(eventTypeName(EventType(i)));
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this,
                [this, i](bool on) { keepingPosition([this, i, on] { m_filter->setTypeShown(EventType(i), on); }); });
    }
    m_kinds->setMenu(menu);
    m_kinds->setPopupMode(QToolButton::InstantPopup);

    m_search->setClearButtonEnabled(true);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    // Export says which rows: all of them, or what the filter shows.
    auto *exportMenu = new QMenu(m_export);
    m_exportAll = exportMenu->addAction(QString(), this, [this] { exportAs(Rows::All); });
    m_exportShown = exportMenu->addAction(QString(), this, [this] { exportAs(Rows::Shown); });
    connect(exportMenu, &QMenu::aboutToShow, this, [this] {
        m_exportAll->setText(tr("All events (%1)\u2026").arg(m_model->rowCount()));
        m_exportShown->setText(tr("Shown events only (%1)\u2026").arg(m_filter->rowCount()));
    });
    m_export->setMenu(exportMenu);

    m_copyLine = new QAction(this);
    m_copyLine->setShortcut(QKeySequence::Copy);
    m_copyLine->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyLine, &QAction::triggered, this,
            [this] { QGuiApplication::clipboard()->setText(QString::fromUtf8(selectedJsonLine()).trimmed()); });
    m_view->addAction(m_copyLine);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kinds);
    filters->addWidget(m_severity);
    filters->addWidget(m_targets);
    m_targets->hide();
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_search, 1);
    actions->addWidget(m_export);
    actions->addWidget(m_clear);
    m_bar = new QBoxLayout(QBoxLayout::LeftToRight);
    m_bar->addLayout(filters);
    m_bar->addLayout(actions, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    // Out of the way until an event is chosen: the dock keeps its size, the
    // table gives the room.
    m_details->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_bar);
    layout->addWidget(split, 1);

    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this](int i) { keepingPosition([this, i] { m_filter->setMinimumSeverity(Severity(std::max(0, i))); }); });
    connect(m_targets, &QComboBox::currentIndexChanged, this, [this](int i) {
        const QString target = i > 0 ? m_targets->itemData(i).toString() : QString();
        if (target != m_filter->target())
            keepingPosition([this, target] { m_filter->setTarget(target); });
    });
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { keepingPosition([this, text] { m_filter->setSearchText(text); }); });
    connect(m_clear, &QPushButton::clicked, log, &EventLog::clear);
    // New events scroll into view only when the view was following the end:
    // someone reading further up keeps their place.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeInserted, this, [this] {
        // A hidden view keeps following: its range grows while it cannot scroll.
        const QScrollBar *bar = m_view->verticalScrollBar();
        m_following = !m_view->isVisible() || bar->value() >= bar->maximum();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->isVisible() && m_following)
            m_view->scrollToBottom();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventLogPane::showSelected);
    retranslateUi();
}

void EventLogPane::setCompact(bool compact)
{
    m_bar->setDirection(compact ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
}

void EventLogPane::setTargets(const QStringList &targets)
{
    const QString current = m_filter->target();
    const QSignalBlocker quiet(m_targets);
    m_targets->clear();
    m_targets->addItem(tr("All connections"));
    for (const QString &t : targets)
        m_targets->addItem(t, t);
    const int kept = m_targets->findData(current);
    m_targets->setCurrentIndex(std::max(0, kept));
    if (kept < 0 && !current.isEmpty())
        keepingPosition([this] { m_filter->setTarget(QString()); }); // that connection is gone
    m_targets->setVisible(!targets.isEmpty());
}

QList<QByteArray> EventLogPane::jsonLines(Rows rows) const
{
    const QAbstractItemModel *from = rows == Rows::All ? static_cast<const QAbstractItemModel *>(m_model)
                                                       : static_cast<const QAbstractItemModel *>(m_filter);
    QList<QByteArray> out;
    for (int row = 0; row < from->rowCount(); ++row)
        out << from->index(row, 0).data(EventLogModel::JsonRole).toByteArray();
    return out;
}

QString EventLogPane::exportJsonLines(const QString &path, Rows rows) const
{
    return writeFile(path, jsonLines(rows).join());
}

QString EventLogPane::exportCsv(const QString &path, Rows rows) const
{
    QByteArray out = "t_ms,ts,event,fields\r\n";
    for (const QByteArray &line : jsonLines(rows)) {
        const std::optional<Event> e = Event::fromJson(line);
        if (!e)
            continue;
        out += QByteArray::number(e->tMs) + ',' + e->ts.toString(Qt::ISODateWithMs).toUtf8() + ','
            + eventTypeName(e->type).toUtf8() + ','
            + csvField(QString::fromUtf8(QJsonDocument(e->fields).toJson(QJsonDocument::Compact))) + "\r\n";
    }
    return writeFile(path, out);
}

void EventLogPane::exportAs(Rows rows)
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export events"), QStringLiteral("wspulse-events.jsonl"),
                                                      tr("JSON lines (*.jsonl);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const QString error =
        path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? exportCsv(path, rows) : exportJsonLines(path, rows);
    if (!error.isEmpty())
        m_log->add(EventType::Error, {{QLatin1String("text"), error}});
}

QByteArray EventLogPane::selectedJsonLine() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(EventLogModel::JsonRole).toByteArray() : QByteArray();
}

void EventLogPane::showSelected()
{
    // The whole event, pretty-printed: what a one-line tooltip could not show.
    const QJsonDocument doc = QJsonDocument::fromJson(selectedJsonLine());
    m_details->setPlainText(doc.isObject() ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented)) : QString());
    m_details->setVisible(doc.isObject());
}

void EventLogPane::keepingPosition(const std::function<void()> &change)
{
    // The event selected, else the one at the top, stays in view.
    QModelIndex anchor = m_view->currentIndex();
    if (!anchor.isValid())
        anchor = m_view->indexAt(QPoint(0, 0));
    const QModelIndex source = m_filter->mapToSource(anchor);
    // Following the end only without a selection and with somewhere to scroll.
    const QScrollBar *bar = m_view->verticalScrollBar();
    const bool following = !m_view->currentIndex().isValid() && bar->maximum() > 0 && bar->value() >= bar->maximum();
    change();
    if (following) {
        m_view->scrollToBottom();
        return;
    }
    if (!source.isValid())
        return;
    // The same event if it still passes, else the nearest one after it.
    for (int row = source.row(); row < m_model->rowCount(); ++row) {
        const QModelIndex shown = m_filter->mapFromSource(m_model->index(row, 0));
        if (shown.isValid()) {
            m_view->scrollTo(shown, QAbstractItemView::PositionAtTop);
            return;
        }
    }
}

void EventLogPane::retranslateUi()
{
    m_kinds->setText(tr("Kinds"));
    m_kinds->setToolTip(tr("Show or hide kinds of events"));
    const int severity = std::max(0, m_severity->currentIndex());
    m_severity->clear();
    m_severity->addItems({tr("All events"), tr("Warnings and errors"), tr("Errors only")});
    m_severity->setCurrentIndex(severity);
    m_severity->setAccessibleName(tr("Minimum severity"));
    if (m_targets->count() > 0)
        m_targets->setItemText(0, tr("All connections"));
    m_targets->setAccessibleName(tr("Connection"));
    m_export->setText(tr("Export"));
    m_search->setPlaceholderText(tr("Search events"));
    m_search->setAccessibleName(tr("Search events"));
    m_details->setAccessibleName(tr("Selected event"));
    m_details->setPlaceholderText(tr("Select an event to see all of it here"));
    m_copyLine->setText(tr("Copy as JSON line"));
    m_clear->setText(tr("Clear"));
    m_view->setAccessibleName(tr("Event log"));
}

void EventLogPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
