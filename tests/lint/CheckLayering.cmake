# cmake -DBUILD_DIR=... -DSOURCE_DIR=... -P CheckLayering.cmake
#
# The stack in lib/ is enforced by the build (cmake/TandemLayers.cmake): a
# layer sees only the include folders of the layers below it. This proves it
# both ways, then closes the one hole the compiler leaves, a relative path
# out of a layer's folder ("../session/x.h").
function(build target)
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${target}
        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(build_result ${result} PARENT_SCOPE)
    set(build_output "${out}${err}" PARENT_SCOPE)
endfunction()

build(tandem_layering_downward)
if(NOT build_result EQUAL 0)
    message(FATAL_ERROR "a layer could not include its own or a lower layer's headers:\n${build_output}")
endif()
build(tandem_layering_upward)
if(build_result EQUAL 0)
    message(FATAL_ERROR "the connection layer included <Tandem/sessionmanager.h>, a header of a layer above it, and compiled")
endif()
if(NOT build_output MATCHES "Tandem/sessionmanager\\.h: No such file")
    message(FATAL_ERROR "the upward include failed, but not because the header is out of reach:\n${build_output}")
endif()

file(GLOB_RECURSE sources ${SOURCE_DIR}/lib/*.cpp ${SOURCE_DIR}/lib/*.h)
set(escapes)
foreach(source IN LISTS sources)
    file(STRINGS ${source} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<][^\">]*\\.\\./")
    if(lines)
        list(APPEND escapes "${source}: ${lines}")
    endif()
endforeach()
if(escapes)
    list(JOIN escapes "\n" escapes)
    message(FATAL_ERROR "includes that climb out of a layer's folder (use <Tandem/name.h>):\n${escapes}")
endif()
message(STATUS "upward include refused; no relative escapes in lib/")
