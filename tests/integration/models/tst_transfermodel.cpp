#include "../../common/testpeers.h"
#include "../transfer/transfertestutil.h"

#include <Tandem/Quick/transferhistory.h>
#include <Tandem/Quick/transferhistorymodel.h>
#include <Tandem/Quick/transfermodel.h>
#include <Tandem/sessionmanager.h>
#include <Tandem/transfermanager.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace Tandem;
using namespace TandemTest;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

// TransferModel over two real, paired devices on loopback and their real
// TransferManagers: what the Files page shows (offers, progress, rate,
// state, per-file results) follows a real transfer, and the user's answers
// reach it.
class tst_TransferModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void progressAndStateFollowARealTransfer();
    void rejectedOfferShowsOnBothSides();
    void cancelDuringTheTransferShowsTheReason();
    void badRequestsRaiseAnErrorAndChangeNothing();
    void autoAcceptSkipsTheOffer();
    void historyKeepsFinishedTransfersAcrossARestart();
    void historyKeepsTheNewestWithinItsBound();
    void someFilesOfAnOfferCanBeChosen();

private:
    QVariant role(const TransferModel &model, int row, int role) const { return model.data(model.index(row), role); }
    // A sends `path` through its model; returns the id, with B's offer shown.
    QString sendAndWaitForOffer(const QString &path);

    std::unique_ptr<Peer> m_a, m_b;
    std::unique_ptr<SessionManager> m_sa, m_sb;
    std::unique_ptr<TransferManager> m_ta, m_tb;
    std::unique_ptr<TransferModel> m_ma, m_mb;
    std::unique_ptr<QAbstractItemModelTester> m_testerA, m_testerB;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_downloads;
};

void tst_TransferModel::init()
{
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
    // Not made here: accepting makes it, as with a fresh system's default.
    m_downloads = m_work->filePath(QStringLiteral("downloads"));
    startPairedPeers(m_a, m_b);
    if (QTest::currentTestFailed())
        return;
    m_sa = std::make_unique<SessionManager>(m_a->device.get(), SessionManager::Options());
    m_sb = std::make_unique<SessionManager>(m_b->device.get(), SessionManager::Options());
    // Small chunks, a short queue and every progress update: many steps to
    // watch even on a fast loopback.
    TransferManager::Options sending;
    sending.chunkBytes = 64 * 1024;
    sending.maxQueuedBytes = 256 * 1024;
    sending.progressInterval = 0ms;
    m_ta = std::make_unique<TransferManager>(m_sa.get(), sending);
    TransferManager::Options receiving = sending;
    receiving.downloadDir = m_downloads;
    m_tb = std::make_unique<TransferManager>(m_sb.get(), receiving);
    m_ma = std::make_unique<TransferModel>();
    m_mb = std::make_unique<TransferModel>();
    m_testerA = std::make_unique<QAbstractItemModelTester>(m_ma.get());
    m_testerB = std::make_unique<QAbstractItemModelTester>(m_mb.get());
    m_ma->setDevice(m_a->device.get());
    m_mb->setDevice(m_b->device.get());
    m_ma->setManager(m_ta.get());
    m_mb->setManager(m_tb.get());
}

void tst_TransferModel::cleanup()
{
    m_testerA.reset();
    m_testerB.reset();
    m_ma.reset();
    m_mb.reset();
    m_tb.reset();
    m_ta.reset();
    m_sb.reset();
    m_sa.reset();
    m_b.reset();
    m_a.reset();
    m_work.reset();
}

QString tst_TransferModel::sendAndWaitForOffer(const QString &path)
{
    QSignalSpy offered(m_mb.get(), &TransferModel::offerArrived);
    // As a file dialog or a drop gives it: a file: URL.
    const QString id = m_ma->send(m_b->id(), {QUrl::fromLocalFile(path)});
    if (id.isEmpty() || !offered.wait(20000))
        return {};
    return offered.at(0).at(0).toString() == id ? id : QString();
}

void tst_TransferModel::progressAndStateFollowARealTransfer()
{
    const QString source = m_work->filePath(QStringLiteral("report.bin"));
    constexpr qint64 size = 6 * 1024 * 1024 + 123;
    const QByteArray sha = writeRandomFile(source, size, 7);
    QVERIFY(!sha.isEmpty());

    QSignalSpy offered(m_mb.get(), &TransferModel::offerArrived);
    const QString id = m_ma->send(m_b->id(), {QUrl::fromLocalFile(source)});
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_ma->rowCount(), 1);
    QCOMPARE(role(*m_ma, 0, TransferModel::IncomingRole).toBool(), false);
    QCOMPARE(role(*m_ma, 0, TransferModel::PeerNameRole).toString(), QStringLiteral("Beta"));
    QCOMPARE(role(*m_ma, 0, TransferModel::TotalBytesRole).toLongLong(), size);

    // Beta is asked: who, how many files, how large.
    QVERIFY(offered.wait(20000));
    QCOMPARE(offered.at(0).at(0).toString(), id);
    QCOMPARE(offered.at(0).at(2).toString(), QStringLiteral("Alpha"));
    QCOMPARE(offered.at(0).at(3).toInt(), 1);
    QCOMPARE(offered.at(0).at(4).toLongLong(), size);
    QCOMPARE(m_mb->pendingCount(), 1);
    QCOMPARE(m_mb->firstPendingOffer(), id);
    QCOMPARE(role(*m_mb, 0, TransferModel::StateRole).toInt(), int(Transfer::State::Offered));
    QCOMPARE(role(*m_mb, 0, TransferModel::FolderRole).toString(), m_downloads);

    // Progress as the rows show it: it only grows, passes through partial
    // values with a rate, and ends at 1.
    QList<double> progress;
    bool sawRate = false;
    QList<int> states;
    connect(m_mb.get(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &topLeft) {
        if (topLeft.row() != 0)
            return;
        progress << role(*m_mb, 0, TransferModel::ProgressRole).toDouble();
        sawRate = sawRate || role(*m_mb, 0, TransferModel::BytesPerSecondRole).toDouble() > 0;
        const int state = role(*m_mb, 0, TransferModel::StateRole).toInt();
        if (states.isEmpty() || states.constLast() != state)
            states << state;
    });
    QSignalSpy finishedB(m_mb.get(), &TransferModel::transferFinished);
    QSignalSpy finishedA(m_ma.get(), &TransferModel::transferFinished);
    QVERIFY(m_mb->acceptOffer(id));
    QCOMPARE(m_mb->pendingCount(), 0);
    QVERIFY(finishedB.wait(60000));
    QVERIFY(finishedA.count() == 1 || finishedA.wait(20000));

    QCOMPARE(finishedB.at(0).at(3).toInt(), int(Transfer::State::Completed));
    QCOMPARE(states.constFirst(), int(Transfer::State::Transferring));
    QCOMPARE(states.constLast(), int(Transfer::State::Completed));
    QVERIFY2(std::is_sorted(progress.cbegin(), progress.cend()), "progress went backwards");
    QVERIFY2(std::any_of(progress.cbegin(), progress.cend(), [](double p) { return p > 0 && p < 1; }),
             "no partial progress was shown");
    QVERIFY(sawRate);
    QCOMPARE(role(*m_mb, 0, TransferModel::ProgressRole).toDouble(), 1.0);
    QCOMPARE(role(*m_ma, 0, TransferModel::ProgressRole).toDouble(), 1.0);
    QCOMPARE(role(*m_ma, 0, TransferModel::StateRole).toInt(), int(Transfer::State::Completed));
    QCOMPARE(role(*m_mb, 0, TransferModel::FilesVerifiedRole).toInt(), 1);
    QCOMPARE(role(*m_mb, 0, TransferModel::FinishedRole).toBool(), true);

    // The file's row says where it landed; the bytes are the sender's.
    const QVariantList files = role(*m_mb, 0, TransferModel::FilesRole).toList();
    QCOMPARE(files.size(), 1);
    const QVariantMap file = files.constFirst().toMap();
    QCOMPARE(file.value(QStringLiteral("name")).toString(), QStringLiteral("report.bin"));
    QCOMPARE(file.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(file.value(QStringLiteral("progress")).toDouble(), 1.0);
    QCOMPARE(file.value(QStringLiteral("path")).toString(), QDir(m_downloads).filePath(QStringLiteral("report.bin")));
    QCOMPARE(fileSha256(file.value(QStringLiteral("path")).toString()), sha);

    // Finished rows go when cleared.
    m_mb->clearFinished();
    QTRY_COMPARE_WITH_TIMEOUT(m_mb->rowCount(), 0, 5000);
}

void tst_TransferModel::rejectedOfferShowsOnBothSides()
{
    const QString source = m_work->filePath(QStringLiteral("notes.txt"));
    QVERIFY(!writeRandomFile(source, 1000, 3).isEmpty());
    const QString id = sendAndWaitForOffer(source);
    QVERIFY(!id.isEmpty());

    QSignalSpy finishedA(m_ma.get(), &TransferModel::transferFinished);
    QVERIFY(m_mb->rejectOffer(id, QStringLiteral("Not now")));
    QVERIFY(finishedA.wait(20000));
    QCOMPARE(finishedA.at(0).at(3).toInt(), int(Transfer::State::Rejected));
    QCOMPARE(role(*m_ma, 0, TransferModel::StateRole).toInt(), int(Transfer::State::Rejected));
    QVERIFY2(role(*m_ma, 0, TransferModel::ErrorRole).toString().contains(QStringLiteral("Not now")),
             qPrintable(role(*m_ma, 0, TransferModel::ErrorRole).toString()));
    QCOMPARE(m_mb->pendingCount(), 0);
    QVERIFY(!m_mb->isPendingOffer(id));
    QVERIFY(!QFile::exists(QDir(m_downloads).filePath(QStringLiteral("notes.txt"))));
}

void tst_TransferModel::cancelDuringTheTransferShowsTheReason()
{
    const QString source = m_work->filePath(QStringLiteral("big.bin"));
    QVERIFY(!writeRandomFile(source, 32 * 1024 * 1024, 11).isEmpty());
    const QString id = sendAndWaitForOffer(source);
    QVERIFY(!id.isEmpty());

    // The receiving user cancels as soon as part of it is there.
    bool cancelled = false;
    connect(m_mb.get(), &QAbstractItemModel::dataChanged, this, [&] {
        const double p = role(*m_mb, 0, TransferModel::ProgressRole).toDouble();
        if (!cancelled && p > 0 && p < 1)
            cancelled = m_mb->cancel(id);
    });
    QSignalSpy finishedA(m_ma.get(), &TransferModel::transferFinished);
    QVERIFY(m_mb->acceptOffer(id));
    QVERIFY(finishedA.wait(60000));
    QVERIFY(cancelled);
    QCOMPARE(finishedA.at(0).at(3).toInt(), int(Transfer::State::Cancelled));
    QCOMPARE(role(*m_mb, 0, TransferModel::StateRole).toInt(), int(Transfer::State::Cancelled));
    QVERIFY2(role(*m_ma, 0, TransferModel::ErrorRole).toString().contains(QStringLiteral("stopped by the user")),
             qPrintable(role(*m_ma, 0, TransferModel::ErrorRole).toString()));
    QVERIFY(role(*m_ma, 0, TransferModel::ProgressRole).toDouble() < 1);
    // Once over, it cannot be cancelled again.
    QSignalSpy errors(m_mb.get(), &TransferModel::errorOccurred);
    QVERIFY(!m_mb->cancel(id));
    QCOMPARE(errors.count(), 1);
}

void tst_TransferModel::badRequestsRaiseAnErrorAndChangeNothing()
{
    QSignalSpy errors(m_ma.get(), &TransferModel::errorOccurred);
    // Nothing chosen, a remote URL, a missing file, a device not paired.
    QVERIFY(m_ma->send(m_b->id(), {}).isEmpty());
    QVERIFY(m_ma->send(m_b->id(), {QUrl(QStringLiteral("https://example.invalid/a.pdf"))}).isEmpty());
    QVERIFY(m_ma->send(m_b->id(), {QUrl::fromLocalFile(m_work->filePath(QStringLiteral("missing")))}).isEmpty());
    const QString source = m_work->filePath(QStringLiteral("a.txt"));
    QVERIFY(!writeRandomFile(source, 10, 1).isEmpty());
    QVERIFY(m_ma->send(QString(64, QLatin1Char('f')), {QUrl::fromLocalFile(source)}).isEmpty());
    QCOMPARE(errors.count(), 4);
    QCOMPARE(m_ma->rowCount(), 0);
    // A document from Android's file dialog: only Android opens those.
    QVERIFY(m_ma->send(m_b->id(),
                       {QUrl(QStringLiteral("content://com.android.providers.downloads.documents/"
                                            "document/msf%3A42"))})
                .isEmpty());
    QCOMPARE(errors.count(), 5);
    QVERIFY2(errors.constLast().constFirst().toString().contains(u"only on Android"),
             qPrintable(errors.constLast().constFirst().toString()));
    QCOMPARE(m_ma->rowCount(), 0);

    // A refusal's reason beyond its bound is refused; the offer still waits.
    const QString id = sendAndWaitForOffer(source);
    QVERIFY(!id.isEmpty());
    QSignalSpy errorsB(m_mb.get(), &TransferModel::errorOccurred);
    QVERIFY(!m_mb->rejectOffer(id, QString(TransferModel::MaxReasonLength + 1, QLatin1Char('x'))));
    QCOMPARE(errorsB.count(), 1);
    QVERIFY(m_mb->isPendingOffer(id));
    QVERIFY(m_mb->rejectOffer(id, QString(TransferModel::MaxReasonLength, QLatin1Char('x'))));
    // An answer to an offer that is no longer waiting changes nothing.
    QVERIFY(!m_mb->acceptOffer(id));
    QVERIFY(!m_mb->acceptOffer(QStringLiteral("no-such-transfer")));
    QCOMPARE(errorsB.count(), 3);
    // Opening what is not there says so.
    QVERIFY(!m_mb->openFile(m_work->filePath(QStringLiteral("not-there"))));
    QCOMPARE(errorsB.count(), 4);
}

void tst_TransferModel::autoAcceptSkipsTheOffer()
{
    QVERIFY(!m_mb->autoAccepts(m_a->id()));
    // Turning it on makes the download folder: files land without asking.
    QVERIFY(!QFileInfo::exists(m_downloads));
    QVERIFY(m_mb->setAutoAccept(m_a->id(), true));
    QVERIFY(QFileInfo(m_downloads).isDir());
    QVERIFY(m_mb->autoAccepts(m_a->id()));
    const QString source = m_work->filePath(QStringLiteral("auto.bin"));
    const QByteArray sha = writeRandomFile(source, 300 * 1000, 5);
    QSignalSpy offered(m_mb.get(), &TransferModel::offerArrived);
    QSignalSpy finishedB(m_mb.get(), &TransferModel::transferFinished);
    QVERIFY(!m_ma->send(m_b->id(), {QUrl::fromLocalFile(source)}).isEmpty());
    QVERIFY(finishedB.wait(30000));
    QCOMPARE(finishedB.at(0).at(3).toInt(), int(Transfer::State::Completed));
    QCOMPARE(offered.count(), 0);
    QCOMPARE(m_mb->pendingCount(), 0);
    QCOMPARE(fileSha256(QDir(m_downloads).filePath(QStringLiteral("auto.bin"))), sha);
}

// Both sides keep what finished in their profile's SQLite history: shown
// once the live row is cleared, and still there when the history is opened
// again (a restart), until removed.
void tst_TransferModel::historyKeepsFinishedTransfersAcrossARestart()
{
    const QString pathA = m_work->filePath(QStringLiteral("a-transfers.sqlite"));
    const QString pathB = m_work->filePath(QStringLiteral("b-transfers.sqlite"));
    QString error;
    auto historyA = TransferHistory::open(pathA, &error);
    QVERIFY2(historyA, qPrintable(error));
    auto historyB = TransferHistory::open(pathB, &error);
    QVERIFY2(historyB, qPrintable(error));
    historyA->watch(m_ta.get(), m_a->device.get());
    historyB->watch(m_tb.get(), m_b->device.get());
    TransferHistoryModel shownB;
    QAbstractItemModelTester tester(&shownB);
    shownB.setHistory(historyB.get());
    QCOMPARE(shownB.rowCount(), 0);

    const QString source = m_work->filePath(QStringLiteral("minutes.txt"));
    const QByteArray sha = writeRandomFile(source, 4000, 9);
    const QString id = sendAndWaitForOffer(source);
    QVERIFY(!id.isEmpty());
    QSignalSpy recordedA(historyA.get(), &TransferHistory::recorded);
    QSignalSpy recordedB(historyB.get(), &TransferHistory::recorded);
    QVERIFY(m_mb->acceptOffer(id));
    QVERIFY(recordedB.wait(30000));
    QVERIFY(recordedA.count() == 1 || recordedA.wait(20000));

    // Still listed live: not twice.
    QCOMPARE(shownB.rowCount(), 0);
    m_mb->clearFinished();
    QTRY_COMPARE_WITH_TIMEOUT(shownB.rowCount(), 1, 30000);
    QCOMPARE(m_mb->rowCount(), 0);
    const auto roleB = [&shownB](int role) { return shownB.data(shownB.index(0), role); };
    QCOMPARE(roleB(TransferHistoryModel::TransferIdRole).toString(), id);
    QCOMPARE(roleB(TransferHistoryModel::PeerNameRole).toString(), QStringLiteral("Alpha"));
    QCOMPARE(roleB(TransferHistoryModel::IncomingRole).toBool(), true);
    QCOMPARE(roleB(TransferHistoryModel::StateRole).toInt(), int(Transfer::State::Completed));
    QCOMPARE(roleB(TransferHistoryModel::FolderRole).toString(), m_downloads);
    QCOMPARE(roleB(TransferHistoryModel::FilesVerifiedRole).toInt(), 1);
    QVERIFY(roleB(TransferHistoryModel::FinishedAtRole).toDateTime().isValid());
    const QVariantMap file = roleB(TransferHistoryModel::FilesRole).toList().value(0).toMap();
    QCOMPARE(file.value(QStringLiteral("name")).toString(), QStringLiteral("minutes.txt"));
    QCOMPARE(file.value(QStringLiteral("size")).toLongLong(), 4000);
    QCOMPARE(file.value(QStringLiteral("verified")).toBool(), true);
    QCOMPARE(fileSha256(file.value(QStringLiteral("path")).toString()), sha);

    // The sender kept it too: to whom, which way, the source file.
    const TransferRecord sent = historyA->latest().value(0);
    QCOMPARE(sent.transferId, id);
    QCOMPARE(sent.peerName, QStringLiteral("Beta"));
    QVERIFY(!sent.incoming);
    QCOMPARE(sent.state, int(Transfer::State::Completed));
    QCOMPARE(sent.files.value(0).path, source);

    // A restart: the history opened again from its file shows it at once.
    shownB.setHistory(nullptr);
    historyB.reset();
    historyB = TransferHistory::open(pathB, &error);
    QVERIFY2(historyB, qPrintable(error));
    TransferHistoryModel reopened;
    reopened.setHistory(historyB.get());
    QCOMPARE(reopened.rowCount(), 1);
    QCOMPARE(reopened.data(reopened.index(0), TransferHistoryModel::TransferIdRole).toString(), id);

    // Removed from the history: gone, and gone after another restart; the
    // file stays where it landed.
    QVERIFY(reopened.remove(reopened.data(reopened.index(0), TransferHistoryModel::HistoryIdRole).toLongLong()));
    QCOMPARE(reopened.rowCount(), 0);
    reopened.setHistory(nullptr);
    historyB.reset();
    historyB = TransferHistory::open(pathB, &error);
    QVERIFY2(historyB, qPrintable(error));
    QVERIFY(historyB->latest().isEmpty());
    QCOMPARE(fileSha256(QDir(m_downloads).filePath(QStringLiteral("minutes.txt"))), sha);
}

void tst_TransferModel::historyKeepsTheNewestWithinItsBound()
{
    constexpr int Keep = 3;
    QString error;
    const QString path = m_work->filePath(QStringLiteral("bound.sqlite"));
    auto history = TransferHistory::open(path, &error, Keep);
    QVERIFY2(history, qPrintable(error));
    for (int i = 0; i < Keep + 2; ++i) {
        TransferRecord record;
        record.transferId = QStringLiteral("t%1").arg(i);
        record.deviceId = m_a->id();
        record.peerName = QStringLiteral("Alpha");
        record.state = int(Transfer::State::Completed);
        record.files = {{QStringLiteral("f%1.txt").arg(i), 10, {}, true, {}}};
        QVERIFY2(history->append(record, &error), qPrintable(error));
    }
    const auto names = [](const QList<TransferRecord> &records) {
        QStringList ids;
        for (const TransferRecord &r : records)
            ids << r.transferId;
        return ids;
    };
    QCOMPARE(names(history->latest()), (QStringList{u"t4"_s, u"t3"_s, u"t2"_s}));
    // Kept in the file, not only in this object.
    history.reset();
    history = TransferHistory::open(path, &error, Keep);
    QVERIFY2(history, qPrintable(error));
    QCOMPARE(names(history->latest()), (QStringList{u"t4"_s, u"t3"_s, u"t2"_s}));
    // The bound the app uses is a bound.
    static_assert(TransferHistory::MaxStoredTransfers > 0 && TransferHistory::MaxStoredTransfers <= 10000);
}

// An offer of up to MaxChoosableFiles files lists them to choose from;
// one more is taken whole. Accepting two lands those two only; a choice
// naming no file of the offer is refused and the offer still waits.
void tst_TransferModel::someFilesOfAnOfferCanBeChosen()
{
    auto folderOf = [this](const QString &name, int files) {
        const QString folder = m_work->filePath(name);
        for (int i = 0; i < files; ++i) {
            if (writeRandomFile(folder + u"/f%1.txt"_s.arg(i, 3, 10, QLatin1Char('0')), 16, quint32(i)).isEmpty())
                return QString();
        }
        return folder;
    };
    const QString tooMany = folderOf(u"many"_s, TransferModel::MaxChoosableFiles + 1);
    QVERIFY(!tooMany.isEmpty());
    const QString wholeId = sendAndWaitForOffer(tooMany);
    QVERIFY(!wholeId.isEmpty());
    QCOMPARE(m_mb->choosableFiles(wholeId), QVariantList());
    QVERIFY(m_mb->rejectOffer(wholeId, {}));

    const QString enough = folderOf(u"enough"_s, TransferModel::MaxChoosableFiles);
    QVERIFY(!enough.isEmpty());
    QSignalSpy offered(m_mb.get(), &TransferModel::offerArrived);
    const QString id = m_ma->send(m_b->id(), {QUrl::fromLocalFile(enough)});
    QVERIFY(!id.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!offered.isEmpty() && offered.constLast().at(0).toString() == id, 20000);
    const QVariantList choosable = m_mb->choosableFiles(id);
    QCOMPARE(choosable.size(), TransferModel::MaxChoosableFiles);
    // By name: the offer's order is the sender's walk of the folder.
    int first = -1, third = -1;
    for (int i = 0; i < choosable.size(); ++i) {
        const QString name = choosable.at(i).toMap().value(u"name"_s).toString();
        if (name == u"enough/f000.txt"_s)
            first = i;
        else if (name == u"enough/f002.txt"_s)
            third = i;
    }
    QVERIFY(first >= 0 && third >= 0);

    QSignalSpy errors(m_mb.get(), &TransferModel::errorOccurred);
    QVERIFY(!m_mb->acceptFiles(id, {TransferModel::MaxChoosableFiles}));
    QVERIFY(!m_mb->acceptFiles(id, {}));
    QCOMPARE(errors.count(), 2);
    QVERIFY(m_mb->isPendingOffer(id));

    QSignalSpy finishedA(m_ma.get(), &TransferModel::transferFinished);
    QVERIFY(m_mb->acceptFiles(id, {third, first}));
    QTRY_VERIFY_WITH_TIMEOUT(!finishedA.isEmpty() && finishedA.constLast().at(0).toString() == id, 30000);
    QCOMPARE(finishedA.constLast().at(3).toInt(), int(Transfer::State::Completed));
    QCOMPARE(listTree(m_downloads), (QStringList{u"enough/f000.txt"_s, u"enough/f002.txt"_s}));
    const int row = m_mb->indexOf(id);
    const QVariantList files = role(*m_mb, row, TransferModel::FilesRole).toList();
    QCOMPARE(files.size(), TransferModel::MaxChoosableFiles);
    for (int i = 0; i < files.size(); ++i) {
        const QVariantMap file = files.at(i).toMap();
        const bool chosen = i == first || i == third;
        QCOMPARE(file.value(u"verified"_s).toBool(), chosen);
        QCOMPARE(file.value(u"skipped"_s).toBool(), !chosen);
    }
    QCOMPARE(role(*m_mb, row, TransferModel::FilesVerifiedRole).toInt(), 2);
}

QTEST_MAIN(tst_TransferModel)
#include "tst_transfermodel.moc"
