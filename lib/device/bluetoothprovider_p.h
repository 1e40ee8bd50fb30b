#pragma once

#include "linkprovider_p.h"
#include <Tandem/streamlinkprovider.h>

#include <QHash>
#include <QSet>

#include <chrono>
#include <memory>

class QTimer;

namespace Tandem {

class TrustStore;

// Bluetooth links (RFCOMM + TLS) for LocalDevice, over BluetoothLinkProvider
// or whatever StreamLinkProvider tests put in its place. What the radio and
// BlueZ need lives here: periodic inquiries, dialling known devices before
// an inquiry, addresses remembered across runs, the redial yield.
class BluetoothProvider : public LinkProvider
{
    Q_OBJECT

public:
    // Below LAN: tens to hundreds of KiB/s.
    static constexpr int Priority = 100;

    struct Options
    {
        // How often to look for devices (an inquiry takes ~10 s of radio).
        std::chrono::milliseconds discoveryInterval{120000};
        std::chrono::milliseconds redialYield{45000};
    };

    BluetoothProvider(std::unique_ptr<StreamLinkProvider> stream, TrustStore *trust, const Options &options,
                      QObject *parent = nullptr);
    ~BluetoothProvider() override;

    void start();
    void stop();
    StreamLinkProvider::State state() const;
    QString stateReason() const;
    QList<StreamLinkPeer> peers() const;
    void discover();
    void setAdvertisedName(const QString &name);

    Link::Transport transport() const override;
    int priority() const override { return Priority; }
    QString name() const override;
    bool isUsable() const override;
    bool handshakesPending() const override;
    bool isHandshakingWith(const QString &address) const override;
    QString knownAddress(const QString &deviceId) const override;
    QString learnAddress(const QString &deviceId, const Link &link, const Protocol::Hello &hello, bool paired) override;
    void describePairing(TrustedDevice *device, const Link &link) const override;
    bool connectTo(const QString &address, const QString &deviceId) override;
    std::chrono::milliseconds redialYield() const override;

Q_SIGNALS:
    void stateChanged();

private:
    void dialUnnamed(const QString &address);

    std::unique_ptr<StreamLinkProvider> m_stream;
    TrustStore *m_trust;
    Options m_options;
    QTimer *m_discovery = nullptr;
    // Bluetooth addresses (upper case) with a link up, and how many; and
    // those dialled by dialUnnamed() and not yet linked or failed. At most
    // StreamLinkProvider::MaxPeers dials: one per peer found.
    QHash<QString, int> m_linked;
    QSet<QString> m_unnamedDials;
};

} // namespace Tandem
