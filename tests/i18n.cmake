# Translations: every message of the interface is in the template, and the Azerbaijani and
# Russian catalogs translate all of them (msgfmt --check --statistics: nothing untranslated or
# fuzzy). A new message in the code fails here until it is extracted and translated.
add_test(NAME translations_complete
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/i18n/check-translations.sh ${PROJECT_SOURCE_DIR}
                 ${CMAKE_CURRENT_BINARY_DIR}/i18n)
# The command line speaks the system's language: `LANGUAGE=az yaddas --help` is Azerbaijani.
add_test(NAME help_in_azerbaijani COMMAND yaddas --help)
set_tests_properties(help_in_azerbaijani PROPERTIES
    ENVIRONMENT "LANGUAGE=az;LANG=C.UTF-8"
    PASS_REGULAR_EXPRESSION "İstifadə: .*Seçimlər:.*Əlavə dərs modulları olan qovluq")
add_test(NAME help_in_russian COMMAND yaddas --help)
set_tests_properties(help_in_russian PROPERTIES
    ENVIRONMENT "LANGUAGE=ru;LANG=C.UTF-8"
    PASS_REGULAR_EXPRESSION "Использование: .*Параметры:.*Папка с дополнительными модулями уроков")
