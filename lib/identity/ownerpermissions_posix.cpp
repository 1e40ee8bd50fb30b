#include "ownerpermissions_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Tandem {

OwnerOnlyResult restrictToOwner(const QString &path, QString *error)
{
    const bool folder = QFileInfo(path).isDir();
    QFileDevice::Permissions wanted = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (folder)
        wanted |= QFileDevice::ExeOwner;
    // ReadUser/WriteUser/ExeUser mirror the owner bits for the current user.
    const auto ownerAndOthers
        = QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
    if (ownerAndOthers == wanted)
        return OwnerOnlyResult::AlreadyOwnerOnly;
    if (QFile::setPermissions(path, wanted))
        return OwnerOnlyResult::Restricted;
    *error = QStringLiteral("cannot restrict %1 to its owner").arg(QDir::toNativeSeparators(path));
    return OwnerOnlyResult::Failed;
}

} // namespace Tandem
