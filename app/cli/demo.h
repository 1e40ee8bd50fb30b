#pragma once

#include "output.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QUdpSocket>

#include <chrono>
#include <memory>

namespace Tandem {
class ChannelSession;
class Transfer;
} // namespace Tandem

struct DemoDevice;

// `tandem-cli demo`: two devices in this process, each with a fresh profile
// in a temporary folder, find each other on loopback only, pair (both codes
// shown and compared, then accepted), talk on two channels of one session,
// and the run ends with a short summary of what happened and how fast.
// Ends with QCoreApplication::exit(code), using the CLI's exit codes.
class Demo : public QObject
{
    Q_OBJECT

public:
    // The whole demo, two key generations included; a slow machine (or a
    // sanitizer build) takes a few seconds, a working one never a minute.
    static constexpr std::chrono::seconds Timeout{60};
    // The chat: messages one way, then one reply.
    static constexpr int ChatMessages = 3;
    // The burst on the second channel: numbered messages of a fixed size,
    // at most BurstInFlight of them not yet received at any time (the
    // session's queue holds 1000).
    static constexpr int BurstMessages = 10000;
    static constexpr int BurstMessageBytes = 1024;
    static constexpr int BurstInFlight = 256;
    // How soon a send refused by a full queue is tried again.
    static constexpr std::chrono::milliseconds BurstRetryDelay{2};
    // The file: a few MiB of pseudo-random bytes from a fixed seed, so every
    // run sends the same file and its SHA-256 is always the same.
    static constexpr qint64 FileBytes = 8 * 1024 * 1024;
    static constexpr quint32 FileSeed = 20261122;

    explicit Demo(bool json, QObject *parent = nullptr);
    ~Demo() override;

    void run();

private:
    void startDevices();
    void pair();
    void openSession();
    void chat();
    void burst();
    // The file step: one device sends a file of a few MiB, the other
    // accepts it; both the library's SHA-256 and the landed file's are
    // compared with the source's.
    void sendFile();
    void fileArrived(const Tandem::Transfer *outgoing, const Tandem::Transfer *incoming);
    void summarise();

    void step(const QString &text);
    void fail(int code, const QString &why);
    void finish(int code);
    double seconds() const;
    double stageMs() const;

    Output m_out;
    // Holds the two devices' discovery port for the whole demo (see
    // startDevices()).
    QUdpSocket m_discoveryPortHold;
    std::unique_ptr<DemoDevice> m_left;
    std::unique_ptr<DemoDevice> m_right;
    Tandem::ChannelSession *m_opened = nullptr; // left's end
    Tandem::ChannelSession *m_accepted = nullptr; // right's end
    QString m_stage;
    QTimer m_deadline;
    QElapsedTimer m_clock;
    QElapsedTimer m_stageClock;
    QJsonObject m_report;
    QStringList m_codes;
    QByteArray m_fileSha256; // of the source file
    bool m_finished = false;
};
