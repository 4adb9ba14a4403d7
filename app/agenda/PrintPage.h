#pragma once

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

/**
 * A printed page's frame, shared by every printout: the painter in points (1/72 inch) whatever the
 * device's resolution, the area inside the margins, fonts by size in points, a running header
 * and a footer with the page number. The output stays vector text, so a PDF can be searched and
 * copied from.
 */
class PrintPage
{
public:
    /** `title` heads every page; `footer` (say, the conference and day) sits beside the number. */
    PrintPage(QPagedPaintDevice &device, QString title, QString footer);
    ~PrintPage();
    PrintPage(const PrintPage &) = delete;
    PrintPage &operator=(const PrintPage &) = delete;

    /** Starts the first page; false (with a reason) when the device cannot be painted on. */
    bool begin(QString *errorMessage);
    /** Ends the current page and starts the next one. */
    void nextPage();
    /** Ends the last page. */
    void end();

    QPainter &painter() { return m_painter; }
    /** Where content goes on this page, in points: below the header, above the footer. */
    QRectF body() const { return m_body; }
    int pageNumber() const { return m_page; }
    /** With a known total, the footer says "page 2 of 5". */
    void setPageCount(int count) { m_pageCount = count; }

    /** The body's size on `device`, before anything is painted (to count pages first). */
    static QSizeF bodySize(const QPagedPaintDevice &device);
    static QFont font(qreal points, bool bold = false);
    /** The height `text` takes in `font` wrapped to `width` points. */
    qreal heightOf(const QString &text, const QFont &font, qreal width);

private:
    void drawFrame();

    QPagedPaintDevice &m_device;
    QPainter m_painter;
    QString m_title;
    QString m_footer;
    QRectF m_paper;
    QRectF m_body;
    int m_pageCount = 0;
    int m_page = 0;
};
