# cmake -DSOURCE_DIR=... -DWORK_DIR=... -DGENERATOR=...
#       [-DQCA_LIBRARY=... -DQCA_INCLUDE_DIRS=... -DQCA_VERSION=...]
#       -P RunConfigure.cmake
#
# Configures SOURCE_DIR afresh in WORK_DIR/build with tests and benchmarks
# off, and fails unless configure succeeds. With QCA_LIBRARY, QCA is offered
# only as an unsuffixed package (Qca, target qca) made in WORK_DIR/qca
# around that library, Qca-qt6 being hidden; the generated build must then
# link that library and never a bare -lqca-qt6 (a target name that resolved
# to nothing, which configure alone would not notice).
foreach(var SOURCE_DIR WORK_DIR GENERATOR)
    if(NOT ${var})
        message(FATAL_ERROR "${var} not set")
    endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(extra_args)
if(QCA_LIBRARY)
    set(qca_dir ${WORK_DIR}/qca)
    file(WRITE ${qca_dir}/QcaConfig.cmake "
include(CMakeFindDependencyMacro)
find_dependency(Qt6 COMPONENTS Core)
if(NOT TARGET qca)
    add_library(qca SHARED IMPORTED)
    set_target_properties(qca PROPERTIES
        IMPORTED_LOCATION \"${QCA_LIBRARY}\"
        INTERFACE_INCLUDE_DIRECTORIES \"${QCA_INCLUDE_DIRS}\"
        INTERFACE_LINK_LIBRARIES Qt6::Core)
endif()
")
    file(WRITE ${qca_dir}/QcaConfigVersion.cmake "
set(PACKAGE_VERSION ${QCA_VERSION})
if(PACKAGE_FIND_VERSION VERSION_GREATER PACKAGE_VERSION)
    set(PACKAGE_VERSION_COMPATIBLE FALSE)
else()
    set(PACKAGE_VERSION_COMPATIBLE TRUE)
endif()
")
    list(APPEND extra_args -DCMAKE_DISABLE_FIND_PACKAGE_Qca-qt6=ON -DQca_DIR=${qca_dir})
endif()

execute_process(
    COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${WORK_DIR}/build -G ${GENERATOR}
        -DTANDEM_BUILD_TESTS=OFF -DTANDEM_BUILD_BENCH=OFF ${extra_args}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "configure failed (${result}):\n${output}")
endif()

if(QCA_LIBRARY)
    if(NOT output MATCHES "QCA: package Qca, target qca")
        message(FATAL_ERROR "configure did not take the unsuffixed QCA package:\n${output}")
    endif()
    file(GLOB_RECURSE build_files ${WORK_DIR}/build/*.ninja ${WORK_DIR}/build/*.make ${WORK_DIR}/build/*link.txt)
    set(links_qca FALSE)
    foreach(file IN LISTS build_files)
        file(READ ${file} text)
        if(text MATCHES "-lqca-qt6")
            message(FATAL_ERROR "${file} links -lqca-qt6, a QCA target name that is not defined here")
        endif()
        string(FIND "${text}" "${QCA_LIBRARY}" at)
        if(at GREATER -1)
            set(links_qca TRUE)
        endif()
    endforeach()
    if(NOT links_qca)
        message(FATAL_ERROR "nothing in the generated build links ${QCA_LIBRARY}")
    endif()
endif()
message(STATUS "configured ${SOURCE_DIR} in ${WORK_DIR}/build")
