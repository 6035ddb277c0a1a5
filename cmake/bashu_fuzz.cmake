# BASHU_FUZZ: libFuzzer targets (fuzz/). libFuzzer ships with clang only, so the option refuses
# any other compiler. Every module is then built with coverage instrumentation and ASan + UBSan,
# so the fuzzer is guided by, and catches faults in, the libraries under test, not only the
# entry points; the gcc builds are untouched because all of this sits behind the option.
option(BASHU_FUZZ "Build the libFuzzer targets in fuzz/ (clang only; see the fuzz preset)" OFF)
if(BASHU_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "BASHU_FUZZ needs clang (libFuzzer); use the fuzz preset: cmake --preset fuzz")
  endif()
  # fuzzer-no-link: coverage hooks without libFuzzer's main(), which only the fuzz targets link.
  # UB is fatal so that libFuzzer keeps the input that caused it.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()
