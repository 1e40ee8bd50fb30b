# Installs libtandem's headers and exports the CMake package so that other
# projects can do find_package(Tandem) and link Tandem::Core, and import the
# QML module Tandem from the installed QML import path.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(TANDEM_CMAKE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/Tandem)

install(EXPORT TandemTargets
    NAMESPACE Tandem::
    FILE TandemTargets.cmake
    DESTINATION ${TANDEM_CMAKE_INSTALL_DIR})

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/TandemConfig.cmake.in
    ${PROJECT_BINARY_DIR}/TandemConfig.cmake
    INSTALL_DESTINATION ${TANDEM_CMAKE_INSTALL_DIR}
    PATH_VARS CMAKE_INSTALL_INCLUDEDIR)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/TandemConfigVersion.cmake
    VERSION ${PROJECT_VERSION}
    COMPATIBILITY SameMinorVersion)
install(FILES
    ${PROJECT_BINARY_DIR}/TandemConfig.cmake
    ${PROJECT_BINARY_DIR}/TandemConfigVersion.cmake
    DESTINATION ${TANDEM_CMAKE_INSTALL_DIR})
