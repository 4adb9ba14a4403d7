#include "FeedInput.h"

#include <QIODevice>

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace
{
bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

/** How many bytes a UTF-8 sequence has by its first byte; 0 for a byte that starts none. */
qsizetype sequenceLength(unsigned char lead)
{
    if (lead >= 0xC2 && lead <= 0xDF)
        return 2;
    if (lead >= 0xE0 && lead <= 0xEF)
        return 3;
    if (lead >= 0xF0 && lead <= 0xF4)
        return 4;
    return 0;
}

/**
 * Where a block must be cut so that no character is split: before a sequence that the block's
 * last bytes start but do not finish. Anything else (invalid bytes too) stays for the check.
 */
qsizetype completeCharacters(const QByteArray &block)
{
    const auto *data = reinterpret_cast<const unsigned char *>(block.constData());
    const qsizetype size = block.size();
    for (qsizetype back = 1; back <= 3 && back <= size; ++back) {
        const unsigned char byte = data[size - back];
        if (isContinuation(byte))
            continue;
        const qsizetype length = sequenceLength(byte);
        return length > back ? size - back : size;
    }
    return size;
}

qint64 utf16Units(QByteArrayView bytes)
{
    qint64 units = 0;
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        units += !isContinuation(byte) + (byte >= 0xF0);
    }
    return units;
}

const char *findLast(QByteArrayView bytes, char c)
{
    return static_cast<const char *>(memrchr(bytes.data(), c, size_t(bytes.size())));
}
} // namespace

FeedInput::FeedInput(QIODevice &device, QByteArray head)
    : m_device(device)
    , m_head(std::move(head))
{
}

QByteArrayView FeedInput::read(qsizetype size)
{
    // A read may end inside a character: its start waits for the rest, and a block is never empty
    // before the end.
    do {
        if (failed() || (m_atEnd && m_carry.isEmpty()))
            return {};
        if (!m_head.isEmpty()) {
            m_block = std::exchange(m_head, {});
        } else {
            m_block.resize(m_carry.size() + size);
            std::memcpy(m_block.data(), m_carry.constData(), size_t(m_carry.size()));
            const qint64 got = m_device.read(m_block.data() + m_carry.size(), size);
            if (got < 0) {
                stop(u"cannot read the feed: %1"_s.arg(m_device.errorString()), {});
                return {};
            }
            m_block.resize(m_carry.size() + got);
            m_carry.resize(0);
            m_atEnd = got == 0;
        }
        m_atEnd = m_atEnd || m_device.atEnd();
        const qsizetype whole = m_atEnd ? m_block.size() : completeCharacters(m_block);
        m_carry.append(m_block.constData() + whole, m_block.size() - whole);
        m_block.resize(whole);
    } while (m_block.isEmpty());

    const qsizetype bad = firstInvalidUtf8(m_block);
    if (bad >= 0) {
        count(QByteArrayView(m_block).first(bad));
        FeedLocation where;
        where.byteOffset = m_offset;
        where.line = m_line;
        where.column = m_offset - m_lineStart + 1;
        if (m_afterCarriageReturn && m_block.at(bad) != '\n') {
            ++where.line;
            where.column = 1;
        }
        stop(u"invalid UTF-8 at byte %1 (line %2, column %3)"_s.arg(where.byteOffset).arg(where.line).arg(where.column), where);
        m_block.resize(bad);
        return m_block;
    }
    count(m_block);
    return m_block;
}

void FeedInput::count(QByteArrayView block)
{
    if (block.isEmpty())
        return;
    const char *data = block.data();
    const char *end = data + block.size();
    // locationOfByte's lines: a CR ends one unless an LF follows, which then does.
    if (m_afterCarriageReturn && block.front() != '\n')
        ++m_line;
    m_afterCarriageReturn = false;
    for (const char *at = data; (at = static_cast<const char *>(std::memchr(at, '\n', size_t(end - at)))); ++at)
        ++m_lineFeeds, ++m_line;
    for (const char *at = data; (at = static_cast<const char *>(std::memchr(at, '\r', size_t(end - at)))); ++at) {
        if (at + 1 == end)
            m_afterCarriageReturn = true;
        else if (at[1] != '\n')
            ++m_line;
    }
    const char *lastFeed = findLast(block, '\n');
    const char *lastReturn = findLast(block, '\r');
    const char *lastEnd = std::max(lastFeed ? lastFeed : data - 1, lastReturn ? lastReturn : data - 1);
    if (lastEnd >= data)
        m_lineStart = m_offset + (lastEnd - data) + 1;
    if (lastFeed)
        m_unitsAfterLastLineFeed = utf16Units(QByteArrayView(lastFeed + 1, end));
    else
        m_unitsAfterLastLineFeed += utf16Units(block);
    m_offset += block.size();
}

void FeedInput::stop(const QString &fault, const FeedLocation &where)
{
    m_fault = fault;
    m_faultLocation = where;
}
