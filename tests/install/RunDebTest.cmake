# cmake -DBUILD_DIR=... -DWORK_DIR=... -P RunDebTest.cmake
#
# Builds the Debian package with CPack from the built tree, lists it with
# dpkg-deb -c and checks that it holds what a desktop user needs (and no
# test programs), that its control file names Debian 13's Qt packages, and
# that the packaged tandem-cli and tandem run (--version) from the unpacked
# files. Installing it with apt into a clean root is not done here (see
# docs/app.md).
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${what} failed (${result}):\n${out}${err}")
    endif()
    set(last_output "${out}" PARENT_SCOPE)
endfunction()

find_program(DPKG_DEB dpkg-deb)
if(NOT DPKG_DEB)
    message("SKIPPED: dpkg-deb not found (package dpkg)")
    return()
endif()
get_filename_component(cmake_dir ${CMAKE_COMMAND} DIRECTORY)
find_program(CPACK cpack HINTS ${cmake_dir} REQUIRED)

run("cpack" ${CPACK} -G DEB --config ${BUILD_DIR}/CPackConfig.cmake -B ${WORK_DIR})
file(GLOB debs ${WORK_DIR}/tandem_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one tandem_*.deb in ${WORK_DIR}, found: ${debs}")
endif()
message(STATUS "package: ${debs}")

run("dpkg-deb -c" ${DPKG_DEB} -c ${debs})
set(listing "${last_output}\n")
message(STATUS "contents:\n${listing}")
foreach(expected
        "./usr/bin/tandem\n"
        "./usr/bin/tandem-cli\n"
        "./usr/lib/[^/]*/?libtandem\\.so"
        "./usr/lib/[^/]*/?libTandemQuick\\.so"
        "./usr/lib/[^/]*/?qml/Tandem/qmldir\n"
        "./usr/lib/[^/]*/?qml/Tandem/.*libTandemQuickplugin\\.so\n"
        "./usr/share/applications/org\\.tandem\\.Tandem\\.desktop\n"
        "./usr/share/icons/hicolor/scalable/apps/org\\.tandem\\.Tandem\\.svg\n"
        "./usr/share/metainfo/org\\.tandem\\.Tandem\\.metainfo\\.xml\n"
        "./usr/lib/systemd/user/tandem-serve\\.service\n")
    string(REGEX MATCH "${expected}" found "${listing}")
    if(NOT found)
        message(FATAL_ERROR "the package has nothing matching ${expected}")
    endif()
endforeach()
if(listing MATCHES "/tst_|/bench_|/fuzz_")
    message(FATAL_ERROR "the package carries test or benchmark programs")
endif()

run("dpkg-deb -f" ${DPKG_DEB} -f ${debs} Package Depends)
message(STATUS "control:\n${last_output}")
foreach(dependency libqt6core6t64 libqt6quick6 qml6-module-qtquick-controls libqca-qt6-plugins libqt6sql6-sqlite)
    if(NOT last_output MATCHES "${dependency}")
        message(FATAL_ERROR "the package does not depend on ${dependency}")
    endif()
endforeach()

# The packaged programs run from the unpacked files (their libraries beside
# them, as /usr/lib would hold them).
run("dpkg-deb -x" ${DPKG_DEB} -x ${debs} ${WORK_DIR}/root)
file(GLOB_RECURSE core ${WORK_DIR}/root/usr/lib/*libtandem.so*)
list(GET core 0 core)
get_filename_component(libdir ${core} DIRECTORY)
foreach(program tandem-cli tandem)
    run("${program} --version" ${CMAKE_COMMAND} -E env LD_LIBRARY_PATH=${libdir} QT_QPA_PLATFORM=offscreen
        ${WORK_DIR}/root/usr/bin/${program} --version)
    if(NOT last_output MATCHES "[0-9]+\\.[0-9]+\\.[0-9]+")
        message(FATAL_ERROR "${program} --version said: ${last_output}")
    endif()
endforeach()
message(STATUS "deb package OK")
