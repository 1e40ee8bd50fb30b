#pragma once

#include <QString>

namespace Tandem {

enum class OwnerOnlyResult { AlreadyOwnerOnly, Restricted, Failed };

// Makes a file or folder of the profile (the private key, the certificate,
// the identity and profile folders) readable and writable by its owner
// only, and says whether that changed anything, so that only a change is
// logged. On Failed, *error says why.
//
// One file per platform, chosen in CMakeLists.txt:
// - ownerpermissions_posix.cpp: mode 0600 for files, 0700 for folders;
// - ownerpermissions_windows.cpp: a protected access list with one entry,
//   the current user with full access (inherited by what a folder holds,
//   so files written there later start owner-only). QFile::setPermissions
//   only toggles the read-only attribute there, and QFile::permissions does
//   not read access lists unless asked, so a check through them found the
//   key "world-readable" at every start.
OwnerOnlyResult restrictToOwner(const QString &path, QString *error);

} // namespace Tandem
