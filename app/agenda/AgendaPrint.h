#pragma once

class Agenda;
class PrintPage;

/**
 * The personal agenda on paper, in time order: a heading per conference day with its time zone,
 * then each item with its time, title, priority and rating, room (and room change), who goes,
 * speakers, what it clashes with, the free time before it and the user's note.
 */
namespace AgendaPrint
{
void draw(const Agenda &agenda, PrintPage &page);
} // namespace AgendaPrint
