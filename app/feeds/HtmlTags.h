#pragma once

#include <QString>
#include <QStringView>

#include <optional>

/** The HTML tokenizer shared by the HTML and Markdown readers: tags, what each one means for plain text, comments. */
namespace HtmlTags
{
enum class TagKind {
    Inline, // formatting and unknown tags: the tag goes, its text stays
    Block, // paragraph-like: a blank line around
    Line, // a line of its own (table rows, definition terms)
    Break, // <br>
    Item, // <li>
    UnorderedList,
    OrderedList,
    Cell, // table cells: separated by a space
    Preformatted,
    Drop, // script, style, embedded content: dropped with everything inside
    Void, // images, inputs: nothing kept
};

/** What a known tag (case-insensitive) means for plain text; nothing for an unknown one. */
std::optional<TagKind> tagKind(QStringView name);

/** One HTML tag as found in text. */
struct Tag
{
    QStringView name;
    bool closing = false;
    bool selfClosing = false;
    /** Index just past the '>'. */
    qsizetype end = 0;
};

/** Reads a tag at text[pos] == '<'; nothing when it is not one (a lone '<' in text). */
std::optional<Tag> readTag(QStringView text, qsizetype pos);
/** Index just past the element's end tag (case-insensitive), or the end of the text. */
qsizetype skipElementContent(QStringView text, qsizetype from, QStringView name);
/**
 * Skips a comment, CDATA section, doctype or processing instruction at text[pos] == '<'.
 * Returns the index after it (and the CDATA text through `cdata`), or 0 when there is none.
 */
qsizetype skipMarkupDeclaration(QStringView text, qsizetype pos, QStringView *cdata = nullptr);
/** Removes script, style and other dropped elements and comments, keeping everything else as written. */
QString removeDroppedElements(QStringView text);
} // namespace HtmlTags
