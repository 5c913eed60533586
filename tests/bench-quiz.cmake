# yaddas_bench_quiz: the time to generate a 20-question quiz over all modules and a 20-question
# mixed review. A benchmark program, never a test: run it by hand
# (build-dir/tests/yaddas_bench_quiz [RUNS] [EXTRA_LESSONS_FOLDER]; tests/bench/make-library.py
# writes a folder 10 or 100 times the shipped library).
if(YADDAS_BUILD_BENCHMARKS)
    add_executable(yaddas_bench_quiz ${CMAKE_CURRENT_SOURCE_DIR}/bench/QuizBench.cpp)
    target_link_libraries(yaddas_bench_quiz PRIVATE yaddas_io)
    target_compile_definitions(yaddas_bench_quiz PRIVATE YADDAS_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    yaddas_warnings(yaddas_bench_quiz)
endif()
