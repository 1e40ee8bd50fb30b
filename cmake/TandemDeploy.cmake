# tandem_deploy_desktop_app(<target>): `cmake --install` of the desktop app
# on Windows and macOS also lays down what it needs to run on a machine with
# no Qt and no QCA, so that the installed folder (or bundle) can be zipped:
#
# - Qt's libraries, plugins and QML modules: Qt's deploy-script API
#   (qt_generate_deploy_qml_app_script: windeployqt / macdeployqt underneath);
# - QCA's library and OpenSSL's (Windows: windeployqt deploys Qt's own
#   libraries only, so OpenSSL's DLLs are named in TANDEM_DEPLOY_EXTRA_LIBS;
#   macdeployqt copies QCA's framework as a dependency of libtandem);
# - QCA's OpenSSL provider, qca-ossl, which nothing links (QCA loads it at
#   run time from a "crypto" folder under each Qt library path): into the
#   application folder's crypto/ on Windows (Qt counts that folder as a
#   library path), into Contents/PlugIns/crypto in the bundle on macOS. On
#   macOS it is handed to macdeployqt as an executable of the bundle, so the
#   OpenSSL libraries it links are copied in and its references rewritten.
#
# Linux installs are left as they are: distributions bring Qt and QCA.
# Only written here, never run: see docs/building.md, "Other platforms".

set(TANDEM_DEPLOY_EXTRA_LIBS "" CACHE STRING
    "Windows: more DLLs to install beside the app, the OpenSSL ones that qca-ossl and Qt's TLS plugin load (libssl-3-x64.dll, libcrypto-3-x64.dll)")
set(TANDEM_QCA_OSSL_PLUGIN "" CACHE FILEPATH
    "QCA's OpenSSL provider plugin (qca-ossl) to deploy with the app; searched next to QCA when empty")

# Where QCA puts its plugins: <prefix>/lib/qca-qt6/crypto by default
# (QCA_PLUGINS_INSTALL_DIR), or Qt's plugin folder when QCA was built so.
function(tandem_find_qca_ossl_plugin out)
    if(TANDEM_QCA_OSSL_PLUGIN)
        set(${out} ${TANDEM_QCA_OSSL_PLUGIN} PARENT_SCOPE)
        return()
    endif()
    get_target_property(qca_location ${tandem_qca_target} LOCATION)
    get_filename_component(qca_dir ${qca_location} DIRECTORY)
    set(hints
        ${qca_dir}/qca-qt6/crypto ${qca_dir}/../lib/qca-qt6/crypto # library in lib/, DLL in bin/
        ${qca_dir}/../qca-qt6/crypto # inside <prefix>/lib/qca-qt6.framework
        ${qca_dir}/qca/crypto ${qca_dir}/../lib/qca/crypto # unsuffixed QCA
        ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}/crypto)
    find_file(tandem_qca_ossl NAMES qca-ossl.dll libqca-ossl.dylib libqca-ossl.so HINTS ${hints} NO_DEFAULT_PATH)
    if(NOT tandem_qca_ossl)
        message(FATAL_ERROR "QCA's OpenSSL plugin (qca-ossl) was not found next to ${qca_location}; "
                            "set TANDEM_QCA_OSSL_PLUGIN to its path.")
    endif()
    set(${out} ${tandem_qca_ossl} PARENT_SCOPE)
endfunction()

function(tandem_deploy_desktop_app target)
    if(NOT (WIN32 OR APPLE))
        return()
    endif()
    include(GNUInstallDirs)
    tandem_find_qca_ossl_plugin(plugin)
    get_filename_component(plugin_name ${plugin} NAME)
    set(tool_options)
    if(WIN32)
        install(IMPORTED_RUNTIME_ARTIFACTS ${tandem_qca_target} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
        install(FILES ${plugin} DESTINATION ${CMAKE_INSTALL_BINDIR}/crypto)
        if(TANDEM_DEPLOY_EXTRA_LIBS)
            install(FILES ${TANDEM_DEPLOY_EXTRA_LIBS} DESTINATION ${CMAKE_INSTALL_BINDIR})
        endif()
    else()
        # Before the deploy script below: install() runs in order.
        install(FILES ${plugin} DESTINATION $<TARGET_FILE_NAME:${target}>.app/Contents/PlugIns/crypto)
        # macdeployqt takes it by absolute path: the configured prefix, so
        # `cmake --install` must not be given another --prefix here.
        if(Qt6_VERSION VERSION_GREATER_EQUAL 6.8) # DEPLOY_TOOL_OPTIONS is there from 6.8
            set(tool_options DEPLOY_TOOL_OPTIONS
                "-executable=${CMAKE_INSTALL_PREFIX}/$<TARGET_FILE_NAME:${target}>.app/Contents/PlugIns/crypto/${plugin_name}")
        endif()
    endif()
    qt_generate_deploy_qml_app_script(
        TARGET ${target}
        OUTPUT_SCRIPT deploy_script
        ${tool_options})
    install(SCRIPT ${deploy_script})
endfunction()
