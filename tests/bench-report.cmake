# The class report benchmark: 1,000 results files reported (read, built, written as CSV and
# HTML). A program, not a test: timing never fails a test run.
if(YADDAS_BUILD_BENCHMARKS)
    add_executable(yaddas_bench_report ${CMAKE_CURRENT_SOURCE_DIR}/bench/ReportBench.cpp)
    target_link_libraries(yaddas_bench_report PRIVATE yaddas_io)
    yaddas_warnings(yaddas_bench_report)
endif()
