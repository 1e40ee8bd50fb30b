#include "redialer_p.h"

#include <Tandem/backoff.h>

#include <QRandomGenerator>
#include <QTimer>

namespace Tandem {

Redialer::Redialer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

Redialer::~Redialer()
{
    stop();
}

void Redialer::setPeerMayBeDialling(std::function<bool()> check)
{
    m_peerMayBeDialling = std::move(check);
}

void Redialer::setLastDialler(std::function<std::optional<bool>(const QString &)> lastDialler)
{
    m_lastDialler = std::move(lastDialler);
}

void Redialer::schedule(const QString &deviceId)
{
    Device &device = m_devices[deviceId];
    if (!device.backoff) {
        device.backoff = new QTimer(this);
        device.backoff->setSingleShot(true);
        connect(device.backoff, &QTimer::timeout, this, [this, deviceId] { Q_EMIT redialDue(deviceId); });
    }
    if (device.backoff->isActive() || device.left)
        return;
    const double jitter = 1.0 - JitterSpread / 2 + JitterSpread * QRandomGenerator::global()->generateDouble();
    device.backoff->start(reconnectDelay(device.attempt++, m_options.initialDelay, m_options.maxDelay, jitter));
}

void Redialer::linked(const QString &deviceId)
{
    const auto it = m_devices.find(deviceId);
    if (it == m_devices.end())
        return;
    delete std::exchange(it->backoff, nullptr);
    it->attempt = 0;
    delete std::exchange(it->yield, nullptr);
    it->left = false;
    dropIfEmpty(deviceId);
}

void Redialer::cancel(const QString &deviceId)
{
    const auto it = m_devices.find(deviceId);
    if (it == m_devices.end())
        return;
    delete std::exchange(it->backoff, nullptr);
    it->attempt = 0;
    it->left = false;
    dropIfEmpty(deviceId);
}

void Redialer::peerLeft(const QString &deviceId)
{
    Device &device = m_devices[deviceId];
    delete std::exchange(device.backoff, nullptr);
    device.attempt = 0;
    delete std::exchange(device.yield, nullptr);
    device.left = true;
}

bool Redialer::hasLeft(const QString &deviceId) const
{
    const auto it = m_devices.constFind(deviceId);
    return it != m_devices.cend() && it->left;
}

void Redialer::stop()
{
    // Starting again, we dial every paired device; who dialled the last
    // link is kept by the devices' records (setLastDialler()).
    for (Device &device : m_devices) {
        delete std::exchange(device.backoff, nullptr);
        delete std::exchange(device.yield, nullptr);
    }
    m_devices.clear();
}

bool Redialer::mustYield(const QString &ownDeviceId, const QString &deviceId)
{
    // Both ends of a dropped link redial it. Where two links dialled at
    // once from both sides break each other (Bluetooth with BlueZ: closing
    // the duplicate, LinkChoice, took the kept link down with it a few
    // seconds later in every such crossing seen in tests/bluetooth/vm, so
    // the two sides redialled again, and crossed again), one side redials
    // at once and the other only if no link came within the yield: the side
    // that *accepted* the lost link redials, both agree on that (why that
    // side: BluetoothProvider::redialYield()). The same holds for a device
    // that starts while its peer redials the link its last run left: the
    // record of who dialled outlives the process. With no link to go by,
    // the device with the smaller id goes first.
    if (m_options.yield.count() <= 0)
        return false;
    const std::optional<bool> weDialled = m_lastDialler ? m_lastDialler(deviceId) : std::nullopt;
    const bool weYield = weDialled ? *weDialled : ownDeviceId > deviceId;
    if (!weYield)
        return false;
    Device &device = m_devices[deviceId];
    if (device.yield)
        return true;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    device.yield = timer;
    connect(timer, &QTimer::timeout, this, [this, deviceId, timer] {
        // A link coming in is still saying hello: most likely theirs.
        if (m_peerMayBeDialling && m_peerMayBeDialling()) {
            timer->start(m_options.yield);
            return;
        }
        if (Device *d = &m_devices[deviceId]; d->yield == timer)
            d->yield = nullptr;
        timer->deleteLater();
        dropIfEmpty(deviceId);
        Q_EMIT yieldOver(deviceId);
    });
    timer->start(m_options.yield);
    return true;
}

bool Redialer::isYielding(const QString &deviceId) const
{
    const auto it = m_devices.constFind(deviceId);
    return it != m_devices.cend() && it->yield;
}

void Redialer::dropIfEmpty(const QString &deviceId)
{
    const auto it = m_devices.constFind(deviceId);
    if (it != m_devices.cend() && !it->backoff && !it->yield && !it->left)
        m_devices.erase(it);
}

} // namespace Tandem
