#pragma once

#include <QByteArray>
#include <QString>

class Agenda;

/**
 * The agenda as a Markdown document to read or print: a heading per conference day, then each
 * item with its time, title (linked), room, speakers, priority and rating, what it clashes with,
 * the free time and room changes between items, the recordings, and the user's note.
 */
namespace MarkdownExporter
{
QByteArray exportAgenda(const Agenda &agenda, const QString &title);
/** Backslash-escapes the characters Markdown would read as formatting. */
QString escape(const QString &text);
} // namespace MarkdownExporter
