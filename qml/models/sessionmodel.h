#pragma once

#include <Tandem/deviceinfo.h>
#include <Tandem/deviceserviceclient.h>
#include <Tandem/servicesession.h>
#include <Tandem/session.h>
#include <Tandem/sessionmanager.h>

#include "tandemquick_export.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

// Sessions other devices opened with this one: those waiting for the
// user's answer (pending) and those running, until they end. The app
// raises its request dialog and tray count from the pending ones.
class TANDEM_QUICK_EXPORT SessionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Tandem::SessionManager *sessionManager READ sessionManager WRITE setSessionManager NOTIFY
                   sessionManagerChanged FINAL)
    // Only sessions for these services; empty: every service.
    // The other source: the running Tandem host, through a client. The
    // model then shows the sessions peers open to the services this client
    // registered (the host routes only those here). Setting one clears the
    // other.
    Q_PROPERTY(Tandem::DeviceServiceClient *host READ host WRITE setHost NOTIFY hostChanged FINAL)
    Q_PROPERTY(QStringList services READ services WRITE setServices NOTIFY servicesChanged FINAL)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged FINAL)

public:
    // RequestIdRole: a number for the row's session, unique within the model,
    // so that an answer reaches the request the user saw even when rows move.
    // PreviewRole: what the opener says the session is about (the
    // parameter "preview", e.g. a conversation's first message), at most
    // MaxPreviewLength characters; empty when it said nothing.
    enum Role {
        PeerIdRole = Qt::UserRole + 1,
        PeerNameRole,
        ServiceRole,
        StateRole,
        PendingRole,
        RequestIdRole,
        PreviewRole
    };
    Q_ENUM(Role)

    // The reason for a refusal travels to the peer.
    static constexpr qsizetype MaxReasonLength = 200;
    // Requests beyond this many unanswered ones are refused at once, so a
    // peer cannot pile up dialogs.
    static constexpr int MaxPendingRequests = 32;
    // A request's preview comes from the other device: a dialog shows at
    // most this much of it.
    static constexpr qsizetype MaxPreviewLength = 200;
    static constexpr auto PreviewParameter = "preview";

    explicit SessionModel(QObject *parent = nullptr);
    ~SessionModel() override;

    Tandem::SessionManager *sessionManager() const;
    void setSessionManager(Tandem::SessionManager *manager);
    Tandem::DeviceServiceClient *host() const;
    void setHost(Tandem::DeviceServiceClient *host);
    QStringList services() const;
    void setServices(const QStringList &services);
    int pendingCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The oldest request still waiting, or -1.
    Q_INVOKABLE int firstPending() const;
    Q_INVOKABLE bool accept(int row);
    Q_INVOKABLE bool reject(int row, const QString &reason);
    // The same by request id (RequestIdRole); -1 when none is waiting.
    Q_INVOKABLE int firstPendingRequest() const;
    Q_INVOKABLE bool isPendingRequest(int requestId) const;
    Q_INVOKABLE bool acceptRequest(int requestId);
    Q_INVOKABLE bool rejectRequest(int requestId, const QString &reason);

Q_SIGNALS:
    void sessionManagerChanged();
    void hostChanged();
    void servicesChanged();
    void countChanged();
    void pendingCountChanged();
    void requestArrived(const QString &peerId, const QString &peerName, const QString &service);
    void errorOccurred(const QString &message);

private:
    // One session, from whichever source: a Session of the manager or a
    // ServiceSession through the host.
    struct Row
    {
        QPointer<Tandem::Session> local;
        QPointer<Tandem::ServiceSession> remote;
        int requestId;
        QObject *object() const
        {
            return local ? static_cast<QObject *>(local.data()) : static_cast<QObject *>(remote.data());
        }
    };
    static Tandem::Session::State stateOf(const Row &row);
    static bool isPending(const Row &row);
    template<typename S> void add(S *session);
    void remove(QObject *session);
    void clearRows();
    void updatePending();
    QString peerName(const QString &peerId) const;
    int rowOf(const QObject *session) const;
    int rowOfRequest(int requestId) const;

    QPointer<Tandem::SessionManager> m_manager;
    QPointer<Tandem::DeviceServiceClient> m_host;
    // Through a host: its device list, for names.
    QList<Tandem::DeviceInfo> m_hostDevices;
    QStringList m_services;
    QList<Row> m_rows;
    int m_nextRequestId = 1;
    int m_pending = 0;
};
