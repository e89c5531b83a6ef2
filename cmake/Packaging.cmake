# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installation and the Debian package.
#
#   cmake --install build --prefix /usr/local          # or DESTDIR=... cmake --install build
#   (cd build && cpack -G DEB)                         # tokendesk_<version>_<arch>.deb
#
# Installs the two executables, the launcher (.desktop), the hicolor SVG icon and the AppStream
# metainfo, all named by the application's reverse-DNS id so desktops and software centres match them.
include(GNUInstallDirs)

set(TOKENDESK_APP_ID "io.github.tokendesk.TokenDesk" CACHE STRING "Reverse-DNS application id (desktop file, icon, metainfo)")

# tokendesk itself is installed by app/CMakeLists.txt; the CLI has no install rule of its own.
if(TARGET tokendesk-cli)
    install(TARGETS tokendesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

install(FILES ${PROJECT_SOURCE_DIR}/resources/${TOKENDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/tokendesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${TOKENDESK_APP_ID}.svg)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${TOKENDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/packaging/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tokendesk)

# CPack: one binary .deb. Shared-library dependencies come from dpkg-shlibdeps (package dpkg-dev);
# the plugins Qt loads at run time (SVG icons) are not visible to it and are named explicitly.
set(CPACK_PACKAGE_NAME "tokendesk")
set(CPACK_PACKAGE_VENDOR "TokenDesk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Manage the API tokens of Dynatrace Managed clusters")
set(CPACK_PACKAGE_DESCRIPTION
    "TokenDesk is a desktop application and a command-line tool for administrators of Dynatrace Managed\n\
clusters. It lists, searches, creates, changes, revokes, deletes, looks up and exports the cluster's API\n\
tokens through the Cluster API v2, is fast on lists of a million tokens, and keeps the API token it\n\
connects with in the system keyring.")
set(CPACK_PACKAGE_CONTACT "TokenDesk maintainers <tokendesk@example.org>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/tokendesk/tokendesk")
# GPL-3.0-or-later as a whole: Qt HttpServer (the demo cluster) and Qt Charts are GPL-3.0 in their
# open-source form. The machine-readable Debian copyright file goes to share/doc/tokendesk/copyright.
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, gnome-keyring | keepassxc | libkf5wallet-bin")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
