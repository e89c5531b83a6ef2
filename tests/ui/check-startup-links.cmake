# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The tokendesk executable links only what its window needs: the demo cluster's Qt HttpServer and Qt
# WebSockets are loaded with the tokendesk-demo plugin for --demo only (each shared library linked is
# mapped and relocated by the dynamic linker before main, at every start).
#   cmake -DBINARY=path/to/tokendesk -P check-startup-links.cmake
find_program(READELF readelf REQUIRED)
execute_process(COMMAND ${READELF} -d ${BINARY} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "readelf -d ${BINARY} failed (${rc}): ${err}")
endif()
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" needed "${out}")
if(NOT needed MATCHES "Qt6Widgets")
    message(FATAL_ERROR "no Qt6Widgets among the libraries of ${BINARY}: the check reads the wrong output:\n${out}")
endif()
foreach(unwanted Qt6HttpServer Qt6WebSockets)
    if(needed MATCHES "${unwanted}")
        message(FATAL_ERROR "${BINARY} links ${unwanted}, which only --demo needs (the tokendesk-demo plugin):\n${needed}")
    endif()
endforeach()
message(STATUS "${BINARY} links: ${needed}")
