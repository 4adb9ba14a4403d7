#pragma once

#include <QString>
#include <QStringView>

/**
 * Feed text to safe plain display text. Abstracts arrive as HTML (frab, Pentabarf, symposion),
 * Markdown (pretalx) or plain text; the UI shows them as plain text, so no markup, script or
 * image survives, while what a reader would see is kept: paragraphs as blank lines, list items
 * as lines ("• item", "1. item"), the text of links, decoded character references.
 *
 * Line breaks inside HTML text are kept as line breaks (feeds write them where their authors
 * meant them), other runs of white space collapse to one space.
 *
 * Qt's own converters (QTextDocument::setHtml() or setMarkdown(), then toPlainText()) are not
 * used: they are Qt GUI and want a QGuiApplication, which the command line does not have; they
 * lay out a whole rich-text document for each abstract where only its text is wanted; and their
 * plain text drops what a reader sees, the list markers and the blank line between paragraphs.
 */
namespace TextSanitizer
{
/** HTML or Markdown (chosen from the content) to plain text; plain text is only tidied. */
QString toPlainText(QStringView text);
/** Whether the text has HTML block structure (paragraphs, line breaks, lists, headings). */
bool looksLikeHtml(QStringView text);
/** HTML to plain text: script, style and embedded content dropped with their content, images dropped. */
QString fromHtml(QStringView html);
/** Markdown (with any inline HTML) to plain text. */
QString fromMarkdown(QStringView markdown);
/** Decodes character references ("&amp;", "&#233;", "&#xE9;" and HTML 4's named ones); unknown ones stay as written. */
QString decodeEntities(QStringView text);
/**
 * A title or a name as one line of display text: line breaks and tabs become single spaces,
 * control characters go, leading and trailing white space goes; everything else stays verbatim.
 */
QString singleLine(QStringView text);
/** singleLine() that shares the string when it is already one clean line (the common case). */
QString singleLine(const QString &text);
} // namespace TextSanitizer
