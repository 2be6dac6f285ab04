#pragma once

#include <QAnyStringView>
#include <QList>

/**
 * Counts how often each string was seen, like awk's seen[$1]++, for strings that live elsewhere (the ids of a member
 * list, the cells of an imported table). Checking a 100,000-row staff list for repeats is bound by memory traffic,
 * not by hashing: QSet<QString> keeps a node per string and compares the characters of every entry it probes. Here a
 * slot is 8 bytes (part of the hash, a repeat count, and which string it is), the table grows with the number of
 * different strings rather than the number counted, and the characters are read only when the hashes match: the
 * table stays small enough for the processor's caches. The counted strings must outlive the tally.
 *
 * Views of any encoding may be mixed: the UTF-8 cells of an imported file and the UTF-16 ids typed in the window are
 * the same id when their characters are the same.
 */
class StringTally
{
public:
    StringTally() = default;

    /** Counts one more `text` and returns how many times it was counted before (0 when new), at most 3. */
    int add(QAnyStringView text);
    /**
     * add() for each of `count` texts in order, with the result of each in `timesBefore`. Faster on big lists: every
     * add() waits for its slot to come from memory, while a batch has the slots of many texts fetched at once.
     */
    void add(const QAnyStringView* texts, qsizetype count, int* timesBefore);
    /** How many different strings were counted. */
    qsizetype distinctCount() const { return m_strings.size(); }

    /** A hash of the characters of `text`: the same for UTF-8, UTF-16 and Latin-1 views of the same characters. */
    static quint32 hashOf(QAnyStringView text);

private:
    qsizetype startOf(quint32 hash) const;
    /** The slot that holds `text`, or the free slot where it belongs. */
    qsizetype find(QAnyStringView text, quint32 hash) const;
    int add(QAnyStringView text, quint32 hash);
    void grow();

    QList<QAnyStringView> m_strings; // each different string, in the order first counted
    QList<quint64> m_slots; // 0: free; else 30 bits of hash, the repeats (0–3), and 1 + the index in m_strings
};
