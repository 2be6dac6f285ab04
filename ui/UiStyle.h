#pragma once

class QWidget;

/**
 * The few text colours the window uses, set through palettes rather than style sheets so that they follow the
 * desktop's theme (dark themes included) and survive a language switch.
 */
class UiStyle
{
public:
    enum class Tone
    {
        Normal, // the theme's own text colour
        Secondary, // hints, counts, details for IT: the theme's placeholder colour
        Error, // a problem that stops Create
        Notice, // something the window did for the user (duplicate removed, owner added)
    };

    static void setTone(QWidget* widget, Tone tone);
};
