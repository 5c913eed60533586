# Checks that the package metadata names the project's version: the newest AppStream release and
# the top Debian changelog entry. Run: cmake -DVERSION=x.y.z -DMETAINFO=file -DCHANGELOG=file -P
file(READ "${METAINFO}" metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" _ "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: newest release is '${CMAKE_MATCH_1}', the project is ${VERSION}")
endif()
file(STRINGS "${CHANGELOG}" first LIMIT_COUNT 1)
if(NOT first MATCHES "^yaddas \\(${VERSION}\\) ")
    message(FATAL_ERROR "${CHANGELOG}:1: top entry is '${first}', the project is ${VERSION}")
endif()
message(STATUS "metainfo and changelog name version ${VERSION}")
