#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QStringList>
#include <QTimer>

class QQuickItem;
class QQuickWindow;
class QSocketNotifier;

// Lets a test drive the real app the way a user does, in-process: it reads
// one JSON command per line on stdin and answers one JSON line on stdout.
// Items are found by objectName among the visible items of the window
// (dialogs included); clicks and keys are real input events delivered to
// the window, so a covered or disabled button cannot be clicked.
//
//   {"id":1,"cmd":"click","target":"pair:Beta"}
//   {"id":2,"cmd":"type","target":"messageField","text":"hi","enter":true}     ("replace":true types over it)
//   {"id":3,"cmd":"wait","target":"pairingCode","property":"value"}            (until it exists, is non-empty)
//   {"id":4,"cmd":"wait","target":"message:0","property":"deliveryState","value":2}
//   {"id":5,"cmd":"get","target":"pairingCode","property":"value"}
//   {"id":6,"cmd":"drop","target":"device:Beta","files":["/tmp/a.pdf"]}      (as a file manager's drag)
//   {"id":7,"cmd":"screenshot","path":"/tmp/devices.png"}
//   {"id":8,"cmd":"clipboard"}                                               (its text, and how often it changed)
//   {"id":9,"cmd":"clipboard","set":"copied"}                                (as Ctrl+C of "copied" would)
//   {"id":10,"cmd":"quit"}
// Answers: {"id":1,"ok":true,"value":...} or {"id":1,"ok":false,"error":"..."}.
// "wait" and "click" look again whenever the window renders a frame and at
// most every PollInterval until the command's "timeout" (ms, default
// DefaultTimeout): each answer says what was seen, so a failed test says why.
class Automation : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeout = 20000;
    // How long a screenshot waits for popups to finish fading in or out.
    static constexpr int ScreenshotSettleMs = 3000;
    static constexpr int PollInterval = 25;
    // A command line longer than this is refused (and the rest of it skipped).
    static constexpr qsizetype MaxCommandBytes = 64 * 1024;

    explicit Automation(QQuickWindow *window, QObject *parent = nullptr);
    ~Automation() override;

    // Finds a visible item by objectName; falls back to an invisible one.
    static QQuickItem *findItem(QQuickItem *root, const QString &objectName);

private:
    void readStdin();
    void handleLine(const QByteArray &line);
    void run(const QJsonObject &command);
    // Tries the current command; true when it has answered.
    bool attempt();
    void answer(bool ok, const QJsonValue &valueOrError);
    QQuickItem *item(const QString &objectName) const;
    bool isCovered(QQuickItem *item) const;
    // True while a clipping ancestor does not show the item's centre, so a
    // press there lands on whatever is behind the clip. A page just switched
    // to (or a window just started) is laid out only before its next frame:
    // until then its ListView can still be 17 px high while the delegate
    // already has its place, and the page took the press (one run in five).
    bool isClippedAway(QQuickItem *item) const;
    bool isTransitioning() const;
    // Returns the item that took the press when it is not `item` or inside
    // it (the click went elsewhere), else null.
    QQuickItem *click(QQuickItem *item);
    // False when nothing under the item's centre accepted the files.
    bool drop(QQuickItem *item, const QStringList &files);
    quint64 nextTimestamp();
    void type(QQuickItem *item, const QString &text, bool enter, bool replace);

    QPointer<QQuickWindow> m_window;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_skippingLongLine = false;
    QList<QJsonObject> m_queue;
    QJsonObject m_current;
    bool m_busy = false;
    bool m_rendered = false;
    QRectF m_lastRect;
    QElapsedTimer m_clock;
    QElapsedTimer m_commandClock; // since the current command arrived
    quint64 m_timestamp = 0;
    // QClipboard::changed in Clipboard mode since the app started.
    int m_clipboardChanges = 0;
    QTimer m_poll;
    QTimer m_deadline;
};
