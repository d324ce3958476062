#include "linkpanel.h"

#include "linksimulator.h"
#include "session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace wspulse;

LinkPanel::LinkPanel(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_enabled(new QCheckBox(this))
    , m_presets(new QComboBox(this))
    , m_applyPreset(new QPushButton(this))
    , m_drop(new QPushButton(this))
    , m_latencyHeader(new QLabel(this))
    , m_jitterHeader(new QLabel(this))
    , m_bandwidthHeader(new QLabel(this))
    , m_freezeHeader(new QLabel(this))
    , m_note(new QLabel(this))
{
    // One column per direction, one row per condition: narrow enough to sit
    // beside the chat at 1024 pixels in every language.
    auto *grid = new QGridLayout(this);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presets, 1);
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presets->setMinimumContentsLength(10);
    presetRow->addWidget(m_applyPreset);
    presetRow->addWidget(m_drop);
    grid->addWidget(m_enabled, 0, 0, 1, 3);
    grid->addLayout(presetRow, 1, 0, 1, 3);
    grid->addWidget(m_latencyHeader, 3, 0);
    grid->addWidget(m_jitterHeader, 4, 0);
    grid->addWidget(m_bandwidthHeader, 5, 0);
    grid->addWidget(m_freezeHeader, 6, 0);
    for (int d = 0; d < 2; ++d) {
        Row &r = m_rows[d];
        r.name = new QLabel(this);
        r.latency = new QSpinBox(this);
        r.jitter = new QSpinBox(this);
        r.bandwidth = new QSpinBox(this);
        r.frozen = new QCheckBox(this);
        r.latency->setRange(0, 600000);
        r.jitter->setRange(0, 600000);
        r.bandwidth->setRange(0, 10 * 1024 * 1024);
        r.latency->setSuffix(QStringLiteral(" ms"));
        r.jitter->setSuffix(QStringLiteral(" ms"));
        r.bandwidth->setSuffix(QStringLiteral(" KiB/s"));
        grid->addWidget(r.name, 2, 1 + d);
        grid->addWidget(r.latency, 3, 1 + d);
        grid->addWidget(r.jitter, 4, 1 + d);
        grid->addWidget(r.bandwidth, 5, 1 + d);
        grid->addWidget(r.frozen, 6, 1 + d);
        for (QSpinBox *box : {r.latency, r.jitter, r.bandwidth})
            connect(box, &QSpinBox::valueChanged, this, [this, d] { apply(d); });
        connect(r.frozen, &QCheckBox::toggled, this, [this, d] { apply(d); });
    }
    m_note->setWordWrap(true);
    grid->addWidget(m_note, 7, 0, 1, 3);
    grid->setRowStretch(8, 1);

    connect(m_enabled, &QCheckBox::toggled, session, &Session::setLinkEnabled);
    connect(session, &Session::linkEnabledChanged, m_enabled, &QCheckBox::setChecked);
    connect(m_drop, &QPushButton::clicked, this, [this] { m_session->link()->drop(); });
    connect(m_applyPreset, &QPushButton::clicked, this, [this] {
        m_session->link()->applyPreset(m_presets->currentData().toString());
        m_session->setLinkEnabled(true);
    });
    connect(session->link(), &LinkSimulator::conditionsChanged, this, &LinkPanel::showConditions);
    showConditions();
    retranslateUi();
}

void LinkPanel::apply(int direction)
{
    if (m_updating)
        return;
    const Row &r = m_rows[direction];
    LinkConditions c;
    c.latencyMs = r.latency->value();
    c.jitterMs = r.jitter->value();
    c.bandwidth = qint64(r.bandwidth->value()) * 1024;
    c.frozen = r.frozen->isChecked();
    m_session->link()->setConditions(direction == 0 ? LinkDirection::Up : LinkDirection::Down, c);
}

void LinkPanel::showConditions()
{
    m_updating = true;
    for (int d = 0; d < 2; ++d) {
        const LinkConditions c = m_session->link()->conditions(d == 0 ? LinkDirection::Up : LinkDirection::Down);
        m_rows[d].latency->setValue(c.latencyMs);
        m_rows[d].jitter->setValue(c.jitterMs);
        m_rows[d].bandwidth->setValue(int(c.bandwidth / 1024));
        m_rows[d].frozen->setChecked(c.frozen);
    }
    m_updating = false;
}

void LinkPanel::retranslateUi()
{
    m_enabled->setText(tr("Route through the link simulator"));
    m_enabled->setToolTip(tr("A local SOCKS5 proxy: the URL, TLS name and certificate checks stay the server's. "
                             "Switching it on or off reconnects; the conditions below apply live."));
    const QString selected = m_presets->currentData().toString();
    m_presets->clear();
    for (const LinkPreset &p : linkPresets())
        m_presets->addItem(QCoreApplication::translate("Link", p.label), QLatin1String(p.name));
    if (!selected.isEmpty())
        m_presets->setCurrentIndex(m_presets->findData(selected));
    m_presets->setAccessibleName(tr("Link preset"));
    m_applyPreset->setText(tr("Apply preset"));
    m_drop->setText(tr("Drop"));
    m_drop->setToolTip(tr("Cut every connection through the link, both sides at once"));
    m_latencyHeader->setText(tr("Latency"));
    m_jitterHeader->setText(tr("Jitter \u00b1"));
    m_bandwidthHeader->setText(tr("Bandwidth"));
    m_bandwidthHeader->setToolTip(tr("0: no limit"));
    m_freezeHeader->setText(tr("Freeze"));
    m_rows[0].name->setText(tr("Up \u2191"));
    m_rows[0].name->setToolTip(tr("Up (to the server)"));
    m_rows[1].name->setText(tr("Down \u2193"));
    m_rows[1].name->setToolTip(tr("Down (from the server)"));
    for (int d = 0; d < 2; ++d) {
        const QString direction = m_rows[d].name->toolTip();
        m_rows[d].latency->setAccessibleName(tr("%1 latency").arg(direction));
        m_rows[d].jitter->setAccessibleName(tr("%1 jitter").arg(direction));
        m_rows[d].bandwidth->setAccessibleName(tr("%1 bandwidth").arg(direction));
        m_rows[d].frozen->setAccessibleName(tr("%1 frozen").arg(direction));
        m_rows[d].frozen->setText(tr("frozen"));
        m_rows[d].frozen->setToolTip(tr("Hold every byte, keep TCP up: a half-open path"));
    }
    m_note->setText(tr("Memory held is bounded (%1 KiB per connection): a fast sender facing a frozen or narrow "
                       "link is slowed by TCP backpressure.")
                        .arg(LinkSimulator::BoundPerConnection / 1024));
}

void LinkPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
