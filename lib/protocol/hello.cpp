#include "hello.h"

#include "controlmessage.h"
#include <Tandem/profile.h>

#include <QCborArray>
#include <QRegularExpression>

namespace Tandem::Protocol {

namespace {
constexpr int MaxVersionNumber = 1000;
}

QCborMap Hello::toFields() const
{
    QCborArray caps;
    for (const QString &c : capabilities)
        caps.append(c);
    QCborMap m;
    m.insert(QLatin1StringView("version"), version);
    m.insert(QLatin1StringView("minVersion"), minVersion);
    m.insert(QLatin1StringView("id"), deviceId);
    m.insert(QLatin1StringView("name"), name);
    m.insert(QLatin1StringView("deviceType"), deviceType);
    m.insert(QLatin1StringView("capabilities"), caps);
    m.insert(QLatin1StringView("lanPort"), lanPort);
    m.insert(QLatin1StringView("instance"), instance);
    m.insert(QLatin1StringView("pairedWithYou"), pairedWithYou);
    return m;
}

std::optional<Hello> Hello::fromFields(const QCborMap &m, QString *error)
{
    Hello h;
    const auto version = integerField(m, QLatin1StringView("version"), 1, MaxVersionNumber, error);
    const auto minVersion = integerField(m, QLatin1StringView("minVersion"), 1, MaxVersionNumber, error);
    const auto id = textField(m, QLatin1StringView("id"), 64, error);
    const auto name = textField(m, QLatin1StringView("name"), MaxNameBytes, error);
    const auto type = textField(m, QLatin1StringView("deviceType"), MaxDeviceTypeLength, error);
    const auto port = integerField(m, QLatin1StringView("lanPort"), 0, 65535, error);
    const auto instance = bytesField(m, QLatin1StringView("instance"), InstanceBytes, error);
    if (!version || !minVersion || !id || !name || !type || !port || !instance)
        return std::nullopt;
    static const QRegularExpression hexId(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hexId.match(*id).hasMatch()) {
        *error = QStringLiteral("hello: the device id is not 64 lowercase hex digits");
        return std::nullopt;
    }
    // Shown to users and written to the trust store: checked like an
    // announcement's name, with the one shared rule.
    if (const QString why = Profile::validatePeerDeviceName(*name); !why.isEmpty()) {
        *error = QStringLiteral("hello: bad device name: %1").arg(why);
        return std::nullopt;
    }
    if (*minVersion > *version) {
        *error = QStringLiteral("hello: minVersion is above version");
        return std::nullopt;
    }
    if (instance->size() != InstanceBytes) {
        *error = QStringLiteral("hello: the instance must be %1 bytes").arg(InstanceBytes);
        return std::nullopt;
    }
    const QCborValue caps = m.value(QLatin1StringView("capabilities"));
    if (!caps.isArray() || caps.toArray().size() > MaxCapabilities) {
        *error = QStringLiteral("hello: capabilities must be a list of at most %1").arg(MaxCapabilities);
        return std::nullopt;
    }
    for (const QCborValue &c : caps.toArray()) {
        if (!c.isString() || c.toString().isEmpty() || c.toString().size() > MaxCapabilityLength) {
            *error = QStringLiteral("hello: a capability is not a short text");
            return std::nullopt;
        }
        h.capabilities << c.toString();
    }
    h.version = int(*version);
    h.minVersion = int(*minVersion);
    h.deviceId = *id;
    h.name = *name;
    h.deviceType = *type;
    h.lanPort = quint16(*port);
    h.instance = *instance;
    h.pairedWithYou = m.value(QLatin1StringView("pairedWithYou")).toBool(false);
    return h;
}

int negotiateVersion(const Hello &own, const Hello &peer)
{
    const int common = qMin(own.version, peer.version);
    return common >= qMax(own.minVersion, peer.minVersion) ? common : 0;
}

} // namespace Tandem::Protocol
