# Checks of the packaging files that need no package build (.ci/package checks the packages).
set(YADDAS_PKG_SRC ${PROJECT_SOURCE_DIR}/packaging)
set(YADDAS_PKG_BIN ${PROJECT_BINARY_DIR}/packaging)

add_test(NAME packaging_versions
         COMMAND ${CMAKE_COMMAND} -DVERSION=${PROJECT_VERSION}
                 -DMETAINFO=${YADDAS_PKG_SRC}/io.github.yaddas.Yaddas.metainfo.xml.in
                 -DCHANGELOG=${YADDAS_PKG_SRC}/changelog -P ${YADDAS_PKG_SRC}/checks/versions.cmake)
add_test(NAME packaging_manpage_covers_help
         COMMAND ${CMAKE_COMMAND} -DYADDAS=$<TARGET_FILE:yaddas> -DMANPAGE=${YADDAS_PKG_SRC}/yaddas.1
                 -P ${YADDAS_PKG_SRC}/checks/manpage.cmake)
foreach(language az ru)
    add_test(NAME packaging_manpage_${language}_covers_help
             COMMAND ${CMAKE_COMMAND} -DYADDAS=$<TARGET_FILE:yaddas>
                     -DMANPAGE=${YADDAS_PKG_SRC}/yaddas.${language}.1
                     -DENGLISH=${YADDAS_PKG_SRC}/yaddas.1 -P ${YADDAS_PKG_SRC}/checks/manpage.cmake)
endforeach()

find_program(YADDAS_DESKTOP_FILE_VALIDATE desktop-file-validate)
if(YADDAS_DESKTOP_FILE_VALIDATE)
    add_test(NAME packaging_desktop_file
             COMMAND ${YADDAS_DESKTOP_FILE_VALIDATE} ${YADDAS_PKG_SRC}/io.github.yaddas.Yaddas.desktop)
endif()
find_program(YADDAS_APPSTREAMCLI appstreamcli)
if(YADDAS_APPSTREAMCLI)
    add_test(NAME packaging_metainfo
             COMMAND ${YADDAS_APPSTREAMCLI} validate --no-net --pedantic
                     ${YADDAS_PKG_BIN}/io.github.yaddas.Yaddas.metainfo.xml)
endif()
# groff's warnings are what lintian reports as manpage problems.
find_program(YADDAS_MAN man)
if(YADDAS_MAN)
    foreach(page yaddas.1 yaddas.az.1 yaddas.ru.1)
        # packaging_manpage_renders, packaging_manpage_renders_az, …
        string(REGEX REPLACE "^yaddas\\.(.*)1$" "\\1" name "${page}")
        string(REGEX REPLACE "^(..)\\.$" "_\\1" name "${name}")
        add_test(NAME packaging_manpage_renders${name}
                 COMMAND sh -c "out=$(LC_ALL=C.UTF-8 MANWIDTH=80 \"$1\" --warnings -E UTF-8 -l -Tutf8 -Z \"$2\" 2>&1 >/dev/null); [ -z \"$out\" ] || { echo \"$out\"; exit 1; }"
                         sh ${YADDAS_MAN} ${YADDAS_PKG_SRC}/${page})
    endforeach()
endif()
