#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/**
 * How the search index's tokenizer (InitialsTokenizer) looks at a column's UTF-8 text: 64 bytes
 * at a time, as two bit masks and a lowered copy, sixteen bytes per step where the processor has
 * SSE2 (every x86-64), else one at a time. Words are then found with bit operations instead of a
 * table lookup and a branch per byte. windowOf() answers exactly as windowOfOneByOne(), which the
 * test holds it to.
 */
namespace AsciiWordScan
{
/** Bytes a window covers; bit k of its masks is byte k. */
constexpr int kWindowBytes = 64;

struct Window
{
    /** Bytes that can be in a word: ASCII letters and digits, and every byte of a non-ASCII character. */
    quint64 wordish = 0;
    /** Bytes from 0x80 up (of a non-ASCII character). */
    quint64 nonAscii = 0;
    /** Each byte with 0x20 set: an ASCII letter lowered, a digit as it is (garbage for the other bytes). */
    alignas(16) char lowered[kWindowBytes];
};

/** Whether an ASCII byte is a letter or a digit. */
inline bool isAsciiLetterOrDigit(unsigned char c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/** The window of up to 64 bytes at `bytes` (`available` of them readable; the rest count as spaces). */
inline void windowOfOneByOne(const unsigned char *bytes, qsizetype available, Window &window)
{
    const int count = int(std::min<qsizetype>(available, kWindowBytes));
    window.wordish = 0;
    window.nonAscii = 0;
    for (int k = 0; k < kWindowBytes; ++k) {
        const unsigned char c = k < count ? bytes[k] : 0;
        window.lowered[k] = char(c | 0x20);
        if (c >= 0x80)
            window.nonAscii |= quint64(1) << k;
        if (c >= 0x80 || isAsciiLetterOrDigit(c))
            window.wordish |= quint64(1) << k;
    }
}

inline void windowOf(const unsigned char *bytes, qsizetype available, Window &window)
{
#if defined(__SSE2__)
    alignas(16) unsigned char padded[kWindowBytes];
    if (available < kWindowBytes) {
        // The last bytes of a text: read from a copy, never past the text's end.
        std::memset(padded, 0, sizeof padded);
        std::memcpy(padded, bytes, size_t(std::max<qsizetype>(available, 0)));
        bytes = padded;
    }
    const __m128i lowerBit = _mm_set1_epi8(0x20);
    const __m128i beforeZero = _mm_set1_epi8('0' - 1);
    const __m128i afterNine = _mm_set1_epi8('9' + 1);
    const __m128i beforeA = _mm_set1_epi8('a' - 1);
    const __m128i afterZ = _mm_set1_epi8('z' + 1);
    quint64 wordish = 0;
    quint64 nonAscii = 0;
    for (int block = 0; block < kWindowBytes / 16; ++block) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(bytes + 16 * block));
        const __m128i lowered = _mm_or_si128(x, lowerBit);
        _mm_store_si128(reinterpret_cast<__m128i *>(window.lowered + 16 * block), lowered);
        // Signed comparisons: a byte from 0x80 up is negative, so neither a digit nor a letter.
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, beforeZero), _mm_cmplt_epi8(x, afterNine));
        const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lowered, beforeA), _mm_cmplt_epi8(lowered, afterZ));
        const auto high = quint64(unsigned(_mm_movemask_epi8(x)));
        const auto ascii = quint64(unsigned(_mm_movemask_epi8(_mm_or_si128(digit, letter))));
        nonAscii |= high << (16 * block);
        wordish |= (high | ascii) << (16 * block);
    }
    window.wordish = wordish;
    window.nonAscii = nonAscii;
#else
    windowOfOneByOne(bytes, available, window);
#endif
}

/** The lowest `count` bits (0 to 64). */
inline quint64 lowBits(int count)
{
    return count >= 64 ? ~quint64(0) : (quint64(1) << count) - 1;
}
} // namespace AsciiWordScan
