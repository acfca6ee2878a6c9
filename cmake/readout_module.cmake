# Helpers that give every target the same warnings, sanitizers and layout.

set(READOUT_WARNINGS
    -Wall -Wextra -Wpedantic -Werror
    -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
    -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough -Wformat=2)

function(readout_compile_options target)
  target_compile_options(${target} PRIVATE ${READOUT_WARNINGS})
  if(READOUT_FUZZ)
    # Coverage for libFuzzer in everything the fuzz targets link.
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
  if(READOUT_SANITIZE)
    target_compile_options(${target} PRIVATE
        -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
endfunction()

# readout_module(NAME SOURCES a.cc b.cc DEPS readout_base ... [PRIVATE_DEPS ...])
# A pipeline stage: static library readout_<NAME>, public headers from
# include/, private ones from src/.
function(readout_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(readout_${name} STATIC ${M_SOURCES})
  target_include_directories(readout_${name}
      PUBLIC ${CMAKE_SOURCE_DIR}/include
      PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(readout_${name} PUBLIC ${M_DEPS} PRIVATE ${M_PRIVATE_DEPS})
  readout_compile_options(readout_${name})
  if(READOUT_SANITIZE)
    target_link_options(readout_${name} PUBLIC -fsanitize=address,undefined)
  endif()
endfunction()

# Under the sanitizers the code under test (the stage libraries) keeps its
# -O1, but test drivers are compiled without optimization: GCC spends
# minutes optimizing gtest- and simdjson-heavy test files
# (seeds_acceptance_test.cc: 13 minutes at -O1, 9 s at -O0), which is most
# of the CI's sanitizer build for no gain in what the sanitizers check.
function(readout_test_compile_options target)
  readout_compile_options(${target})
  if(READOUT_SANITIZE)
    target_compile_options(${target} PRIVATE -O0)
  endif()
endfunction()

# readout_test(NAME SOURCES a_test.cc ... DEPS ... [LABELS ...])
# A GoogleTest executable registered with ctest test by test. Every test
# gets a timeout, so an accidental hang or quadratic blow-up fails the run.
function(readout_test name)
  if(NOT READOUT_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(T "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/src)
  target_link_libraries(${name} PRIVATE ${T_DEPS} GTest::gtest GTest::gtest_main)
  readout_test_compile_options(${name})
  target_compile_definitions(${name} PRIVATE
      READOUT_SHARED_DIR="${READOUT_SHARED_DIR}"
      READOUT_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  set(labels ${T_LABELS})
  if(NOT labels)
    set(labels unit)
  endif()
  gtest_discover_tests(${name}
      WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
      PROPERTIES LABELS "${labels}" TIMEOUT 120
      DISCOVERY_TIMEOUT 60)
endfunction()
