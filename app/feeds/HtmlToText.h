#pragma once

#include <QString>
#include <QStringView>

/** HTML to plain display text (TextSanitizer::fromHtml). */
namespace HtmlToText
{
/** Script, style and embedded content dropped with their content, images dropped, block structure kept as lines. */
QString convert(QStringView html);
/** Whether the text has HTML block structure (paragraphs, line breaks, lists, headings). */
bool looksLikeHtml(QStringView text);
} // namespace HtmlToText
