# format-check: fails when clang-format would change a source file; format: rewrites them.
find_program(CLANG_FORMAT_PROGRAM NAMES clang-format clang-format-14)
if(CLANG_FORMAT_PROGRAM)
  file(GLOB_RECURSE COUNTERSIGN_FORMAT_SOURCES CONFIGURE_DEPENDS
       ${CMAKE_SOURCE_DIR}/core/*.cpp ${CMAKE_SOURCE_DIR}/core/*.h
       ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h
       ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
       ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h)
  add_custom_target(format-check
    COMMAND ${CLANG_FORMAT_PROGRAM} --dry-run --Werror ${COUNTERSIGN_FORMAT_SOURCES}
    COMMENT "Checking formatting" VERBATIM)
  add_custom_target(format
    COMMAND ${CLANG_FORMAT_PROGRAM} -i ${COUNTERSIGN_FORMAT_SOURCES}
    COMMENT "Formatting sources" VERBATIM)
endif()
