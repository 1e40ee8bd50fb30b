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

# A Debian package of everything installed (cpack -G DEB in the build
# folder; tests/install's deb_package builds one and lists it): the app and
# tandem-cli, the library and its QML module, the launcher entry, icon and
# AppStream metainfo, and a systemd user unit for a headless
# `tandem-cli serve`. The app's and the library's translations are built
# into the binaries (qt_add_translations' resources), so there are no .qm
# files to install.
if(UNIX AND NOT APPLE AND NOT ANDROID)
    if(TANDEM_BUILD_APP)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/tandem-serve.service
            DESTINATION lib/systemd/user)
    endif()

    set(CPACK_GENERATOR DEB)
    set(CPACK_PACKAGE_NAME tandem)
    set(CPACK_PACKAGE_VENDOR "Tandem")
    set(CPACK_PACKAGE_CONTACT "Tandem developers <tandem@example.invalid>")
    set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Pair with nearby devices and share messages and files, encrypted")
    set(CPACK_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}. The desktop app (tandem), the headless peer \
(tandem-cli), the library and its QML module.")
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
    # Debian 13's names for what the binaries link and the QML they import
    # (dpkg-shlibdeps is not in the build root, so they are listed here;
    # the versions are what the build needs: Qt 6.5 and later).
    set(CPACK_DEBIAN_PACKAGE_DEPENDS
        "libqt6core6t64 (>= 6.5), libqt6network6 (>= 6.5), libqt6gui6 (>= 6.5), libqt6widgets6 (>= 6.5), \
libqt6dbus6 (>= 6.5), libqt6bluetooth6 (>= 6.5), libqt6sql6 (>= 6.5), libqt6sql6-sqlite (>= 6.5), \
libqt6qml6 (>= 6.5), libqt6quick6 (>= 6.5), libqt6quickcontrols2-6 (>= 6.5), \
qml6-module-qtqml, qml6-module-qtqml-models, qml6-module-qtquick, qml6-module-qtquick-controls, \
qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-dialogs, \
qml6-module-qtquick-window, qml6-module-qtcore, libqca-qt6-2, libqca-qt6-plugins")
    # Qt's own words in German and Chinese (its buttons and file dialogs).
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
    include(CPack)
endif()
