# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Strict warnings and Qt's strict string defines, applied per target (never directory-wide),
# so third-party code is not affected.
function(tokendesk_strict target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_KEYWORDS
        QT_NO_FOREACH
        QT_USE_QSTRINGBUILDER
        QT_STRICT_ITERATORS
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        $<$<NOT:$<CONFIG:Debug>>:QT_NO_DEBUG_OUTPUT>)
endfunction()

# A test executable: tokendesk_add_test(NAME tst_x SOURCES a.cpp LIBS tokendesk_core [LABELS l])
function(tokendesk_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    # The widget tests run against the fake cluster, which the widgets library no longer links (the app
    # loads it as a plugin for --demo).
    if("tokendesk_ui" IN_LIST T_LIBS AND NOT "tokendesk_fakecluster" IN_LIST T_LIBS)
        list(APPEND T_LIBS tokendesk_fakecluster)
    endif()
    target_link_libraries(${T_NAME} PRIVATE ${T_LIBS} Qt6::Test)
    tokendesk_strict(${T_NAME})
    target_compile_definitions(${T_NAME} PRIVATE
        TOKENDESK_SPEC_JSON="${PROJECT_BINARY_DIR}/api/cluster-v2-tokens.openapi.json"
        TOKENDESK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    if(TARGET tokendesk_spec_json)
        add_dependencies(${T_NAME} tokendesk_spec_json)
    endif()
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    # Central lists in tests/CMakeLists.txt add the labels the sanitizer passes select on.
    if(T_NAME IN_LIST TOKENDESK_CONCURRENCY_TESTS)
        list(APPEND T_LABELS concurrency)
        add_dependencies(tokendesk_concurrency_tests ${T_NAME})
    endif()
    if(T_NAME IN_LIST TOKENDESK_SCALE_TESTS)
        list(APPEND T_LABELS scale)
        # The sanitizer passes do not run them (scripts/test.sh), so they need not build them either.
        if(TOKENDESK_SANITIZE)
            set_target_properties(${T_NAME} PROPERTIES EXCLUDE_FROM_ALL ON)
        endif()
    endif()
    list(REMOVE_DUPLICATES T_LABELS)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=tokendesk.*.debug=true"
        LABELS "${T_LABELS}")
endfunction()
