# cmake -DSOURCE_DIR=<repo> -DBUILD_DIR=<build folder> -DCLANG_TIDY=<clang-tidy> -P check_tidy.cmake
#
# The C++ files of src/ a change touches pass the checks of the repository's .clang-tidy: the files the
# last commit and the working tree changed (against HEAD~1), each .cpp the build compiles, and for
# a header the .cpp beside it (its other includers are checked when they change). A commit of a
# dozen files takes well under a minute; `run-clang-tidy -p build/ci src` checks the whole tree.
cmake_minimum_required(VERSION 3.25)
if(NOT CLANG_TIDY)
  message(FATAL_ERROR "clang-tidy not found: install the clang-tidy package (third_party/install-deps.sh)")
endif()
find_program(GIT git)
if(NOT GIT OR NOT EXISTS "${SOURCE_DIR}/.git")
  message(STATUS "not a git checkout: no change to check")
  return()
endif()
execute_process(COMMAND ${GIT} rev-parse --verify --quiet HEAD~1 WORKING_DIRECTORY ${SOURCE_DIR}
                RESULT_VARIABLE no_parent OUTPUT_QUIET)
set(base HEAD~1)
if(no_parent)
  set(base HEAD)
endif()
execute_process(COMMAND ${GIT} diff --name-only --diff-filter=d ${base} -- src
                WORKING_DIRECTORY ${SOURCE_DIR} OUTPUT_VARIABLE changed RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "git diff failed in ${SOURCE_DIR}")
endif()
file(READ "${BUILD_DIR}/compile_commands.json" database)
string(REPLACE "\n" ";" changed "${changed}")
set(files "")
foreach(name IN LISTS changed)
  if(name MATCHES "\\.h$")
    string(REGEX REPLACE "\\.h$" ".cpp" name "${name}")
  endif()
  if(name MATCHES "\\.cpp$" AND EXISTS "${SOURCE_DIR}/${name}")
    string(FIND "${database}" "\"${SOURCE_DIR}/${name}\"" at)
    if(NOT at EQUAL -1)
      list(APPEND files "${SOURCE_DIR}/${name}")
    endif()
  endif()
endforeach()
list(REMOVE_DUPLICATES files)
list(LENGTH files count)
if(count EQUAL 0)
  message(STATUS "no compiled C++ file changed since ${base}")
  return()
endif()
# clang reads the compile commands GCC builds with: without GCC's precompiled header (clang cannot
# read it; the header it holds is included as text instead) and quiet about GCC's own warnings.
string(REGEX REPLACE "-Winvalid-pch -include [^ ]*cmake_pch.hxx" "-include gtest/gtest.h" database "${database}")
file(WRITE "${BUILD_DIR}/tidy/compile_commands.json" "${database}")
execute_process(COMMAND ${CLANG_TIDY} -p ${BUILD_DIR}/tidy --quiet --extra-arg=-Wno-unknown-warning-option ${files}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE failed OUTPUT_VARIABLE findings ERROR_VARIABLE noise)
if(failed)
  message(FATAL_ERROR "clang-tidy (.clang-tidy) finds problems in what changed since ${base}:\n${findings}")
endif()
message(STATUS "${count} changed files pass clang-tidy")
