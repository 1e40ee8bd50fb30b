#include "ownerpermissions_p.h"

#include <QDir>
#include <QFileInfo>

#include <memory>
#include <string>

#include <qt_windows.h>

#include <aclapi.h>

namespace Tandem {

namespace {

struct LocalFreeDeleter
{
    void operator()(void *p) const { ::LocalFree(p); }
};

struct HandleCloser
{
    void operator()(HANDLE h) const { ::CloseHandle(h); }
};

// The SID of the user this process runs as (not its owner group).
std::unique_ptr<char[]> currentUserSid(QString *error)
{
    HANDLE rawToken = nullptr;
    if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &rawToken)) {
        *error = qt_error_string(int(::GetLastError()));
        return nullptr;
    }
    const std::unique_ptr<void, HandleCloser> token(rawToken);
    DWORD size = 0;
    ::GetTokenInformation(rawToken, TokenUser, nullptr, 0, &size); // asks for the size
    auto buffer = std::make_unique<char[]>(size);
    if (size == 0 || !::GetTokenInformation(rawToken, TokenUser, buffer.get(), size, &size)) {
        *error = qt_error_string(int(::GetLastError()));
        return nullptr;
    }
    return buffer; // a TOKEN_USER, whose User.Sid points into the buffer
}

PSID sidOf(const std::unique_ptr<char[]> &tokenUser)
{
    return reinterpret_cast<const TOKEN_USER *>(tokenUser.get())->User.Sid;
}

// Protected (nothing inherited from the parent) and exactly one entry, that
// allows `user`: what restrictToOwner() sets.
bool isOwnerOnly(const std::wstring &path, PSID user)
{
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR rawDescriptor = nullptr;
    if (::GetNamedSecurityInfoW(path.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl,
                                nullptr, &rawDescriptor)
        != ERROR_SUCCESS)
        return false;
    const std::unique_ptr<void, LocalFreeDeleter> descriptor(rawDescriptor);
    SECURITY_DESCRIPTOR_CONTROL control = 0;
    DWORD revision = 0;
    if (!dacl || !::GetSecurityDescriptorControl(rawDescriptor, &control, &revision) || !(control & SE_DACL_PROTECTED)
        || dacl->AceCount != 1)
        return false;
    void *ace = nullptr;
    if (!::GetAce(dacl, 0, &ace) || static_cast<ACE_HEADER *>(ace)->AceType != ACCESS_ALLOWED_ACE_TYPE)
        return false;
    auto *allowed = static_cast<ACCESS_ALLOWED_ACE *>(ace);
    return ::EqualSid(reinterpret_cast<PSID>(&allowed->SidStart), user)
        && (allowed->Mask & FILE_ALL_ACCESS) == FILE_ALL_ACCESS;
}

} // namespace

OwnerOnlyResult restrictToOwner(const QString &path, QString *error)
{
    const std::wstring native = QDir::toNativeSeparators(path).toStdWString();
    QString why;
    const auto tokenUser = currentUserSid(&why);
    if (!tokenUser) {
        *error = QStringLiteral("cannot tell which user this is: %1").arg(why);
        return OwnerOnlyResult::Failed;
    }
    const PSID user = sidOf(tokenUser);
    if (isOwnerOnly(native, user))
        return OwnerOnlyResult::AlreadyOwnerOnly;

    EXPLICIT_ACCESS_W entry = {};
    entry.grfAccessPermissions = FILE_ALL_ACCESS;
    entry.grfAccessMode = SET_ACCESS;
    // A folder passes the entry on to what it holds and will hold.
    entry.grfInheritance = QFileInfo(path).isDir() ? SUB_CONTAINERS_AND_OBJECTS_INHERIT : NO_INHERITANCE;
    entry.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    entry.Trustee.TrusteeType = TRUSTEE_IS_USER;
    entry.Trustee.ptstrName = static_cast<LPWSTR>(user);
    PACL rawAcl = nullptr;
    if (const DWORD code = ::SetEntriesInAclW(1, &entry, nullptr, &rawAcl); code != ERROR_SUCCESS) {
        *error = QStringLiteral("cannot build an access list for %1: %2")
                     .arg(QDir::toNativeSeparators(path), qt_error_string(int(code)));
        return OwnerOnlyResult::Failed;
    }
    const std::unique_ptr<void, LocalFreeDeleter> acl(rawAcl);
    // PROTECTED: the entries the parent folder passes down (Users, and
    // whoever else may read the profile's parent) no longer apply.
    std::wstring writable = native; // the function takes a non-const string
    if (const DWORD code = ::SetNamedSecurityInfoW(writable.data(), SE_FILE_OBJECT,
                                                   DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
                                                   nullptr, nullptr, rawAcl, nullptr);
        code != ERROR_SUCCESS) {
        *error = QStringLiteral("cannot restrict %1 to its owner: %2")
                     .arg(QDir::toNativeSeparators(path), qt_error_string(int(code)));
        return OwnerOnlyResult::Failed;
    }
    return OwnerOnlyResult::Restricted;
}

} // namespace Tandem
