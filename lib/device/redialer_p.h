#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;

namespace Tandem {

// When to dial a paired device again after its link dropped or a dial
// failed: backoff per device, and, on a transport where two links dialled
// at once from both ends break each other (Bluetooth with BlueZ), a yield
// that lets only one end redial. It never dials: it says when
// (redialDue, yieldOver), and LocalDevice decides whether that still makes
// sense (the device may be linked or unpaired by then).
class Redialer : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        // First redial; doubles up to the maximum (see reconnectDelay()).
        std::chrono::milliseconds initialDelay{1000};
        std::chrono::milliseconds maxDelay{60000};
        // How long the end that yields waits before redialling; zero: never.
        std::chrono::milliseconds yield{0};
    };
    // Each delay is scaled by a random factor in
    // [1 - JitterSpread / 2, 1 + JitterSpread / 2] (±20 %), so that many
    // devices that lost the same network do not redial in step.
    static constexpr double JitterSpread = 0.4;

    explicit Redialer(const Options &options, QObject *parent = nullptr);
    ~Redialer() override;

    // Whether the peer may be dialling us right now (a link coming in is
    // still handshaking): a yield that runs out then waits once more.
    void setPeerMayBeDialling(std::function<bool()> check);

    // Starts the device's backoff timer unless it runs; redialDue follows.
    void schedule(const QString &deviceId);
    // The device is linked: its backoff starts over and any yield ends.
    void linked(const QString &deviceId);
    // No more redials of the device (it was unpaired).
    void cancel(const QString &deviceId);
    // The device said it is stopping (PeerConnection::peerLeft()): it dials
    // when it runs again, so nothing is redialled until a link is up again;
    // a dial from both ends at its return would cross. hasLeft() says so
    // until linked() or cancel().
    void peerLeft(const QString &deviceId);
    bool hasLeft(const QString &deviceId) const;
    // Shutting down: every timer goes.
    void stop();

    // Who dialled the last link with a device over the yielding transport
    // (true: we did), as both devices recorded it, or nothing if unknown:
    // it decides who yields (see mustYield()).
    void setLastDialler(std::function<std::optional<bool>(const QString &deviceId)> lastDialler);
    // Whether a redial of `deviceId` over the yielding transport must wait;
    // if so the wait is under way and yieldOver follows.
    bool mustYield(const QString &ownDeviceId, const QString &deviceId);
    // Whether this end is waiting for the device to dial (a yield runs).
    bool isYielding(const QString &deviceId) const;

Q_SIGNALS:
    void redialDue(const QString &deviceId);
    void yieldOver(const QString &deviceId);

private:
    struct Device
    {
        QTimer *backoff = nullptr;
        int attempt = 0;
        QTimer *yield = nullptr;
        bool left = false;
    };
    void dropIfEmpty(const QString &deviceId);

    Options m_options;
    std::function<bool()> m_peerMayBeDialling;
    std::function<std::optional<bool>(const QString &)> m_lastDialler;
    QHash<QString, Device> m_devices;
};

} // namespace Tandem
