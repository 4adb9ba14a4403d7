#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

/**
 * A small HTTP/1.1 server on 127.0.0.1 inside the test (plain or TLS), answering GETs with
 * canned responses, including the broken ones a feed fetch must survive: a body shorter than its
 * Content-Length, a transfer that stalls, a body that never ends. Records every request.
 */
class LoopbackHttpServer : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        /** Header names in lower case. */
        QHash<QByteArray, QByteArray> headers;
    };

    struct Response
    {
        enum class Mode {
            Normal,
            /** Announces more than it sends, then closes the connection. */
            Truncated,
            /** Sends the headers and `stallAfter` bytes of the body, then nothing, keeping the connection open. */
            Stalled,
            /** No Content-Length; sends data until the client goes away. */
            Endless,
        };
        int status = 200;
        QByteArray reason = "OK";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Mode mode = Mode::Normal;
        qint64 stallAfter = 0;
    };

    using Handler = std::function<Response(const Request &)>;

    /** `tls`: serve HTTPS with the given certificate and key. */
    explicit LoopbackHttpServer(const QSslConfiguration *tls = nullptr)
    {
        if (tls) {
            auto *server = new QSslServer(this);
            server->setSslConfiguration(*tls);
            m_server = server;
        } else {
            m_server = new QTcpServer(this);
        }
        m_scheme = tls ? QStringLiteral("https") : QStringLiteral("http");
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
    }

    bool listen() { return m_server->listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server->serverPort(); }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(m_scheme).arg(port()).arg(path)); }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    /** Serves `response` for `path` (the query string is part of the path). */
    void route(const QByteArray &path, const Response &response) { m_routes.insert(path, response); }

    const QList<Request> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    /** Closes every open connection (stalled and endless ones included). */
    void closeAll()
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

    static Response ok(const QByteArray &body, const QByteArray &contentType = "application/xml")
    {
        Response response;
        response.body = body;
        response.headers.emplaceBack(QByteArray("Content-Type"), QByteArray(contentType));
        return response;
    }
    static Response status(int code, const QByteArray &reason, const QByteArray &body = {})
    {
        Response response;
        response.status = code;
        response.reason = reason;
        response.body = body;
        response.headers.emplaceBack(QByteArray("Content-Type"), QByteArray("text/plain"));
        return response;
    }
    static Response redirect(const QUrl &to, int code = 302)
    {
        Response response = status(code, "Found");
        response.headers.emplaceBack(QByteArray("Location"), QByteArray(to.toEncoded()));
        return response;
    }

    /** The gzip member (RFC 1952) of `data`, made from qCompress's zlib stream. */
    static QByteArray gzip(const QByteArray &data)
    {
        const QByteArray zlib = qCompress(data, 9);
        // qCompress: 4-byte length, 2-byte zlib header, raw deflate, 4-byte Adler-32.
        const QByteArray deflate = zlib.mid(6, zlib.size() - 6 - 4);
        QByteArray out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", 10);
        out += deflate;
        const quint32 crc = crc32(data);
        const quint32 size = quint32(data.size());
        for (int i = 0; i < 4; ++i)
            out += char((crc >> (8 * i)) & 0xff);
        for (int i = 0; i < 4; ++i)
            out += char((size >> (8 * i)) & 0xff);
        return out;
    }

private:
    static quint32 crc32(const QByteArray &data)
    {
        quint32 crc = 0xffffffffu;
        for (const char c : data) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    }

    void accept(QTcpSocket *socket)
    {
        m_sockets.append(socket);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->remove(0, end + 4);
            Request request;
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            m_requests.append(request);
            respond(socket, answer(request));
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    Response answer(const Request &request) const
    {
        if (m_handler)
            return m_handler(request);
        const auto found = m_routes.constFind(request.path);
        if (found != m_routes.constEnd())
            return *found;
        return status(404, "Not Found", "no such feed");
    }

    void respond(QTcpSocket *socket, const Response &response)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        head += "Connection: close\r\n";
        switch (response.mode) {
        case Response::Mode::Normal:
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
            socket->write(head + response.body);
            socket->disconnectFromHost();
            break;
        case Response::Mode::Truncated:
            head += "Content-Length: " + QByteArray::number(response.body.size() * 2 + 100) + "\r\n\r\n";
            socket->write(head + response.body);
            socket->disconnectFromHost();
            break;
        case Response::Mode::Stalled:
            head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n\r\n";
            socket->write(head + response.body.left(response.stallAfter));
            break;
        case Response::Mode::Endless: {
            head += "\r\n";
            socket->write(head);
            const QByteArray chunk(64 * 1024, 'x');
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, chunk] {
                if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024)
                    socket->write(chunk);
            });
            timer->start(1);
            break;
        }
        }
    }

    QTcpServer *m_server = nullptr;
    QString m_scheme;
    Handler m_handler;
    QHash<QByteArray, Response> m_routes;
    QList<Request> m_requests;
    QList<QPointer<QTcpSocket>> m_sockets;
};
