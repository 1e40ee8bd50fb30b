#pragma once

#include <Tandem/tandem_export.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

namespace Tandem {

// A path a peer offered, made safe to create under the download folder:
// relative, '/'-separated, every component a valid name on Linux, macOS and
// Windows alike.
struct TANDEM_AUTOTEST_EXPORT SanitizedPath
{
    QString relativePath;
    // What sanitising changed, one translated sentence per kind of change,
    // for the UI and the log. Empty when the offer was already safe.
    QStringList changes;

    friend bool operator==(const SanitizedPath &, const SanitizedPath &) = default;
};

// Where a file being received lives until it is verified: `partPath` is
// written, then renamed to a free name next to `finalPath` by finalize().
struct TANDEM_AUTOTEST_EXPORT Landing
{
    QString requestedPath; // the sanitised relative path asked for
    QString relativePath; // the name reserved for it, relative to the download folder
    QString finalPath; // absolute
    QString partPath; // absolute: finalPath + PartSuffix
};

class LandingZonePrivate;

// The only way received files reach the disk: inside one download folder,
// under sanitised names, never overwriting anything, never through a
// symbolic link.
//
//   auto safe = LandingZone::sanitize(offeredName, &error);
//   LandingZone zone(downloadDir);
//   auto landing = zone.reserve(*safe, &error);   // creates landing->partPath
//   ... write and verify landing->partPath ...
//   auto savedAs = zone.finalize(*landing, &error);
//
// Symbolic links: a link (or Windows junction) where a folder of the offer
// would go makes reserve() fail with an error naming it; a link where the
// file itself would go counts as an existing file, so the file lands under
// the next free name. Links are never followed. The download folder itself
// may be a link (the user chose it).
//
// Safe against a remote peer, whose only power is the names it offers. A
// local user who can write to the download folder and swaps a folder for a
// link between the checks and the open is outside this model.
//
// Thread-safe: reservations are shared by every LandingZone in the process.
class TANDEM_AUTOTEST_EXPORT LandingZone
{
    Q_DECLARE_TR_FUNCTIONS(Tandem::LandingZone)

public:
    // NAME_MAX of ext4, APFS and NTFS (which counts UTF-16 units, always
    // fewer than UTF-8 bytes).
    static constexpr int MaxComponentBytes = 255;
    // Deeper or longer offers are refused, not flattened: no real folder
    // tree needs more, and Windows paths start failing beyond this.
    static constexpr int MaxPathComponents = 32;
    static constexpr int MaxPathBytes = 1024;
    // Bounds the work done on an offer before anything is checked.
    static constexpr int MaxOfferedPathChars = 4 * MaxPathBytes;
    // A shortened name keeps its extension when the extension is at most
    // this long (dot included); longer "extensions" are just part of the name.
    static constexpr int MaxExtensionBytes = 32;
    // Files are written under their final name plus this suffix until
    // verified. The final file name leaves room for it within
    // MaxComponentBytes.
    static constexpr QLatin1StringView PartSuffix{".part"};
    // "name (1).ext" ... "name (MaxCollisionNumber).ext", then reserve() fails.
    static constexpr int MaxCollisionNumber = 9999;
    // hasFreeSpace() keeps this much free beyond the files themselves, so
    // that accepting a transfer never fills the disk to the last byte.
    static constexpr qint64 FreeSpaceMarginBytes = 16 * 1024 * 1024;
    // What a folder of an offer is counted at against the free space: one
    // block, what ext4, APFS and NTFS give a small directory. 96,000 folders
    // from one offer took 375 MiB.
    static constexpr qint64 FolderBytes = 4096;
    // hasRoom() keeps this many inodes free beyond the offer's files and
    // folders, where the file system counts them (ext4, tmpfs; btrfs and
    // others have no fixed number and are not checked): a disk out of
    // inodes is as full as one out of bytes, for every program on it.
    static constexpr qint64 FreeEntriesMargin = 4096;
    // finalize() tries a rename that finds the file busy (a virus scanner,
    // the search indexer or a backup tool opening the file just written;
    // see renamenoreplace_p.h) this many times in all, pausing
    // FirstBusyPause and then twice as long each time: 10 + 20 + 40 + 80 +
    // 160 = 310 ms at most. It pauses on the caller's thread (the transfer's
    // event loop: finalize() answers before the next file's data is taken),
    // so the bound is short; a lock held longer leaves the part file for a
    // resume instead.
    static constexpr int BusyRenameAttempts = 6;
    static constexpr std::chrono::milliseconds FirstBusyPause{10};

    explicit LandingZone(const QString &downloadDir);
    ~LandingZone();
    LandingZone(const LandingZone &) = delete;
    LandingZone &operator=(const LandingZone &) = delete;

    QString downloadDir() const;

    // Makes a peer-offered path ('/'-separated, as on the wire) safe; see
    // SanitizedPath. Returns nullopt, with a reason, only when nothing
    // sensible remains: empty, only "." and "..", too deep or too long.
    // Sanitising a sanitised path changes nothing.
    static std::optional<SanitizedPath> sanitize(const QString &offeredPath, QString *error);

    // The folder exists, is a folder and can be written to.
    bool isUsable(QString *error) const;

    // Creates the folders of `path` inside the download folder and, under
    // the first free name ("name.ext", "name (1).ext", ...), an empty part
    // file, exclusively. A name is free when neither it nor its part file
    // exists (links included) and no unfinished reservation in this process
    // holds it.
    std::optional<Landing> reserve(const SanitizedPath &path, QString *error);

    // Creates the folder `path` (and its parents) inside the download folder
    // with the same checks as reserve()'s folders: no links, nothing in the
    // way, nothing outside. An existing folder is fine (it is merged into).
    bool makeFolder(const SanitizedPath &path, QString *error);

    // Renames the part file into place without overwriting: if something
    // took the reserved name meanwhile, the next free "(n)" name is used;
    // if something holds the file for a moment, see BusyRenameAttempts.
    // Returns the file's final absolute path. On failure the part file is
    // left where it is, whole: the caller keeps it for a resume.
    std::optional<QString> finalize(const Landing &landing, QString *error);

    // Gives the name back; the part file stays on disk so that the transfer
    // can resume into it later.
    void abandon(const Landing &landing);

    // Whether `bytes` more fit in `dir`, keeping FreeSpaceMarginBytes free.
    static bool hasFreeSpace(const QString &dir, qint64 bytes, QString *error);
    // The same, and whether `entries` more files and folders fit, keeping
    // FreeEntriesMargin inodes free where the file system counts them.
    static bool hasRoom(const QString &dir, qint64 bytes, qint64 entries, QString *error);

private:
    std::unique_ptr<LandingZonePrivate> d;
    std::optional<QString> checkedBase(const SanitizedPath &path, QString *error) const;
    // The first `count` components of a sanitised path, created as folders
    // under `base`; returns the last one's canonical path. Called with the
    // reservations locked.
    static std::optional<QString> makeFolders(const QString &base, const QStringList &components, qsizetype count,
                                              QString *error);
};

} // namespace Tandem
