#include "clipboardsync.h"

#include <Tandem/channelsession.h>
#include <Tandem/channelsessions.h>
#include <Tandem/localdevice.h>
#include <Tandem/profile.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/truststore.h>

#include <QClipboard>
#include <QGuiApplication>
#include <QSettings>

using namespace Tandem;

namespace {
// Null without a QGuiApplication (a console program linking the module):
// then nothing is synced.
QClipboard *systemClipboard()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) ? QGuiApplication::clipboard() : nullptr;
}
} // namespace

ClipboardSync::ClipboardSync(SessionManager *sessions, const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_channels(std::make_unique<ChannelSessions>(sessions))
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    m_settings->beginGroup(QLatin1StringView(SettingsGroup));
    const QStringList keys = m_settings->childKeys();
    for (const QString &deviceId : keys) {
        if (m_settings->value(deviceId).toBool())
            m_enabled.insert(deviceId);
    }
    m_settings->endGroup();

    if (QString error; !m_channels->listen(QLatin1StringView(Service), &error))
        qWarning("tandem: clipboard sync cannot receive: %s", qPrintable(error));
    connect(m_channels.get(), &ChannelSessions::incoming, this, &ClipboardSync::adopt);
    // A device forgotten takes its opt-in with it: pairing again later
    // must not silently start syncing.
    connect(m_sessions->device(), &LocalDevice::unpaired, this, [this](const QString &deviceId) { forget(deviceId); });

    m_quiet.setSingleShot(true);
    m_quiet.setInterval(QuietTime);
    connect(&m_quiet, &QTimer::timeout, this, &ClipboardSync::sendLatest);
    if (QClipboard *clipboard = systemClipboard()) {
        connect(clipboard, &QClipboard::changed, this, [this](QClipboard::Mode mode) {
            // Only what was copied (Ctrl+C): X11's selection changes with
            // every text the user merely selects.
            if (mode == QClipboard::Clipboard)
                clipboardChanged();
        });
    }
}

ClipboardSync::~ClipboardSync()
{
    // The factory closes its sessions as it goes; nothing of them may call
    // back into a half-destroyed this.
    for (const auto &sessions : std::as_const(m_live)) {
        for (const QPointer<ChannelSession> &session : sessions) {
            if (session)
                session->disconnect(this);
        }
    }
}

QStringList ClipboardSync::devices() const
{
    QStringList ids(m_enabled.cbegin(), m_enabled.cend());
    ids.sort();
    return ids;
}

bool ClipboardSync::isEnabled(const QString &deviceId) const
{
    return m_enabled.contains(deviceId);
}

bool ClipboardSync::setEnabled(const QString &deviceId, bool enabled)
{
    if (enabled == m_enabled.contains(deviceId))
        return true;
    if (enabled && !m_sessions->device()->profile()->trustStore()->find(deviceId)) {
        Q_EMIT errorOccurred(tr("Only a paired device's clipboard can be synced."));
        return false;
    }
    m_settings->beginGroup(QLatin1StringView(SettingsGroup));
    if (enabled)
        m_settings->setValue(deviceId, true);
    else
        m_settings->remove(deviceId);
    m_settings->endGroup();
    m_settings->sync();
    // Sessions stay open either way (they are cheap): what the device
    // still sends on them is dropped by receive() while this is off.
    if (enabled)
        m_enabled.insert(deviceId);
    else
        m_enabled.remove(deviceId);
    Q_EMIT devicesChanged();
    return true;
}

void ClipboardSync::forget(const QString &deviceId)
{
    if (m_enabled.contains(deviceId))
        setEnabled(deviceId, false);
}

void ClipboardSync::clipboardChanged()
{
    // Our own doing (receive()); where the platform reports it later,
    // sendLatest() still finds it is what was synced last.
    if (m_enabled.isEmpty() || m_applying)
        return;
    if (!m_waiting.isValid())
        m_waiting.start();
    // Each change restarts the quiet time, unless the first one has waited
    // MaxHold already: then the timer runs out and the latest goes.
    if (!m_quiet.isActive() || m_waiting.elapsed() < MaxHold.count())
        m_quiet.start();
}

void ClipboardSync::sendLatest()
{
    m_waiting.invalidate();
    QClipboard *clipboard = systemClipboard();
    if (!clipboard)
        return;
    const QString text = clipboard->text(QClipboard::Clipboard);
    // Images, files and a cleared clipboard are not synced; the same text
    // again is what we received (set here) or sent already.
    if (text.isEmpty() || text == m_lastSynced)
        return;
    const QByteArray bytes = text.toUtf8();
    if (bytes.size() > MaxClipboardSyncBytes) {
        Q_EMIT oversized(bytes.size());
        if (!m_toldOversized) {
            m_toldOversized = true;
            Q_EMIT notice(tr("Copied text larger than %1 KiB is not synced to other devices; send it as a file.")
                              .arg(MaxClipboardSyncBytes / 1024));
        }
        return;
    }
    QStringList targets;
    LocalDevice *device = m_sessions->device();
    for (const QString &deviceId : devices()) {
        if (!device->isConnected(deviceId) || !device->profile()->trustStore()->find(deviceId))
            continue;
        ChannelSession *session = sessionFor(deviceId);
        QString error;
        if (!session || !session->send(QLatin1StringView(Channel), bytes, &error)) {
            qWarning("tandem: the clipboard was not synced to %s: %s", qPrintable(deviceId), qPrintable(error));
            continue;
        }
        targets << deviceId;
    }
    if (targets.isEmpty())
        return;
    m_lastSynced = text;
    m_toldOversized = false;
    Q_EMIT sent(targets);
}

void ClipboardSync::receive(const QString &deviceId, const QString &channel, const QByteArray &data)
{
    if (channel != QLatin1StringView(Channel))
        return;
    // The receiver's choice: a device this side has not opted in for may
    // not write to this clipboard, whatever it has chosen on its side.
    if (!m_enabled.contains(deviceId)) {
        Q_EMIT ignored(deviceId);
        return;
    }
    if (data.size() > MaxClipboardSyncBytes) {
        qWarning("tandem: clipboard text from %s dropped: %lld bytes, at most %lld", qPrintable(deviceId),
                 qlonglong(data.size()), qlonglong(MaxClipboardSyncBytes));
        return;
    }
    const QString text = QString::fromUtf8(data);
    QClipboard *clipboard = systemClipboard();
    if (text.isEmpty() || !clipboard)
        return;
    // Remembered before it is set: the change it raises is ours, not the
    // user's, and must not go back (or on to other devices).
    m_lastSynced = text;
    m_quiet.stop();
    m_waiting.invalidate();
    m_applying = true;
    clipboard->setText(text, QClipboard::Clipboard);
    m_applying = false;
    Q_EMIT received(deviceId, text);
}

void ClipboardSync::adopt(ChannelSession *session)
{
    const QString peer = session->peerId();
    m_live[peer] << session;
    connect(session, &ChannelSession::received, this,
            [this, peer](const QString &channel, const QByteArray &data) { receive(peer, channel, data); });
    connect(session, &ChannelSession::closed, this, [this, peer, session] {
        auto &sessions = m_live[peer];
        sessions.removeIf([session](const QPointer<ChannelSession> &s) { return !s || s == session; });
        if (sessions.isEmpty())
            m_live.remove(peer);
        session->disconnect(this);
        session->deleteLater();
    });
}

ChannelSession *ClipboardSync::sessionFor(const QString &deviceId)
{
    const auto sessions = m_live.value(deviceId);
    for (const QPointer<ChannelSession> &session : sessions) {
        if (session && session->state() != ChannelSession::State::Disconnected)
            return session;
    }
    QString error;
    ChannelSession *session = m_channels->open(deviceId, QLatin1StringView(Service), &error);
    if (!session) {
        qWarning("tandem: cannot open clipboard sync with %s: %s", qPrintable(deviceId), qPrintable(error));
        return nullptr;
    }
    adopt(session);
    return session;
}
