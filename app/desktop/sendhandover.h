#pragma once

#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

class QLocalServer;
class QLocalSocket;

// "Send with Tandem" from a file manager: `tandem --send FILES…` hands the
// files to the app already running on the same profile (which is the
// device, and asks the user which paired device they go to) instead of
// starting a second app, which the profile's lock would refuse anyway.
//
// One local socket per profile, for this user only. The request is one
// CBOR array of absolute paths, framed by its length (u32, big-endian);
// the answer is one byte: 1 taken, 0 refused. Both are bounded.
class SendHandover : public QObject
{
    Q_OBJECT

public:
    // At most this many paths in one request (the device service's bound
    // for one send-files).
    static constexpr int MaxFiles = 1024;
    // The request's bytes, length prefix excluded: MaxFiles paths of about
    // 4 KiB would not fit, and need not.
    static constexpr qint64 MaxRequestBytes = 256 * 1024;
    // Requests read at once; a connection beyond them is let go at once:
    // each may hold MaxRequestBytes for up to Timeout.
    static constexpr int MaxOpenRequests = 8;
    // How long the handing side waits for the running app's answer, and
    // the app for a whole request.
    static constexpr std::chrono::milliseconds Timeout{5000};

    // The socket's name for the profile in `profileDirectory`.
    static QString serverName(const QString &profileDirectory);

    // The handing side: whether a running app on that profile took `paths`
    // (absolute). False with `error` empty when none is running.
    static bool handTo(const QString &profileDirectory, const QStringList &paths, QString *error);

    explicit SendHandover(QObject *parent = nullptr);
    ~SendHandover() override;

    // The running app's side: listens for requests.
    bool listen(const QString &profileDirectory, QString *error);
    // Connections being read now (at most MaxOpenRequests).
    int openRequests() const { return m_open; }

Q_SIGNALS:
    // Paths handed over, each an existing file or folder (checked here).
    void filesHanded(const QStringList &paths);

private:
    void onConnection();
    void readRequest(QLocalSocket *socket);

    std::unique_ptr<QLocalServer> m_server;
    int m_open = 0;
};
