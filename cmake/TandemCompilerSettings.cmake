# Compile-time hygiene shared by every Tandem target (tandem_apply_hygiene).
#
# Strict Qt defines catch implicit ASCII conversions and context-less
# connects at compile time; warnings are errors when TANDEM_WERROR is on
# (scripts/test and CI turn it on).

option(TANDEM_WERROR "Treat compiler warnings as errors" OFF)
set(TANDEM_SANITIZE "" CACHE STRING "Sanitizers to build with: empty, 'address;undefined' or 'thread'")

find_program(TANDEM_CCACHE ccache)
if(TANDEM_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${TANDEM_CCACHE})
endif()

if(TANDEM_SANITIZE)
    list(JOIN TANDEM_SANITIZE "," _tandem_san)
    add_compile_options(-fsanitize=${_tandem_san} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=${_tandem_san})
endif()

# MSVC's C4251 ("needs to have dll-interface to be used by clients") fires
# on every exported class whose d-pointer is a std::unique_ptr<…Private>,
# and /WX makes it an error. It warns of clients touching a member of a
# type the DLL does not export; our d-pointers are private and every
# function that touches them (constructors, destructor, the rest) is out
# of line in the DLL, so clients never do. Decided: keep std::unique_ptr
# (as KDE Frameworks do) and turn the warning off, in our targets and, as
# an interface option of Tandem::Core, in apps built on our headers (the
# same warning fires there) -- rather than raw pointers with hand-written
# deletes in some 30 classes.
set(TANDEM_MSVC_NO_DLL_INTERFACE_WARNING /wd4251)

function(tandem_apply_hygiene target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_USE_QSTRINGBUILDER
        QT_DISABLE_DEPRECATED_UP_TO=0x060500)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
            -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wformat=2)
        if(TANDEM_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        # /wd4251: see TANDEM_MSVC_NO_DLL_INTERFACE_WARNING above.
        target_compile_options(${target} PRIVATE /W4 /permissive- ${TANDEM_MSVC_NO_DLL_INTERFACE_WARNING})
        if(TANDEM_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    endif()
endfunction()
