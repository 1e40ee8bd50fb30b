#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <chrono>

// The line at the top of the window saying what just happened. Each page
// has its own (pairing news on Devices, a failed transfer on Files): the
// window shows the one of the page on screen, and a page's news never
// follows the user to other pages. News goes by itself InfoTimeout after
// the user could see it; an error stays until dismissed, or until what it
// reports is resolved (resolve(), e.g. the device it names paired after
// all).
class Banners : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The desktop app makes its banners.")
    // The page on screen (the window sets it), and whether anyone can see
    // it: the window is shown and active. A banner's time only runs while
    // it is seen, so news that came while the user was elsewhere waits.
    Q_PROPERTY(QString page READ page WRITE setPage NOTIFY currentChanged FINAL)
    Q_PROPERTY(bool seen READ isSeen WRITE setSeen NOTIFY seenChanged FINAL)
    // The banner of the page on screen; empty text when it has none.
    Q_PROPERTY(QString text READ text NOTIFY currentChanged FINAL)
    Q_PROPERTY(bool isError READ isError NOTIFY currentChanged FINAL)

public:
    // Long enough to read two lines twice; short enough that "Paired with
    // Beta." is not still there minutes later.
    static constexpr std::chrono::milliseconds InfoTimeout{8000};

    explicit Banners(QObject *parent = nullptr);

    QString page() const;
    void setPage(const QString &page);
    bool isSeen() const;
    void setSeen(bool seen);
    QString text() const;
    bool isError() const;

    // Shows `message` on `page`, replacing what that page showed. `subject`
    // (a device id, say) names what an error is about, for resolve().
    Q_INVOKABLE void show(const QString &page, const QString &message, bool error, const QString &subject = {});
    // Removes the banner of the page on screen.
    Q_INVOKABLE void dismiss();
    // Removes every error about `subject`: it no longer holds.
    Q_INVOKABLE void resolve(const QString &subject);
    // What `page` would show; empty when nothing.
    QString textOf(const QString &page) const;

Q_SIGNALS:
    void currentChanged();
    void seenChanged();

private:
    struct Banner
    {
        QString text;
        bool error = false;
        QString subject;
    };

    void remove(const QString &page);
    // Runs the expiry timer exactly while an info banner is seen.
    void updateExpiry();

    QHash<QString, Banner> m_banners;
    QString m_page;
    bool m_seen = false;
    QTimer m_expiry;
};
