#include "eventlogpane.h"

#include "eventlog.h"
#include "eventlogmodel.h"

#include <QComboBox>
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

    auto *menu = new QMenu(m_kinds);
    for (int i = 0; i < EventTypeCount; ++i) {
        QAction *a = menu->addAction(eventTypeName(EventType(i)));
        a->setCheckable(true);
        a->setChecked(true);
        connect(a, &QAction::toggled, this, [this, i](bool on) { m_filter->setTypeShown(EventType(i), on); });
    }
    m_kinds->setMenu(menu);
    m_kinds->setPopupMode(QToolButton::InstantPopup);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kinds);
    bar->addWidget(m_severity);
    bar->addStretch(1);
    bar->addWidget(m_export);
    bar->addWidget(m_clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_filter->setMinimumSeverity(Severity(std::max(0, i))); });
    connect(m_clear, &QPushButton::clicked, log, &EventLog::clear);
    connect(m_export, &QPushButton::clicked, this, &EventLogPane::exportAs);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_view->isVisible())
            m_view->scrollToBottom();
    });
    retranslateUi();
}

QString EventLogPane::exportJsonLines(const QString &path) const
{
    QByteArray out;
    for (int row = 0; row < m_filter->rowCount(); ++row)
        out += m_filter->index(row, 0).data(EventLogModel::JsonRole).toByteArray();
    return writeFile(path, out);
}

QString EventLogPane::exportCsv(const QString &path) const
{
    QByteArray out = "t_ms,ts,event,fields\r\n";
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const std::optional<Event> e =
            Event::fromJson(m_filter->index(row, 0).data(EventLogModel::JsonRole).toByteArray());
        if (!e)
            continue;
        out += QByteArray::number(e->tMs) + ',' + e->ts.toString(Qt::ISODateWithMs).toUtf8() + ','
            + eventTypeName(e->type).toUtf8() + ','
            + csvField(QString::fromUtf8(QJsonDocument(e->fields).toJson(QJsonDocument::Compact))) + "\r\n";
    }
    return writeFile(path, out);
}

void EventLogPane::exportAs()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export events"), QStringLiteral("wspulse-events.jsonl"),
                                                      tr("JSON lines (*.jsonl);;CSV (*.csv)"), &filter);
    if (path.isEmpty())
        return;
    const QString error =
        path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? exportCsv(path) : exportJsonLines(path);
    if (!error.isEmpty())
        m_log->add(EventType::Error, {{QLatin1String("text"), error}});
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
    m_export->setText(tr("Export\u2026"));
    m_clear->setText(tr("Clear"));
    m_view->setAccessibleName(tr("Event log"));
}

void EventLogPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
