#include <Tandem/landingstore_p.h>

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Tandem::Landing;
using Tandem::LandingStore;
using Tandem::StoredLanding;

// The receiver's resume records: pruning keeps what a resume needs (a .part
// not yet done, and batches under way) and drops what no resume can use, so
// transfers.sqlite does not grow with every batch ever received.
class tst_LandingStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void pruneKeepsWhatAResumeNeeds();
    void pruneCapsTheRecordsKeepingPartsLongest();
    void schemaOneRecordsWithoutAPartGoAtFirstPrune();

private:
    std::unique_ptr<LandingStore> openStore();
    // A landing whose .part holds partBytes bytes (none: no .part at all).
    Landing landing(const QString &name, qsizetype partBytes);
    std::optional<QTemporaryDir> m_dir;
};

namespace {
const QString Peer = QStringLiteral("peer-fingerprint");
QByteArray id(char c)
{
    return QByteArray(16, c);
}
} // namespace

void tst_LandingStore::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<LandingStore> tst_LandingStore::openStore()
{
    QString error;
    auto store = LandingStore::open(m_dir->filePath(QStringLiteral("transfers.sqlite")), &error);
    if (!store)
        qWarning() << error;
    return store;
}

Landing tst_LandingStore::landing(const QString &name, qsizetype partBytes)
{
    const QString final = m_dir->filePath(name);
    Landing l{name, name, final, final + QStringLiteral(".part")};
    if (partBytes > 0) {
        QFile part(l.partPath);
        if (part.open(QIODevice::WriteOnly))
            part.write(QByteArray(partBytes, 'x'));
    }
    return l;
}

void tst_LandingStore::pruneKeepsWhatAResumeNeeds()
{
    auto store = openStore();
    QVERIFY(store);
    QString error;
    const qint64 size = 1000;
    // Batch 1 failed half-way: a .part of 300 bytes, a verified file.
    QVERIFY(store->rememberOffer(Peer, id('1'), {id('a'), id('b')}, {size, size}, &error));
    QVERIFY(
        store->put(StoredLanding{Peer, id('a'), id('1'), size, landing(QStringLiteral("a.bin"), 300), false}, &error));
    QVERIFY(
        store->put(StoredLanding{Peer, id('b'), id('1'), size, landing(QStringLiteral("b.bin"), 0), false}, &error));
    QVERIFY(store->markDone(Peer, id('b'), m_dir->filePath(QStringLiteral("b.bin")), &error));
    // Batch 2 was cancelled and its .part removed by the user.
    QVERIFY(
        store->put(StoredLanding{Peer, id('c'), id('2'), size, landing(QStringLiteral("c.bin"), 0), false}, &error));
    // Batch 3 ended with every file verified, but a crash came before it
    // was forgotten.
    QVERIFY(store->put(StoredLanding{Peer, id('d'), id('3'), size, landing(QStringLiteral("d.bin"), 0), true}, &error));
    // Batch 4 was accepted and never started; batch 5 is under way.
    QVERIFY(store->rememberOffer(Peer, id('4'), {id('e')}, {size}, &error));
    QVERIFY(store->rememberOffer(Peer, id('5'), {id('f')}, {size}, &error));
    QCOMPARE(store->recordCount(), 6);

    const QSet<LandingStore::BatchRef> underWay{{Peer, id('5')}};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Now: only the finished batch's record goes; the others may still be
    // offered again soon.
    QCOMPARE(store->prune(now, underWay), 1);
    QVERIFY(!store->find(Peer, id('d')));
    QVERIFY(store->wasAccepted(Peer, id('1'), {id('a'), id('b')}, {size, size}));

    // Past StaleAfter: what has no .part goes; the .part's record and the
    // batch under way stay.
    const QDateTime later = now.addDays(LandingStore::StaleAfter.count() + 1);
    QCOMPARE(store->prune(later, underWay), 3);
    QCOMPARE(store->recordCount(), 2);
    QVERIFY(!store->find(Peer, id('b')));
    QVERIFY(!store->find(Peer, id('c')));
    QVERIFY(!store->find(Peer, id('e')));
    QVERIFY(store->find(Peer, id('f')));
    // The kept one resumes: the same file offered again is known, without
    // asking, and continues from its .part (whose length is the offset).
    const auto kept = store->find(Peer, id('a'));
    QVERIFY(kept);
    QVERIFY(!kept->done);
    QCOMPARE(QFileInfo(kept->landing.partPath).size(), 300);
    QVERIFY(store->wasAccepted(Peer, id('1'), {id('a')}, {size}));

    // Once its .part is gone too, the record goes (here after a restart,
    // when the manager prunes the store it opens).
    QVERIFY(QFile::remove(kept->landing.partPath));
    store.reset();
    store = openStore();
    QVERIFY(store);
    QCOMPARE(store->prune(later, {}), 2); // the .part-less one and the no longer running batch 5
    QCOMPARE(store->recordCount(), 0);
}

void tst_LandingStore::pruneCapsTheRecordsKeepingPartsLongest()
{
    auto store = openStore();
    QVERIFY(store);
    QString error;
    const qint64 size = 10;
    // A record with a .part, written first (the oldest) ...
    QVERIFY(
        store->put(StoredLanding{Peer, id('p'), id('1'), size, landing(QStringLiteral("p.bin"), 5), false}, &error));
    // ... then one more accepted-but-unstarted record than the cap allows.
    QList<QByteArray> keys;
    QList<qint64> sizes;
    for (int i = 0; i < LandingStore::MaxRecords; ++i) {
        keys.append(QByteArray::number(i).leftJustified(16, '-'));
        sizes.append(size);
    }
    QVERIFY(store->rememberOffer(Peer, id('2'), keys, sizes, &error));
    QCOMPARE(store->recordCount(), LandingStore::MaxRecords + 1);

    QCOMPARE(store->prune(QDateTime::currentDateTimeUtc(), {}), 1);
    QCOMPARE(store->recordCount(), LandingStore::MaxRecords);
    QVERIFY(store->find(Peer, id('p')));
}

void tst_LandingStore::schemaOneRecordsWithoutAPartGoAtFirstPrune()
{
    // A transfers.sqlite of an earlier Tandem (schema 1, no "updated").
    const QString path = m_dir->filePath(QStringLiteral("transfers.sqlite"));
    const Landing withPart = landing(QStringLiteral("old.bin"), 7);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema1"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE landings ("
                                      " peer TEXT NOT NULL, file_key BLOB NOT NULL, batch BLOB NOT NULL,"
                                      " size INTEGER NOT NULL, requested TEXT NOT NULL, relative TEXT NOT NULL,"
                                      " final_path TEXT NOT NULL, part_path TEXT NOT NULL,"
                                      " done INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (peer, file_key))")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO landings VALUES ('%1', x'61', x'31', 10, '', '', '', '', 0)").arg(Peer)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO landings VALUES ('%1', x'62', x'31', 10, 'old.bin', 'old.bin',"
                                      " '%2', '%3', 0)")
                           .arg(Peer, withPart.finalPath, withPart.partPath)));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema1"));
    auto store = openStore(); // migrates; the manager prunes right after, as here
    QVERIFY(store);
    QCOMPARE(store->prune(QDateTime::currentDateTimeUtc(), {}), 1);
    QCOMPARE(store->recordCount(), 1);
    QVERIFY(store->find(Peer, QByteArray("b")));
}

QTEST_GUILESS_MAIN(tst_LandingStore)
#include "tst_landingstore.moc"
