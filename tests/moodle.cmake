# Moodle interop. The shared fixtures (Moodle's own question banks and its XML parser, runnable
# under php-cli) live in ../shared beside the source folder; YADDAS_SHARED_DIR overrides that.
#
# This file has two roles. Included from tests/CMakeLists.txt it registers the tests. Run with
# `cmake -P` it is the export check: it imports Moodle banks of every type the lessons keep,
# exports the shipped and imported modules with `yaddas export moodle`, and runs Moodle's
# parser on the export; every question must be accepted, none dropped, nothing warned about.

if(CMAKE_SCRIPT_MODE_FILE)
    if(NOT PHP)
        message(FATAL_ERROR "php not found: install php-cli php-xml php-mbstring (.ci/deps --tests)")
    endif()
    file(REMOVE_RECURSE "${WORK}")
    file(MAKE_DIRECTORY "${WORK}/lessons")
    foreach(bank shortanswer ordering multichoice truefalse match nested-categories)
        execute_process(COMMAND "${YADDAS}" --data-dir "${WORK}/data" import moodle
                                "${FIXTURES}/${bank}.moodle.xml" -o "${WORK}/lessons/${bank}.xml"
                        RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "import of ${bank}.moodle.xml failed (${result}):\n${out}${err}")
        endif()
        # The imported module follows the published schema too (new kinds, credit, feedback).
        if(XMLLINT)
            execute_process(COMMAND "${XMLLINT}" --noout --schema "${SCHEMA}"
                                    "${WORK}/lessons/${bank}.xml"
                            RESULT_VARIABLE result ERROR_VARIABLE err)
            if(NOT result EQUAL 0)
                message(FATAL_ERROR "${bank}: the imported module fails module.xsd:\n${err}")
            endif()
        endif()
    endforeach()
    execute_process(COMMAND "${YADDAS}" --data-dir "${WORK}/data" --lessons "${WORK}/lessons"
                            export moodle -o "${WORK}/export.moodle.xml"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "yaddas export moodle failed (${result}):\n${out}${err}")
    endif()
    execute_process(COMMAND "${PHP}" "${PARSER}/readquestions.php" "${WORK}/export.moodle.xml"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "${out}${err}")
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "Moodle's parser failed (${result})")
    endif()
    string(REGEX MATCH "parsed: +([^\n]*)" parsed "${out}")
    set(parsed "${CMAKE_MATCH_1}")
    string(REGEX MATCH "accepted: +([^\n]*)" accepted "${out}")
    set(accepted "${CMAKE_MATCH_1}")
    # Categories are parsed but not counted as accepted questions.
    string(REGEX REPLACE "\"category\":[0-9]+,?" "" parsed "${parsed}")
    if(parsed STREQUAL "" OR NOT parsed STREQUAL accepted)
        message(FATAL_ERROR "Moodle parsed ${parsed} but accepted ${accepted}")
    endif()
    foreach(type ordering shortanswer numerical multichoice truefalse)
        if(NOT accepted MATCHES "\"${type}\":[1-9]")
            message(FATAL_ERROR "no ${type} question in the export: ${accepted}")
        endif()
    endforeach()
    if(out MATCHES "\n  (dropped|warnings|exception|echoed|debugging|notifications):")
        message(FATAL_ERROR "Moodle dropped or warned about part of the export")
    endif()
    return()
endif()

set(YADDAS_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared"
    CACHE PATH "Shared test data (interop/moodle: Moodle's question banks and XML parser)")

set(YADDAS_MOODLE_DIR "${YADDAS_SHARED_DIR}/interop/moodle")
if(NOT EXISTS "${YADDAS_MOODLE_DIR}/moodle-parser/readquestions.php")
    message(STATUS "${YADDAS_MOODLE_DIR} not found: the Moodle export test is skipped")
    return()
endif()
# Not found is no reason to skip: the test then fails and says what to install.
find_program(YADDAS_PHP php)
find_program(YADDAS_XMLLINT xmllint)
add_test(NAME moodle_export_accepted_by_moodle
         COMMAND ${CMAKE_COMMAND} -DYADDAS=$<TARGET_FILE:yaddas> -DPHP=${YADDAS_PHP}
                 -DPARSER=${YADDAS_MOODLE_DIR}/moodle-parser -DFIXTURES=${YADDAS_MOODLE_DIR}
                 -DWORK=${CMAKE_CURRENT_BINARY_DIR}/moodle-export -DXMLLINT=${YADDAS_XMLLINT}
                 -DSCHEMA=${PROJECT_SOURCE_DIR}/lessons/module.xsd
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/moodle.cmake)
