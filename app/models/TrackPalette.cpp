#include "TrackPalette.h"

#include <QColor>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <mutex>

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

/** Squared distance: enough to compare, without the square root. */
double squaredDistance(const Lab &x, const Lab &y)
{
    const double dl = x.l - y.l;
    const double da = x.a - y.a;
    const double db = x.b - y.b;
    return dl * dl + da * da + db * db;
}

/**
 * The palette in the order it is handed out, picked greedily (each colour the candidate farthest
 * from those before it) and only as far as asked: a conference's 30 tracks cost 30 passes over the
 * candidates, not the thousand the whole palette takes (that was some 50 ms of every start).
 */
class Palette
{
public:
    Palette()
    {
        // Candidates: three lightnesses, a 4-unit grid of a and b, chroma 25 to 70 (colourful
        // but not loud), inside sRGB.
        for (const double l : {48.0, 58.0, 68.0}) {
            for (int a = -128; a <= 128; a += 4) {
                for (int b = -128; b <= 128; b += 4) {
                    const double chroma = std::hypot(double(a), double(b));
                    if (chroma < 25.0 || chroma > 70.0)
                        continue;
                    if (const QColor color = fromLab({l, double(a), double(b)}); color.isValid())
                        m_candidates.append(toLab(color)); // the colour as it will be drawn
                }
            }
        }
        // Far from these too: no track, and what trips, conflicts and bookmarks are drawn in.
        const std::array<QColor, 4> reserved = {QColor(TrackPalette::noTrackColor()), QColor(0x1f8a70), QColor(0xc0392b), QColor(0xe0a100)};
        std::array<Lab, 4> reservedLab;
        std::transform(reserved.cbegin(), reserved.cend(), reservedLab.begin(), toLab);
        m_nearest.fill(std::numeric_limits<double>::max(), m_candidates.size());
        for (qsizetype i = 0; i < m_candidates.size(); ++i) {
            for (const Lab &color : reservedLab)
                m_nearest[i] = std::min(m_nearest[i], squaredDistance(m_candidates[i], color));
        }
        // Greedy farthest point, starting from a mid blue.
        const Lab start{56.0, 8.0, -52.0};
        m_next = std::min_element(m_candidates.cbegin(), m_candidates.cend(),
                                  [&](const Lab &x, const Lab &y) { return squaredDistance(x, start) < squaredDistance(y, start); })
            - m_candidates.cbegin();
    }

    /** The first `count` colours (all there are when fewer). */
    QStringList first(qsizetype count)
    {
        const std::lock_guard lock(m_mutex);
        while (m_colors.size() < count && !m_complete) {
            const Lab picked = m_candidates[m_next];
            m_colors.append(fromLab(picked).name());
            for (qsizetype i = 0; i < m_candidates.size(); ++i)
                m_nearest[i] = std::min(m_nearest[i], squaredDistance(m_candidates[i], picked));
            m_next = std::max_element(m_nearest.cbegin(), m_nearest.cend()) - m_nearest.cbegin();
            m_complete = m_colors.size() == m_candidates.size() || m_nearest[m_next] <= 0.0; // every candidate is taken
        }
        return m_colors.mid(0, count);
    }

private:
    std::mutex m_mutex;
    QList<Lab> m_candidates;
    QList<double> m_nearest;
    qsizetype m_next = 0;
    QStringList m_colors;
    bool m_complete = false;
};

Palette &palette()
{
    static Palette instance;
    return instance;
}
} // namespace

QString TrackPalette::noTrackColor()
{
    return QStringLiteral("#8a8f98");
}

QStringList TrackPalette::colors(qsizetype count)
{
    const QStringList all = palette().first(count);
    if (all.size() >= count || all.isEmpty())
        return all;
    // More tracks than candidates (over a thousand) start again from the first colour.
    QStringList result;
    result.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        result.append(all[i % all.size()]);
    return result;
}

double TrackPalette::difference(const QString &first, const QString &second)
{
    return distance(toLab(QColor(first)), toLab(QColor(second)));
}
