#include "PlaceMap.h"

#include "PlaceListModel.h"

#include <QFontMetricsF>
#include <QHash>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QWheelEvent>

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

void PlaceMap::paint(QPainter *painter)
{
    const QRectF area(0, 0, width(), height());
    painter->fillRect(area, m_background);
    m_hits.clear();
    m_placesInView = 0;
    if (area.width() < 2 * kMargin || area.height() < 2 * kMargin)
        return;

    const QPointF centre = area.center();
    const double pxPerKm = (std::min(area.width(), area.height()) / 2 - kMargin) / m_radiusKm;
    const QRectF inner = area.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    QColor faint = m_text;
    faint.setAlphaF(0.35f);
    QColor soft = m_text;
    soft.setAlphaF(0.65f);
    QFont font = painter->font();
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    QFont bold = font;
    bold.setBold(true);

    // Distance rings, labelled at the top.
    painter->setFont(small);
    for (const double km : ringDistances(m_radiusKm)) {
        const double r = km * pxPerKm;
        painter->setPen(QPen(faint, 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(centre, r, r);
        const QPointF top(centre.x(), centre.y() - r);
        if (area.contains(top)) {
            painter->setPen(soft);
            painter->drawText(QRectF(top.x() + 3, top.y(), 80, 16), Qt::AlignLeft | Qt::AlignTop, kmText(km));
        }
    }

    // The places: merged where they share a point on the screen.
    QList<Mark> marks;
    if (m_model) {
        for (const PlaceListModel::Row &row : m_model->rows()) {
            if (!row.placed)
                continue;
            const QPointF at(centre.x() + row.offsetKm.x() * pxPerKm, centre.y() - row.offsetKm.y() * pxPerKm);
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
                mark->inside = inner.contains(at);
                const double length = std::hypot(row.offsetKm.x(), row.offsetKm.y());
                if (length > 0)
                    mark->direction = QPointF(row.offsetKm.x() / length, -row.offsetKm.y() / length);
            }
            mark->labels.append(labelFor(row));
            mark->ids.append(row.place.id);
            mark->venue = mark->venue || row.place.isVenue;
            mark->mine = mark->mine || row.place.userMade;
            mark->selected = mark->selected || row.place.id == m_selected;
        }
    }

    QList<QRectF> taken;
    auto placeLabel = [&](const QPointF &at, const QSizeF &size, double gap) {
        QList<QPointF> offsets = {{gap, -size.height() / 2}, {-gap - size.width(), -size.height() / 2},
                                  {-size.width() / 2, -gap - size.height()}, {-size.width() / 2, gap},
                                  {gap, gap}, {gap, -gap - size.height()}, {-gap - size.width(), gap},
                                  {-gap - size.width(), -gap - size.height()}};
        // Crowded near the point: further up or down, tied to it by a leader line.
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
            bool clear = true;
            for (const QRectF &other : std::as_const(taken)) {
                if (other.intersects(rect)) {
                    clear = false;
                    break;
                }
            }
            if (clear)
                return rect;
        }
        // Crowded: the first place on the right, clamped into the view (overlap rather than vanish).
        QRectF rect(at + offsets.constFirst(), size);
        rect.moveLeft(std::clamp(rect.left(), area.left(), area.right() - size.width()));
        rect.moveTop(std::clamp(rect.top(), area.top(), area.bottom() - size.height()));
        return rect;
    };

    // Selected and the venue last, so that they are drawn on top.
    std::stable_sort(marks.begin(), marks.end(), [](const Mark &a, const Mark &b) {
        return (a.selected || a.venue) < (b.selected || b.venue);
    });
    // Labels claim their space in order of importance: venue, selected, then nearest first.
    QList<qsizetype> labelOrder;
    for (qsizetype i = 0; i < marks.size(); ++i)
        labelOrder.append(i);
    std::stable_sort(labelOrder.begin(), labelOrder.end(), [&](qsizetype a, qsizetype b) {
        const auto rank = [&](const Mark &m) { return m.venue ? 0 : m.selected ? 1 : 2; };
        if (rank(marks[a]) != rank(marks[b]))
            return rank(marks[a]) < rank(marks[b]);
        return marks[a].distanceKm < marks[b].distanceKm;
    });
    QHash<qsizetype, QRectF> labelRects;
    QList<QPointF> edgePoints(marks.size());
    for (qsizetype i = 0; i < marks.size(); ++i) {
        Mark &mark = marks[i];
        if (mark.inside) {
            edgePoints[i] = mark.position;
            taken.append(QRectF(mark.position - QPointF(6, 6), QSizeF(12, 12)));
            continue;
        }
        // Where the line from the venue towards it leaves the inner rectangle.
        const QPointF way = mark.direction;
        double t = std::numeric_limits<double>::max();
        if (std::abs(way.x()) > 1e-9)
            t = std::min(t, ((way.x() > 0 ? inner.right() : inner.left()) - centre.x()) / way.x());
        if (std::abs(way.y()) > 1e-9)
            t = std::min(t, ((way.y() > 0 ? inner.bottom() : inner.top()) - centre.y()) / way.y());
        edgePoints[i] = centre + way * t;
        taken.append(QRectF(edgePoints[i] - QPointF(8, 8), QSizeF(16, 16)));
    }
    for (const qsizetype i : std::as_const(labelOrder)) {
        const Mark &mark = marks[i];
        QStringList lines = mark.labels;
        if (!mark.inside)
            lines.last() += u" · "_s + kmText(mark.distanceKm);
        const QFontMetricsF metrics(mark.venue || mark.selected ? bold : font);
        double widest = 0;
        for (const QString &line : std::as_const(lines))
            widest = std::max(widest, metrics.horizontalAdvance(line));
        const QSizeF size(widest + 6, metrics.height() * lines.size() + 2);
        const QRectF rect = placeLabel(edgePoints[i], size, mark.inside ? 8 : 12);
        taken.append(rect);
        labelRects.insert(i, rect);
    }

    for (qsizetype i = 0; i < marks.size(); ++i) {
        const Mark &mark = marks[i];
        const QPointF at = edgePoints[i];
        const QColor fill = mark.venue ? m_accent : mark.mine ? QColor(0x2e, 0x6d, 0xb4) : QColor(0x1f, 0x8a, 0x70);
        painter->setPen(QPen(m_background, 1.5));
        painter->setBrush(fill);
        if (!mark.inside) {
            // An arrow at the edge, pointing the way.
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
            m_placesInView += int(mark.ids.size());
        } else {
            painter->drawEllipse(at, 6, 6);
            m_placesInView += int(mark.ids.size());
        }
        if (mark.selected) {
            painter->setPen(QPen(m_accent, 2.5));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(at, 12, 12);
        }
        for (const QString &id : mark.ids)
            m_hits.append({id, at});

        const QRectF rect = labelRects.value(i);
        const QStringList lines = [&] {
            QStringList result = mark.labels;
            if (!mark.inside)
                result.last() += u" · "_s + kmText(mark.distanceKm);
            return result;
        }();
        // A label set apart from its point gets a leader line to it.
        if (mark.inside && !rect.adjusted(-10, -10, 10, 10).contains(at)) {
            const QPointF end(std::clamp(at.x(), rect.left(), rect.right()), std::clamp(at.y(), rect.top(), rect.bottom()));
            const QLineF leader(at, end);
            // From the edge of the dot (or of the selection ring), not across it.
            const double skip = mark.selected ? 13 : 8;
            if (leader.length() > skip) {
                painter->setPen(QPen(soft, 1));
                painter->drawLine(leader.pointAt(skip / leader.length()), end);
            }
        }
        QColor halo = m_background;
        halo.setAlphaF(0.8f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawRoundedRect(rect, 3, 3);
        painter->setFont(mark.venue || mark.selected ? bold : font);
        painter->setPen(mark.inside ? m_text : soft);
        painter->drawText(rect.adjusted(3, 1, -3, -1), Qt::AlignLeft | Qt::AlignVCenter, lines.join(u'\n'));
    }

    // Scale bar, bottom left.
    const double barKm = scaleBarKm(area.width() / 5 / pxPerKm);
    const double barPx = barKm * pxPerKm;
    const QPointF barStart(12, area.bottom() - 14);
    painter->setPen(QPen(m_text, 2));
    painter->drawLine(barStart, barStart + QPointF(barPx, 0));
    painter->drawLine(barStart, barStart - QPointF(0, 6));
    painter->drawLine(barStart + QPointF(barPx, 0), barStart + QPointF(barPx, -6));
    painter->setFont(small);
    painter->drawText(QRectF(barStart.x(), barStart.y() - 22, barPx + 60, 16), Qt::AlignLeft | Qt::AlignBottom, kmText(barKm));

    // North, top left.
    const QPointF north(20, 16);
    QPainterPath needle;
    needle.moveTo(north);
    needle.lineTo(north + QPointF(-6, 18));
    needle.lineTo(north + QPointF(0, 13));
    needle.lineTo(north + QPointF(6, 18));
    needle.closeSubpath();
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_text);
    painter->drawPath(needle);
    painter->setPen(m_text);
    painter->setFont(bold);
    painter->drawText(QRectF(north.x() - 10, north.y() + 18, 20, 18), Qt::AlignCenter, u"N"_s);

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
