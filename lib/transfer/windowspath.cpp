#include "windowspath_p.h"

#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace Tandem {

namespace {

constexpr QStringView ExtendedPrefix = u"\\\\?\\";
constexpr QStringView ExtendedUncPrefix = u"\\\\?\\UNC\\";
constexpr QStringView NtPrefix = u"\\??\\";
constexpr QStringView DevicePrefix = u"\\\\.\\";

bool isAlreadyExtended(QStringView path)
{
    return path.startsWith(ExtendedPrefix) || path.startsWith(NtPrefix) || path.startsWith(DevicePrefix);
}

bool isDriveLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// "C:" followed by anything, separator or not.
bool startsWithDrive(QStringView path)
{
    return path.size() >= 2 && isDriveLetter(path[0]) && path[1] == u':';
}

// An absolute path split into its root in extended form, without a trailing
// separator ("\\?\C:", "\\?\UNC\server\share"), and what follows it.
struct AbsolutePath
{
    QString root;
    QString rest;
};

enum class Kind { Absolute, Invalid, NotAbsolute };

// Only for '\'-separated paths not already in extended form.
Kind splitAbsolute(const QString &path, AbsolutePath *out)
{
    if (path.startsWith(u"\\\\"_s)) {
        const QStringList parts = path.sliced(2).split(u'\\');
        if (parts.size() < 2 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
            return Kind::Invalid; // "\\server" alone names no folder
        out->root = ExtendedUncPrefix.toString() + parts.at(0) + u'\\' + parts.at(1);
        out->rest = parts.mid(2).join(u'\\');
        return Kind::Absolute;
    }
    if (startsWithDrive(path) && path.size() >= 3 && path[2] == u'\\') {
        out->root = ExtendedPrefix.toString() + path.first(2).toUpper();
        out->rest = path.sliced(3);
        return Kind::Absolute;
    }
    return Kind::NotAbsolute;
}

// `root` + the components of `rest` with "." and ".." resolved.
QString joined(const QString &root, QStringView rest)
{
    QStringList components;
    for (QStringView part : rest.split(u'\\', Qt::SkipEmptyParts)) {
        if (part == QStringView(u"."))
            continue;
        if (part == QStringView(u"..")) {
            if (!components.isEmpty()) // ".." at the root stays there, as Win32 does
                components.removeLast();
            continue;
        }
        components.append(part.toString());
    }
    return root + u'\\' + components.join(u'\\');
}

// The current folder as an absolute path (it may itself be in extended form).
std::optional<AbsolutePath> absoluteBase(QStringView currentDir)
{
    QString current = currentDir.toString().replace(u'/', u'\\');
    if (current.startsWith(ExtendedUncPrefix))
        current = u"\\\\"_s + current.sliced(ExtendedUncPrefix.size());
    else if (current.startsWith(ExtendedPrefix))
        current = current.sliced(ExtendedPrefix.size());
    AbsolutePath base;
    if (splitAbsolute(current, &base) != Kind::Absolute)
        return std::nullopt;
    return base;
}

} // namespace

QString windowsExtendedLengthPath(QStringView path, QStringView currentDir)
{
    const QString native = path.toString().replace(u'/', u'\\');
    if (isAlreadyExtended(native))
        return native;
    AbsolutePath absolute;
    switch (splitAbsolute(native, &absolute)) {
    case Kind::Absolute:
        return joined(absolute.root, absolute.rest);
    case Kind::Invalid:
        return {};
    case Kind::NotAbsolute:
        break;
    }
    const auto base = absoluteBase(currentDir);
    if (startsWithDrive(native)) {
        // "C:x": against the current folder if it is on C:, else C:'s root.
        const QString root = ExtendedPrefix.toString() + native.first(2).toUpper();
        if (base && base->root == root)
            return joined(root, QString(base->rest + u'\\' + native.sliced(2)));
        return joined(root, QStringView(native).sliced(2));
    }
    if (!base)
        return {};
    if (native.startsWith(u'\\')) // the root of the current drive or share
        return joined(base->root, native);
    return joined(base->root, QString(base->rest + u'\\' + native));
}

} // namespace Tandem
