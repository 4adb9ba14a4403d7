#pragma once

#include <QtGlobal>

struct Event;

/**
 * A 64-bit digest of everything an import stores of one event (its row, speakers, links and
 * videos), kept in events.content_hash: a re-import rewrites only the events whose digest
 * differs, so an unchanged event costs neither a write nor a re-index.
 */
namespace EventContentHash
{
qint64 of(const Event &event);
}
