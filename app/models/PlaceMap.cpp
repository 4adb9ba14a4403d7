#include "PlaceMap.h"

#include "PlaceListModel.h"

#include <QFontMetricsF>
#include <QHash>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

using namespace Qt::Literals::StringLiterals;

namespace
{
constexpr double kMinRadiusKm = 0.5;
constexpr double kMaxRadiusKm = 500;
constexpr double kMargin = 28;

/** One place (or several on one point) as drawn. */
struct Mark
{
    QPointF position;
    QStringList labels;
    QStringList ids;
    bool venue = false;
    bool mine = false;
    bool selected = false;
    bool inside = true;
    /** Beyond the edge: the direction it lies in (unit vector, screen coordinates). */
    QPointF direction;
    double distanceKm = 0;
};

QString labelFor(const PlaceListModel::Row &row)
{
    QString label = shortPlaceName(row.place.name);
    if (row.place.elevationMetres)
        label += u" (%1 m)"_s.arg(qRound(*row.place.elevationMetres));
    return label;
}

QString kmText(double km)
{
    if (km < 1)
        return u"%1 m"_s.arg(qRound(km * 1000));
    return km < 10 && std::abs(km - std::round(km)) > 1e-9 ? u"%1 km"_s.arg(km, 0, 'f', 1) : u"%1 km"_s.arg(qRound(km));
}
} // namespace

PlaceMap::PlaceMap(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAcceptedMouseButtons(Qt::LeftButton);
    setAntialiasing(true);
    setOpaquePainting(true);
}

void PlaceMap::setModel(PlaceListModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &PlaceListModel::rowsUpdated, this, [this] { update(); });
        connect(m_model, &QObject::destroyed, this, [this] { update(); });
    }
    Q_EMIT modelChanged();
    update();
}

void PlaceMap::setSelectedPlaceId(const QString &placeId)
{
    if (m_selected == placeId)
        return;
    m_selected = placeId;
    Q_EMIT selectedPlaceIdChanged();
    update();
}

void PlaceMap::setRadiusKm(double km)
{
    km = std::clamp(km, kMinRadiusKm, kMaxRadiusKm);
    if (qFuzzyCompare(km, m_radiusKm))
        return;
    m_radiusKm = km;
    Q_EMIT radiusKmChanged();
    update();
}

void PlaceMap::setBackgroundColor(const QColor &color)
{
    m_background = color;
    Q_EMIT colorsChanged();
    update();
}

void PlaceMap::setTextColor(const QColor &color)
{
    m_text = color;
    Q_EMIT colorsChanged();
    update();
}

void PlaceMap::setAccentColor(const QColor &color)
{
    m_accent = color;
    Q_EMIT colorsChanged();
    update();
}

void PlaceMap::zoomIn()
{
    setRadiusKm(m_radiusKm / 1.5);
}

void PlaceMap::zoomOut()
{
    setRadiusKm(m_radiusKm * 1.5);
}

void PlaceMap::showAll()
{
    double farthest = 0;
    if (m_model) {
        for (const PlaceListModel::Row &row : m_model->rows()) {
            if (row.placed)
                farthest = std::max(farthest, std::hypot(row.offsetKm.x(), row.offsetKm.y()));
        }
    }
    setRadiusKm(std::max(2.0, farthest * 1.15));
}

QList<double> PlaceMap::ringDistances(double radiusKm)
{
    static const QList<double> candidates = {0.5, 1, 2, 5, 10, 25, 50, 100, 250, 500};
    QList<double> rings;
    // Rings out to the corners of the view, but not so many that they crowd the centre.
    for (const double km : candidates) {
        if (km <= radiusKm * 1.42 && km >= radiusKm / 15)
            rings.append(km);
    }
    return rings;
}

double PlaceMap::scaleBarKm(double targetKm)
{
    static const QList<double> lengths = {0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500};
    double best = lengths.constFirst();
    for (const double km : lengths) {
        if (std::abs(std::log(km / targetKm)) < std::abs(std::log(best / targetKm)))
            best = km;
    }
    return best;
}

namespace
{
/** Where the map is drawn: the whole item, the part inside the margin, the venue's point and the scale. */
struct MapFrame
{
    QRectF area;
    QRectF inner;
    QPointF centre;
    double pxPerKm = 1;
};

/** The colours and fonts of one painting. */
struct MapInk
{
    QColor background;
    QColor text;
    QColor accent;
    QColor faint;
    QColor soft;
    QFont font;
    QFont small;
    QFont bold;
};

/** Where each mark is drawn (its point, or the arrow at the edge for one beyond it) and its label's box. */
struct MarkLayout
{
    QList<QPointF> points;
    QList<QRectF> labels;
};

/** A mark's label lines; one beyond the edge says how far it is. */
QStringList labelLines(const Mark &mark)
{
    QStringList lines = mark.labels;
    if (!mark.inside)
        lines.last() += u" · "_s + kmText(mark.distanceKm);
    return lines;
}

/** Distance rings around the venue, labelled at the top. */
void drawRings(QPainter *painter, const MapFrame &frame, double radiusKm, const MapInk &ink)
{
    painter->setFont(ink.small);
    for (const double km : PlaceMap::ringDistances(radiusKm)) {
        const double r = km * frame.pxPerKm;
        painter->setPen(QPen(ink.faint, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(frame.centre, r, r);
        const QPointF top(frame.centre.x(), frame.centre.y() - r);
        if (frame.area.contains(top)) {
            painter->setPen(ink.soft);
            painter->drawText(QRectF(top.x() + 3, top.y(), 80, 16), Qt::AlignLeft | Qt::AlignTop, kmText(km));
        }
    }
}

/**
 * The places as marks, merged where they share a point on the screen, with the selected one and
 * the venue last (drawn on top).
 */
QList<Mark> collectMarks(const PlaceListModel *model, const MapFrame &frame, const QString &selected)
{
    QList<Mark> marks;
    if (!model)
        return marks;
    for (const PlaceListModel::Row &row : model->rows()) {
        if (!row.placed)
            continue;
        const QPointF at(frame.centre.x() + row.offsetKm.x() * frame.pxPerKm, frame.centre.y() - row.offsetKm.y() * frame.pxPerKm);
        Mark *mark = nullptr;
        for (Mark &existing : marks) {
            if (QLineF(existing.position, at).length() < 3) {
                mark = &existing;
                break;
            }
        }
        if (!mark) {
            marks.append(Mark{});
            mark = &marks.last();
            mark->position = at;
            mark->distanceKm = row.distanceKm;
            mark->inside = frame.inner.contains(at);
            const double length = std::hypot(row.offsetKm.x(), row.offsetKm.y());
            if (length > 0)
                mark->direction = QPointF(row.offsetKm.x() / length, -row.offsetKm.y() / length);
        }
        mark->labels.append(labelFor(row));
        mark->ids.append(row.place.id);
        mark->venue = mark->venue || row.place.isVenue;
        mark->mine = mark->mine || row.place.userMade;
        mark->selected = mark->selected || row.place.id == selected;
    }
    std::stable_sort(marks.begin(), marks.end(),
                     [](const Mark &a, const Mark &b) { return (a.selected || a.venue) < (b.selected || b.venue); });
    return marks;
}

/**
 * A free box of `size` for a label near `at`: beside, above or below it, else further up or down
 * (tied to it by a leader line), else clamped into the view on its right (overlap rather than vanish).
 */
QRectF placeLabel(const QPointF &at, const QSizeF &size, double gap, const QRectF &area, const QList<QRectF> &taken)
{
    QList<QPointF> offsets = {{gap, -size.height() / 2},
                              {-gap - size.width(), -size.height() / 2},
                              {-size.width() / 2, -gap - size.height()},
                              {-size.width() / 2, gap},
                              {gap, gap},
                              {gap, -gap - size.height()},
                              {-gap - size.width(), gap},
                              {-gap - size.width(), -gap - size.height()}};
    for (const double step : {1.0, 2.0, 3.0}) {
        const double dy = step * (size.height() + 2);
        for (const double dx : {gap, -size.width() / 2, -gap - size.width()}) {
            offsets.append({dx, -gap - size.height() - dy});
            offsets.append({dx, gap + dy});
        }
    }
    for (const QPointF &offset : offsets) {
        const QRectF rect(at + offset, size);
        if (!area.contains(rect))
            continue;
        const bool clear = std::none_of(taken.begin(), taken.end(), [&rect](const QRectF &other) { return other.intersects(rect); });
        if (clear)
            return rect;
    }
    QRectF rect(at + offsets.constFirst(), size);
    rect.moveLeft(std::clamp(rect.left(), area.left(), area.right() - size.width()));
    rect.moveTop(std::clamp(rect.top(), area.top(), area.bottom() - size.height()));
    return rect;
}

/**
 * Each mark's point (a place beyond the edge: where the line from the venue towards it leaves the
 * inner rectangle) and its label's box; labels claim their space in order of importance: the
 * venue, the selected place, then the nearest first.
 */
MarkLayout layoutMarks(const QList<Mark> &marks, const MapFrame &frame, const MapInk &ink)
{
    MarkLayout layout;
    layout.points.resize(marks.size());
    layout.labels.resize(marks.size());
    QList<QRectF> taken;
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const Mark &mark = marks[i];
        if (mark.inside) {
            layout.points[i] = mark.position;
            taken.append(QRectF(mark.position - QPointF(6, 6), QSizeF(12, 12)));
            continue;
        }
        const QPointF way = mark.direction;
        double t = std::numeric_limits<double>::max();
        if (std::abs(way.x()) > 1e-9)
            t = std::min(t, ((way.x() > 0 ? frame.inner.right() : frame.inner.left()) - frame.centre.x()) / way.x());
        if (std::abs(way.y()) > 1e-9)
            t = std::min(t, ((way.y() > 0 ? frame.inner.bottom() : frame.inner.top()) - frame.centre.y()) / way.y());
        layout.points[i] = frame.centre + way * t;
        taken.append(QRectF(layout.points[i] - QPointF(8, 8), QSizeF(16, 16)));
    }

    QList<qsizetype> order;
    for (qsizetype i = 0; i < marks.size(); ++i)
        order.append(i);
    const auto rank = [](const Mark &m) { return m.venue ? 0 : m.selected ? 1 : 2; };
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        if (rank(marks[a]) != rank(marks[b]))
            return rank(marks[a]) < rank(marks[b]);
        return marks[a].distanceKm < marks[b].distanceKm;
    });
    for (const qsizetype i : std::as_const(order)) {
        const Mark &mark = marks[i];
        const QStringList lines = labelLines(mark);
        const QFontMetricsF metrics(mark.venue || mark.selected ? ink.bold : ink.font);
        double widest = 0;
        for (const QString &line : lines)
            widest = std::max(widest, metrics.horizontalAdvance(line));
        const QSizeF size(widest + 6, metrics.height() * lines.size() + 2);
        const QRectF rect = placeLabel(layout.points[i], size, mark.inside ? 8 : 12, frame.area, taken);
        taken.append(rect);
        layout.labels[i] = rect;
    }
    return layout;
}

/** One mark: a dot (the venue: a square), or an arrow at the edge pointing the way; its selection ring and its label. */
void drawMark(QPainter *painter, const Mark &mark, const QPointF &at, const QRectF &labelRect, const MapInk &ink)
{
    const QColor fill = mark.venue ? ink.accent : mark.mine ? QColor(0x2e, 0x6d, 0xb4) : QColor(0x1f, 0x8a, 0x70);
    painter->setPen(QPen(ink.background, 1.5));
    painter->setBrush(fill);
    if (!mark.inside) {
        const QPointF way = mark.direction;
        const QPointF n(-way.y(), way.x());
        QPainterPath arrow;
        // Long and narrow with a notch, so that which end is the point is plain.
        arrow.moveTo(at + way * 10);
        arrow.lineTo(at - way * 6 + n * 5);
        arrow.lineTo(at - way * 2);
        arrow.lineTo(at - way * 6 - n * 5);
        arrow.closeSubpath();
        painter->drawPath(arrow);
    } else if (mark.venue) {
        painter->drawRect(QRectF(at - QPointF(7, 7), QSizeF(14, 14)));
    } else {
        painter->drawEllipse(at, 6, 6);
    }
    if (mark.selected) {
        painter->setPen(QPen(ink.accent, 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(at, 12, 12);
    }

    // A label set apart from its point gets a leader line to it.
    if (mark.inside && !labelRect.adjusted(-10, -10, 10, 10).contains(at)) {
        const QPointF end(std::clamp(at.x(), labelRect.left(), labelRect.right()), std::clamp(at.y(), labelRect.top(), labelRect.bottom()));
        const QLineF leader(at, end);
        // From the edge of the dot (or of the selection ring), not across it.
        const double skip = mark.selected ? 13 : 8;
        if (leader.length() > skip) {
            painter->setPen(QPen(ink.soft, 1));
            painter->drawLine(leader.pointAt(skip / leader.length()), end);
        }
    }
    QColor halo = ink.background;
    halo.setAlphaF(0.8f);
    painter->setPen(Qt::NoPen);
    painter->setBrush(halo);
    painter->drawRoundedRect(labelRect, 3, 3);
    painter->setFont(mark.venue || mark.selected ? ink.bold : ink.font);
    painter->setPen(mark.inside ? ink.text : ink.soft);
    painter->drawText(labelRect.adjusted(3, 1, -3, -1), Qt::AlignLeft | Qt::AlignVCenter, labelLines(mark).join(u'\n'));
}

/** The scale bar, bottom left. */
void drawScaleBar(QPainter *painter, const MapFrame &frame, const MapInk &ink)
{
    const double barKm = PlaceMap::scaleBarKm(frame.area.width() / 5 / frame.pxPerKm);
    const double barPx = barKm * frame.pxPerKm;
    const QPointF barStart(12, frame.area.bottom() - 14);
    painter->setPen(QPen(ink.text, 2));
    painter->drawLine(barStart, barStart + QPointF(barPx, 0));
    painter->drawLine(barStart, barStart - QPointF(0, 6));
    painter->drawLine(barStart + QPointF(barPx, 0), barStart + QPointF(barPx, -6));
    painter->setFont(ink.small);
    painter->drawText(QRectF(barStart.x(), barStart.y() - 22, barPx + 60, 16), Qt::AlignLeft | Qt::AlignBottom, kmText(barKm));
}

/** North, top left. */
void drawNorth(QPainter *painter, const MapInk &ink)
{
    const QPointF north(20, 16);
    QPainterPath needle;
    needle.moveTo(north);
    needle.lineTo(north + QPointF(-6, 18));
    needle.lineTo(north + QPointF(0, 13));
    needle.lineTo(north + QPointF(6, 18));
    needle.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(ink.text);
    painter->drawPath(needle);
    painter->setPen(ink.text);
    painter->setFont(ink.bold);
    painter->drawText(QRectF(north.x() - 10, north.y() + 18, 20, 18), Qt::AlignCenter, u"N"_s);
}
} // namespace

void PlaceMap::paint(QPainter *painter)
{
    const QRectF area(0, 0, width(), height());
    painter->fillRect(area, m_background);
    m_hits.clear();
    m_placesInView = 0;
    if (area.width() < 2 * kMargin || area.height() < 2 * kMargin)
        return;

    MapFrame frame;
    frame.area = area;
    frame.inner = area.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    frame.centre = area.center();
    frame.pxPerKm = (std::min(area.width(), area.height()) / 2 - kMargin) / m_radiusKm;
    MapInk ink;
    ink.background = m_background;
    ink.text = m_text;
    ink.accent = m_accent;
    ink.faint = m_text;
    ink.faint.setAlphaF(0.35f);
    ink.soft = m_text;
    ink.soft.setAlphaF(0.65f);
    ink.font = painter->font();
    ink.small = ink.font;
    ink.small.setPointSizeF(ink.font.pointSizeF() * 0.85);
    ink.bold = ink.font;
    ink.bold.setBold(true);

    drawRings(painter, frame, m_radiusKm, ink);
    const QList<Mark> marks = collectMarks(m_model, frame, m_selected);
    const MarkLayout layout = layoutMarks(marks, frame, ink);
    for (qsizetype i = 0; i < marks.size(); ++i) {
        const Mark &mark = marks[i];
        drawMark(painter, mark, layout.points[i], layout.labels[i], ink);
        if (mark.inside)
            m_placesInView += int(mark.ids.size());
        for (const QString &id : mark.ids)
            m_hits.append({id, layout.points[i]});
    }
    drawScaleBar(painter, frame, ink);
    drawNorth(painter, ink);

    Q_EMIT painted();
}

void PlaceMap::mousePressEvent(QMouseEvent *event)
{
    QString nearest;
    double best = 14;
    for (const Hit &hit : std::as_const(m_hits)) {
        const double distance = QLineF(hit.position, event->position()).length();
        if (distance < best) {
            best = distance;
            nearest = hit.placeId;
        }
    }
    if (nearest.isEmpty()) {
        event->ignore();
        return;
    }
    event->accept();
    Q_EMIT placeClicked(nearest);
}

void PlaceMap::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y();
    if (steps == 0) {
        event->ignore();
        return;
    }
    setRadiusKm(m_radiusKm * std::pow(1.5, -steps / 120.0));
    event->accept();
}
