#pragma once

#include <QString>
#include <QStringView>

namespace Tandem {

// `path` in Win32's extended-length form ("\\?\C:\…", "\\?\UNC\server\share\…"),
// which MoveFileExW and the other wide file functions accept beyond MAX_PATH
// (260 characters): the landing zone allows paths of LandingZone::MaxPathBytes
// under a download folder that may already be long.
//
// The form turns Win32's own normalisation off, so it is done here: '/'
// becomes '\', "." and ".." are resolved (never above the drive or the
// share), repeated separators are merged. A relative path is taken against
// `currentDir` (absolute, either separator), as is one rooted at the
// current drive ("\x"). A drive-relative path ("C:x") is taken against
// `currentDir` when that is on the same drive, else against the drive's
// root: Windows would use a per-drive current folder, which Tandem never
// sets. Trailing dots and spaces in names are kept as they are (Win32 would
// strip them): the landing zone's names never end so.
//
// A path already in that form ("\\?\", "\??\") or a device path ("\\.\")
// comes back with only its separators changed. Returns an empty string for
// what cannot be made absolute: a UNC path without a share, or a relative
// path with no absolute `currentDir`.
//
// Pure string work, compiled on every platform so that Linux tests it; only
// renamenoreplace_windows.cpp uses it.
QString windowsExtendedLengthPath(QStringView path, QStringView currentDir);

} // namespace Tandem
