# yaddas_bench_library: the time to load the shipped lesson library. A benchmark program, never a
# test: run it by hand (build-dir/tests/yaddas_bench_library [RUNS] [LESSONS_FOLDER]).
if(YADDAS_BUILD_BENCHMARKS)
    add_executable(yaddas_bench_library ${CMAKE_CURRENT_SOURCE_DIR}/bench/LibraryLoadBench.cpp)
    target_link_libraries(yaddas_bench_library PRIVATE yaddas_io)
    target_compile_definitions(yaddas_bench_library PRIVATE
        YADDAS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    yaddas_warnings(yaddas_bench_library)
endif()
