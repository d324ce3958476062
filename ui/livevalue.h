#pragma once

#include <QWidget>

// A value that changes several times a second (a countdown, a counter line):
// plain text, wrapped at word boundaries, that repaints only itself when its
// text changes and asks its layout for room only when it needs another line
// count. A QLabel relays out the whole form on every change, which is what
// kept an idle window busy. Copy is in its context menu.
class LiveValue : public QWidget
{
    Q_OBJECT
public:
    explicit LiveValue(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int linesAt(int width) const;

    QString m_text;
    int m_lines = 1; // at the current width
};
