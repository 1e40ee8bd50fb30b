#include "servicetransfer.h"

#include "deviceserviceclient_p.h"
#include "serviceprotocol_p.h"

#include <QCborArray>
#include <QCborMap>
#include <QFileInfo>

#include <limits>

namespace Tandem {

using namespace ServiceProtocol;

namespace {

std::optional<Transfer::State> stateFrom(const QCborMap &fields)
{
    const qint64 value = fields.value(StateField).toInteger(-1);
    if (value < int(Transfer::State::Offered) || value > int(Transfer::State::Failed))
        return std::nullopt;
    return Transfer::State(value);
}

} // namespace

void ServiceTransferPrivate::takeProgress(const QCborMap &fields)
{
    done = qMax<qint64>(0, fields.value(DoneField).toInteger());
    sent = qMax<qint64>(0, fields.value(SentField).toInteger());
    verified = int(qBound<qint64>(0, fields.value(VerifiedField).toInteger(), qMax<qint64>(count, files.size())));
    rate = qMax(0.0, fields.value(RateField).toDouble());
    eta = fields.value(EtaField).toInteger(-1);
}

bool ServiceTransferPrivate::takeSeen(const QCborMap &fields, const QByteArray &body)
{
    const auto now = stateFrom(fields);
    const auto listed = mapsFromCbor(body);
    if (!now || !listed)
        return false;
    own = false;
    id = fields.value(IdField).toString();
    direction = fields.value(IncomingField).toBool() ? Transfer::Direction::Incoming : Transfer::Direction::Outgoing;
    state = *now;
    total = qMax<qint64>(0, fields.value(TotalField).toInteger());
    folder = fields.value(FolderField).toString();
    tag = fields.value(TagField).toString();
    for (const QCborMap &map : *listed) {
        TransferFile file;
        file.name = map.value(NameField).toString();
        file.path = map.value(PathField).toString();
        file.size = qMax<qint64>(0, map.value(SizeField).toInteger());
        file.bytesDone = qBound<qint64>(0, map.value(DoneField).toInteger(), file.size);
        file.sha256 = map.value(Sha256Field).toByteArray();
        file.verified = !file.sha256.isEmpty();
        files << file;
    }
    count = int(qBound<qint64>(files.size(), fields.value(CountField).toInteger(), std::numeric_limits<int>::max()));
    takeProgress(fields);
    return true;
}

void ServiceTransferPrivate::handle(const Protocol::ControlMessage &message, const QByteArray &body)
{
    const QCborMap &fields = message.fields;
    if (finished)
        return;
    if (message.type == TransferOffered) {
        // Offered again by a host that replaced a dead one: afresh.
        files.clear();
        id = fields.value(IdField).toString();
        total = qMax<qint64>(0, fields.value(TotalField).toInteger());
        for (const QCborMap &map : mapsFromCbor(body).value_or(QList<QCborMap>())) {
            TransferFile file;
            file.name = map.value(NameField).toString();
            file.path = map.value(PathField).toString();
            file.size = qMax<qint64>(0, map.value(SizeField).toInteger());
            files << file;
        }
        count = int(files.size());
        if (state == Transfer::State::Waiting) {
            state = Transfer::State::Offered;
            Q_EMIT q->stateChanged(state);
        }
        Q_EMIT q->progressChanged();
    } else if (message.type == TransferAnswered) {
        Q_EMIT q->answerFailed(fields.value(ErrorField).toString());
    } else if (message.type == TransferFailed) {
        finish(Transfer::State::Failed, fields.value(ErrorField).toString());
    } else if (message.type == TransferProgress) {
        takeProgress(fields);
        const auto now = stateFrom(fields);
        if (now && *now != state && *now < Transfer::State::Completed) {
            state = *now;
            Q_EMIT q->stateChanged(state);
        }
        Q_EMIT q->progressChanged();
    } else if (message.type == FileVerified) {
        const qint64 index = fields.value(IndexField).toInteger(-1);
        // Past the list a watcher was given: counted in the progress only.
        if (index < 0 || index >= files.size())
            return;
        TransferFile &file = files[index];
        file.sha256 = fields.value(Sha256Field).toByteArray();
        if (const QString path = fields.value(PathField).toString(); !path.isEmpty())
            file.path = path;
        file.verified = true;
        file.bytesDone = file.size;
        Q_EMIT q->fileVerified(int(index), file.path, file.sha256);
    } else if (message.type == TransferEnded) {
        takeProgress(fields);
        const auto end = stateFrom(fields);
        finish(end && *end >= Transfer::State::Completed ? *end : Transfer::State::Failed,
               fields.value(ReasonField).toString());
    }
}

void ServiceTransferPrivate::finish(Transfer::State end, const QString &reason)
{
    if (finished)
        return;
    finished = true;
    if (client)
        client->transfers.erase(number);
    error = end == Transfer::State::Completed ? QString() : reason;
    state = end;
    Q_EMIT q->stateChanged(state);
    Q_EMIT q->progressChanged();
    Q_EMIT q->finished(state, error);
}

ServiceTransfer::ServiceTransfer(DeviceServiceClientPrivate *client, quint32 number, const QString &peer,
                                 QObject *parent)
    : QObject(parent)
    , d(std::make_unique<ServiceTransferPrivate>())
{
    d->q = this;
    d->client = client;
    d->number = number;
    d->peer = peer;
}

ServiceTransfer::~ServiceTransfer()
{
    if (!d->finished && d->client) {
        // One only watched goes on without this app.
        if (d->own)
            cancel(tr("The app that sent the files stopped following them."));
        d->client->transfers.erase(d->number);
    }
}

Transfer::Direction ServiceTransfer::direction() const
{
    return d->direction;
}

QString ServiceTransfer::tag() const
{
    return d->tag;
}

QString ServiceTransfer::downloadDir() const
{
    return d->folder;
}

bool ServiceTransfer::accept(const QString &downloadDir, QString *error)
{
    return acceptFiles({}, downloadDir, error);
}

bool ServiceTransfer::acceptFiles(const QList<int> &indexes, const QString &downloadDir, QString *error)
{
    if (d->direction != Transfer::Direction::Incoming || d->state != Transfer::State::Offered || d->finished) {
        if (error)
            *error = tr("These files are not an offer waiting for an answer.");
        return false;
    }
    if (!d->client || !d->client->channel) {
        if (error)
            *error = tr("Not connected to the Tandem host.");
        return false;
    }
    QCborMap fields;
    fields.insert(TransferField, d->number);
    fields.insert(AcceptField, true);
    if (!downloadDir.isEmpty())
        fields.insert(FolderField, QFileInfo(downloadDir).absoluteFilePath());
    // Empty: all of them (what accept() sends).
    if (!indexes.isEmpty()) {
        QCborArray chosen;
        for (int index : indexes)
            chosen.append(index);
        fields.insert(IndexesField, chosen);
    }
    d->client->channel->send(AnswerTransfer, fields);
    return true;
}

void ServiceTransfer::reject(const QString &reason)
{
    if (d->direction != Transfer::Direction::Incoming || d->state != Transfer::State::Offered || d->finished
        || !d->client || !d->client->channel)
        return;
    QCborMap fields;
    fields.insert(TransferField, d->number);
    fields.insert(AcceptField, false);
    fields.insert(ReasonField, reason.left(MaxReasonBytes / 4));
    d->client->channel->send(AnswerTransfer, fields);
}

QString ServiceTransfer::id() const
{
    return d->id;
}

QString ServiceTransfer::peerDeviceId() const
{
    return d->peer;
}

Transfer::State ServiceTransfer::state() const
{
    return d->state;
}

bool ServiceTransfer::isFinished() const
{
    return d->finished;
}

QString ServiceTransfer::errorString() const
{
    return d->error;
}

QList<TransferFile> ServiceTransfer::files() const
{
    return d->files;
}

int ServiceTransfer::fileCount() const
{
    return qMax(d->count, int(d->files.size()));
}

qint64 ServiceTransfer::totalBytes() const
{
    return d->total;
}

qint64 ServiceTransfer::bytesDone() const
{
    return d->done;
}

qint64 ServiceTransfer::bytesSent() const
{
    return d->sent;
}

int ServiceTransfer::filesVerified() const
{
    return d->verified;
}

double ServiceTransfer::bytesPerSecond() const
{
    return d->rate;
}

qint64 ServiceTransfer::etaSeconds() const
{
    return d->eta;
}

void ServiceTransfer::cancel(const QString &reason)
{
    if (d->finished || !d->client || !d->client->channel)
        return;
    QCborMap fields;
    fields.insert(TransferField, d->number);
    fields.insert(ReasonField, reason.left(MaxReasonBytes / 4));
    d->client->channel->send(CancelTransfer, fields);
}

} // namespace Tandem
