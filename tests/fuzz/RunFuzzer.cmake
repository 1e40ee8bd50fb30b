# cmake -DCLANGXX=<clang++> -DFUZZ_SOURCE_DIR=<tests/fuzz> -DFUZZ_BINARY_DIR=<dir> -DFUZZER=<name>
#       -DCORPUS=<seed dir> [-DDICT=<file>] -DMAX_LEN=<bytes> -DRUNS=<n> -DMAX_TOTAL_TIME=<s>
#       [-DRSS_LIMIT_MB=<mb>] [-DMALLOC_LIMIT_MB=<mb>]
#       -DSKIP_MESSAGE=<text> [-DGENERATOR=<gen>] [-DQt6_DIR=<dir>] [-DLAUNCHER=<ccache>]
#       -P RunFuzzer.cmake
# Builds the standalone fuzz project with clang++ and runs one fuzzer,
# bounded and seeded. Prints SKIP_MESSAGE when clang++ cannot link libFuzzer;
# fails on a build error and on anything the fuzzer finds.
cmake_minimum_required(VERSION 3.21)

if(NOT RSS_LIMIT_MB)
    set(RSS_LIMIT_MB 2048)
endif()
if(NOT MALLOC_LIMIT_MB)
    set(MALLOC_LIMIT_MB 64)
endif()

if(NOT EXISTS ${FUZZ_BINARY_DIR}/CMakeCache.txt)
    # clang++ without its libFuzzer runtime (libclang-rt-dev) is as good as
    # none: probe once, before configuring.
    set(probe ${FUZZ_BINARY_DIR}/libfuzzer-probe)
    file(MAKE_DIRECTORY ${probe})
    file(WRITE ${probe}/probe.cpp
        "extern \"C\" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }\n")
    execute_process(COMMAND ${CLANGXX} -fsanitize=fuzzer ${probe}/probe.cpp -o ${probe}/probe
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message("${output}")
        message("${SKIP_MESSAGE}")
        return()
    endif()

    set(configure -S ${FUZZ_SOURCE_DIR} -B ${FUZZ_BINARY_DIR} -DCMAKE_CXX_COMPILER=${CLANGXX})
    if(GENERATOR)
        list(APPEND configure -G ${GENERATOR})
    endif()
    if(Qt6_DIR)
        list(APPEND configure -DQt6_DIR=${Qt6_DIR})
    endif()
    if(LAUNCHER)
        list(APPEND configure -DCMAKE_CXX_COMPILER_LAUNCHER=${LAUNCHER})
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} ${configure} RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        # Leave no half-configured tree behind, or the next run would skip
        # the probe and the configure step.
        file(REMOVE ${FUZZ_BINARY_DIR}/CMakeCache.txt)
        message(FATAL_ERROR "configuring the fuzz project in ${FUZZ_BINARY_DIR} failed")
    endif()
endif()

execute_process(COMMAND ${CMAKE_COMMAND} --build ${FUZZ_BINARY_DIR} --target ${FUZZER} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "building ${FUZZER} failed")
endif()

# New inputs go to a scratch corpus, never into the committed seeds; it
# starts empty each run so that a run is reproducible from the seed.
set(work ${FUZZ_BINARY_DIR}/${FUZZER}-corpus)
set(artifacts ${FUZZ_BINARY_DIR}/${FUZZER}-artifacts)
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work} ${artifacts})

set(args
    -seed=1
    -runs=${RUNS}
    -max_total_time=${MAX_TOTAL_TIME}
    -max_len=${MAX_LEN}
    # No single input may take 10 s, nor any one allocation MALLOC_LIMIT_MB
    # (64 MB unless the test says otherwise): the decoders must not trust
    # announced sizes. Resident memory beyond RSS_LIMIT_MB is growth across
    # inputs, a failure too.
    -timeout=10
    -malloc_limit_mb=${MALLOC_LIMIT_MB}
    -rss_limit_mb=${RSS_LIMIT_MB}
    -use_value_profile=1
    -print_final_stats=1
    -artifact_prefix=${artifacts}/)
if(DICT)
    list(APPEND args -dict=${DICT})
endif()
execute_process(COMMAND ${FUZZ_BINARY_DIR}/${FUZZER} ${args} ${work} ${CORPUS} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} found a problem (exit code ${result}); the failing input is in ${artifacts}.\n"
        "Reproduce with: ${FUZZ_BINARY_DIR}/${FUZZER} <that file>")
endif()
