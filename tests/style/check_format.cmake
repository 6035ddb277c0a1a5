# cmake -DSOURCE_DIR=<repo> -DCLANG_FORMAT=<clang-format> -P check_format.cmake
#
# Every C++ file of the project is as the repository's .clang-format writes it. Fails naming the
# files that are not (fix with `clang-format -i FILE`). About five seconds for the whole tree.
cmake_minimum_required(VERSION 3.25)
if(NOT CLANG_FORMAT)
  message(FATAL_ERROR "clang-format not found: install the clang-format package (third_party/install-deps.sh)")
endif()
set(files "")
foreach(folder src tests bench fuzz)
  file(GLOB_RECURSE found "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.c")
  list(APPEND files ${found})
endforeach()
list(FILTER files EXCLUDE REGEX "/tests/corpus/inputs/|/fuzz/corpus/")
list(LENGTH files count)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${files}
                WORKING_DIRECTORY ${SOURCE_DIR} RESULT_VARIABLE failed ERROR_VARIABLE complaints)
if(failed)
  string(REGEX MATCHALL "[^\n]*: error: [^\n]*" lines "${complaints}")
  set(names "")
  foreach(line IN LISTS lines)
    string(REGEX REPLACE ":[0-9]+:[0-9]+: error:.*" "" name "${line}")
    list(APPEND names "${name}")
  endforeach()
  list(REMOVE_DUPLICATES names)
  list(JOIN names "\n  " shown)
  message(FATAL_ERROR "not formatted by .clang-format (run clang-format -i on them):\n  ${shown}")
endif()
message(STATUS "${count} files formatted")
