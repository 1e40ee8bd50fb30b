#pragma once

#include "linkprovider_p.h"
#include <Tandem/lanlinkprovider.h>

#include <memory>

namespace Tandem {

// LAN links (TCP + TLS) for LocalDevice. LAN discovery stays with
// LocalDevice, which also lists what it hears.
class LanProvider : public LinkProvider
{
    Q_OBJECT

public:
    // Above Bluetooth: thousands of times faster when both reach a device.
    static constexpr int Priority = 200;

    LanProvider(const DeviceIdentity &identity, const LanLinkOptions &options, QObject *parent = nullptr);
    ~LanProvider() override;

    bool listen(QString *error);
    quint16 port() const;

    Link::Transport transport() const override { return Link::Transport::Lan; }
    int priority() const override { return Priority; }
    QString name() const override;
    bool isUsable() const override { return true; }
    bool handshakesPending() const override;
    QString learnAddress(const QString &deviceId, const Link &link, const Protocol::Hello &hello, bool paired) override;
    bool connectTo(const QString &address, const QString &deviceId) override;

private:
    std::unique_ptr<LanLinkProvider> m_provider;
};

} // namespace Tandem
