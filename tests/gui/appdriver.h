#pragma once

// Drives a real `tandem` process through its --automation option: JSON
// commands on its stdin, one JSON answer per command on its stdout (see
// app/desktop/automation.h). Every wait happens inside the app, against
// what it renders, with a deadline; nothing here sleeps.

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTest>
#include <QTimer>

namespace TandemTest {

class AppDriver
{
public:
    // Long enough for discovery, TLS and pairing on a loaded machine; the
    // app's own per-command deadline is shorter, so it answers first and says
    // what it saw.
    static constexpr int ReplyTimeoutMs = 60000;

    explicit AppDriver(QString name)
        : m_name(std::move(name))
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.setReadChannel(QProcess::StandardOutput);
        // The app's log goes to the test's log, tagged by the run.
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
            const QByteArray err = m_process.readAllStandardError();
            for (const QByteArray &line : err.split('\n')) {
                if (!line.isEmpty())
                    qInfo("[%s] %s", qPrintable(m_name), line.constData());
            }
        });
    }
    ~AppDriver()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.closeWriteChannel(); // the app quits when its stdin closes
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString name() const { return m_name; }

    // For a test whose own process runs a device too: waiting for an
    // answer runs this process's event loop instead of blocking it, so
    // that device keeps up its links meanwhile.
    void keepEventsFlowing() { m_keepEventsFlowing = true; }

    // Before start(): the app's environment (e.g. its own QPA platform).
    void setEnvironment(const QProcessEnvironment &environment) { m_process.setProcessEnvironment(environment); }

    bool start(const QString &program, const QStringList &arguments)
    {
        m_process.start(program, arguments + QStringList{QStringLiteral("--automation")});
        return m_process.waitForStarted(10000);
    }

    // Sends one command; returns the app's answer, or {"ok":false,"error":...}.
    QJsonObject send(QJsonObject command)
    {
        command.insert(QStringLiteral("id"), ++m_nextId);
        m_process.write(QJsonDocument(command).toJson(QJsonDocument::Compact) + '\n');
        QDeadlineTimer deadline(ReplyTimeoutMs);
        while (true) {
            while (m_process.canReadLine()) {
                const QJsonObject reply = QJsonDocument::fromJson(m_process.readLine()).object();
                if (reply.value(QStringLiteral("id")).toInt() == m_nextId)
                    return reply;
            }
            if (m_process.state() == QProcess::NotRunning)
                return failure(QStringLiteral("%1 exited (code %2)").arg(m_name).arg(m_process.exitCode()));
            if (deadline.hasExpired())
                return failure(QStringLiteral("%1 did not answer").arg(m_name));
            const int remaining = int(qMax<qint64>(1, deadline.remainingTime()));
            if (m_keepEventsFlowing) {
                // This process's own devices go on talking (TLS, sessions)
                // while the app works on the command.
                QEventLoop loop;
                QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, &QEventLoop::quit);
                QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
                QTimer::singleShot(remaining, &loop, &QEventLoop::quit);
                loop.exec();
            } else {
                m_process.waitForReadyRead(remaining);
            }
        }
    }

    // Each returns an error message, empty on success.
    QString click(const QString &target)
    {
        return error(send({{QStringLiteral("cmd"), QStringLiteral("click")}, {QStringLiteral("target"), target}}));
    }
    // With `replace`, what the field held is selected (Ctrl+A) and typed over.
    QString type(const QString &target, const QString &text, bool enter = true, bool replace = false)
    {
        return error(send({{QStringLiteral("cmd"), QStringLiteral("type")},
                           {QStringLiteral("target"), target},
                           {QStringLiteral("text"), text},
                           {QStringLiteral("enter"), enter},
                           {QStringLiteral("replace"), replace}}));
    }
    // Drops local files onto `target`, as a drag from a file manager does.
    QString drop(const QString &target, const QStringList &files)
    {
        return error(send({{QStringLiteral("cmd"), QStringLiteral("drop")},
                           {QStringLiteral("target"), target},
                           {QStringLiteral("files"), QJsonArray::fromStringList(files)}}));
    }
    // Until `target` is visible and, with a property, until it is set (or
    // equals `value` when given).
    QJsonObject wait(const QString &target, const QString &property = {},
                     const QJsonValue &value = QJsonValue::Undefined)
    {
        QJsonObject command{{QStringLiteral("cmd"), QStringLiteral("wait")}, {QStringLiteral("target"), target}};
        if (!property.isEmpty())
            command.insert(QStringLiteral("property"), property);
        if (!value.isUndefined())
            command.insert(QStringLiteral("value"), value);
        return send(command);
    }
    // The app's clipboard: {"text": ..., "changes": how often it changed}.
    QJsonObject clipboard() { return send({{QStringLiteral("cmd"), QStringLiteral("clipboard")}}); }
    // Copies `text` in the app, as Ctrl+C there would.
    QJsonObject copy(const QString &text)
    {
        return send({{QStringLiteral("cmd"), QStringLiteral("clipboard")}, {QStringLiteral("set"), text}});
    }
    QString screenshot(const QString &path)
    {
        return error(send({{QStringLiteral("cmd"), QStringLiteral("screenshot")}, {QStringLiteral("path"), path}}));
    }
    bool quit()
    {
        send({{QStringLiteral("cmd"), QStringLiteral("quit")}});
        return m_process.waitForFinished(20000) && m_process.exitStatus() == QProcess::NormalExit
            && m_process.exitCode() == 0;
    }

    static QString error(const QJsonObject &reply)
    {
        return reply.value(QStringLiteral("ok")).toBool() ? QString() : reply.value(QStringLiteral("error")).toString();
    }

private:
    static QJsonObject failure(const QString &message)
    {
        return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}};
    }

    QString m_name;
    QProcess m_process;
    int m_nextId = 0;
    bool m_keepEventsFlowing = false;
};

} // namespace TandemTest
