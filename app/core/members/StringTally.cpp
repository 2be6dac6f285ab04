#include "StringTally.h"

#include <QHashFunctions>

#include <algorithm>

namespace {
// A slot: the hash's high 30 bits and the repeat count (2 bits) in its upper half, 1 + the string's index below.
constexpr quint32 CountBits = 2;
constexpr quint32 MaxCount = (1u << CountBits) - 1;
constexpr quint32 HashMask = ~MaxCount;
constexpr qsizetype InitialSlots = 1024;

quint32 hashOf(QStringView text)
{
    return quint32(qHash(text)) & HashMask;
}

quint32 upperOf(quint64 slot)
{
    return quint32(slot >> 32);
}

qsizetype indexOf(quint64 slot)
{
    return qsizetype(quint32(slot)) - 1;
}
} // namespace

qsizetype StringTally::startOf(quint32 hash) const
{
    return qsizetype(hash >> CountBits) & (m_slots.size() - 1);
}

qsizetype StringTally::find(QStringView text, quint32 hash) const
{
    const qsizetype mask = m_slots.size() - 1;
    for (qsizetype index = startOf(hash);; index = (index + 1) & mask) {
        const quint64 slot = m_slots.at(index);
        if (slot == 0 || ((upperOf(slot) & HashMask) == hash && m_strings.at(indexOf(slot)) == text))
            return index;
    }
}

int StringTally::add(QStringView text)
{
    if ((m_strings.size() + 1) * 2 > m_slots.size())
        grow();
    return add(text, hashOf(text));
}

void StringTally::add(const QStringView* texts, qsizetype count, int* timesBefore)
{
    constexpr qsizetype Batch = 32;
    quint32 hashes[Batch];
    for (qsizetype first = 0; first < count; first += Batch) {
        const qsizetype size = std::min(Batch, count - first);
        while ((m_strings.size() + size) * 2 > m_slots.size())
            grow(); // before the loads below, so that the slots they fetch stay where they are
        // Independent loads: the processor fetches all the slots at once instead of waiting for each in turn.
        quint64 touched = 0;
        for (qsizetype i = 0; i < size; ++i) {
            hashes[i] = hashOf(texts[first + i]);
            touched += m_slots.at(startOf(hashes[i]));
        }
        // A string counted before is then compared with its first time: fetch those characters together too.
        for (qsizetype i = 0; i < size; ++i) {
            const quint64 slot = m_slots.at(startOf(hashes[i]));
            if (slot != 0 && (upperOf(slot) & HashMask) == hashes[i]) {
                const QStringView counted = m_strings.at(indexOf(slot));
                touched += counted.isEmpty() ? 0 : counted.front().unicode();
            }
        }
        m_prefetched += quint32(touched);
        for (qsizetype i = 0; i < size; ++i)
            timesBefore[first + i] = add(texts[first + i], hashes[i]);
    }
}

int StringTally::add(QStringView text, quint32 hash)
{
    quint64& slot = m_slots[find(text, hash)];
    if (slot == 0) {
        m_strings.append(text);
        slot = (quint64(hash) << 32) | quint64(m_strings.size());
        return 0;
    }
    // The slot counts the repeats: how many times the string came after its first time.
    const quint32 repeats = upperOf(slot) & MaxCount;
    if (repeats < MaxCount)
        slot += quint64(1) << 32;
    return int(std::min(repeats + 1, MaxCount));
}

void StringTally::grow()
{
    const QList<quint64> old
        = std::exchange(m_slots, QList<quint64>(std::max(InitialSlots, m_slots.size() * 2), quint64(0)));
    const qsizetype mask = m_slots.size() - 1;
    for (const quint64 slot : old) {
        if (slot == 0)
            continue;
        qsizetype index = startOf(upperOf(slot) & HashMask);
        while (m_slots.at(index) != 0)
            index = (index + 1) & mask;
        m_slots[index] = slot;
    }
}
