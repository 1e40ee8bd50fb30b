#include "conversationmodel.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QMimeData>
#include <QStandardPaths>

ConversationModel::ConversationModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

ConversationModel::~ConversationModel() = default;

Conversations *ConversationModel::conversations() const
{
    return m_conversations;
}

void ConversationModel::setConversations(Conversations *conversations)
{
    if (m_conversations == conversations)
        return;
    if (m_conversations)
        m_conversations->disconnect(this);
    m_conversations = conversations;
    if (m_conversations) {
        connect(m_conversations, &Conversations::messageAdded, this, [this](const ChatMessage &message) {
            if (message.deviceId != m_deviceId || rowOf(message.id) >= 0)
                return;
            const int row = int(m_messages.size());
            beginInsertRows({}, row, row);
            m_messages << message;
            endInsertRows();
            Q_EMIT countChanged();
        });
        connect(m_conversations, &Conversations::messageStateChanged, this,
                [this](const QString &deviceId, qint64 messageId, ChatMessage::State state) {
                    if (deviceId != m_deviceId)
                        return;
                    if (const int row = rowOf(messageId); row >= 0) {
                        m_messages[row].state = state;
                        Q_EMIT dataChanged(index(row), index(row), {DeliveryStateRole});
                    }
                });
    }
    reload();
    Q_EMIT conversationsChanged();
}

QString ConversationModel::deviceId() const
{
    return m_deviceId;
}

void ConversationModel::setDeviceId(const QString &deviceId)
{
    if (m_deviceId == deviceId)
        return;
    m_deviceId = deviceId;
    reload();
    Q_EMIT deviceIdChanged();
}

void ConversationModel::reload()
{
    const qsizetype before = m_messages.size();
    beginResetModel();
    m_messages = m_conversations && !m_deviceId.isEmpty() ? m_conversations->history()->latest(m_deviceId)
                                                          : QList<ChatMessage>();
    endResetModel();
    if (before != m_messages.size())
        Q_EMIT countChanged();
}

int ConversationModel::rowOf(qint64 messageId) const
{
    // Recent messages change state; search from the end.
    for (qsizetype i = m_messages.size() - 1; i >= 0; --i) {
        if (m_messages.at(i).id == messageId)
            return int(i);
    }
    return -1;
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatMessage &m = m_messages.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return m.text;
    case MessageIdRole:
        return m.id;
    case OutgoingRole:
        return m.outgoing;
    case TimeRole:
        return m.at.toLocalTime();
    case DeliveryStateRole:
        return int(m.state);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConversationModel::roleNames() const
{
    return {
        {MessageIdRole, "messageId"},         {TextRole, "text"}, {OutgoingRole, "outgoing"}, {TimeRole, "time"},
        {DeliveryStateRole, "deliveryState"},
    };
}

bool ConversationModel::retry(int row)
{
    if (!m_conversations || row < 0 || row >= m_messages.size())
        return false;
    QString error;
    if (!m_conversations->retry(m_deviceId, m_messages.at(row).id, &error)) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    return true;
}

bool ConversationModel::send(const QString &text)
{
    if (!m_conversations || m_deviceId.isEmpty()) {
        Q_EMIT errorOccurred(tr("Choose a device to write to first."));
        return false;
    }
    QString error;
    const auto message = m_conversations->send(m_deviceId, text, &error);
    if (!message) {
        Q_EMIT errorOccurred(error);
        return false;
    }
    if (message->state == ChatMessage::State::Failed) {
        Q_EMIT errorOccurred(tr("The message was kept but could not be sent: %1").arg(error));
        return false;
    }
    return true;
}

QString ConversationModel::clipboardImageFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/clipboard");
}

namespace {
// What sendClipboard() names its files: only these are ever removed.
constexpr auto ClipboardImagePattern = "clipboard-*.png";
} // namespace

bool ConversationModel::removeClipboardImage(const QString &path)
{
    const QFileInfo file(path);
    if (QDir(file.absolutePath()) != QDir(clipboardImageFolder())
        || !QDir::match(QLatin1StringView(ClipboardImagePattern), file.fileName()))
        return false;
    return QFile::remove(file.absoluteFilePath());
}

int ConversationModel::removeStaleClipboardImages()
{
    const QDir folder(clipboardImageFolder());
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDuration(-StaleClipboardImageAge);
    int removed = 0;
    const QFileInfoList files = folder.entryInfoList({QLatin1StringView(ClipboardImagePattern)}, QDir::Files);
    for (const QFileInfo &file : files) {
        if (file.lastModified() < cutoff && QFile::remove(file.absoluteFilePath()))
            ++removed;
    }
    return removed;
}

bool ConversationModel::sendClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QString text = clipboard->text();
    if (!text.trimmed().isEmpty())
        return send(text);
    const QMimeData *data = clipboard->mimeData();
    const QImage image = data && data->hasImage() ? clipboard->image() : QImage();
    if (image.isNull()) {
        Q_EMIT errorOccurred(tr("The clipboard holds no text or image to send."));
        return false;
    }
    if (image.width() > MaxClipboardImageSide || image.height() > MaxClipboardImageSide) {
        Q_EMIT errorOccurred(
            tr("The image on the clipboard is larger than %1 × %1 pixels: save it and send it as a file.")
                .arg(MaxClipboardImageSide));
        return false;
    }
    // A file of its own per image, named by when it was sent: the transfer
    // reads it until the other device has it.
    const QDir folder(clipboardImageFolder());
    const QString path
        = folder.filePath(QStringLiteral("clipboard-%1.png")
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
    if (!folder.mkpath(QStringLiteral(".")) || !image.save(path, "PNG")) {
        Q_EMIT errorOccurred(
            tr("Could not save the clipboard's image in %1.").arg(QDir::toNativeSeparators(folder.path())));
        return false;
    }
    Q_EMIT filesToSend(m_deviceId, {QUrl::fromLocalFile(path)});
    return true;
}

bool ConversationModel::copyToClipboard(int row)
{
    if (row < 0 || row >= m_messages.size()) {
        Q_EMIT errorOccurred(tr("That message is no longer listed."));
        return false;
    }
    QGuiApplication::clipboard()->setText(m_messages.at(row).text);
    return true;
}
