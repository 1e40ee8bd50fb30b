# cmake -DBUILD_DIR=... -DWORK_DIR=... -DSOURCE_DIR=... [-DGENERATOR=...] [-DSANITIZE=...] -P RunInstallTest.cmake
#
# Installs the built Tandem into a fresh prefix, then configures, builds and
# runs tests/install/app against that prefix alone: what someone who
# installed Tandem gets.
file(REMOVE_RECURSE ${WORK_DIR})
set(prefix ${WORK_DIR}/prefix)

function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "${what}:\n${out}${err}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${what} failed (${result})")
    endif()
    set(last_output "${out}${err}" PARENT_SCOPE)
endfunction()

run("install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
foreach(expected lib/cmake/Tandem/TandemConfig.cmake lib/qml/Tandem/qmldir include/Tandem/Quick/conversations.h include/Tandem/localdevice.h)
    if(NOT EXISTS ${prefix}/${expected})
        message(FATAL_ERROR "the install has no ${expected}")
    endif()
endforeach()
# The wire, the connection internals, the link providers and the test
# transports and hooks stay private.
foreach(private include/Tandem/frame.h include/Tandem/hello.h include/Tandem/controlmessage.h
        include/Tandem/peerconnection.h include/Tandem/pairing.h include/Tandem/tlsstream.h
        include/Tandem/memorystream.h include/Tandem/memorylink.h include/Tandem/link.h
        include/Tandem/lanlinkprovider.h include/Tandem/bluetoothlinkprovider.h
        include/Tandem/streamlinkprovider.h include/Tandem/transfertesthooks_p.h)
    if(EXISTS ${prefix}/${private})
        message(FATAL_ERROR "the install has ${private}, which is not application API")
    endif()
endforeach()
# The app is built like the Tandem it uses: with a sanitized build's
# sanitizers (SANITIZE, e.g. "address,undefined"), or none.
set(sanitize_flags)
if(SANITIZE)
    set(sanitize_flags "-DCMAKE_CXX_FLAGS=-fsanitize=${SANITIZE}" "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=${SANITIZE}")
endif()
run("configure" ${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/install/app -B ${WORK_DIR}/build -G ${GENERATOR}
    -DCMAKE_PREFIX_PATH=${prefix} -DCMAKE_BUILD_TYPE=Release ${sanitize_flags})
run("build" ${CMAKE_COMMAND} --build ${WORK_DIR}/build)
# Nothing from the build tree: the QML path is the package's, libraries
# come through the installed RPATHs.
set(ENV{QT_QPA_PLATFORM} offscreen)
unset(ENV{QML_IMPORT_PATH})
unset(ENV{QML2_IMPORT_PATH})
run("run" ${WORK_DIR}/build/installed-app)
if(NOT last_output MATCHES "OK: import Tandem from the installed module")
    message(FATAL_ERROR "the installed app did not report OK")
endif()
