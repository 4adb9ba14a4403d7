#include "CalDavXml.h"

#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;

const DavProperty *DavResponse::property(const QString &key) const
{
    const auto found = properties.constFind(key);
    return found == properties.constEnd() ? nullptr : &*found;
}

QString DavResponse::text(const QString &key) const
{
    const DavProperty *found = property(key);
    return found && found->status >= 200 && found->status < 300 ? found->text : QString();
}

namespace CalDavXml
{

QString key(const QString &ns, const QString &local)
{
    return ns + u'|' + local;
}

int statusCode(const QString &statusLine)
{
    const QStringList parts = statusLine.simplified().split(u' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

namespace
{
/** Reads one property element (the reader is at its start) into `property`. */
void readProperty(QXmlStreamReader &xml, DavProperty &property)
{
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (depth == 1)
                property.children.append(key(xml.namespaceUri().toString(), xml.name().toString()));
            if (xml.namespaceUri() == dav && xml.name() == u"href"_s) {
                property.hrefs.append(xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
                continue; // readElementText consumed the end element
            }
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        } else if (token == QXmlStreamReader::Characters && depth == 1) {
            property.text += xml.text();
        }
    }
    property.text = property.text.trimmed();
}

void readPropstat(QXmlStreamReader &xml, DavResponse &response)
{
    QList<std::pair<QString, DavProperty>> found;
    int status = 0;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == dav && xml.name() == u"prop"_s) {
            while (xml.readNextStartElement()) {
                DavProperty property;
                const QString name = key(xml.namespaceUri().toString(), xml.name().toString());
                readProperty(xml, property);
                found.append({name, property});
            }
        } else if (xml.namespaceUri() == dav && xml.name() == u"status"_s) {
            status = statusCode(xml.readElementText());
        } else {
            xml.skipCurrentElement();
        }
    }
    for (auto &[name, property] : found) {
        property.status = status;
        response.properties.insert(name, property);
    }
}
} // namespace

std::optional<DavMultiStatus> parse(const QByteArray &body, QString *errorMessage)
{
    QXmlStreamReader xml(body);
    DavMultiStatus result;
    if (!xml.readNextStartElement() || xml.namespaceUri() != dav || xml.name() != u"multistatus"_s) {
        if (errorMessage)
            *errorMessage =
                xml.hasError() ? u"the answer is not XML (%1)"_s.arg(xml.errorString()) : u"the answer is not a WebDAV multistatus"_s;
        return std::nullopt;
    }
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == dav && xml.name() == u"response"_s) {
            DavResponse response;
            while (xml.readNextStartElement()) {
                if (xml.namespaceUri() == dav && xml.name() == u"href"_s)
                    response.href = xml.readElementText().trimmed();
                else if (xml.namespaceUri() == dav && xml.name() == u"status"_s)
                    response.status = statusCode(xml.readElementText());
                else if (xml.namespaceUri() == dav && xml.name() == u"propstat"_s)
                    readPropstat(xml, response);
                else
                    xml.skipCurrentElement();
            }
            result.responses.append(response);
        } else if (xml.namespaceUri() == dav && xml.name() == u"sync-token"_s) {
            result.syncToken = xml.readElementText().trimmed();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        if (errorMessage)
            *errorMessage = u"the multistatus answer is broken (%1 at line %2)"_s.arg(xml.errorString()).arg(xml.lineNumber());
        return std::nullopt;
    }
    return result;
}

} // namespace CalDavXml
