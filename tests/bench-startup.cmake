# The start-up benchmark (tests/app/bench-startup.sh, run by hand, never by ctest): a watcher
# that times a window program from outside (exec → first pixels, memory after mapping), and the
# bare SFML window that every figure is compared with. The smoke test only checks that the
# watcher measures the bare window under Xvfb; it says nothing about timing.
find_package(X11 REQUIRED)
add_executable(yaddas_x_first_paint app/XFirstPaint.cpp)
target_link_libraries(yaddas_x_first_paint PRIVATE X11::X11 X11::Xext)
yaddas_warnings(yaddas_x_first_paint)
add_executable(yaddas_bare_window app/BareWindow.cpp)
target_link_libraries(yaddas_bare_window PRIVATE sfml-graphics)
yaddas_warnings(yaddas_bare_window)
add_test(NAME window_first_paint
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/app/first-paint-test.sh
                 $<TARGET_FILE:yaddas_x_first_paint> $<TARGET_FILE:yaddas_bare_window>)
set_tests_properties(window_first_paint PROPERTIES TIMEOUT 120 LABELS window)
