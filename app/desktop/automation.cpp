#include "automation.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QDropEvent>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSocketNotifier>
#include <QUrl>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

Automation::Automation(QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &Automation::readStdin);
    m_clock.start();
    m_poll.setInterval(PollInterval);
    connect(&m_poll, &QTimer::timeout, this, [this] { attempt(); });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!attempt()) {
            const QString target = m_current.value(u"target").toString();
            QString seen = QStringLiteral("nothing named \"%1\"").arg(target);
            if (QQuickItem *found = item(target)) {
                const QString property = m_current.value(u"property").toString();
                seen = QStringLiteral("\"%1\" (visible %2, enabled %3)")
                           .arg(target, found->isVisible() ? u"yes"_s : u"no"_s,
                                found->isEnabled() ? u"yes"_s : u"no"_s);
                if (!property.isEmpty()) {
                    const QJsonArray value{QJsonValue::fromVariant(found->property(property.toUtf8().constData()))};
                    seen += QStringLiteral(" with %1 = %2")
                                .arg(property, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)));
                }
            }
            answer(false, QStringLiteral("timed out; saw %1").arg(seen));
        }
    });
    // What a copy would count (Clipboard mode only, as clipboard sync
    // watches): a test sees whether something was put on it, and how often.
    connect(QGuiApplication::clipboard(), &QClipboard::changed, this, [this](QClipboard::Mode mode) {
        if (mode == QClipboard::Clipboard)
            ++m_clipboardChanges;
    });
    connect(m_window, &QQuickWindow::frameSwapped, this, [this] {
        if (!m_busy)
            return;
        m_rendered = true;
        attempt();
    });
}

Automation::~Automation() = default;

void Automation::readStdin()
{
    char chunk[4096];
    const ssize_t n = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (n <= 0) {
        // The test went away: so do we.
        m_notifier->setEnabled(false);
        QCoreApplication::quit();
        return;
    }
    m_buffer.append(chunk, n);
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (m_skippingLongLine) {
            m_skippingLongLine = false;
            continue;
        }
        handleLine(line);
    }
    if (m_buffer.size() > MaxCommandBytes) {
        m_buffer.clear();
        m_skippingLongLine = true;
        std::fprintf(stdout, "{\"ok\":false,\"error\":\"command longer than %lld bytes\"}\n",
                     static_cast<long long>(MaxCommandBytes));
        std::fflush(stdout);
    }
}

void Automation::handleLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        QJsonObject reply{{u"ok"_s, false},
                          {u"error"_s, QStringLiteral("not a JSON object: %1").arg(parseError.errorString())}};
        std::fprintf(stdout, "%s\n", QJsonDocument(reply).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
        return;
    }
    m_queue << doc.object();
    if (!m_busy)
        run(m_queue.takeFirst());
}

void Automation::run(const QJsonObject &command)
{
    m_current = command;
    m_commandClock.start();
    m_busy = true;
    m_rendered = false;
    m_lastRect = {};
    if (attempt())
        return;
    m_deadline.start(command.value(u"timeout").toInt(DefaultTimeout));
    m_poll.start();
}

void Automation::answer(bool ok, const QJsonValue &valueOrError)
{
    m_poll.stop();
    m_deadline.stop();
    QJsonObject reply{{u"id"_s, m_current.value(u"id")}, {u"ok"_s, ok}};
    reply.insert(ok ? u"value"_s : u"error"_s, valueOrError);
    std::fprintf(stdout, "%s\n", QJsonDocument(reply).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    m_busy = false;
    const bool quit = ok && m_current.value(u"cmd").toString() == u"quit";
    m_current = {};
    if (quit) {
        QCoreApplication::quit();
        return;
    }
    if (!m_queue.isEmpty())
        QMetaObject::invokeMethod(this, [this] { run(m_queue.takeFirst()); }, Qt::QueuedConnection);
}

QQuickItem *Automation::findItem(QQuickItem *root, const QString &objectName)
{
    QQuickItem *hidden = nullptr;
    QList<QQuickItem *> todo{root};
    while (!todo.isEmpty()) {
        QQuickItem *item = todo.takeFirst();
        if (item->objectName() == objectName) {
            if (item->isVisible())
                return item;
            hidden = hidden ? hidden : item;
        }
        todo << item->childItems();
    }
    return hidden;
}

QQuickItem *Automation::item(const QString &objectName) const
{
    return m_window ? findItem(m_window->contentItem(), objectName) : nullptr;
}

bool Automation::attempt()
{
    if (!m_window) {
        answer(false, u"the window is gone"_s);
        return true;
    }
    const QString cmd = m_current.value(u"cmd").toString();
    const QString target = m_current.value(u"target").toString();
    if (cmd == u"quit") {
        answer(true, {});
        return true;
    }
    if (cmd == u"clipboard") {
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (m_current.contains(u"set"))
            clipboard->setText(m_current.value(u"set").toString(), QClipboard::Clipboard);
        answer(true,
               QJsonObject{{u"text"_s, clipboard->text(QClipboard::Clipboard)}, {u"changes"_s, m_clipboardChanges}});
        return true;
    }
    if (cmd == u"screenshot") {
        // What a user would look at: not a dialog still fading in or out.
        // Enter and exit transitions last a few hundred milliseconds; a
        // popup layer that stays translucent longer is what the window
        // shows, so it is what the screenshot shows.
        if (isTransitioning() && m_commandClock.elapsed() < ScreenshotSettleMs)
            return false;
        const QString path = m_current.value(u"path").toString();
        const QImage image = m_window->grabWindow();
        if (image.isNull() || !image.save(path, "PNG"))
            answer(false, QStringLiteral("cannot save a screenshot to %1").arg(path));
        else
            answer(true, path);
        return true;
    }
    if (cmd != u"click" && cmd != u"type" && cmd != u"wait" && cmd != u"get" && cmd != u"drop") {
        answer(false, QStringLiteral("unknown command \"%1\"").arg(cmd));
        return true;
    }
    QQuickItem *found = item(target);
    if (cmd == u"get") {
        if (!found) {
            answer(false, QStringLiteral("nothing named \"%1\"").arg(target));
            return true;
        }
        const QByteArray property = m_current.value(u"property").toString().toUtf8();
        answer(true, QJsonValue::fromVariant(found->property(property.constData())));
        return true;
    }
    if (!found || !found->isVisible())
        return false;
    if (cmd == u"wait") {
        const QString property = m_current.value(u"property").toString();
        if (property.isEmpty()) {
            answer(true, true);
            return true;
        }
        const QJsonValue actual = QJsonValue::fromVariant(found->property(property.toUtf8().constData()));
        const bool match = m_current.contains(u"value")
            ? actual == m_current.value(u"value")
                || (actual.isDouble() && m_current.value(u"value").isDouble()
                    && actual.toDouble() == m_current.value(u"value").toDouble())
            : !(actual.isNull() || actual.isUndefined() || actual == QJsonValue(QString())
                || actual == QJsonValue(false));
        if (match)
            answer(true, actual);
        return match;
    }
    // Input needs an enabled item the user could reach: not one behind a
    // dialog (or a dialog still fading out), which would take the click, and
    // not one a clipping list does not show yet (see isClippedAway).
    if (!found->isEnabled() || found->width() <= 0 || found->height() <= 0 || isCovered(found) || isClippedAway(found))
        return false;
    // Only where a rendered frame showed it, and where it stayed: a page just
    // switched to is laid out (polished) before its next frame, and a click
    // before that lands where the item is not yet.
    const QRectF where = found->mapRectToScene(QRectF(0, 0, found->width(), found->height()));
    if (!m_rendered || where != m_lastRect) {
        m_lastRect = where;
        m_rendered = false;
        m_window->update();
        return false;
    }
    if (cmd == u"click") {
        // Said at once, with who took it, rather than as a wait that times
        // out later for a page that never opened.
        if (const QQuickItem *taker = click(found)) {
            answer(false,
                   QStringLiteral("\"%1\" did not take the click; %2 (%3) did")
                       .arg(target, QString::fromLatin1(taker->metaObject()->className()), taker->objectName()));
            return true;
        }
    } else if (cmd == u"drop") {
        QStringList files;
        const QJsonArray list = m_current.value(u"files").toArray();
        for (const QJsonValue &file : list)
            files << file.toString();
        if (!drop(found, files)) {
            answer(false, QStringLiteral("\"%1\" did not take the dropped files").arg(target));
            return true;
        }
    } else {
        type(found, m_current.value(u"text").toString(), m_current.value(u"enter").toBool(),
             m_current.value(u"replace").toBool());
    }
    answer(true, {});
    return true;
}

bool Automation::isTransitioning() const
{
    const auto top = m_window->contentItem()->childItems();
    for (QQuickItem *overlay : top) {
        if (qstrcmp(overlay->metaObject()->className(), "QQuickOverlay") != 0)
            continue;
        const auto layers = overlay->childItems();
        for (const QQuickItem *layer : layers) {
            if (layer->isVisible() && (layer->opacity() < 1.0 || layer->scale() != 1.0))
                return true;
        }
    }
    return false;
}

bool Automation::isClippedAway(QQuickItem *item) const
{
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    for (const QQuickItem *ancestor = item->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
        if (ancestor->clip() && !ancestor->contains(ancestor->mapFromScene(centre)))
            return true;
    }
    return false;
}

bool Automation::isCovered(QQuickItem *item) const
{
    const auto top = m_window->contentItem()->childItems();
    for (QQuickItem *overlay : top) {
        if (qstrcmp(overlay->metaObject()->className(), "QQuickOverlay") != 0)
            continue;
        for (QQuickItem *p = item; p; p = p->parentItem()) {
            if (p == overlay)
                return false; // in a dialog: what the user is looking at
        }
        const auto layers = overlay->childItems();
        for (const QQuickItem *layer : layers) {
            if (layer->isVisible())
                return true;
        }
    }
    return false;
}

QQuickItem *Automation::click(QQuickItem *item)
{
    const QPointF local(item->width() / 2, item->height() / 2);
    const QPointF scene = item->mapToScene(local);
    const QPointF global = m_window->mapToGlobal(scene);
    // As a pointer does it: arrive, press, release, with times that move
    // on (controls and flickables reason about them).
    QMouseEvent move(QEvent::MouseMove, scene, scene, global, Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    move.setTimestamp(nextTimestamp());
    QCoreApplication::sendEvent(m_window, &move);
    QMouseEvent press(QEvent::MouseButtonPress, scene, scene, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    press.setTimestamp(nextTimestamp());
    QCoreApplication::sendEvent(m_window, &press);
    QObject *grabber = press.exclusiveGrabber(press.points().constFirst());
    // A pointer handler grabs for the item it belongs to.
    while (grabber && !qobject_cast<QQuickItem *>(grabber))
        grabber = grabber->parent();
    // Held weakly: the click may close the dialog it belongs to.
    const QPointer<QQuickItem> taker = qobject_cast<QQuickItem *>(grabber);
    QMouseEvent release(QEvent::MouseButtonRelease, scene, scene, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    release.setTimestamp(nextTimestamp());
    QCoreApplication::sendEvent(m_window, &release);
    return taker && taker != item && !item->isAncestorOf(taker) ? taker.data() : nullptr;
}

bool Automation::drop(QQuickItem *item, const QStringList &files)
{
    const QPoint scene = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &file : files)
        urls << QUrl::fromLocalFile(file);
    data.setUrls(urls);
    // What a file manager's drag does over the window: enter, move, drop.
    QDragEnterEvent enter(scene, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &enter);
    QDragMoveEvent move(scene, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &move);
    if (!move.isAccepted()) {
        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(m_window, &leave);
        return false;
    }
    QDropEvent dropped(QPointF(scene), Qt::CopyAction, &data, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &dropped);
    return dropped.isAccepted();
}

quint64 Automation::nextTimestamp()
{
    // Strictly increasing milliseconds, as real input has; all-zero times
    // lost about one click in six (a press right after another control's).
    m_timestamp = qMax(m_timestamp + 1, quint64(m_clock.elapsed()));
    return m_timestamp;
}

void Automation::type(QQuickItem *item, const QString &text, bool enter, bool replace)
{
    item->forceActiveFocus(Qt::OtherFocusReason);
    if (replace) {
        // Select all, as the user would, so that the text replaces it.
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::ControlModifier);
        press.setTimestamp(nextTimestamp());
        QCoreApplication::sendEvent(m_window, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_A, Qt::ControlModifier);
        release.setTimestamp(nextTimestamp());
        QCoreApplication::sendEvent(m_window, &release);
    }
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        press.setTimestamp(nextTimestamp());
        QCoreApplication::sendEvent(m_window, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        release.setTimestamp(nextTimestamp());
        QCoreApplication::sendEvent(m_window, &release);
    }
    if (enter) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        QCoreApplication::sendEvent(m_window, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        QCoreApplication::sendEvent(m_window, &release);
    }
}
