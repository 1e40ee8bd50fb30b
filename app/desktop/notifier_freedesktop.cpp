// The freedesktop notification API (org.freedesktop.Notifications on the
// session bus): https://specifications.freedesktop.org/notification-spec/
// Calls to the server are asynchronous: a slow or hung server never stalls
// the window.
#include "notifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QHash>
#include <QSet>
#include <QVariantMap>

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

class NotifierPrivate : public QObject
{
    Q_OBJECT

public:
    explicit NotifierPrivate(Notifier *q, const QString &busAddress)
        : q(q)
        , bus(busAddress.isEmpty() ? QDBusConnection::sessionBus()
                                   : QDBusConnection::connectToBus(busAddress, QStringLiteral("tandem-notifier")))
    {
        if (!bus.isConnected())
            return;
        bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
        bus.connect(Service, Path, Interface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
        // The server shows the body as markup only if it says so; then what
        // other devices wrote is escaped, else shown as it is.
        auto *watcher = new QDBusPendingCallWatcher(
            bus.asyncCall(QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("GetCapabilities"))),
            this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
            const QDBusPendingReply<QStringList> reply = *call;
            markup = reply.isValid() && reply.value().contains(QStringLiteral("body-markup"));
            call->deleteLater();
        });
    }

    void close(uint id)
    {
        QDBusMessage call
            = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("CloseNotification"));
        call << id;
        bus.asyncCall(call);
    }

    Notifier *q;
    QDBusConnection bus;
    bool markup = false;
    // Server id <-> our key, while shown.
    QHash<uint, QString> keys;
    // Sent, the server's id not known yet; and of those, the ones withdrawn
    // meanwhile (closed once the id comes).
    QSet<QString> inFlight;
    QSet<QString> withdrawn;

public Q_SLOTS:
    void onActionInvoked(uint id, const QString &action)
    {
        const QString key = keys.value(id);
        if (!key.isEmpty())
            Q_EMIT q->actionInvoked(key, action);
    }
    void onClosed(uint id, uint) { keys.remove(id); }
};

Notifier::Notifier(const QString &busAddress, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<NotifierPrivate>(this, busAddress))
{ }

Notifier::~Notifier() = default;

bool Notifier::isAvailable() const
{
    // Asks the bus (not the server), which answers at once.
    return d->bus.isConnected() && d->bus.interface() && d->bus.interface()->isServiceRegistered(Service).value();
}

bool Notifier::notify(const QString &key, const QString &title, const QString &body, const QList<Action> &actions)
{
    if (!isAvailable())
        return false;
    QStringList flat;
    for (const Action &action : actions)
        flat << action.id << action.label;
    d->withdrawn.remove(key);
    d->inFlight.insert(key);
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    call << QStringLiteral("Tandem") << d->keys.key(key, 0u) << QStringLiteral("org.tandem.Tandem") << title
         << (d->markup ? body.toHtmlEscaped() : body)
         << flat
         // The launcher entry names the app (its icon, its settings).
         << QVariantMap{{QStringLiteral("desktop-entry"), QStringLiteral("org.tandem.Tandem")}} << -1;
    auto *watcher = new QDBusPendingCallWatcher(d->bus.asyncCall(call), d.get());
    connect(watcher, &QDBusPendingCallWatcher::finished, d.get(), [this, key](QDBusPendingCallWatcher *pending) {
        pending->deleteLater();
        d->inFlight.remove(key);
        const QDBusPendingReply<uint> reply = *pending;
        if (!reply.isValid()) {
            qWarning("tandem: the desktop did not show a notification: %s", qPrintable(reply.error().message()));
            return;
        }
        if (d->withdrawn.remove(key)) {
            d->close(reply.value());
            return;
        }
        d->keys.insert(reply.value(), key);
    });
    return true;
}

void Notifier::withdraw(const QString &key)
{
    const uint id = d->keys.key(key, 0u);
    if (id == 0) {
        if (d->inFlight.contains(key))
            d->withdrawn.insert(key);
        return;
    }
    d->keys.remove(id);
    d->close(id);
}

#include "notifier_freedesktop.moc"
