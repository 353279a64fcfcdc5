# COUNTERSIGN_FUZZ: every target is compiled with libFuzzer's coverage instrumentation and with
# ASan and UBSan, so the harnesses of tests/fuzz find bugs in core (not only in themselves).
# The harnesses link -fsanitize=fuzzer (tests/fuzz/CMakeLists.txt). clang only.
if(COUNTERSIGN_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "COUNTERSIGN_FUZZ needs clang (the fuzz preset selects clang++-14)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
