#pragma once

#include "parameters.h"

#include <QWidget>

#include <array>
#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace wspulse {
class Settings;
}

// One editor per parameter, generated from core's parameter definitions:
// label with unit, tooltip with the meaning and range, the source of the
// value, and inline errors and warnings. A change applies at once (the
// supervisor re-arms from the last activity); a refused value leaves the old
// one in force and says why next to the field.
class SettingsEditor : public QWidget
{
    Q_OBJECT
public:
    SettingsEditor(wspulse::Settings *settings, QWidget *parent = nullptr);

    QLineEdit *field(wspulse::Param p) const { return m_rows[size_t(p)].field; } // null for a choice
    QComboBox *choice(wspulse::Param p) const { return m_rows[size_t(p)].choice; }
    QString messageFor(wspulse::Param p) const;
    QString sourceFor(wspulse::Param p) const; // as shown beside the field
    // Sets a value as if typed and confirmed; returns the error, if any.
    // A value that would act at once (see setImmediateEffect) is applied only
    // when confirmed by the same edit a second time.
    QString edit(wspulse::Param p, const QString &text);
    // What applying `value` to `param` would do at once to the live connection
    // ("closes it: idle for 12 s"), or empty: asked before each change.
    using ImmediateEffect = std::function<QString(wspulse::Param param, double value)>;
    void setImmediateEffect(ImmediateEffect check) { m_immediateEffect = std::move(check); }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QLabel *label = nullptr;
        QLineEdit *field = nullptr;  // numbers
        QComboBox *choice = nullptr; // Unit::Choice parameters
        QLabel *source = nullptr;
        QLabel *message = nullptr;
        QString error;       // the last refusal, until the next valid edit
        QString notice;      // what the pending value would do at once
        QString pendingText; // the value waiting for its confirmation
    };
    void refresh();
    void retranslateUi();

    // A settings text in the words of this window: the fields' labels, not
    // the variables' names.
    QString inFieldWords(QString text) const;

    wspulse::Settings *m_settings;
    std::array<Row, wspulse::ParamCount> m_rows;
    ImmediateEffect m_immediateEffect;
};
