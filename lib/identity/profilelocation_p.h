#pragma once

#include <QLatin1StringView>
#include <QString>

namespace Tandem {

// The lock file Profile::open() takes in a profile's folder (documented).
inline constexpr QLatin1StringView ProfileLockFile{"profile.lock"};

enum class ProfileMove { NothingToMove, Moved, Failed };

// Moves the profile folder `from` to `to`, when `from` holds a profile (a
// non-empty folder) and `to` holds none (missing or an empty folder): the
// default profile used to live in the roaming app data folder, which on
// Windows copies the private key to every PC the user logs on to, and two
// PCs then are one device. The folder is renamed as a whole, so the key is
// never copied and a failure leaves it where it was. Not while a program
// (an older Tandem) has `from` open; a program opening it between that check
// and the rename finds it gone and starts anew. On Failed, *error says why.
ProfileMove moveProfile(const QString &from, const QString &to, QString *error);

} // namespace Tandem
