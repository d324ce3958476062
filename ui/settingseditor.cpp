#include "settingseditor.h"

#include "settings.h"

#include <QEvent>

#include <algorithm>
#include <vector>
#include <QGridLayout>
#include <QLabel>
#include <QComboBox>
#include <QLineEdit>

using namespace wspulse;

namespace {
QString sourceText(Source s)
{
    switch (s) {
    case Source::Default:
        return SettingsEditor::tr("default");
    case Source::Preset:
        return SettingsEditor::tr("preset");
    case Source::Profile:
        return SettingsEditor::tr("profile");
    case Source::Environment:
        return SettingsEditor::tr("environment");
    case Source::Flag:
        return SettingsEditor::tr("flag");
    case Source::Runtime:
        return SettingsEditor::tr("edited");
    }
    return {};
}
} // namespace

SettingsEditor::SettingsEditor(Settings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    int line = 0;
    for (const ParamDef &def : parameterDefs()) {
        Row &row = m_rows[size_t(def.id)];
        row.label = new QLabel(this);
        // Long labels (German, Italian) take two lines rather than pushing
        // the fields out of a dock beside the chat.
        row.label->setWordWrap(true);
        QWidget *input = nullptr;
        const Param p = def.id;
        if (def.unit == Unit::Choice) {
            row.choice = new QComboBox(this);
            row.choice->addItems(def.choiceNames()); // protocol names: not translated
            connect(row.choice, &QComboBox::activated, this,
                    [this, p](int index) { edit(p, paramDef(p).choiceNames().value(index)); });
            input = row.choice;
        } else {
            row.field = new QLineEdit(this);
            row.field->setMinimumWidth(row.field->fontMetrics().horizontalAdvance(QStringLiteral("0000000000")));
            connect(row.field, &QLineEdit::editingFinished, this, [this, p] { edit(p, field(p)->text()); });
            input = row.field;
        }
        row.source = new QLabel(this);
        row.message = new QLabel(this);
        row.message->setWordWrap(true);
        row.message->setVisible(false);
        row.label->setBuddy(input);
        grid->addWidget(row.label, line, 0);
        grid->addWidget(input, line, 1);
        grid->addWidget(row.source, line, 2);
        grid->addWidget(row.message, line + 1, 1, 1, 2);
        line += 2;
    }
    grid->setRowStretch(line, 1);
    // A value set elsewhere (Reset, a preset, a profile) replaces one waiting for confirmation.
    const auto setElsewhere = [this](Param p) {
        m_rows[size_t(p)].pendingText.clear();
        m_rows[size_t(p)].notice.clear();
        refresh();
    };
    connect(settings, &Settings::changed, this, [setElsewhere](Param p) { setElsewhere(p); });
    connect(settings, &Settings::sourceChanged, this, [setElsewhere](Param p) { setElsewhere(p); });
    retranslateUi();
}

QString SettingsEditor::edit(Param p, const QString &text)
{
    Row &row = m_rows[size_t(p)];
    const ParamDef &def = paramDef(p);
    if (text.trimmed() == def.valueText(m_settings->value(p)) && row.error.isEmpty()) {
        row.notice.clear();
        row.pendingText.clear();
        refresh();
        return {};
    }
    // A value that acts at once on the live connection is said first, and
    // applied when the same value is confirmed again.
    double value = 0;
    if (m_immediateEffect && Settings::validate(p, text, def.translatedLabel(), &value).isEmpty()
        && text.trimmed() != row.pendingText) {
        const QString effect = m_immediateEffect(p, value);
        if (!effect.isEmpty()) {
            row.error.clear();
            row.notice = tr("%1 Press Enter again to apply.").arg(effect);
            row.pendingText = text.trimmed();
            refresh();
            return {};
        }
    }
    row.notice.clear();
    row.pendingText.clear();
    row.error = m_settings->set(p, text, Source::Runtime, def.translatedLabel());
    refresh(); // shows the old value again on error, and the message
    return row.error;
}

QString SettingsEditor::sourceFor(Param p) const
{
    return m_rows[size_t(p)].source->text();
}

QString SettingsEditor::messageFor(Param p) const
{
    return m_rows[size_t(p)].message->text();
}

QString SettingsEditor::inFieldWords(QString text) const
{
    // Longest names first: WS_APP_PING_INTERVAL before WS_PING_INTERVAL.
    std::vector<const ParamDef *> defs;
    for (const ParamDef &def : parameterDefs())
        defs.push_back(&def);
    std::sort(defs.begin(), defs.end(),
              [](const ParamDef *a, const ParamDef *b) { return qstrlen(a->env) > qstrlen(b->env); });
    for (const ParamDef *def : defs)
        text.replace(def->name(), QStringLiteral("\u201c%1\u201d").arg(def->translatedLabel()));
    return text;
}

void SettingsEditor::refresh()
{
    QList<SettingsWarning> warnings = m_settings->warnings();
    for (const ParamDef &def : parameterDefs()) {
        Row &row = m_rows[size_t(def.id)];
        if (row.choice)
            row.choice->setCurrentIndex(int(m_settings->value(def.id)));
        else if ((!row.field->hasFocus() || !row.error.isEmpty()) && row.pendingText.isEmpty())
            row.field->setText(def.valueText(m_settings->value(def.id)));
        row.source->setText(sourceText(m_settings->source(def.id)));
        QStringList lines;
        if (!row.error.isEmpty())
            lines << row.error;
        if (!row.notice.isEmpty())
            lines << row.notice;
        for (const SettingsWarning &w : std::as_const(warnings)) {
            if (w.param == def.id)
                lines << inFieldWords(w.text);
        }
        row.message->setText(lines.join(QLatin1Char('\n')));
        row.message->setVisible(!lines.isEmpty());
        row.message->setStyleSheet(row.error.isEmpty() ? QStringLiteral("color: #b26a00;")
                                                       : QStringLiteral("color: #c62828;"));
    }
}

void SettingsEditor::retranslateUi()
{
    for (const ParamDef &def : parameterDefs()) {
        Row &row = m_rows[size_t(def.id)];
        QWidget *input = row.choice ? static_cast<QWidget *>(row.choice) : row.field;
        if (row.choice) {
            row.label->setText(def.translatedLabel());
            input->setToolTip(
                QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(def.name(), def.translatedHelp().toHtmlEscaped()));
        } else {
            row.label->setText(tr("%1 (%2)").arg(def.translatedLabel(), def.unitSymbol()));
            const QString range = def.zeroSwitchesOff ? tr("0 (off) or %1 to %2 %3") : tr("%1 to %2 %3");
            input->setToolTip(QStringLiteral("<p><b>%1</b></p><p>%2</p><p>%3</p>")
                                  .arg(def.name(), def.translatedHelp().toHtmlEscaped(),
                                       range.arg(QString::number(def.minimum, 'g', 12),
                                                 QString::number(def.maximum, 'g', 12), def.unitSymbol())));
        }
        input->setAccessibleName(def.translatedLabel());
        row.source->setToolTip(tr("Where the value in force came from"));
    }
    refresh();
}

void SettingsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
