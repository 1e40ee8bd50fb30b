# Finds QCA (>= 2.3, built for Qt 6) under either name it is installed as
# and makes Tandem::Qca, the one target everything links for it.
#
# Where QCA is built beside a Qt 5 one (Debian, Fedora, Arch) its package
# and target carry the Qt suffix: Qca-qt6, qca-qt6. vcpkg and some
# distributions build it unsuffixed: Qca, qca. The suffixed name is tried
# first, being the unambiguous one.
#
# Sets TANDEM_QCA_PACKAGE to the package found, so that the installed
# TandemConfig.cmake asks for the very QCA this build linked.
set(TANDEM_QCA_MIN_VERSION 2.3)
find_package(Qca-qt6 ${TANDEM_QCA_MIN_VERSION} QUIET)
if(Qca-qt6_FOUND)
    set(TANDEM_QCA_PACKAGE Qca-qt6)
    set(tandem_qca_target qca-qt6)
else()
    find_package(Qca ${TANDEM_QCA_MIN_VERSION} QUIET)
    if(NOT Qca_FOUND)
        message(FATAL_ERROR
            "QCA >= ${TANDEM_QCA_MIN_VERSION} built for Qt 6 was not found, neither as package Qca-qt6 "
            "(Debian, Fedora, Arch) nor as Qca (vcpkg, unsuffixed builds). Set CMAKE_PREFIX_PATH to its "
            "prefix, or Qca-qt6_DIR / Qca_DIR to the folder holding its CMake package.")
    endif()
    # An unsuffixed QCA may as well be a Qt 5 build, which pulls Qt 5 into
    # the same process as Qt 6: say so here rather than at the link.
    if(TARGET Qt5::Core)
        message(FATAL_ERROR "The QCA found as package Qca (${Qca_DIR}) is built for Qt 5; Tandem needs QCA built for Qt 6.")
    endif()
    set(TANDEM_QCA_PACKAGE Qca)
    set(tandem_qca_target qca)
endif()
if(NOT TARGET Tandem::Qca)
    add_library(Tandem::Qca ALIAS ${tandem_qca_target})
endif()
message(STATUS "QCA: package ${TANDEM_QCA_PACKAGE}, target ${tandem_qca_target}")
