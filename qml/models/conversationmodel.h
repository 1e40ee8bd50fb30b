#pragma once

#include "chathistory.h"
#include "conversations.h"

#include "tandemquick_export.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <chrono>

// The conversation with one device, oldest message first: the history
// from the profile, then what is written and received while it is shown,
// each with its delivery state.
class TANDEM_QUICK_EXPORT ConversationModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Conversations *conversations READ conversations WRITE setConversations NOTIFY conversationsChanged FINAL)
    Q_PROPERTY(QString deviceId READ deviceId WRITE setDeviceId NOTIFY deviceIdChanged FINAL)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    Q_PROPERTY(int maxMessageBytes READ maxMessageBytes CONSTANT FINAL)

public:
    // ChatMessage::State, for QML.
    enum DeliveryState {
        Queued = int(ChatMessage::State::Queued),
        Sent = int(ChatMessage::State::Sent),
        Delivered = int(ChatMessage::State::Delivered),
        Failed = int(ChatMessage::State::Failed),
        Received = int(ChatMessage::State::Received),
    };
    Q_ENUM(DeliveryState)
    enum Role { MessageIdRole = Qt::UserRole + 1, TextRole, OutgoingRole, TimeRole, DeliveryStateRole };
    Q_ENUM(Role)

    explicit ConversationModel(QObject *parent = nullptr);
    ~ConversationModel() override;

    Conversations *conversations() const;
    void setConversations(Conversations *conversations);
    QString deviceId() const;
    void setDeviceId(const QString &deviceId);
    static int maxMessageBytes() { return int(ChatHistory::MaxMessageBytes); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Sends to the device; false (and errorOccurred) when it cannot.
    Q_INVOKABLE bool send(const QString &text);
    // Sends the message in `row` again, if it was not delivered (Failed):
    // Queued, out as soon as the device is linked.
    Q_INVOKABLE bool retry(int row);
    // A clipboard image wider or taller than this is not sent (a PNG of it
    // would be hundreds of MiB, and the platform hands it over in memory).
    static constexpr int MaxClipboardImageSide = 16384;
    // Where clipboard images are kept as PNG files while they are sent (the
    // sender reads the file again on a resume): the user's cache folder.
    static QString clipboardImageFolder();
    // A clipboard image left in the folder by a run that ended before its
    // transfer did is removed at the next start once it is this old: the
    // folder is shared by every profile's app, and a younger one may be
    // another running app's, still being sent.
    static constexpr std::chrono::hours StaleClipboardImageAge{24};
    // Removes `path` if it is a clipboard image in clipboardImageFolder()
    // (the app calls it once the transfer carrying it ended: verified,
    // failed or cancelled, nothing reads it again); other files are left.
    static bool removeClipboardImage(const QString &path);
    // Removes the clipboard images older than StaleClipboardImageAge;
    // returns how many.
    static int removeStaleClipboardImages();

    // Sends the text on the system clipboard to the device (as send()).
    // With no text but an image (where the platform gives one), the image
    // is saved as a PNG in clipboardImageFolder() and handed to
    // filesToSend(), for the transfer path. False with errorOccurred when
    // the clipboard holds neither, or the image breaks its bound.
    Q_INVOKABLE bool sendClipboard();
    // Puts the message in `row` on the system clipboard, as plain text.
    Q_INVOKABLE bool copyToClipboard(int row);

Q_SIGNALS:
    void conversationsChanged();
    void deviceIdChanged();
    void countChanged();
    void errorOccurred(const QString &message);
    // Files for this conversation's device, to go as a file transfer (a
    // clipboard image saved as a PNG).
    void filesToSend(const QString &deviceId, const QList<QUrl> &urls);

private:
    void reload();
    int rowOf(qint64 messageId) const;

    QPointer<Conversations> m_conversations;
    QString m_deviceId;
    QList<ChatMessage> m_messages;
};
