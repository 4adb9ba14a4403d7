#pragma once

#include <QByteArray>
#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

#include <string>
#include <vector>

// libxml2's parser context, by its own (reserved) name: the header stays free of libxml2's headers.
struct _xmlParserCtxt; // NOLINT(bugprone-reserved-identifier)

class FeedInput;
class XmlPullReader;

/** The attributes of the current start element: a view, valid until the next readNext(). */
class XmlAttributes
{
public:
    qsizetype size() const { return m_end - m_begin; }
    /** The value of the attribute with this name and no prefix, or an empty string. */
    QString value(QLatin1StringView name) const;
    /** prefix:name as written. */
    QString qualifiedName(qsizetype index) const;
    /** Whether a value has more than `units` UTF-16 code units, without decoding it. */
    bool valueLongerThan(qsizetype index, qsizetype units) const;

private:
    friend class XmlPullReader;
    XmlAttributes(const XmlPullReader &reader, qsizetype begin, qsizetype end)
        : m_reader(&reader)
        , m_begin(begin)
        , m_end(end)
    {
    }
    const XmlPullReader *m_reader;
    qsizetype m_begin;
    qsizetype m_end;
};

/**
 * A pull reader over libxml2's push parser, with the part of QXmlStreamReader's interface that
 * ScheduleXmlReader uses, at a third of its cost. libxml2 parses a block at a time and the tokens
 * of a block are handed out one by one, each with the line and column where it ends.
 *
 * Safe by construction: no network, no external DTD or entity is loaded, no entity is expanded
 * (a reference to one is an EntityReference token), and a document type declaration with an
 * internal subset is reported as a DTD token before anything in it is declared, after which the
 * reading stops. Any libxml2 error, not only a fatal one, ends the reading (an undeclared entity
 * that an unread external DTD might declare is an EntityReference instead); nothing is printed.
 *
 * Not libxml2's own xmlTextReader: it tells where the parser is (up to a block ahead), not where
 * a node is, and it reads a DTD's internal subset before it reports the DTD.
 *
 * As in QXmlStreamReader: an empty element <a/> is a StartElement and an EndElement; CDATA and
 * text are Characters (adjacent pieces as one token); names are local names (no prefix).
 */
class XmlPullReader
{
public:
    enum TokenType { NoToken, Invalid, StartElement, EndElement, Characters, EntityReference, DTD, EndDocument };
    enum Error { NoError, CustomError, NotWellFormedError, PrematureEndOfDocumentError };

    XmlPullReader();
    ~XmlPullReader();
    XmlPullReader(const XmlPullReader &) = delete;
    XmlPullReader &operator=(const XmlPullReader &) = delete;

    /** Starts reading a document in any encoding Qt knows; UTF-8 is shared, not copied. */
    void setData(const QByteArray &bytes);
    /**
     * Starts reading a UTF-8 document a block at a time as `input` reads it, so that it is never
     * held whole. Where the input stops at a fault, the reading ends with an error (the input says which).
     */
    void setInput(FeedInput &input);
    /** Whether setData() reads a document starting with these bytes (256 are enough) as UTF-8 as it is. */
    static bool readsAsUtf8(QByteArrayView head);

    TokenType readNext();
    TokenType tokenType() const { return m_type; }
    /** At the end of the document, or stopped by an error. */
    bool atEnd() const { return m_type == EndDocument || m_error != NoError; }
    bool hasError() const { return m_error != NoError; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    /** Stops the reading with a CustomError at the current token. */
    void raiseError(const QString &message);

    /** The local name of a StartElement or EndElement, or the name of an EntityReference. */
    QStringView name() const;
    /** The text of Characters. */
    QString text() const;
    /** Whether text().size() > units, without decoding it. */
    bool textLongerThan(qsizetype units) const;
    /** Appends text() to a string without a temporary copy. */
    void appendText(QString &to) const;
    XmlAttributes attributes() const;
    /** For a DTD: whether it has an internal subset ("[ ... ]"), where entities are declared. */
    bool dtdHasInternalSubset() const { return m_type == DTD && m_internalSubset; }

    /** Where the current token ends (its '>' for a start element), or where the error is. 1-based. */
    qint64 lineNumber() const;
    qint64 columnNumber() const;

private:
    friend class XmlAttributes;
    friend struct XmlPullCallbacks;

    struct Token
    {
        TokenType type = NoToken;
        const char *name = nullptr;
        qsizetype textAt = 0;
        qsizetype textSize = 0;
        qsizetype attributesAt = 0;
        qsizetype attributesEnd = 0;
        int line = 0;
        int column = 0;
    };
    struct Attribute
    {
        const char *prefix = nullptr;
        const char *name = nullptr;
        qsizetype valueAt = 0;
        qsizetype valueSize = 0;
    };

    void reset();
    void startParser(QByteArrayView head);
    void pushMore();
    /** The next block to parse: from the input, or the next slice of the bytes. */
    QByteArrayView nextBlock();
    /** Drops the tokens handed out, keeping the one not yet complete (text that goes on in the next block). */
    void dropHandedOut();
    Token &append(TokenType type, const char *name);
    void appendCharacters(const char *bytes, int size);
    void noteError(int level, int code, const char *message, int line, int column);
    void stopParser();
    const Token &current() const { return m_tokens[size_t(m_current)]; }
    QString decode(qsizetype at, qsizetype size) const;
    /**
     * Whether these UTF-8 bytes make more than `units` UTF-16 code units. They never make more
     * units than bytes, so only a text longer in bytes is counted (a size check on every text
     * counted every character of the feed once more).
     */
    bool utf16LongerThan(qsizetype at, qsizetype size, qsizetype units) const;

    QByteArray m_bytes;
    qsizetype m_pushed = 0;
    FeedInput *m_input = nullptr;
    /** The first block from the input, after the bytes the parser was created with. */
    QByteArrayView m_firstBlockRest;
    bool m_finished = false;
    /** Told libxml2 that no more input comes: what it finds unfinished now is a truncated document. */
    bool m_terminating = false;
    _xmlParserCtxt *m_parser = nullptr;

    /** The tokens of the blocks parsed so far and not yet handed out, with their texts. */
    std::vector<Token> m_tokens;
    std::vector<Attribute> m_attributes;
    /** std::string: QByteArray's append goes through insert(), three times the instructions a text piece. */
    std::string m_texts;
    qsizetype m_current = -1;

    TokenType m_type = NoToken;
    bool m_internalSubset = false;
    Error m_error = NoError;
    QString m_errorString;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    /** libxml2's first error, raised once the tokens before it are handed out. */
    struct PendingError
    {
        qsizetype beforeToken = -1;
        Error error = NoError;
        QString message;
        int line = 0;
        int column = 0;
    } m_pending;

    /** Names are libxml2's interned strings: each is decoded once per document. */
    mutable QHash<const char *, QString> m_names;
    mutable QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::Stateless};
};
