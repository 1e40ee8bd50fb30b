#include "tandemhost.h"

using namespace Tandem;

TandemHost::TandemHost(QObject *parent)
    : QObject(parent)
    , m_client(new DeviceServiceClient(this))
{
    connect(m_client, &DeviceServiceClient::ready, this, [this] { setStatus(Status::Ready); });
    connect(m_client, &DeviceServiceClient::hostLost, this,
            [this](const QString &reason) { setStatus(Status::Reconnecting, reason); });
    connect(m_client, &DeviceServiceClient::disconnected, this,
            [this](const QString &reason) { setStatus(Status::Unavailable, reason); });
    retry();
}

TandemHost::~TandemHost() = default;

DeviceServiceClient *TandemHost::client() const
{
    return m_client;
}

TandemHost::Status TandemHost::status() const
{
    return m_status;
}

QString TandemHost::errorString() const
{
    return m_error;
}

QString TandemHost::deviceId() const
{
    return m_status == Status::Ready ? m_client->deviceId() : QString();
}

QString TandemHost::deviceName() const
{
    return m_status == Status::Ready ? m_client->deviceName() : QString();
}

void TandemHost::retry()
{
    if (m_client->isConnected() || m_client->isReconnecting())
        return;
    QString error;
    if (m_client->connectToHost(&error))
        setStatus(Status::Connecting);
    else
        setStatus(Status::Unavailable, error);
}

void TandemHost::setStatus(Status status, const QString &error)
{
    if (m_status == status && m_error == error)
        return;
    m_status = status;
    m_error = error;
    Q_EMIT statusChanged();
}
