#include "settingspanel.h"

#include "settings.h"
#include "settingsimplications.h"
#include "settingseditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace wspulse;

namespace {
QString profileGroup(const QString &name)
{
    return QStringLiteral("profiles/") + name;
}
} // namespace

SettingsPanel::SettingsPanel(Settings *client, Settings *server, QWidget *parent)
    : QWidget(parent)
    , m_clientSettings(client)
    , m_tabs(new QTabWidget(this))
    , m_client(new SettingsEditor(client, this))
    , m_server(new SettingsEditor(server, this))
    , m_presetLabel(new QLabel(this))
    , m_presets(new QComboBox(this))
    , m_applyPreset(new QPushButton(this))
    , m_reset(new QPushButton(this))
    , m_profileLabel(new QLabel(this))
    , m_profiles(new QComboBox(this))
    , m_saveProfile(new QPushButton(this))
    , m_loadProfile(new QPushButton(this))
    , m_implications(new QLabel(this))
{
    const auto scrolled = [this](QWidget *w) {
        auto *area = new QScrollArea(this);
        area->setWidget(w);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        return area;
    };
    m_tabs->addTab(scrolled(m_client), QString());
    m_tabs->addTab(scrolled(m_server), QString());
    m_profiles->setEditable(true);
    m_profiles->setInsertPolicy(QComboBox::NoInsert);
    m_implications->setWordWrap(true);
    m_implications->setTextFormat(Qt::RichText);

    auto *controls = new QGridLayout;
    controls->addWidget(m_presetLabel, 0, 0);
    controls->addWidget(m_presets, 0, 1);
    controls->addWidget(m_applyPreset, 0, 2);
    controls->addWidget(m_reset, 0, 3);
    controls->addWidget(m_profileLabel, 1, 0);
    controls->addWidget(m_profiles, 1, 1);
    controls->addWidget(m_loadProfile, 1, 2);
    controls->addWidget(m_saveProfile, 1, 3);
    controls->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_implications);
    layout->addWidget(m_tabs, 1);

    // Presets and reset act on the tab in view: the connection or the server.
    const auto current = [this, client, server] { return m_tabs->currentIndex() == 0 ? client : server; };
    connect(m_applyPreset, &QPushButton::clicked, this, [this, current] {
        if (m_presets->currentData().toString() != QLatin1String(CustomPreset))
            current()->choosePreset(m_presets->currentData().toString());
    });
    connect(m_reset, &QPushButton::clicked, this, [current] {
        for (const ParamDef &def : parameterDefs())
            current()->choose(def.id, def.defaultValue, Source::Default);
    });
    // The preset box says which preset the values in view are, or "Custom".
    for (Settings *settings : {client, server}) {
        connect(settings, &Settings::changed, this, &SettingsPanel::showMatchingPreset);
        connect(settings, &Settings::sourceChanged, this, &SettingsPanel::showMatchingPreset);
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, &SettingsPanel::showMatchingPreset);
    m_settingsShown = current;
    connect(m_saveProfile, &QPushButton::clicked, this, [this] { saveProfile(m_profiles->currentText().trimmed()); });
    connect(m_loadProfile, &QPushButton::clicked, this, [this] { loadProfile(m_profiles->currentText().trimmed()); });
    connect(client, &Settings::changed, this, &SettingsPanel::updateImplications);
    reloadProfileNames();
    retranslateUi();
    showMatchingPreset();
}

void SettingsPanel::showMatchingPreset()
{
    const Settings *settings = m_settingsShown();
    QString match = QLatin1String(CustomPreset);
    for (const Preset &p : presets()) {
        const bool all = std::all_of(presetParams().begin(), presetParams().end(),
                                     [&](Param param) { return settings->value(param) == p.values[size_t(param)]; });
        if (all) {
            match = QLatin1String(p.name);
            break;
        }
    }
    m_presets->setCurrentIndex(m_presets->findData(match));
}

void SettingsPanel::saveProfile(const QString &name)
{
    if (name.isEmpty())
        return;
    QSettings store;
    store.remove(profileGroup(name));
    store.beginGroup(profileGroup(name));
    for (const ParamDef &def : parameterDefs())
        store.setValue(QLatin1String(def.key), def.valueText(m_clientSettings->value(def.id)));
    store.endGroup();
    reloadProfileNames();
    m_profiles->setCurrentText(name);
}

bool SettingsPanel::loadProfile(const QString &name)
{
    QSettings store;
    store.beginGroup(profileGroup(name));
    if (store.childKeys().isEmpty())
        return false;
    for (const ParamDef &def : parameterDefs()) {
        if (store.contains(QLatin1String(def.key)))
            m_clientSettings->set(def.id, store.value(QLatin1String(def.key)).toString(), Source::Runtime);
    }
    return true;
}

void SettingsPanel::reloadProfileNames()
{
    QSettings store;
    store.beginGroup(QStringLiteral("profiles"));
    const QString text = m_profiles->currentText();
    m_profiles->clear();
    m_profiles->addItems(store.childGroups());
    m_profiles->setCurrentText(text);
}

QString SettingsPanel::implications() const
{
    return m_implications->text();
}

void SettingsPanel::updateImplications()
{
    QStringList lines;
    for (const SettingsImplications::Sentence &line :
         implicationsOf(*m_clientSettings).sentences(QStringLiteral("<b>%1</b>"))) {
        lines << (line.warning
                      ? QStringLiteral("<span style='color:#b26a00'>%1</span>").arg(tr("Warning: %1").arg(line.text))
                      : line.text);
    }
    m_implications->setText(lines.join(QStringLiteral("<br>")));
}

void SettingsPanel::retranslateUi()
{
    m_tabs->setTabText(0, tr("This connection"));
    m_tabs->setTabText(1, tr("Embedded server"));
    m_tabs->setTabToolTip(1, tr("The embedded chat server's own timers, applied to each client it serves"));
    m_presetLabel->setText(tr("Preset"));
    m_presetLabel->setBuddy(m_presets);
    const QString selected = m_presets->currentData().toString();
    m_presets->clear();
    for (const Preset &p : presets())
        m_presets->addItem(QCoreApplication::translate("Parameters", p.label), QLatin1String(p.name));
    m_presets->addItem(tr("Custom"), QLatin1String(CustomPreset));
    if (!selected.isEmpty())
        m_presets->setCurrentIndex(m_presets->findData(selected));
    m_applyPreset->setText(tr("Apply"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Back to the built-in defaults"));
    m_profileLabel->setText(tr("Profile"));
    m_profileLabel->setBuddy(m_profiles);
    m_profiles->setAccessibleName(tr("Profile name"));
    m_loadProfile->setText(tr("Load"));
    m_saveProfile->setText(tr("Save"));
    updateImplications();
}

void SettingsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
