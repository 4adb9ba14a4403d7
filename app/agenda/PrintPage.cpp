#include "PrintPage.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>

namespace
{
constexpr qreal kHeaderHeight = 22;
constexpr qreal kFooterHeight = 18;
/** The paintable part of the page (inside the margins), in points. */
QRectF paperOf(const QPagedPaintDevice &device)
{
    const QRectF points = device.pageLayout().paintRect(QPageLayout::Point);
    return {0, 0, points.width(), points.height()};
}
} // namespace

QSizeF PrintPage::bodySize(const QPagedPaintDevice &device)
{
    const QRectF paper = paperOf(device);
    return {paper.width(), paper.height() - kHeaderHeight - kFooterHeight};
}

PrintPage::PrintPage(QPagedPaintDevice &device, QString title, QString footer)
    : m_device(device)
    , m_title(std::move(title))
    , m_footer(std::move(footer))
{
}

PrintPage::~PrintPage()
{
    end();
}

QFont PrintPage::font(qreal points, bool bold)
{
    // Sizes in the painter's units, which are points: a pixel size, so the device's resolution
    // does not scale the text a second time.
    QFont font(QStringLiteral("Sans Serif"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(qMax(1, qRound(points)));
    font.setBold(bold);
    return font;
}

qreal PrintPage::heightOf(const QString &text, const QFont &font, qreal width)
{
    if (text.isEmpty())
        return 0;
    m_painter.setFont(font);
    return m_painter.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

bool PrintPage::begin(QString *errorMessage)
{
    if (!m_painter.begin(&m_device)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("PrintPage", "the printer or file cannot be written to");
        return false;
    }
    // One unit is one point, whatever the device's dots per inch.
    m_painter.scale(m_device.logicalDpiX() / 72.0, m_device.logicalDpiY() / 72.0);
    m_paper = paperOf(m_device);
    m_body = m_paper.adjusted(0, kHeaderHeight, 0, -kFooterHeight);
    m_page = 1;
    drawFrame();
    return true;
}

void PrintPage::nextPage()
{
    if (!m_painter.isActive())
        return;
    m_device.newPage();
    ++m_page;
    drawFrame();
}

void PrintPage::end()
{
    if (m_painter.isActive())
        m_painter.end();
}

void PrintPage::drawFrame()
{
    m_painter.save();
    m_painter.setPen(Qt::black);
    m_painter.setFont(font(11, true));
    const QRectF header(m_paper.left(), m_paper.top(), m_paper.width(), kHeaderHeight - 6);
    m_painter.drawText(header, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
                       QFontMetricsF(m_painter.font()).elidedText(m_title, Qt::ElideRight, header.width()));
    m_painter.setPen(QPen(Qt::gray, 0.5));
    m_painter.drawLine(QPointF(m_paper.left(), m_paper.top() + kHeaderHeight - 4),
                       QPointF(m_paper.right(), m_paper.top() + kHeaderHeight - 4));
    m_painter.setFont(font(8));
    m_painter.setPen(Qt::darkGray);
    const QRectF footer(m_paper.left(), m_paper.bottom() - kFooterHeight + 6, m_paper.width(), kFooterHeight - 6);
    const QString number = m_pageCount > 0 ? QCoreApplication::translate("PrintPage", "page %1 of %2").arg(m_page).arg(m_pageCount)
                                           : QCoreApplication::translate("PrintPage", "page %1").arg(m_page);
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine, m_footer);
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom | Qt::TextSingleLine, number);
    m_painter.restore();
}
