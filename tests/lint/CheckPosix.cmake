# cmake -DSOURCE_DIR=... -P CheckPosix.cmake
#
# Only Linux is built here, so a POSIX call that slips into common code
# compiles and passes every test, then breaks the Windows build (or, for
# /proc, Windows and macOS at run time). This fails on POSIX headers, calls
# and paths in lib/ and app/ outside the places meant for them:
#   - per-platform files, chosen by CMake: a name ending in one of
#     PlatformSuffixes below (peercredentials_linux.cpp, crashreport_glibc.cpp);
#   - blocks under a preprocessor condition on the platform
#     (#if defined(Q_OS_UNIX), #ifdef __linux__, #elif defined(__GLIBC__), and
#     their #else branches, which are just as platform-bound).
# Comments are not read. It prints "found N unguarded POSIX uses" either way;
# tests/lint/posix holds a file of each kind and proves the count.

cmake_policy(VERSION 3.27)

# File names (without extension) ending so are built only on their platform.
set(PlatformSuffixes linux posix unix glibc bluez android win windows mac macos darwin apple)
# Files CMake builds only on one platform although their name does not say so.
# app/desktop/automation.cpp: added only if(UNIX) in app/desktop/CMakeLists.txt
# (the test hook reads stdin through a socket notifier).
set(PlatformOnlyFiles app/desktop/automation.cpp)
# A condition mentioning one of these selects a platform.
set(PlatformMacros "Q_OS_[A-Z0-9_]+|__linux__|__unix__|__APPLE__|_WIN32|_WIN64|__ANDROID__|__ANDROID_API__|__GLIBC__|__FreeBSD__|_POSIX_VERSION")
# Headers that exist only on POSIX systems (<sys/...> covers sys/socket.h,
# sys/stat.h, ...; MSVC's few sys/ headers differ from POSIX's).
set(PosixHeaders "unistd\\.h|sys/[a-z_/]+\\.h|fcntl\\.h|pwd\\.h|grp\\.h|dlfcn\\.h|poll\\.h|termios\\.h|execinfo\\.h|dirent\\.h|netinet/[a-z_]+\\.h|arpa/[a-z_]+\\.h|linux/[a-z_]+\\.h")
# POSIX functions with names no Qt or standard C++ function has.
set(PosixFunctions "isatty|geteuid|getuid|getegid|getgid|mkfifo|prctl|renameat2|renameat|linkat|sysconf|sigaction|socketpair|statvfs|fstatvfs|fork|execv|execvp|waitpid|setsid")
# POSIX functions whose names are common method names too (Link::close()):
# only called as ::name( are they the POSIX ones.
set(GlobalPosixFunctions "kill|link|unlink|read|write|close|open|pipe|dup|dup2|fsync|fcntl|getpid|getppid|chmod|chown|mkdir|rmdir|stat|lstat|fstat|access")
# Other signs of a POSIX-only program.
set(PosixOther "STDIN_FILENO|STDOUT_FILENO|STDERR_FILENO|\"/proc/|\"/proc\"|\"/dev/")

file(GLOB_RECURSE sources RELATIVE ${SOURCE_DIR}
    ${SOURCE_DIR}/lib/*.cpp ${SOURCE_DIR}/lib/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h)
list(JOIN PlatformSuffixes "|" suffixes)
set(findings)
set(checked 0)
foreach(source IN LISTS sources)
    get_filename_component(stem ${source} NAME_WE)
    if(stem MATCHES "_(${suffixes})$" OR source IN_LIST PlatformOnlyFiles)
        continue()
    endif()
    math(EXPR checked "${checked} + 1")
    file(READ ${SOURCE_DIR}/${source} text)
    # Lines as a CMake list: first hide what a list would split or bracket on.
    string(REPLACE "\\" "<bs>" text "${text}")
    string(REPLACE ";" "<sc>" text "${text}")
    string(REPLACE "[" "<lb>" text "${text}")
    string(REPLACE "]" "<rb>" text "${text}")
    string(REPLACE "\n" ";" lines "${text}")
    # One entry per open #if: 1 if it (or an #elif of it) names a platform.
    set(guards)
    set(inBlockComment FALSE)
    set(number 0)
    foreach(line IN LISTS lines)
        math(EXPR number "${number} + 1")
        # Drop comments: the rest of a /* ... */ block, whole blocks on the
        # line, and // to the end.
        if(inBlockComment)
            string(FIND "${line}" "*/" end)
            if(end EQUAL -1)
                continue()
            endif()
            math(EXPR end "${end} + 2")
            string(SUBSTRING "${line}" ${end} -1 line)
            set(inBlockComment FALSE)
        endif()
        string(REGEX REPLACE "/\\*([^*]|\\*+[^*/])*\\*+/" "" line "${line}")
        string(FIND "${line}" "/*" start)
        if(NOT start EQUAL -1)
            string(SUBSTRING "${line}" 0 ${start} line)
            set(inBlockComment TRUE)
        endif()
        string(REGEX REPLACE "//.*$" "" line "${line}")

        if(line MATCHES "^[ \t]*#[ \t]*if(n?def)?[ \t(]")
            if(line MATCHES "${PlatformMacros}")
                list(APPEND guards 1)
            else()
                list(APPEND guards 0)
            endif()
            continue()
        elseif(line MATCHES "^[ \t]*#[ \t]*elif[ \t(]")
            if(line MATCHES "${PlatformMacros}" AND guards)
                list(POP_BACK guards)
                list(APPEND guards 1)
            endif()
            continue()
        elseif(line MATCHES "^[ \t]*#[ \t]*endif")
            if(guards)
                list(POP_BACK guards)
            endif()
            continue()
        endif()
        if("1" IN_LIST guards)
            continue()
        endif()

        set(what "")
        if(line MATCHES "^[ \t]*#[ \t]*include[ \t]*<(${PosixHeaders})>")
            set(what "<${CMAKE_MATCH_1}>")
        elseif(line MATCHES "(^|[^A-Za-z0-9_.>])(${PosixFunctions})[ \t]*\\(")
            set(what "${CMAKE_MATCH_2}()")
        elseif(line MATCHES "(^|[^A-Za-z0-9_])::(${GlobalPosixFunctions})[ \t]*\\(")
            set(what "::${CMAKE_MATCH_2}()")
        elseif(line MATCHES "(${PosixOther})")
            set(what "${CMAKE_MATCH_1}")
        endif()
        if(what)
            string(STRIP "${line}" shown)
            list(APPEND findings "${source}:${number}: ${what}: ${shown}")
        endif()
    endforeach()
endforeach()

list(LENGTH findings count)
message(STATUS "found ${count} unguarded POSIX uses in ${checked} files")
if(findings)
    list(JOIN findings "\n" findings)
    # The lines as written again (the placeholders are no list now).
    string(REPLACE "<bs>" "\\" findings "${findings}")
    string(REPLACE "<sc>" ";" findings "${findings}")
    string(REPLACE "<lb>" "[" findings "${findings}")
    string(REPLACE "<rb>" "]" findings "${findings}")
    message(FATAL_ERROR "POSIX-only code in common files:\n${findings}\n"
        "Move it into a per-platform file (name_linux.cpp, name_posix.cpp, ... chosen in CMake) "
        "or under #if defined(Q_OS_...).")
endif()
