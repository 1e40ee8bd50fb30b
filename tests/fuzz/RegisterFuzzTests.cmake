# Part of the main build: registers each fuzzer of the standalone project in
# tests/fuzz as a CTest test labelled fuzz. The test configures and builds
# that project with clang++ into ${PROJECT_BINARY_DIR}/fuzz (the main build
# uses g++; libFuzzer needs clang), then runs the fuzzer for a bounded time
# (RunFuzzer.cmake). Without clang++ and its libFuzzer runtime, the test is
# reported as skipped, never as passed.
find_program(TANDEM_FUZZ_CXX NAMES clang++ clang++-19 DOC "clang++ with libFuzzer, for the fuzz tests")

set(TANDEM_FUZZ_SKIP_MESSAGE "SKIPPED: clang++ with libFuzzer not found")
# Per fuzzer: at most this many inputs or this many seconds, whichever comes
# first, so a run stays around a minute on two cores.
set(TANDEM_FUZZ_RUNS 500000 CACHE STRING "Inputs each fuzz test tries at most")
set(TANDEM_FUZZ_MAX_TOTAL_TIME 45 CACHE STRING "Seconds each fuzz test runs at most, build excluded")

# tandem_add_fuzz_test(<fuzzer> CORPUS <dir> [DICT <file>] MAX_LEN <bytes>)
function(tandem_add_fuzz_test fuzzer)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "CORPUS;DICT;MAX_LEN" "")
    if(TANDEM_FUZZ_CXX)
        add_test(NAME ${fuzzer}
            COMMAND ${CMAKE_COMMAND}
                -DCLANGXX=${TANDEM_FUZZ_CXX}
                -DGENERATOR=${CMAKE_GENERATOR}
                -DQt6_DIR=${Qt6_DIR}
                -DLAUNCHER=${TANDEM_CCACHE}
                -DFUZZ_SOURCE_DIR=${CMAKE_CURRENT_FUNCTION_LIST_DIR}
                -DFUZZ_BINARY_DIR=${PROJECT_BINARY_DIR}/fuzz
                -DFUZZER=${fuzzer}
                -DCORPUS=${arg_CORPUS}
                -DDICT=${arg_DICT}
                -DMAX_LEN=${arg_MAX_LEN}
                -DRUNS=${TANDEM_FUZZ_RUNS}
                -DMAX_TOTAL_TIME=${TANDEM_FUZZ_MAX_TOTAL_TIME}
                -DSKIP_MESSAGE=${TANDEM_FUZZ_SKIP_MESSAGE}
                -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/RunFuzzer.cmake)
    else()
        add_test(NAME ${fuzzer} COMMAND ${CMAKE_COMMAND} -E echo "${TANDEM_FUZZ_SKIP_MESSAGE}")
    endif()
    set_tests_properties(${fuzzer} PROPERTIES
        LABELS fuzz
        # The first run builds the fuzz project; later runs only fuzz.
        TIMEOUT 300
        SKIP_REGULAR_EXPRESSION "SKIPPED: clang\\+\\+ with libFuzzer not found")
endfunction()

tandem_add_fuzz_test(fuzz_frames
    CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus/frames
    DICT ${CMAKE_CURRENT_LIST_DIR}/frames.dict
    MAX_LEN 8192)
