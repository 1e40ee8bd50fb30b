#pragma once

// What GUI tests check in a screenshot, and where they keep it.

#include <QColor>
#include <QDir>
#include <QHash>
#include <QImage>
#include <QSet>
#include <QString>

#include <algorithm>
#include <cmath>

namespace TandemTest {

// Screenshots are kept for people to look at after the run.
inline QString artifactPath(const QString &name)
{
    QString dir = qEnvironmentVariable("TANDEM_TEST_ARTIFACTS");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

// "Not blank": a rendered window has text, frames and a background, so it
// has many distinct colours and a good share of pixels unlike the corner.
struct ImageStats
{
    int distinctColours = 0;
    double nonBackgroundShare = 0;
};

inline ImageStats statsOf(const QImage &image, const QRect &area)
{
    QSet<QRgb> colours;
    const QRgb background = image.pixel(area.topLeft());
    qint64 different = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb p = image.pixel(x, y);
            if (colours.size() < 4096)
                colours.insert(p);
            different += p != background;
        }
    }
    return {int(colours.size()), double(different) / (qint64(area.width()) * area.height())};
}

// Text must stand out from what it is drawn on. WCAG asks 4.5:1 of body
// text and 3:1 of large text and of what controls show; sampling
// anti-aliased glyphs reads a little low, so 3:1 is the bar here.
constexpr double MinTextContrast = 3.0;

// WCAG 2 relative luminance of an sRGB colour.
inline double relativeLuminance(QRgb rgb)
{
    auto channel = [](int c) {
        const double v = c / 255.0;
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(rgb)) + 0.7152 * channel(qGreen(rgb)) + 0.0722 * channel(qBlue(rgb));
}

inline double contrastRatio(QRgb a, QRgb b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The contrast of text inside `area`: its background is the commonest
// colour there, its ink the pixel that differs most from that (the core of
// a glyph stroke).
struct TextContrast
{
    QRgb background = 0;
    QRgb ink = 0;
    double ratio = 1;
};

inline TextContrast textContrastIn(const QImage &image, const QRect &area)
{
    QHash<QRgb, int> counts;
    const QRect inside = area & image.rect();
    for (int y = inside.top(); y <= inside.bottom(); ++y) {
        for (int x = inside.left(); x <= inside.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000];
    }
    TextContrast result;
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            result.background = it.key();
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (const double ratio = contrastRatio(it.key(), result.background); ratio > result.ratio) {
            result.ratio = ratio;
            result.ink = it.key();
        }
    }
    return result;
}

} // namespace TandemTest
