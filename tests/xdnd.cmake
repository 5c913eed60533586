# Dropping a file on the window (game/app/FileDrop): a small XDND drag source drops an
# assignment on the running app under Xvfb; the test checks the module map and the data folder.
find_package(X11 REQUIRED)
add_executable(yaddas_xdnd_source app/XdndSource.cpp)
target_link_libraries(yaddas_xdnd_source PRIVATE X11::X11)
yaddas_warnings(yaddas_xdnd_source)

add_test(NAME window_drop
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/app/drop-test.sh $<TARGET_FILE:yaddas>
                 $<TARGET_FILE:yaddas_xdnd_source> ${CMAKE_CURRENT_BINARY_DIR}/window)
set_tests_properties(window_drop PROPERTIES TIMEOUT 300 LABELS window)
if(yaddas_window_env) # sanitizer builds: see tests/window.cmake
    set_tests_properties(window_drop PROPERTIES ENVIRONMENT_MODIFICATION "${yaddas_window_env}")
endif()
