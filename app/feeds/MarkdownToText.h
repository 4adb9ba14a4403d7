#pragma once

#include <QString>
#include <QStringView>

/** Markdown (with any inline HTML) to plain display text (TextSanitizer::fromMarkdown). */
namespace MarkdownToText
{
QString convert(QStringView markdown);
} // namespace MarkdownToText
