# Validates lesson modules against lessons/module.xsd with xmllint: an independent check that the
# shipped modules, the schema and the reader agree on the format.
#
# This file has two roles. Included from tests/CMakeLists.txt it registers the tests. Run with
# `cmake -P` it is the script for the expected failures: it passes only when xmllint rejects the
# file as invalid (exit code 3), so a schema that fails to compile cannot pass for a caught error.

if(CMAKE_SCRIPT_MODE_FILE)
    execute_process(COMMAND "${XMLLINT}" --noout --schema "${SCHEMA}" "${MODULE}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
    message(STATUS "${err}")
    if(NOT result EQUAL 3)
        message(FATAL_ERROR "expected xmllint to find ${MODULE} invalid (exit code 3), got ${result}")
    endif()
    return()
endif()

find_program(YADDAS_XMLLINT xmllint)
if(NOT YADDAS_XMLLINT)
    message(STATUS "xmllint not found: the schema tests are skipped (apt install libxml2-utils)")
    return()
endif()

set(YADDAS_SCHEMA ${PROJECT_SOURCE_DIR}/lessons/module.xsd)
file(GLOB YADDAS_SHIPPED_MODULES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lessons/*.xml
     ${PROJECT_SOURCE_DIR}/lessons/*/*.xml)
file(GLOB YADDAS_VALID_FIXTURES CONFIGURE_DEPENDS
     ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/modules/valid/*.xml
     ${CMAKE_CURRENT_SOURCE_DIR}/fixtures/modules/library/*.xml)

foreach(module IN LISTS YADDAS_SHIPPED_MODULES YADDAS_VALID_FIXTURES)
    file(RELATIVE_PATH name ${PROJECT_SOURCE_DIR} ${module})
    add_test(NAME "schema: ${name}"
             COMMAND ${YADDAS_XMLLINT} --noout --schema ${YADDAS_SCHEMA} ${module})
endforeach()

# Files the schema must refuse: an element typo, an unknown attribute, numbers and values that
# do not parse, missing text, children out of order.
foreach(bad IN ITEMS typo-element unknown-attribute numbers enum-values missing-text out-of-order)
    add_test(NAME "schema refuses: ${bad}.xml"
             COMMAND ${CMAKE_COMMAND} -DXMLLINT=${YADDAS_XMLLINT} -DSCHEMA=${YADDAS_SCHEMA}
                     -DMODULE=${CMAKE_CURRENT_SOURCE_DIR}/fixtures/modules/bad/${bad}.xml
                     -P ${CMAKE_CURRENT_LIST_FILE})
endforeach()

# The example in lessons/README.md must validate too, so that the specification and the schema
# cannot drift apart.
file(READ ${PROJECT_SOURCE_DIR}/lessons/README.md YADDAS_README)
string(FIND "${YADDAS_README}" "```xml\n" YADDAS_EXAMPLE_START)
if(YADDAS_EXAMPLE_START GREATER -1)
    math(EXPR YADDAS_EXAMPLE_START "${YADDAS_EXAMPLE_START} + 7")
    string(SUBSTRING "${YADDAS_README}" ${YADDAS_EXAMPLE_START} -1 YADDAS_EXAMPLE)
    string(FIND "${YADDAS_EXAMPLE}" "```" YADDAS_EXAMPLE_END)
    string(SUBSTRING "${YADDAS_EXAMPLE}" 0 ${YADDAS_EXAMPLE_END} YADDAS_EXAMPLE)
    file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/readme-example.xml "${YADDAS_EXAMPLE}")
    add_test(NAME "schema: lessons/README.md example"
             COMMAND ${YADDAS_XMLLINT} --noout --schema ${YADDAS_SCHEMA}
                     ${CMAKE_CURRENT_BINARY_DIR}/readme-example.xml)
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lessons/README.md)
