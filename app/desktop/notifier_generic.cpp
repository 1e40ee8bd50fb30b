// Platforms without a notification API Tandem speaks (yet): Windows and
// macOS use the tray balloon DesktopApp shows instead.
#include "notifier.h"

class NotifierPrivate
{
};

Notifier::Notifier(const QString &, QObject *parent)
    : QObject(parent)
{ }

Notifier::~Notifier() = default;

bool Notifier::isAvailable() const
{
    return false;
}

bool Notifier::notify(const QString &, const QString &, const QString &, const QList<Action> &)
{
    return false;
}

void Notifier::withdraw(const QString &) { }
