#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class NotifierPrivate;

// Desktop notifications that the user can act on from the notification
// itself (Accept / Reject, Open / Show folder). One implementation per
// platform: notifier_freedesktop.cpp speaks the freedesktop notification
// D-Bus API (GNOME, KDE, and any desktop with a notification server, tray
// or not); notifier_generic.cpp has none, and DesktopApp falls back to its
// tray icon's balloon. (KF6 Notifications is not in the build root.)
class Notifier : public QObject
{
    Q_OBJECT

public:
    struct Action
    {
        QString id; // given back by actionInvoked
        QString label; // shown on the button
    };

    // `busAddress`: a D-Bus bus to use instead of the session bus (tests);
    // ignored where there is no D-Bus.
    explicit Notifier(const QString &busAddress = {}, QObject *parent = nullptr);
    ~Notifier() override;

    // Whether a notification server answers: false means notify() shows
    // nothing and the caller should use another way.
    bool isAvailable() const;
    // Shows a notification; `key` names it for actionInvoked and replaces
    // an earlier one with the same key still showing. False when it could
    // not be shown.
    bool notify(const QString &key, const QString &title, const QString &body, const QList<Action> &actions);
    // Takes the notification with `key` away (its request was answered in
    // the window, or withdrawn).
    void withdraw(const QString &key);

Q_SIGNALS:
    // The user chose `actionId` on the notification `key`; "default" is a
    // click on the notification itself.
    void actionInvoked(const QString &key, const QString &actionId);

private:
    std::unique_ptr<NotifierPrivate> d;
    friend class NotifierPrivate;
};
