#pragma once

#include <QString>
#include <QStringView>

/** HTML character references ("&amp;", "&#233;", "&#xE9;", HTML 4's named ones), made safe for display text. */
namespace HtmlEntities
{
/**
 * Decodes the character reference starting at text[pos] == '&' into `out`. Returns how many
 * characters it used, or 0 when there is none (the '&' is then plain text).
 */
qsizetype decodeAt(QStringView text, qsizetype pos, QString &out);
/** The text with every character reference decoded; unknown ones stay as written. */
QString decode(QStringView text);
} // namespace HtmlEntities
