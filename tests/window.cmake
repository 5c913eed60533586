# The window (tests/app): unit tests of the app layer, and whole-app tests under Xvfb that replay
# scripts of input events (game/app/Script.hpp) and check the text dumps, the saved learner file
# and the screenshots (kept in <build>/tests/window/<case>/ as artefacts).
file(GLOB YADDAS_APP_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/app/*Test.cpp)
add_executable(yaddas_app_tests main.cpp ${YADDAS_APP_TEST_SOURCES})
target_link_libraries(yaddas_app_tests PRIVATE yaddas_app Catch2::Catch2)
target_compile_definitions(yaddas_app_tests PRIVATE
    YADDAS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    YADDAS_FIXTURES_DIR="${CMAKE_CURRENT_SOURCE_DIR}/fixtures")
yaddas_warnings(yaddas_app_tests)
# Glyphs live in OpenGL textures: the tests run under Xvfb when there is no display.
#
# Under the sanitizers: Mesa unloads its driver as the program ends, before LeakSanitizer looks,
# so whatever the driver keeps for good shows up as leaks in "<unknown module>", which no
# suppression can name. The tests preload the driver into the program under test (never into
# Xvfb or the shell tools), so it stays loaded and tests/lsan.supp names it.
set(yaddas_display ${CMAKE_CURRENT_SOURCE_DIR}/app/with-display.sh)
set(yaddas_window_env)
if(YADDAS_SANITIZE)
    find_file(YADDAS_GL_DRIVER swrast_dri.so
              PATHS /usr/lib/${CMAKE_LIBRARY_ARCHITECTURE}/dri /usr/lib/dri NO_DEFAULT_PATH)
    if(YADDAS_GL_DRIVER)
        list(APPEND yaddas_display --preload ${YADDAS_GL_DRIVER}
             ${CMAKE_CURRENT_SOURCE_DIR}/lsan.supp)
        set(yaddas_window_env
            "YADDAS_PRELOAD=set:${YADDAS_GL_DRIVER}"
            "LSAN_OPTIONS=set:suppressions=${CMAKE_CURRENT_SOURCE_DIR}/lsan.supp"
            # The preloaded driver comes before ASan's runtime in the load order.
            "ASAN_OPTIONS=string_append::verify_asan_link_order=0")
    endif()
endif()
set_target_properties(yaddas_app_tests PROPERTIES CROSSCOMPILING_EMULATOR "${yaddas_display}")
catch_discover_tests(yaddas_app_tests TEST_PREFIX "app: " WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# Fails on a blank screenshot (too few distinct colours).
add_executable(yaddas_png_check app/PngCheck.cpp)
target_link_libraries(yaddas_png_check PRIVATE sfml-graphics)
yaddas_warnings(yaddas_png_check)

foreach(case walk resize broken settings assignment assignment-take assignment-broken
             quiz-order hostile-progress unsaved-leave unsaved-quit sources memory
             picker module-choice assignment-leave feedback assignment-class assignment-az
             walk-i18n settings-language)
    add_test(NAME window_${case}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/app/window-test.sh ${case}
                     $<TARGET_FILE:yaddas> $<TARGET_FILE:yaddas_png_check>
                     ${CMAKE_CURRENT_BINARY_DIR}/window)
    set_tests_properties(window_${case} PROPERTIES TIMEOUT 300 LABELS window)
    if(yaddas_window_env)
        set_tests_properties(window_${case} PROPERTIES
                             ENVIRONMENT_MODIFICATION "${yaddas_window_env}")
    endif()
endforeach()

# A blind learner's walk by keys and speech alone, in English and Azerbaijani.
foreach(lang en az)
    add_test(NAME window_blind_walk_${lang}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/app/blind-walk-test.sh ${lang}
                     $<TARGET_FILE:yaddas> ${CMAKE_CURRENT_BINARY_DIR}/window)
    set_tests_properties(window_blind_walk_${lang} PROPERTIES TIMEOUT 600 LABELS window)
    if(yaddas_window_env)
        set_tests_properties(window_blind_walk_${lang} PROPERTIES
                             ENVIRONMENT_MODIFICATION "${yaddas_window_env}")
    endif()
endforeach()

# Without a display: a clear message and exit code 1, not an abort.
add_test(NAME window_no_display
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/app/no-display.sh $<TARGET_FILE:yaddas>
                 ${CMAKE_CURRENT_BINARY_DIR}/window)
set_tests_properties(window_no_display PROPERTIES TIMEOUT 120 LABELS window)

# Idle means asleep: the app, on its first screen with nobody at it, wakes at most ten times a
# second (SFML 2.5's own waitEvent looks a hundred times), yet closing its window or a signal
# still ends it at once.
add_executable(yaddas_x_close app/XClose.cpp)
target_link_libraries(yaddas_x_close PRIVATE X11::X11)
yaddas_warnings(yaddas_x_close)
add_test(NAME window_idle
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/app/idle-test.sh $<TARGET_FILE:yaddas>
                 $<TARGET_FILE:yaddas_x_close> ${CMAKE_CURRENT_BINARY_DIR}/window)
set_tests_properties(window_idle PROPERTIES TIMEOUT 120 LABELS window)
if(yaddas_window_env)
    set_tests_properties(window_idle PROPERTIES ENVIRONMENT_MODIFICATION "${yaddas_window_env}")
endif()
