# Fuzz targets for the readers (tests/fuzz/README.md). Each tests/fuzz/NAME.cpp defines
# LLVMFuzzerTestOneInput; its seed corpus and crash regressions live in tests/fuzz/NAME/.
#  - YADDAS_FUZZ=ON (clang only): builds fuzz_NAME, libFuzzer with ASan and UBSan, for .ci/hardening.
#  - otherwise: builds fuzz_NAME_replay, which feeds every saved input through the same code,
#    registered with CTest so each ordinary (and sanitizer) test run rechecks them.
option(YADDAS_FUZZ "Build the libFuzzer targets (needs clang)" OFF)

set(YADDAS_FUZZ_DIR ${CMAKE_CURRENT_SOURCE_DIR}/fuzz)
file(GLOB YADDAS_FUZZ_SOURCES CONFIGURE_DEPENDS ${YADDAS_FUZZ_DIR}/*.cpp)

if(YADDAS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "YADDAS_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # The code under test gets coverage instrumentation and the sanitizers; only the fuzz
    # programs link libFuzzer itself (it brings its own main).
    set(yaddas_fuzz_flags -fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    foreach(lib yaddas_core yaddas_io)
        target_compile_options(${lib} PRIVATE ${yaddas_fuzz_flags})
        target_link_options(${lib} INTERFACE -fsanitize=address,undefined)
    endforeach()
    add_custom_target(yaddas_fuzzers)
endif()

foreach(source IN LISTS YADDAS_FUZZ_SOURCES)
    get_filename_component(name ${source} NAME_WE)
    if(YADDAS_FUZZ)
        set(target fuzz_${name})
        add_executable(${target} ${source})
        target_compile_options(${target} PRIVATE ${yaddas_fuzz_flags})
        target_link_options(${target} PRIVATE -fsanitize=fuzzer,address,undefined)
        set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
        add_dependencies(yaddas_fuzzers ${target})
    else()
        set(target fuzz_${name}_replay)
        add_executable(${target} ${source} ${YADDAS_FUZZ_DIR}/support/ReplayMain.cpp)
        add_test(NAME fuzz_replay_${name} COMMAND ${target} ${YADDAS_FUZZ_DIR}/${name})
    endif()
    target_link_libraries(${target} PRIVATE yaddas_io)
    target_include_directories(${target} PRIVATE ${YADDAS_FUZZ_DIR})
    yaddas_warnings(${target})
endforeach()

# Hostile files on the command line (the table in packaging/README.md): refused with a message,
# never a crash or a hang.
if(NOT YADDAS_FUZZ)
    add_test(NAME cli_hostile_inputs
             COMMAND bash ${YADDAS_FUZZ_DIR}/hostile-inputs.sh $<TARGET_FILE:yaddas>)
endif()
