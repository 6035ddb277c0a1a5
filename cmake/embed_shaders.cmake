# Run as a script (cmake -P) at build time: writes OUT_CPP holding every shader in SHADER_DIR as a
# string constant, so the binary never reads shaders at run time.
file(GLOB shaders "${SHADER_DIR}/*.vert" "${SHADER_DIR}/*.frag")
list(SORT shaders)
set(body "// Generated from shaders/ at build time. Do not edit.\n#include \"render/shader_sources.h\"\n\nnamespace bashu::shaders {\n")
foreach(shader ${shaders})
  get_filename_component(name ${shader} NAME)
  string(REPLACE "." "_" symbol ${name})
  file(READ ${shader} source)
  string(APPEND body "const char* const ${symbol} = R\"glsl(${source})glsl\";\n")
endforeach()
string(APPEND body "}  // namespace bashu::shaders\n")
file(WRITE ${OUT_CPP}.new "${body}")
file(COPY_FILE ${OUT_CPP}.new ${OUT_CPP} ONLY_IF_DIFFERENT)
