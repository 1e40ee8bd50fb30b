#pragma once

#include <Tandem/link.h>

#include <QObject>
#include <QString>

#include <chrono>

namespace Tandem {

struct TrustedDevice;
namespace Protocol {
struct Hello;
}

// One way of reaching other devices (LAN, Bluetooth), as LocalDevice sees
// it: it dials addresses and hands over authenticated links. What differs
// between transports is data here (priority, redial yield) or kept inside
// the provider (discovery, radio quirks), not branches in LocalDevice.
// (The shape follows KDE Connect's LinkProvider.)
class LinkProvider : public QObject
{
    Q_OBJECT

public:
    ~LinkProvider() override;

    virtual Link::Transport transport() const = 0;
    // When two links reach one device, the one over the higher priority
    // carries its traffic, and a device linked over a lower one is still
    // dialled over the higher ones (which take over when they answer).
    virtual int priority() const = 0;
    // "LAN": for messages ("replaced by a LAN link ...").
    virtual QString name() const = 0;
    // Can dial now.
    virtual bool isUsable() const = 0;
    // Whether a link is still handshaking on this transport (it may be a
    // device dialling us).
    virtual bool handshakesPending() const = 0;
    // Whether `address` is dialling us on this transport: its connection
    // is still in the transport's own handshake (TLS), before any hello.
    virtual bool isHandshakingWith(const QString &address) const;

    // Where this transport reaches a device when no link this run proved
    // an address (Peer::addresses): the trust store, discovery hints.
    virtual QString knownAddress(const QString &deviceId) const;
    // The address to dial the device at next time, learned from a link
    // that said hello; empty if it tells nothing. A provider may also
    // remember it for the next run (`paired`: the device is paired).
    virtual QString learnAddress(const QString &deviceId, const Link &link, const Protocol::Hello &hello, bool paired)
        = 0;
    // What the trust store keeps of a link when its device is paired over it.
    virtual void describePairing(TrustedDevice *device, const Link &link) const;
    // Dials `address` (where `deviceId` was seen; empty: a manual add):
    // linkEstablished or connectFailed follows; false if the address is
    // not one this transport dials.
    virtual bool connectTo(const QString &address, const QString &deviceId) = 0;

    // When both ends of a lost link would redial it at once and the two
    // links break each other on this transport, the end that dialled the
    // lost link waits this long first (Redialer::mustYield); zero: no wait.
    virtual std::chrono::milliseconds redialYield() const;

Q_SIGNALS:
    // The receiver takes ownership of `link`.
    void linkEstablished(Tandem::Link *link);
    void connectFailed(const QString &address, const QString &reason);
    // Dialling works now (again): paired devices can be dialled.
    void usable();
    // This transport's discovery saw a device (a hint: `deviceId` is what
    // it advertises; the link's certificate decides).
    void deviceSeen(const QString &deviceId);

protected:
    explicit LinkProvider(QObject *parent = nullptr);
};

} // namespace Tandem
