# Every question the shipped lessons can give, over 200 seeds, checked by the question linter
# (core::QuestionLinter): it must find nothing. A teacher runs the same check on her own module.
add_test(NAME questions_lint_shipped
         COMMAND yaddas --data-dir ${CMAKE_CURRENT_BINARY_DIR}/lint-data questions --lint
                 --seeds 200)
