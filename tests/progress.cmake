# Learner progress: the FSRS differential test against ts-fsrs, the save-under-SIGKILL test and
# the progress benchmark.

# Prints our scheduler's states for rating sequences read from stdin.
add_executable(yaddas_fsrs_trace ${CMAKE_CURRENT_SOURCE_DIR}/fsrs/FsrsTrace.cpp)
target_link_libraries(yaddas_fsrs_trace PRIVATE yaddas_core)
yaddas_warnings(yaddas_fsrs_trace)

add_test(NAME progress.fsrs_differential
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/fsrs/run-differential.sh
                 $<TARGET_FILE:yaddas_fsrs_trace> ${CMAKE_CURRENT_SOURCE_DIR}/fsrs
                 ${CMAKE_CURRENT_BINARY_DIR}/fsrs-differential)
set_tests_properties(progress.fsrs_differential PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300
                     LABELS "progress;fsrs")

# Saving under SIGKILL: 100 kills of a process saving a learner with 40,000 answers; no answer
# whose save was confirmed may be lost (tests/crash/ProgressCrashTest.cpp).
add_executable(yaddas_progress_crash ${CMAKE_CURRENT_SOURCE_DIR}/crash/ProgressCrashTest.cpp)
target_link_libraries(yaddas_progress_crash PRIVATE yaddas_io)
yaddas_warnings(yaddas_progress_crash)
add_test(NAME progress.crash_safety COMMAND yaddas_progress_crash 100 40000)
set_tests_properties(progress.crash_safety PROPERTIES TIMEOUT 600 LABELS "progress;crash")

if(YADDAS_BUILD_BENCHMARKS)
    add_executable(yaddas_bench_progress ${CMAKE_CURRENT_SOURCE_DIR}/bench/ProgressBench.cpp)
    target_link_libraries(yaddas_bench_progress PRIVATE yaddas_io)
    yaddas_warnings(yaddas_bench_progress)
endif()
