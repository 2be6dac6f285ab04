#pragma once

#include <QByteArrayView>

/**
 * Where a big text is cut so that two threads can each work on a half: just after the first line break past its
 * middle. A line break is ASCII, so in UTF-8 the cut is never inside a character, and a row of a text without quotes
 * never spans it. The decoder's check and the parser both cut here.
 */
class TextHalves
{
public:
    /** Texts smaller than this are worked on by one thread: a second one would cost more than it saves. */
    static constexpr qsizetype ParallelFrom = 1024 * 1024;

    /**
     * Where the second half of `text` starts, or -1 when it is not worth cutting: under ParallelFrom, on a machine
     * with a single core, or without a line break past the middle.
     */
    static qsizetype secondHalfStart(QByteArrayView text);
};
