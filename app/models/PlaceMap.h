#pragma once

#include <QColor>
#include <QList>
#include <QPointer>
#include <QQuickPaintedItem>
#include <QRectF>
#include <QtQml/qqmlregistration.h>

class PlaceListModel;

/**
 * The places around the venue, drawn by Lanyard itself (Debian's Qt 6.4 has no Qt Location, and
 * no tiles or network are needed): a local tangent-plane projection centred on the venue, rings
 * at round distances, a scale bar, north up, a label per place (places on one point share it),
 * and places beyond the edge as arrows pointing their way with their distance. A click selects
 * a place; the wheel zooms.
 */
class PlaceMap : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(PlaceListModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QString selectedPlaceId READ selectedPlaceId WRITE setSelectedPlaceId NOTIFY selectedPlaceIdChanged)
    /** Kilometres from the venue to the nearest edge of the drawing. */
    Q_PROPERTY(double radiusKm READ radiusKm WRITE setRadiusKm NOTIFY radiusKmChanged)
    Q_PROPERTY(QColor backgroundColor MEMBER m_background WRITE setBackgroundColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor textColor MEMBER m_text WRITE setTextColor NOTIFY colorsChanged)
    Q_PROPERTY(QColor accentColor MEMBER m_accent WRITE setAccentColor NOTIFY colorsChanged)
    /** How many places are drawn inside the view (the rest point from the edge). */
    Q_PROPERTY(int placesInView READ placesInView NOTIFY painted)
public:
    explicit PlaceMap(QQuickItem *parent = nullptr);

    void paint(QPainter *painter) override;

    PlaceListModel *model() const { return m_model; }
    void setModel(PlaceListModel *model);
    QString selectedPlaceId() const { return m_selected; }
    void setSelectedPlaceId(const QString &placeId);
    double radiusKm() const { return m_radiusKm; }
    void setRadiusKm(double km);
    void setBackgroundColor(const QColor &color);
    void setTextColor(const QColor &color);
    void setAccentColor(const QColor &color);
    int placesInView() const { return m_placesInView; }

    Q_INVOKABLE void zoomIn();
    Q_INVOKABLE void zoomOut();
    /** A radius that shows every located place (within reason: 2 to 500 km). */
    Q_INVOKABLE void showAll();

    /** Round ring distances (km) worth drawing for a view of `radiusKm`. */
    static QList<double> ringDistances(double radiusKm);
    /** A round scale bar length (km) close to `targetKm`. */
    static double scaleBarKm(double targetKm);

Q_SIGNALS:
    void modelChanged();
    void selectedPlaceIdChanged();
    void radiusKmChanged();
    void colorsChanged();
    void painted();
    void placeClicked(const QString &placeId);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Hit
    {
        QString placeId;
        QPointF position;
    };

    QPointer<PlaceListModel> m_model;
    QString m_selected;
    double m_radiusKm = 12;
    QColor m_background = QColor(0xf4, 0xf1, 0xea);
    QColor m_text = QColor(0x20, 0x20, 0x20);
    QColor m_accent = QColor(0xc0, 0x39, 0x2b);
    QList<Hit> m_hits;
    int m_placesInView = 0;
};
