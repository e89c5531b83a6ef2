# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` into a scratch prefix, then: every file in place, the launcher's Exec and Icon
# point at installed files, and AppStream accepts the installed tree (metainfo, launcher, icon).
#   cmake -DBUILD_DIR=... -DSTAGE=... -DAPP_ID=... -DAPPSTREAMCLI=... -DDESKTOP_FILE_VALIDATE=... -P check-install.cmake
file(REMOVE_RECURSE ${STAGE})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${STAGE}/usr
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${rc}):\n${out}\n${err}")
endif()

set(desktop ${STAGE}/usr/share/applications/${APP_ID}.desktop)
set(expected
    ${STAGE}/usr/bin/tokendesk
    ${STAGE}/usr/bin/tokendesk-cli
    ${desktop}
    ${STAGE}/usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ${STAGE}/usr/share/metainfo/${APP_ID}.metainfo.xml)
# `tokendesk --demo` finds its plugin where the executable looks for it (relative to bin/).
if(DEMO_PLUGIN)
    get_filename_component(plugin ${STAGE}/usr/bin/${DEMO_PLUGIN} ABSOLUTE)
    list(APPEND expected ${plugin})
endif()
foreach(f ${expected})
    if(NOT EXISTS ${f})
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()

file(STRINGS ${desktop} exec_line REGEX "^Exec=")
file(STRINGS ${desktop} icon_line REGEX "^Icon=")
list(GET exec_line 0 exec_line)
string(REGEX REPLACE "^Exec=([^ ]+).*" "\\1" exec_name "${exec_line}")
if(NOT EXISTS ${STAGE}/usr/bin/${exec_name})
    message(FATAL_ERROR "the launcher runs ${exec_name}, which is not installed")
endif()
if(NOT icon_line STREQUAL "Icon=${APP_ID}")
    message(FATAL_ERROR "the launcher's icon is '${icon_line}', expected Icon=${APP_ID}")
endif()

if(DESKTOP_FILE_VALIDATE)
    execute_process(COMMAND ${DESKTOP_FILE_VALIDATE} ${desktop} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR out MATCHES "error" OR err MATCHES "error")
        message(FATAL_ERROR "desktop-file-validate:\n${out}${err}")
    endif()
endif()
if(APPSTREAMCLI)
    execute_process(COMMAND ${APPSTREAMCLI} validate-tree --no-net ${STAGE}
        RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0 OR out MATCHES "Validation failed" OR NOT out MATCHES "${APP_ID}")
        message(FATAL_ERROR "appstreamcli validate-tree:\n${out}${err}")
    endif()
endif()
message(STATUS "installed tree is complete and valid: ${STAGE}")
