#pragma once

#include "tandemquick_export.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include <chrono>
#include <memory>
#include <optional>

class QSettings;
namespace Tandem {
class ChannelSession;
class ChannelSessions;
class SessionManager;
} // namespace Tandem

// Opt-in, per-device automatic clipboard sync (issue 19): with it on for a
// paired, connected device, text copied here goes to that device, and text
// that device copied replaces this device's clipboard. It is carried by a
// session of its own, service `tandem.clipboard` channel `text`
// (ChannelSessions, the library's public named-channel API), so it never
// shows as a chat message or a request. Only text, at most
// MaxClipboardSyncBytes of UTF-8; a burst of changes (a clipboard manager)
// goes out once, the latest, after QuietTime without a change, and at
// least every MaxHold while changes never pause. The receiver's opt-in is
// what counts: text from a device this side has not opted in for is
// dropped. What this side received is remembered, so that setting it on
// the clipboard (which raises QClipboard::dataChanged like any copy) is not
// sent back, nor on to other devices.
// The opt-ins are kept per device id in the settings file given (the
// desktop app: the profile's settings.ini, group `clipboardSync`), and
// forgotten when the device is unpaired.
class TANDEM_QUICK_EXPORT ClipboardSync : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Clipboard sync is made by the application for its device.")
    // Ids of the devices sync is on for.
    Q_PROPERTY(QStringList devices READ devices NOTIFY devicesChanged FINAL)
    Q_PROPERTY(int maxClipboardSyncBytes READ maxClipboardSyncBytes CONSTANT FINAL)

public:
    static constexpr auto Service = "tandem.clipboard";
    static constexpr auto Channel = "text";
    // The largest text synced (UTF-8): copying more is usually a file's
    // worth, better sent as a file; it also bounds what a peer can make us
    // hold and put on the clipboard.
    static constexpr qsizetype MaxClipboardSyncBytes = 256 * 1024;
    // A change goes out once the clipboard has been quiet this long, so a
    // burst of changes is sent once, as its last value.
    static constexpr std::chrono::milliseconds QuietTime{300};
    // While changes never pause, the latest still goes out this often.
    static constexpr std::chrono::milliseconds MaxHold{2000};
    // The settings group of the opt-ins (keys are device ids).
    static constexpr auto SettingsGroup = "clipboardSync";

    // Listens for `tandem.clipboard` on `sessions` (which must outlive this)
    // and reads the opt-ins from `settingsFile` (an INI file).
    ClipboardSync(Tandem::SessionManager *sessions, const QString &settingsFile, QObject *parent = nullptr);
    ~ClipboardSync() override;

    QStringList devices() const;
    Q_INVOKABLE bool isEnabled(const QString &deviceId) const;
    // Turns sync with the device on or off, and keeps the choice. Only a
    // paired device can be turned on (false, and errorOccurred, otherwise).
    Q_INVOKABLE bool setEnabled(const QString &deviceId, bool enabled);
    static int maxClipboardSyncBytes() { return int(MaxClipboardSyncBytes); }

Q_SIGNALS:
    void devicesChanged();
    // Text from `deviceId` was put on this device's clipboard.
    void received(const QString &deviceId, const QString &text);
    // Text from `deviceId`, which sync is off for here, was dropped.
    void ignored(const QString &deviceId);
    // Text copied here went to `deviceIds`.
    void sent(const QStringList &deviceIds);
    // For the user, said once per cause rather than at every copy (an
    // oversized text is not synced).
    void notice(const QString &message);
    // Text of `bytes` (past MaxClipboardSyncBytes) was copied and not sent;
    // at every such copy, whereas notice() says it once.
    void oversized(qint64 bytes);
    void errorOccurred(const QString &message);

private:
    void clipboardChanged();
    void sendLatest();
    void receive(const QString &deviceId, const QString &channel, const QByteArray &data);
    void adopt(Tandem::ChannelSession *session);
    Tandem::ChannelSession *sessionFor(const QString &deviceId);
    void forget(const QString &deviceId);

    Tandem::SessionManager *m_sessions;
    std::unique_ptr<Tandem::ChannelSessions> m_channels;
    std::unique_ptr<QSettings> m_settings;
    QSet<QString> m_enabled;
    // Live sessions per device, either direction: any of them carries what
    // we send, and what comes on any of them is received.
    QHash<QString, QList<QPointer<Tandem::ChannelSession>>> m_live;
    // The text last synced either way: a clipboard change to it is our own
    // doing (received and set here) or already sent, and is not sent again.
    std::optional<QString> m_lastSynced;
    QTimer m_quiet;
    // Since when a change waits to go out (invalid: none waits).
    QElapsedTimer m_waiting;
    // True while receive() puts text on the clipboard: the change that
    // raises is not the user's (where the platform reports it at once).
    bool m_applying = false;
    // The oversized notice was given and no text has been synced since.
    bool m_toldOversized = false;
};
