#pragma once

// What GUI tests check in a screenshot, and where they keep it.

#include <QDir>
#include <QImage>
#include <QSet>
#include <QString>

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

} // namespace TandemTest
