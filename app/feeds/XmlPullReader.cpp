#include "XmlPullReader.h"

#include "FeedInput.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <QRegularExpression>

#include <cstring>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace
{
/** libxml2 parses this much at a time: big enough to keep its per-call cost out of sight. */
constexpr qsizetype blockSize = 64 * 1024;

const char *chars(const xmlChar *text)
{
    return reinterpret_cast<const char *>(text);
}

/** How a document is turned into UTF-8, told from its first 256 bytes. */
struct Decoding
{
    /** Read as UTF-8 as it is. */
    bool asIs = true;
    /** Else: the encoding a byte order mark or UTF-16 without one shows, or the name the declaration gives. */
    std::optional<QStringConverter::Encoding> found;
    QByteArray declared;
};

Decoding decodingOf(QByteArrayView head)
{
    if (const auto encoding = QStringConverter::encodingForData(head, u'<'))
        return *encoding == QStringConverter::Utf8 ? Decoding{} : Decoding{false, *encoding, {}};
    static const QRegularExpression declaration(uR"(^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([^"']*)["'])"_s);
    const QRegularExpressionMatch match = declaration.match(QString::fromLatin1(head.first(std::min<qsizetype>(256, head.size()))));
    const QByteArray name = match.captured(1).trimmed().toLatin1().toLower();
    // UTF-16 without a byte order mark was found above: a declaration saying so is wrong.
    if (name.isEmpty() || name == "utf-8" || name == "utf8" || name.startsWith("utf-16"))
        return {};
    return {false, std::nullopt, name};
}

/**
 * The document in UTF-8, decoded by Qt from whatever it is in (a byte order mark, UTF-16 without
 * one, the encoding its declaration names), or the encoding's name when Qt knows no such encoding.
 * libxml2's own converters would print their errors on stderr, past any handler of the parser's.
 */
QByteArray toUtf8(const QByteArray &bytes, QByteArray *unknownEncoding)
{
    const Decoding decoding = decodingOf(bytes);
    if (decoding.asIs)
        return bytes;
    QStringDecoder decoder = decoding.found ? QStringDecoder(*decoding.found) : QStringDecoder(decoding.declared.constData());
    if (!decoder.isValid()) {
        *unknownEncoding = decoding.declared;
        return {};
    }
    return QString(decoder.decode(bytes)).toUtf8();
}
} // namespace

/** libxml2's SAX callbacks, each turning one event into a token. */
struct XmlPullCallbacks
{
    // libxml2's own SAX2 handlers, kept for the prolog, take the parser as their context: so do these.
    static XmlPullReader &reader(void *context) { return *static_cast<XmlPullReader *>(static_cast<xmlParserCtxtPtr>(context)->_private); }

    static void startElement(void *context, const xmlChar *localName, const xmlChar *, const xmlChar *, int, const xmlChar **,
                             int attributeCount, int, const xmlChar **attributes)
    {
        XmlPullReader &self = reader(context);
        XmlPullReader::Token &token = self.append(XmlPullReader::StartElement, chars(localName));
        // The parser stands on the '>' of <a>, or on the '/' of <a/>: the token ends a character later.
        if (*self.m_parser->input->cur == '/')
            ++token.column;
        token.attributesAt = qsizetype(self.m_attributes.size());
        // Five pointers an attribute: local name, prefix, namespace, value start, value end.
        for (int i = 0; i < attributeCount; ++i) {
            const xmlChar **attribute = attributes + 5 * i;
            const QByteArrayView value(attribute[3], attribute[4] - attribute[3]);
            const qsizetype at = qsizetype(self.m_texts.size());
            // Without entity substitution libxml2 hands an '&' from a reference (&amp;, &#38;) on
            // as "&#38;", for a tree builder to decode; no other reference can be left in a value
            // (there are no declared entities: an internal subset is never read).
            if (value.contains('&')) {
                QByteArray decoded = value.toByteArray();
                decoded.replace("&#38;", "&");
                self.m_texts.append(decoded.constData(), size_t(decoded.size()));
            } else {
                self.m_texts.append(value.data(), size_t(value.size()));
            }
            self.m_attributes.push_back({chars(attribute[1]), chars(attribute[0]), at, qsizetype(self.m_texts.size()) - at});
        }
        token.attributesEnd = qsizetype(self.m_attributes.size());
    }

    static void endElement(void *context, const xmlChar *localName, const xmlChar *, const xmlChar *)
    {
        reader(context).append(XmlPullReader::EndElement, chars(localName));
    }

    static void characters(void *context, const xmlChar *text, int size) { reader(context).appendCharacters(chars(text), size); }

    static void reference(void *context, const xmlChar *name) { reader(context).append(XmlPullReader::EntityReference, chars(name)); }

    static void internalSubset(void *context, const xmlChar *name, const xmlChar *externalId, const xmlChar *systemId)
    {
        XmlPullReader &self = reader(context);
        xmlParserCtxtPtr parser = self.m_parser;
        self.append(XmlPullReader::DTD, nullptr);
        // Called once "<!DOCTYPE name ids" is read and the blanks after it skipped: an internal
        // subset starts here. With SAX off nothing in it is declared (so nothing can expand),
        // nothing more reaches the reader, and the parser is stopped once this block is done.
        if (parser->input && parser->input->cur && *parser->input->cur == '[') {
            parser->disableSAX = 1;
            self.m_pending.beforeToken = qsizetype(self.m_tokens.size());
            self.m_pending.error = XmlPullReader::CustomError;
            self.m_pending.message = u"the internal subset of a document type declaration is not read"_s;
            self.m_pending.line = parser->input->line;
            self.m_pending.column = parser->input->col;
            return;
        }
        xmlSAX2InternalSubset(parser, name, externalId, systemId);
    }

    static void error(void *context, xmlErrorPtr error)
    {
        if (error)
            reader(context).noteError(error->level, error->code, error->message, error->line, error->int2);
    }
};

XmlPullReader::XmlPullReader()
{
    // libxml2 sets up its globals on first use, which two importing threads must not do at once.
    static const bool initialized = [] {
        xmlInitParser();
        return true;
    }();
    Q_UNUSED(initialized);
}

XmlPullReader::~XmlPullReader()
{
    reset();
}

void XmlPullReader::reset()
{
    if (m_parser) {
        xmlFreeDoc(m_parser->myDoc);
        m_parser->myDoc = nullptr;
        xmlFreeParserCtxt(m_parser);
        m_parser = nullptr;
    }
    m_bytes.clear();
    m_pushed = 0;
    m_input = nullptr;
    m_firstBlockRest = {};
    m_finished = false;
    m_terminating = false;
    m_tokens.clear();
    m_attributes.clear();
    m_texts.resize(0);
    m_current = -1;
    m_type = NoToken;
    m_internalSubset = false;
    m_error = NoError;
    m_errorString.clear();
    m_errorLine = 0;
    m_errorColumn = 0;
    m_pending = {};
    m_names.clear();
}

void XmlPullReader::setData(const QByteArray &bytes)
{
    reset();
    QByteArray unknownEncoding;
    m_bytes = toUtf8(bytes, &unknownEncoding);
    if (!unknownEncoding.isEmpty()) {
        m_finished = true;
        m_pending = {0, NotWellFormedError, u"Encoding %1 is unsupported"_s.arg(QString::fromLatin1(unknownEncoding)), 1, 1};
        return;
    }
    // libxml2 looks at the first bytes for a byte order mark (UTF-8's is skipped).
    const qsizetype head = std::min<qsizetype>(4, m_bytes.size());
    startParser(QByteArrayView(m_bytes).first(head));
    m_pushed = head;
}

bool XmlPullReader::readsAsUtf8(QByteArrayView head)
{
    return decodingOf(head).asIs;
}

void XmlPullReader::setInput(FeedInput &input)
{
    reset();
    m_input = &input;
    const QByteArrayView first = input.read(blockSize);
    const qsizetype head = std::min<qsizetype>(4, first.size());
    m_firstBlockRest = first.sliced(head);
    startParser(first.first(head));
}

void XmlPullReader::startParser(QByteArrayView head)
{
    xmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    xmlSAXVersion(&sax, 2);
    // Only what the tokens need; the document tree libxml2's SAX2 would build is never made.
    sax.startElementNs = &XmlPullCallbacks::startElement;
    sax.endElementNs = &XmlPullCallbacks::endElement;
    sax.characters = &XmlPullCallbacks::characters;
    sax.ignorableWhitespace = &XmlPullCallbacks::characters;
    sax.cdataBlock = &XmlPullCallbacks::characters;
    sax.reference = &XmlPullCallbacks::reference;
    sax.internalSubset = &XmlPullCallbacks::internalSubset;
    sax.comment = nullptr;
    sax.processingInstruction = nullptr;
    sax.warning = nullptr;
    sax.error = nullptr;
    sax.fatalError = nullptr;
    sax.serror = &XmlPullCallbacks::error;
    m_parser = xmlCreatePushParserCtxt(&sax, nullptr, head.data(), int(head.size()), nullptr);
    if (!m_parser) {
        m_finished = true;
        m_pending = {0, NotWellFormedError, u"the XML parser could not be started"_s, 0, 0};
        return;
    }
    m_parser->_private = this;
    // No network, no external DTD, no entity substitution: XML_PARSE_NOENT, DTDLOAD and DTDATTR stay
    // off. The bytes are UTF-8 whatever the declaration says (toUtf8(), or the input's check).
    xmlCtxtUseOptions(m_parser, XML_PARSE_NONET | XML_PARSE_IGNORE_ENC);
}

XmlPullReader::Token &XmlPullReader::append(TokenType type, const char *name)
{
    Token &token = m_tokens.emplace_back();
    token.type = type;
    token.name = name;
    token.line = m_parser->input ? m_parser->input->line : 0;
    token.column = m_parser->input ? m_parser->input->col : 0;
    return token;
}

void XmlPullReader::appendCharacters(const char *bytes, int size)
{
    // Text in several pieces (lines, blocks, CDATA beside text) is one token until handed out.
    if (m_tokens.empty() || m_tokens.back().type != Characters || qsizetype(m_tokens.size()) - 1 < m_current) {
        Token &token = append(Characters, nullptr);
        token.textAt = qsizetype(m_texts.size());
    }
    Token &token = m_tokens.back();
    token.textSize += size;
    token.line = m_parser->input->line;
    token.column = m_parser->input->col;
    m_texts.append(bytes, size_t(size));
}

void XmlPullReader::noteError(int level, int code, const char *message, int line, int column)
{
    if (level < XML_ERR_ERROR || m_pending.error != NoError)
        return;
    // An undeclared entity where an external DTD (never read) might declare it: the reference
    // callback that follows makes it an EntityReference token, as in QXmlStreamReader.
    if (code == XML_WAR_UNDECLARED_ENTITY)
        return;
    m_parser->disableSAX = 1; // stopped after this call returns (xmlStopParser frees what the parser is using)
    m_pending.beforeToken = qsizetype(m_tokens.size());
    m_pending.message = QString::fromUtf8(message).trimmed();
    // libxml2 finishes some constructs only once it knows no more input comes (a reference waits
    // for its ';'): an error then is a truncation only where the parser stands at the very end,
    // or where its final check finds the root element unfinished.
    const bool atEnd = m_parser->input && m_parser->input->cur >= m_parser->input->end;
    const bool unfinished = code == XML_ERR_DOCUMENT_END || code == XML_ERR_DOCUMENT_EMPTY || atEnd;
    if (m_terminating && m_parser->instate != XML_PARSER_EPILOG && unfinished) {
        // The document ends in the middle of something. libxml2 names what it was reading, or says
        // "Extra content" (its "document end" error); QXmlStreamReader's message says what happened.
        // And where it ends, as QXmlStreamReader says, rather than where the unfinished part started.
        m_pending.error = PrematureEndOfDocumentError;
        m_pending.message = u"Premature end of document."_s;
        if (m_input) {
            m_pending.line = int(m_input->lineFeeds() + 1);
            m_pending.column = int(m_input->unitsAfterLastLineFeed());
        } else {
            m_pending.line = int(m_bytes.count('\n') + 1);
            m_pending.column = int(QString::fromUtf8(m_bytes.mid(m_bytes.lastIndexOf('\n') + 1)).size());
        }
    } else {
        m_pending.error = NotWellFormedError;
        m_pending.line = line;
        m_pending.column = column;
    }
}

void XmlPullReader::stopParser()
{
    if (m_parser && m_parser->instate != XML_PARSER_EOF)
        xmlStopParser(m_parser);
    m_finished = true;
}

QByteArrayView XmlPullReader::nextBlock()
{
    if (m_input)
        return m_firstBlockRest.isEmpty() ? m_input->read(blockSize) : std::exchange(m_firstBlockRest, {});
    const qsizetype size = std::min(blockSize, m_bytes.size() - m_pushed);
    const QByteArrayView block(m_bytes.constData() + m_pushed, size);
    m_pushed += size;
    return block;
}

void XmlPullReader::pushMore()
{
    const QByteArrayView block = nextBlock();
    if (!block.isEmpty()) {
        xmlParseChunk(m_parser, block.data(), int(block.size()), 0);
    } else if (m_input && m_input->failed()) {
        // Not the document's fault but its bytes': the input says what and where.
        if (m_pending.error == NoError) {
            const FeedLocation where = m_input->faultLocation();
            m_pending = {qsizetype(m_tokens.size()), CustomError, m_input->fault(), int(where.line), int(where.column)};
        }
        stopParser();
        return;
    } else {
        m_terminating = true;
        xmlParseChunk(m_parser, nullptr, 0, 1);
        m_finished = true;
    }
    if (m_pending.error != NoError)
        stopParser();
}

void XmlPullReader::dropHandedOut()
{
    // Without this, text at the end of every block kept all the tokens and texts before it: the
    // tokens of a whole document piled up where the document ends each block in text.
    if (m_current <= 0)
        return;
    Token kept = m_tokens[size_t(m_current)];
    std::memmove(m_texts.data(), m_texts.data() + kept.textAt, size_t(kept.textSize));
    m_texts.resize(size_t(kept.textSize));
    kept.textAt = 0;
    m_tokens.assign(1, kept);
    m_attributes.clear();
    if (m_pending.error != NoError)
        m_pending.beforeToken -= m_current;
    m_current = 0;
}

XmlPullReader::TokenType XmlPullReader::readNext()
{
    if (m_error != NoError)
        return m_type = Invalid;
    if (m_type == EndDocument)
        return m_type;
    m_internalSubset = false;
    ++m_current;
    for (;;) {
        if (m_pending.error != NoError && m_current >= m_pending.beforeToken) {
            m_error = m_pending.error;
            m_errorString = m_pending.message;
            m_errorLine = m_pending.line;
            m_errorColumn = m_pending.column;
            return m_type = Invalid;
        }
        const auto count = qsizetype(m_tokens.size());
        const bool have = m_current < count;
        // Text at the end of a block may go on in the next one.
        const bool textGoesOn = have && m_current + 1 == count && m_tokens.back().type == Characters && !m_finished;
        if (have && !textGoesOn)
            break;
        if (!have && m_finished)
            return m_type = EndDocument;
        if (!have) {
            m_tokens.clear();
            m_attributes.clear();
            m_texts.resize(0);
            m_current = 0;
        } else {
            dropHandedOut();
        }
        pushMore();
    }
    m_type = current().type;
    if (m_type == DTD)
        m_internalSubset = m_pending.error == CustomError && m_pending.beforeToken == m_current + 1;
    return m_type;
}

void XmlPullReader::raiseError(const QString &message)
{
    m_error = CustomError;
    m_errorString = message;
    const bool onToken = m_current >= 0 && m_current < qsizetype(m_tokens.size());
    m_errorLine = onToken ? current().line : 0;
    m_errorColumn = onToken ? current().column : 0;
    m_type = Invalid;
    stopParser();
}

qint64 XmlPullReader::lineNumber() const
{
    if (m_error != NoError)
        return m_errorLine;
    return m_current >= 0 && m_current < qsizetype(m_tokens.size()) ? current().line : 0;
}

qint64 XmlPullReader::columnNumber() const
{
    if (m_error != NoError)
        return m_errorColumn;
    return m_current >= 0 && m_current < qsizetype(m_tokens.size()) ? current().column : 0;
}

QStringView XmlPullReader::name() const
{
    if (m_type != StartElement && m_type != EndElement && m_type != EntityReference)
        return {};
    const char *name = current().name;
    auto it = m_names.constFind(name);
    if (it == m_names.constEnd())
        it = m_names.insert(name, QString::fromUtf8(name));
    return *it;
}

QString XmlPullReader::decode(qsizetype at, qsizetype size) const
{
    return QString::fromUtf8(m_texts.data() + at, size);
}

bool XmlPullReader::utf16LongerThan(qsizetype at, qsizetype size, qsizetype units) const
{
    if (size <= units)
        return false;
    // Every byte but a continuation byte starts a character; four-byte ones take two code units.
    qsizetype counted = 0;
    const auto *bytes = reinterpret_cast<const unsigned char *>(m_texts.data() + at);
    for (qsizetype i = 0; i < size; ++i)
        counted += ((bytes[i] & 0xC0) != 0x80) + (bytes[i] >= 0xF0);
    return counted > units;
}

QString XmlPullReader::text() const
{
    return m_type == Characters ? decode(current().textAt, current().textSize) : QString();
}

bool XmlPullReader::textLongerThan(qsizetype units) const
{
    return m_type == Characters && utf16LongerThan(current().textAt, current().textSize, units);
}

void XmlPullReader::appendText(QString &to) const
{
    if (m_type != Characters)
        return;
    const Token &token = current();
    if (to.isEmpty()) {
        to = decode(token.textAt, token.textSize);
        return;
    }
    const qsizetype oldSize = to.size();
    to.resize(oldSize + token.textSize); // UTF-8 never has fewer bytes than UTF-16 has code units
    QChar *end = m_decoder.appendToBuffer(to.data() + oldSize, QByteArrayView(m_texts.data() + token.textAt, token.textSize));
    to.resize(end - to.constData());
}

XmlAttributes XmlPullReader::attributes() const
{
    if (m_type != StartElement)
        return XmlAttributes(*this, 0, 0);
    return XmlAttributes(*this, current().attributesAt, current().attributesEnd);
}

QString XmlAttributes::value(QLatin1StringView name) const
{
    for (qsizetype i = m_begin; i < m_end; ++i) {
        const XmlPullReader::Attribute &attribute = m_reader->m_attributes[size_t(i)];
        if (!attribute.prefix && QLatin1StringView(attribute.name) == name)
            return m_reader->decode(attribute.valueAt, attribute.valueSize);
    }
    return {};
}

QString XmlAttributes::qualifiedName(qsizetype index) const
{
    const XmlPullReader::Attribute &attribute = m_reader->m_attributes[size_t(m_begin + index)];
    const QString name = QString::fromUtf8(attribute.name);
    return attribute.prefix ? QString::fromUtf8(attribute.prefix) + u':' + name : name;
}

bool XmlAttributes::valueLongerThan(qsizetype index, qsizetype units) const
{
    const XmlPullReader::Attribute &attribute = m_reader->m_attributes[size_t(m_begin + index)];
    return m_reader->utf16LongerThan(attribute.valueAt, attribute.valueSize, units);
}
