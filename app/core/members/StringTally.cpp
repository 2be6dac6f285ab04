#include "StringTally.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace {
// A slot: the hash's high 30 bits and the repeat count (2 bits) in its upper half, 1 + the string's index below.
constexpr quint32 CountBits = 2;
constexpr quint32 MaxCount = (1u << CountBits) - 1;
constexpr quint32 HashMask = ~MaxCount;
constexpr qsizetype InitialSlots = 1024;

// The hash of a string is the hash of its characters written in UTF-8, whatever the view holds: the bytes are mixed
// eight at a time (as one 64-bit word), so a UTF-8 id of 10 characters costs two multiplications, and a UTF-16 or
// Latin-1 view feeds the same bytes one by one. Then a final mix (MurmurHash3's), so that both the high bits kept in
// a slot and the low bits that pick it depend on every character.
class Utf8Hash
{
public:
    void addWord(quint64 word) { m_state = (m_state ^ word) * 0x9E3779B97F4A7C15ULL + m_length++; }
    void addByte(uchar byte)
    {
        m_pending |= quint64(byte) << (8 * m_pendingBytes);
        if (++m_pendingBytes == 8)
            flush();
    }
    void addCodePoint(char32_t codePoint)
    {
        if (codePoint < 0x80) {
            addByte(uchar(codePoint));
            return;
        }
        char utf8[4];
        const int size = codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        for (int i = size - 1; i > 0; --i, codePoint >>= 6)
            utf8[i] = char(0x80 | (codePoint & 0x3F));
        utf8[0] = char((size == 2 ? 0xC0 : size == 3 ? 0xE0 : 0xF0) | codePoint);
        for (int i = 0; i < size; ++i)
            addByte(uchar(utf8[i]));
    }
    quint32 result()
    {
        if (m_pendingBytes > 0)
            addWord(m_pending | quint64(m_pendingBytes) << 56); // the count tells "a" from "a" followed by NULs
        quint64 h = m_state;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdULL;
        h ^= h >> 33;
        return quint32(h >> 32);
    }

private:
    void flush()
    {
        addWord(m_pending);
        m_pending = 0;
        m_pendingBytes = 0;
    }

    quint64 m_state = 0xcbf29ce484222325ULL;
    quint64 m_pending = 0;
    int m_pendingBytes = 0;
    quint64 m_length = 0;
};

void hashUtf16(QStringView text, Utf8Hash& hash)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            hash.addCodePoint(QChar::surrogateToUcs4(unit, text[i + 1].unicode()));
            ++i;
        } else {
            hash.addCodePoint(unit);
        }
    }
}

// Equal bytes, inline for the short strings ids are (a call to memcmp costs more than the comparison): two
// overlapping loads from the ends cover 8 to 16 bytes.
bool sameBytes(const char* a, const char* b, qsizetype size)
{
    if (size > 16)
        return std::memcmp(a, b, size_t(size)) == 0;
    if (size >= 8)
        return qFromUnaligned<quint64>(a) == qFromUnaligned<quint64>(b)
            && qFromUnaligned<quint64>(a + size - 8) == qFromUnaligned<quint64>(b + size - 8);
    for (qsizetype i = 0; i < size; ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

// Same encoding: the bytes decide, without a conversion.
bool sameCharacters(QAnyStringView a, QAnyStringView b)
{
    return a.visit([&](auto first) {
        // Named out here: GCC 12 takes decltype(first) in the inner lambda, which captures `first`, for a reference.
        using First = decltype(first);
        return b.visit([&](auto second) {
            if constexpr (std::is_same_v<First, decltype(second)>)
                return a.size_bytes() == b.size_bytes()
                    && sameBytes(static_cast<const char*>(a.data()), static_cast<const char*>(b.data()),
                                 a.size_bytes());
            else
                return QAnyStringView::equal(first, second);
        });
    });
}

// A hint that `address` will be read soon: the load starts, and the processor goes on meanwhile.
void prefetch(const void* address)
{
#if defined(__GNUC__) // GCC and Clang; elsewhere the loads just come when they are needed
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
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

quint32 StringTally::hashOf(QAnyStringView text)
{
    Utf8Hash hash;
    text.visit([&hash](auto view) {
        using View = decltype(view);
        if constexpr (std::is_same_v<View, QStringView>) {
            hashUtf16(view, hash);
        } else if constexpr (std::is_same_v<View, QUtf8StringView>) {
            const char* p = view.data();
            const char* const end = p + view.size();
            for (; end - p >= 8; p += 8)
                hash.addWord(qFromLittleEndian<quint64>(p));
            for (; p < end; ++p)
                hash.addByte(uchar(*p));
        } else { // Latin-1: each byte is its code point
            for (const char c : view)
                hash.addCodePoint(uchar(c));
        }
    });
    return hash.result();
}

qsizetype StringTally::startOf(quint32 hash) const
{
    return qsizetype(hash >> CountBits) & (m_slots.size() - 1);
}

qsizetype StringTally::find(QAnyStringView text, quint32 hash) const
{
    const qsizetype mask = m_slots.size() - 1;
    for (qsizetype index = startOf(hash);; index = (index + 1) & mask) {
        const quint64 slot = m_slots.at(index);
        if (slot == 0 || ((upperOf(slot) & HashMask) == hash && sameCharacters(m_strings.at(indexOf(slot)), text)))
            return index;
    }
}

int StringTally::add(QAnyStringView text)
{
    if ((m_strings.size() + 1) * 2 > m_slots.size())
        grow();
    return add(text, hashOf(text) & HashMask);
}

void StringTally::add(const QAnyStringView* texts, qsizetype count, int* timesBefore)
{
    // Software pipelining: a string passes three stages, Distance strings apart, before it is counted. Its slot is
    // fetched; then the entry of a string counted before with the same hash; then that string's characters. When it
    // is counted all three are in the cache, and the loads of many strings are under way at once instead of one after
    // the other (each would wait for memory: the table and the strings are too big for the processor's caches).
    constexpr qsizetype Distance = 8;
    constexpr qsizetype Ring = 4 * Distance; // a power of two
    quint32 hashes[Ring];
    const auto hashAt = [&hashes](qsizetype index) {
        return hashes[index & (Ring - 1)];
    };
    // The entry of the string counted before that the slot for `hash` holds, if it may be that string.
    const auto countedEntry = [this](quint32 hash) -> const QAnyStringView* {
        const quint64 slot = m_slots.at(startOf(hash));
        if (slot == 0 || (upperOf(slot) & HashMask) != hash)
            return nullptr;
        return m_strings.constData() + indexOf(slot);
    };
    if (m_slots.isEmpty())
        grow();
    for (qsizetype i = 0; i < count + 3 * Distance; ++i) {
        if (i < count) {
            hashes[i & (Ring - 1)] = hashOf(texts[i]) & HashMask;
            prefetch(m_slots.constData() + startOf(hashAt(i)));
        }
        if (const qsizetype second = i - Distance; second >= 0 && second < count) {
            if (const QAnyStringView* entry = countedEntry(hashAt(second)))
                prefetch(entry);
        }
        if (const qsizetype third = i - 2 * Distance; third >= 0 && third < count) {
            if (const QAnyStringView* entry = countedEntry(hashAt(third)))
                prefetch(entry->data());
        }
        if (const qsizetype last = i - 3 * Distance; last >= 0) {
            if ((m_strings.size() + 1) * 2 > m_slots.size())
                grow(); // the hints given so far point at the old table: harmless, they are only hints
            timesBefore[last] = add(texts[last], hashAt(last));
        }
    }
}

int StringTally::add(QAnyStringView text, quint32 hash)
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
