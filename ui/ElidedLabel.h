#pragma once

#include <QLabel>

/**
 * A one-line label that shrinks instead of widening its window: text longer than the room is drawn cut short with
 * "…", and the whole text is its tooltip. text() stays the whole text. For the status bar's messages and the error
 * lines beside fields, whose length nobody controls.
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    /** One line high, even when empty: the room an error line needs is kept while there is none. */
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /** The text is cut short at the current width. */
    bool isElided() const;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString shownText() const;
};
