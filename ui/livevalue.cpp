#include "livevalue.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>

LiveValue::LiveValue(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int LiveValue::linesAt(int width) const
{
    const QFontMetrics fm(font());
    const QRect r = fm.boundingRect(QRect(0, 0, std::max(1, width), 100000), Qt::TextWordWrap, m_text);
    return std::max(1, (r.height() + fm.height() / 2) / fm.height());
}

void LiveValue::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const int lines = linesAt(contentsRect().width());
    if (lines != m_lines) {
        m_lines = lines;
        updateGeometry();
    }
    update();
}

int LiveValue::heightForWidth(int width) const
{
    return linesAt(width) * QFontMetrics(font()).height();
}

QSize LiveValue::sizeHint() const
{
    const QFontMetrics fm(font());
    return {std::min(fm.horizontalAdvance(m_text), fm.averageCharWidth() * 60), fm.height() * m_lines};
}

QSize LiveValue::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 8, fm.height()};
}

void LiveValue::resizeEvent(QResizeEvent *event)
{
    // The line count follows the width the layout gave us, also while
    // hidden (a tab not shown, whose text changed at another width).
    const int lines = linesAt(contentsRect().width());
    if (lines != m_lines) {
        m_lines = lines;
        updateGeometry();
    }
    QWidget::resizeEvent(event);
}

void LiveValue::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(contentsRect(), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_text);
}

void LiveValue::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("&Copy"), this, [this] { QApplication::clipboard()->setText(m_text); });
    menu.exec(event->globalPos());
}

void LiveValue::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}
