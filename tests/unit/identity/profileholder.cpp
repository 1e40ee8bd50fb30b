// The second process of tst_profile's lock tests: opens the profile in the
// folder given as its argument, prints "<pid> <device id>" once it holds
// it, and keeps it until its standard input closes (a clean exit, which
// releases the lock) or it is killed. Exits 1, saying why on stderr, when
// the profile cannot be opened.

#include <Tandem/profile.h>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: tandem-profile-holder <profile folder>\n");
        return 2;
    }
    QString error;
    const auto profile = Tandem::Profile::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!profile) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error));
        return 1;
    }
    std::printf("%lld %s\n", static_cast<long long>(QCoreApplication::applicationPid()),
                qPrintable(profile->deviceId()));
    std::fflush(stdout);
    while (std::fgetc(stdin) != EOF) { }
    return 0;
}
