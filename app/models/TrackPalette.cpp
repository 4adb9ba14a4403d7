#include "TrackPalette.h"

#include <QColor>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace
{
struct Lab
{
    double l = 0;
    double a = 0;
    double b = 0;
};

double distance(const Lab &x, const Lab &y)
{
    return std::hypot(x.l - y.l, x.a - y.a, x.b - y.b);
}

double toLinear(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double fromLinear(double c)
{
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1.0 / 2.4) - 0.055;
}

// sRGB with the D65 white point.
constexpr double kWhite[3] = {0.95047, 1.0, 1.08883};

Lab toLab(const QColor &color)
{
    const double r = toLinear(color.redF());
    const double g = toLinear(color.greenF());
    const double b = toLinear(color.blueF());
    const double xyz[3] = {0.4124564 * r + 0.3575761 * g + 0.1804375 * b, 0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
                           0.0193339 * r + 0.1191920 * g + 0.9503041 * b};
    double f[3];
    for (int i = 0; i < 3; ++i) {
        const double t = xyz[i] / kWhite[i];
        f[i] = t > 216.0 / 24389.0 ? std::cbrt(t) : (24389.0 / 27.0 * t + 16.0) / 116.0;
    }
    return {116.0 * f[1] - 16.0, 500.0 * (f[0] - f[1]), 200.0 * (f[1] - f[2])};
}

/** The sRGB colour of a Lab value, or an invalid colour when sRGB cannot show it. */
QColor fromLab(const Lab &lab)
{
    const double fy = (lab.l + 16.0) / 116.0;
    const double f[3] = {fy + lab.a / 500.0, fy, fy - lab.b / 200.0};
    double xyz[3];
    for (int i = 0; i < 3; ++i) {
        const double cube = f[i] * f[i] * f[i];
        xyz[i] = kWhite[i] * (cube > 216.0 / 24389.0 ? cube : (116.0 * f[i] - 16.0) * 27.0 / 24389.0);
    }
    const double linear[3] = {3.2404542 * xyz[0] - 1.5371385 * xyz[1] - 0.4985314 * xyz[2],
                              -0.9692660 * xyz[0] + 1.8760108 * xyz[1] + 0.0415560 * xyz[2],
                              0.0556434 * xyz[0] - 0.2040259 * xyz[1] + 1.0572252 * xyz[2]};
    int rgb[3];
    for (int i = 0; i < 3; ++i) {
        const double c = fromLinear(linear[i]);
        if (c < -1e-9 || c > 1.0 + 1e-9)
            return {};
        rgb[i] = int(std::lround(std::clamp(c, 0.0, 1.0) * 255.0));
    }
    return QColor(rgb[0], rgb[1], rgb[2]);
}

/** The whole palette, in the order it is handed out (computed once: a few thousand distances). */
const QList<QString> &palette()
{
    static const QList<QString> result = [] {
        // Candidates: three lightnesses, a 4-unit grid of a and b, chroma 25 to 70 (colourful
        // but not loud), inside sRGB.
        QList<Lab> candidates;
        for (const double l : {48.0, 58.0, 68.0}) {
            for (int a = -128; a <= 128; a += 4) {
                for (int b = -128; b <= 128; b += 4) {
                    const double chroma = std::hypot(double(a), double(b));
                    if (chroma < 25.0 || chroma > 70.0)
                        continue;
                    if (const QColor color = fromLab({l, double(a), double(b)}); color.isValid())
                        candidates.append(toLab(color)); // the colour as it will be drawn
                }
            }
        }
        // Far from these too: no track, and what trips, conflicts and bookmarks are drawn in.
        const std::array<QColor, 4> reserved = {QColor(TrackPalette::noTrackColor()), QColor(0x1f8a70), QColor(0xc0392b), QColor(0xe0a100)};
        QList<double> nearest(candidates.size(), std::numeric_limits<double>::max());
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            for (const QColor &color : reserved)
                nearest[i] = std::min(nearest[i], distance(candidates[i], toLab(color)));
        }
        // Greedy farthest point, starting from a mid blue.
        QList<QString> colors;
        const Lab start{56.0, 8.0, -52.0};
        qsizetype next = std::min_element(candidates.cbegin(), candidates.cend(),
                                          [&](const Lab &x, const Lab &y) { return distance(x, start) < distance(y, start); })
            - candidates.cbegin();
        while (colors.size() < candidates.size()) {
            const Lab picked = candidates[next];
            colors.append(fromLab(picked).name());
            for (qsizetype i = 0; i < candidates.size(); ++i)
                nearest[i] = std::min(nearest[i], distance(candidates[i], picked));
            next = std::max_element(nearest.cbegin(), nearest.cend()) - nearest.cbegin();
            if (nearest[next] <= 0.0)
                break; // every candidate is taken
        }
        return colors;
    }();
    return result;
}
} // namespace

QString TrackPalette::noTrackColor()
{
    return QStringLiteral("#8a8f98");
}

QStringList TrackPalette::colors(qsizetype count)
{
    const QList<QString> &all = palette();
    QStringList result;
    result.reserve(count);
    // More tracks than candidates (over a thousand) start again from the first colour.
    for (qsizetype i = 0; i < count; ++i)
        result.append(all[i % all.size()]);
    return result;
}

double TrackPalette::difference(const QString &first, const QString &second)
{
    return distance(toLab(QColor(first)), toLab(QColor(second)));
}
