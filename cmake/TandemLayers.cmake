# The library's layers (lib/<layer>/) as CMake targets that see only the
# layers below them.
#
# Every header is included as <Tandem/name.h>, from inside the library, the
# app and the tests alike (within its own folder, as "name.h"). Each layer
# gets its own include folder, ${TANDEM_LAYER_INCLUDE_ROOT}/<layer>/Tandem/,
# holding a forwarding header per header of that layer, the way Qt's syncqt
# lays out <QtNetwork/...>. A layer target links the layers it names in
# DEPENDS and so sees their folders and no others: an upward include is a
# compile error ("Tandem/sessionmanager.h: No such file"), which the
# layering test in tests/lint proves by trying one.
#
# Layers are OBJECT libraries; libtandem (TandemCore) links them all into one
# shared library, so the split costs nothing at run time.

set(TANDEM_LAYER_INCLUDE_ROOT ${PROJECT_BINARY_DIR}/layers)

# tandem_forward_headers(<folder> <header>...)
# Writes <folder>/<file name> for each header (relative paths are from the
# calling folder), holding one #include of the real file: the include
# layout the build exposes, whatever the source layout.
function(tandem_forward_headers folder)
    foreach(file IN LISTS ARGN)
        cmake_path(ABSOLUTE_PATH file BASE_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} OUTPUT_VARIABLE absolute)
        cmake_path(GET file FILENAME header)
        file(CONFIGURE OUTPUT ${folder}/${header} CONTENT "#include \"${absolute}\"\n" @ONLY)
    endforeach()
endfunction()

# tandem_add_layer(<name>
#     [DEPENDS <lower layer>...]       layers this one may include
#     [LIBRARIES <target>...]          external libraries its headers or code use
#     [INSTALL_HEADERS <header>...]    the part of the public API that is installed
#     SOURCES <file>...)
function(tandem_add_layer name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "DEPENDS;LIBRARIES;INSTALL_HEADERS;SOURCES")
    set(target TandemLayer_${name})
    qt_add_library(${target} OBJECT ${arg_SOURCES} ${arg_INSTALL_HEADERS})
    set_target_properties(${target} PROPERTIES POSITION_INDEPENDENT_CODE ON)
    # TANDEM_EXPORT means "export" while these objects are built for libtandem.
    target_compile_definitions(${target} PRIVATE TandemCore_EXPORTS)

    set(stage ${TANDEM_LAYER_INCLUDE_ROOT}/${name})
    set(headers ${arg_SOURCES} ${arg_INSTALL_HEADERS})
    list(FILTER headers INCLUDE REGEX "\\.h$")
    tandem_forward_headers(${stage}/Tandem ${headers})
    target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${stage}>)

    set(lower)
    foreach(dependency IN LISTS arg_DEPENDS)
        list(APPEND lower TandemLayer_${dependency})
    endforeach()
    target_link_libraries(${target} PUBLIC ${lower} ${arg_LIBRARIES})
    tandem_apply_hygiene(${target})

    set_property(GLOBAL APPEND PROPERTY TANDEM_LAYERS ${name})
    foreach(header IN LISTS arg_INSTALL_HEADERS)
        set_property(GLOBAL APPEND PROPERTY TANDEM_INSTALL_HEADERS ${CMAKE_CURRENT_SOURCE_DIR}/${header})
    endforeach()
endfunction()
