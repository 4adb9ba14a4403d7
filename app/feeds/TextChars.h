#pragma once

#include <QChar>
#include <QLatin1StringView>
#include <QStringView>

/**
 * ASCII character classes and ASCII-only case-insensitive matching for the feed readers (HTML,
 * Markdown, links): exactly ASCII, unlike QChar's.
 */
namespace TextChars
{
inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

inline bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return isAsciiDigit(c) || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

inline bool isAsciiPunctuation(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x21 && u <= 0x2F) || (u >= 0x3A && u <= 0x40) || (u >= 0x5B && u <= 0x60) || (u >= 0x7B && u <= 0x7E);
}

/** An ASCII capital as its small letter; every other code unit as it is. */
inline char16_t asciiLower(char16_t u)
{
    return u >= u'A' && u <= u'Z' ? char16_t(u + (u'a' - u'A')) : u;
}

/**
 * Whether `text` at `at` reads `lower` (lower-case ASCII), ignoring the case of ASCII letters only:
 * for names made of ASCII (schemes, host names, the words links are told apart by), where Qt's
 * case-insensitive comparison folds every character through Unicode's tables.
 */
inline bool matchesAsciiLowerAt(QStringView text, qsizetype at, QLatin1StringView lower)
{
    if (at < 0 || text.size() - at < lower.size())
        return false;
    for (qsizetype i = 0; i < lower.size(); ++i) {
        if (asciiLower(text[at + i].unicode()) != char16_t(uchar(lower[i].toLatin1())))
            return false;
    }
    return true;
}

inline bool equalsAsciiLower(QStringView text, QLatin1StringView lower)
{
    return text.size() == lower.size() && matchesAsciiLowerAt(text, 0, lower);
}

inline bool endsWithAsciiLower(QStringView text, QLatin1StringView lower)
{
    return matchesAsciiLowerAt(text, text.size() - lower.size(), lower);
}

/** Where `lower` (lower-case ASCII) first occurs in `text` from `from`, ignoring ASCII case; -1 when nowhere. */
inline qsizetype indexOfAsciiLower(QStringView text, QLatin1StringView lower, qsizetype from = 0)
{
    for (qsizetype at = from; at + lower.size() <= text.size(); ++at) {
        if (matchesAsciiLowerAt(text, at, lower))
            return at;
    }
    return -1;
}
} // namespace TextChars
