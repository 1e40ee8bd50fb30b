#pragma once

#include <QImage>
#include <QObject>
#include <QString>

#include <memory>

class QQmlApplicationEngine;
class QQuickWindow;

namespace Tandem {
class Profile;
}

// The desktop app as main() runs it: the QML engine, the main window, and
// what the window is handed (the profile). Tests create one the same way.
class DesktopApp : public QObject
{
    Q_OBJECT

public:
    explicit DesktopApp(Tandem::Profile *profile, QObject *parent = nullptr);
    ~DesktopApp() override;

    // Loads and shows the main window; returns false with `error` set when
    // QML failed to load.
    bool start(QString *error);
    QQuickWindow *window() const;

    // Saves a PNG of the window once it has rendered its first frame, then
    // emits screenshotSaved (ok=false with a reason on failure).
    void saveScreenshotAfterFirstFrame(const QString &path);

Q_SIGNALS:
    void screenshotSaved(bool ok, const QString &pathOrError);

private:
    Tandem::Profile *m_profile;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow *m_window = nullptr;
};

// Installs the translation for the system language, if we ship one.
void installTranslations(QObject *parent);
