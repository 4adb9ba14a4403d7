#pragma once

#include <QChar>
#include <QStringView>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/**
 * The scans an abstract's text goes through on its way to display text, eight UTF-16 units at a
 * time where the processor has SSE2 (every x86-64), else one at a time. Each answers exactly as
 * its one-at-a-time loop (the `*OneByOne` functions, which the test holds them to).
 */
namespace Utf16Scan
{
/** Neither white space nor a control character: 0x21-0x7E, or from 0xA0 on. */
inline bool isOrdinary(char16_t unit)
{
    return char16_t(unit - 0x21) < 0x5E || unit >= 0xA0;
}

/** A control character (below 0x20, 0x7F-0x9F) or the line or paragraph separator (U+2028, U+2029). */
inline bool isControlOrSeparator(char16_t unit)
{
    return unit < 0x20 || char16_t(unit - 0x7F) < 0x21 || char16_t(unit | 1) == 0x2029;
}

/** A character that can start inline Markdown: ! & * < [ \ _ ` ~ */
inline bool isMarkdownMarkup(char16_t unit)
{
    switch (unit) {
    case u'!':
    case u'&':
    case u'*':
    case u'<':
    case u'[':
    case u'\\':
    case u'_':
    case u'`':
    case u'~':
        return true;
    default:
        return false;
    }
}

inline qsizetype nextMarkdownMarkupOneByOne(QStringView text, qsizetype from)
{
    for (qsizetype i = from; i < text.size(); ++i) {
        if (isMarkdownMarkup(text[i].unicode()))
            return i;
    }
    return text.size();
}

inline bool hasControlOrSeparatorOneByOne(QStringView text)
{
    for (const QChar c : text) {
        if (isControlOrSeparator(c.unicode()))
            return true;
    }
    return false;
}

/** Where the run of ordinary characters from `from` ends, a single space between two of them being part of it. */
inline qsizetype ordinaryRunEndOneByOne(QStringView text, qsizetype from)
{
    const qsizetype size = text.size();
    qsizetype end = from;
    while (end < size) {
        if (isOrdinary(text[end].unicode()))
            ++end;
        else if (text[end] == u' ' && end > from && end + 1 < size && isOrdinary(text[end + 1].unicode()))
            end += 2;
        else
            break;
    }
    return end;
}

#if defined(__SSE2__)
namespace Simd
{
inline __m128i load(const QChar *at)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(at));
}
inline __m128i splat(char16_t unit)
{
    return _mm_set1_epi16(short(unit));
}
/** Lanes where a <= b, unsigned. */
inline __m128i atMost(__m128i a, __m128i b)
{
    return _mm_cmpeq_epi16(_mm_subs_epu16(a, b), _mm_setzero_si128());
}
inline __m128i ordinary(__m128i v)
{
    return _mm_or_si128(atMost(_mm_sub_epi16(v, splat(0x21)), splat(0x5D)), atMost(splat(0xA0), v));
}
} // namespace Simd
#endif

inline qsizetype nextMarkdownMarkup(QStringView text, qsizetype from)
{
#if defined(__SSE2__)
    const QChar *data = text.data();
    qsizetype i = from;
    for (; i + 8 <= text.size(); i += 8) {
        using namespace Simd;
        const __m128i v = load(data + i);
        __m128i hit = _mm_or_si128(_mm_cmpeq_epi16(v, splat(u'!')), _mm_cmpeq_epi16(v, splat(u'&')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, splat(u'*')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, splat(u'<')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, splat(u'[')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, splat(u'\\')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, splat(u'_')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, splat(u'`')));
        hit = _mm_or_si128(hit, _mm_cmpeq_epi16(v, splat(u'~')));
        if (const int mask = _mm_movemask_epi8(hit))
            return i + __builtin_ctz(unsigned(mask)) / 2;
    }
    return nextMarkdownMarkupOneByOne(text, i);
#else
    return nextMarkdownMarkupOneByOne(text, from);
#endif
}

inline bool hasControlOrSeparator(QStringView text)
{
#if defined(__SSE2__)
    const QChar *data = text.data();
    qsizetype i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        using namespace Simd;
        const __m128i v = load(data + i);
        const __m128i control = _mm_or_si128(atMost(v, splat(0x1F)), atMost(_mm_sub_epi16(v, splat(0x7F)), splat(0x20)));
        const __m128i separator = _mm_cmpeq_epi16(_mm_or_si128(v, splat(1)), splat(0x2029));
        if (_mm_movemask_epi8(_mm_or_si128(control, separator)))
            return true;
    }
    return hasControlOrSeparatorOneByOne(text.mid(i));
#else
    return hasControlOrSeparatorOneByOne(text);
#endif
}

inline qsizetype ordinaryRunEnd(QStringView text, qsizetype from)
{
#if defined(__SSE2__)
    const QChar *data = text.data();
    const qsizetype size = text.size();
    qsizetype end = from;
    // The first unit on its own: a space there does not belong to the run.
    if (end < size && isOrdinary(data[end].unicode()))
        ++end;
    else
        return end;
    // Eight units at a time, each ordinary, or a space whose next unit is ordinary (the unit
    // before a space in the run is always ordinary: a space is taken with its next unit).
    // The next units are read one unit further on, so the last block ends a unit early.
    while (end + 9 <= size) {
        using namespace Simd;
        const __m128i v = load(data + end);
        const __m128i next = load(data + end + 1);
        const __m128i spaceBeforeOrdinary = _mm_and_si128(_mm_cmpeq_epi16(v, splat(u' ')), ordinary(next));
        const int fits = _mm_movemask_epi8(_mm_or_si128(ordinary(v), spaceBeforeOrdinary));
        if (fits != 0xFFFF) {
            end += __builtin_ctz(unsigned(~fits)) / 2;
            break;
        }
        end += 8;
    }
    // A space ends a block: the one-by-one loop takes it with its next unit, as above.
    while (end < size) {
        if (isOrdinary(data[end].unicode()))
            ++end;
        else if (data[end] == u' ' && end + 1 < size && isOrdinary(data[end + 1].unicode()))
            end += 2;
        else
            break;
    }
    return end;
#else
    return ordinaryRunEndOneByOne(text, from);
#endif
}
} // namespace Utf16Scan
