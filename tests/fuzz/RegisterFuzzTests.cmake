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

# tandem_add_fuzz_test(<fuzzer> CORPUS <dir> [DICT <file>] MAX_LEN <bytes>
#                      [RSS_LIMIT_MB <mb>] [MALLOC_LIMIT_MB <mb>] [TIMEOUT <s>])
# RSS_LIMIT_MB (default 2048): the process's resident memory that fails the
# run - growth across inputs. MALLOC_LIMIT_MB (default 64): one allocation
# that fails it - a size taken on trust from the input. TIMEOUT (default
# 300): the CTest timeout, first build of the fuzz project included.
function(tandem_add_fuzz_test fuzzer)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "CORPUS;DICT;MAX_LEN;RSS_LIMIT_MB;MALLOC_LIMIT_MB;TIMEOUT" "")
    if(NOT arg_RSS_LIMIT_MB)
        set(arg_RSS_LIMIT_MB 2048)
    endif()
    if(NOT arg_MALLOC_LIMIT_MB)
        set(arg_MALLOC_LIMIT_MB 64)
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
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
                -DRSS_LIMIT_MB=${arg_RSS_LIMIT_MB}
                -DMALLOC_LIMIT_MB=${arg_MALLOC_LIMIT_MB}
                -DSKIP_MESSAGE=${TANDEM_FUZZ_SKIP_MESSAGE}
                -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/RunFuzzer.cmake)
    else()
        add_test(NAME ${fuzzer} COMMAND ${CMAKE_COMMAND} -E echo "${TANDEM_FUZZ_SKIP_MESSAGE}")
    endif()
    set_tests_properties(${fuzzer} PROPERTIES
        LABELS fuzz
        # The first run builds the fuzz project; later runs only fuzz.
        TIMEOUT ${arg_TIMEOUT}
        # One at a time: they configure and build the same tree (two ninjas
        # in one build folder race), and each fuzzer wants both cores.
        RESOURCE_LOCK tandem_fuzz_build
        SKIP_REGULAR_EXPRESSION "SKIPPED: clang\\+\\+ with libFuzzer not found")
endfunction()

tandem_add_fuzz_test(fuzz_frames
    CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus/frames
    DICT ${CMAKE_CURRENT_LIST_DIR}/frames.dict
    MAX_LEN 8192)

# The stateful fuzzer: a victim device's whole stack (PeerConnection,
# SessionManager, TransferManager) driven by a scripted peer; see
# fuzz_peer.cpp. Every input rebuilds the victim and tears it down, so the
# process's memory should stay flat after warm-up: with ASan, Qt, QCA and
# SQLite it levels off at about 540 MB (ASan's 256 MB quarantine included;
# measured over 8000 inputs on 2 cores). 1024 MB is about twice that: it
# leaves headroom for the allocator's caches, yet trips within a run on
# anything that keeps a few hundred KB per input, and on one input growing
# a queue without bound (known bug (a): pongs, with the caps in fuzz_peer.cpp
# lifted). libFuzzer's default, 2048, would let such growth run four times
# as long before failing. MALLOC_LIMIT_MB stays 64:
# no single allocation driven by a peer may exceed it (a 2 GiB reserve does).
# The first build compiles most of lib/ under ASan + UBSan: minutes on two
# cores, hence the longer timeout.
tandem_add_fuzz_test(fuzz_peer
    CORPUS ${CMAKE_CURRENT_LIST_DIR}/corpus/peer
    MAX_LEN 4096
    RSS_LIMIT_MB 1024
    MALLOC_LIMIT_MB 64
    TIMEOUT 1200)
