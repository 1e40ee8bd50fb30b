#pragma once

#include <QString>

namespace Tandem::ServicePaths {

// Where a profile's host listens, and the private folder that holds it.
//
// The folder is this user's: under the runtime location
// (XDG_RUNTIME_DIR, which the session manager makes 0700 and empties at
// logout), else a folder of our own under the temporary one; mode 0700,
// owned by this user, never a symbolic link. Only this user can then reach
// a socket in it, whatever the socket's own mode. The socket's name is a
// hash of the profile's canonical folder, so that one profile has one name
// however it is spelled, and the path stays short.

// sun_path holds 108 bytes on Linux and 104 on macOS, and QLocalServer
// binds first at "<path>XXXXXX/s" (UserAccessOption: made in a temporary
// folder, chmod, then renamed into place), 8 bytes more: a path longer
// than this falls back to a shorter folder.
inline constexpr qsizetype MaxSocketPathBytes = 104 - 1 - 8;
// Hex digits of SHA-256 in the socket's name: 96 bits, far beyond any
// number of profiles one user has, and short.
inline constexpr qsizetype SocketNameHexDigits = 24;

// The folder for this user's sockets (not created). On Windows, empty:
// named pipes have no folder.
QString socketDirectory();

// The socket (or pipe name) of the host of `profileDir`; empty with *error
// set when the folder does not exist (no host can be running for it then).
QString socketPath(const QString &profileDir, QString *error);

// Host: makes `directory` (mode 0700) if missing. Both sides: checks that it
// is a real folder of this user with no access for anyone else; a folder
// left group- or world-accessible by us is tightened. Returns false with
// *error set otherwise (someone else made it: never listen or connect
// there).
bool preparePrivateDirectory(const QString &directory, bool create, QString *error);

} // namespace Tandem::ServicePaths
