# bashu_module(NAME SOURCES... [DEPENDS libs...] [PRIVATE_DEPENDS libs...])
#
# One static library per src/ folder. Each module publishes its headers through an include root
# of its own (build/modules/NAME, holding a link NAME -> src/NAME), so "render/map_renderer.h" is
# reachable only from modules that link bashu_render: a forbidden include fails to build.
function(bashu_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPENDS;PRIVATE_DEPENDS" ${ARGN})
  set(root ${CMAKE_BINARY_DIR}/modules/${name})
  file(MAKE_DIRECTORY ${root})
  if(NOT EXISTS ${root}/${name})
    file(CREATE_LINK ${CMAKE_CURRENT_SOURCE_DIR} ${root}/${name} SYMBOLIC)
  endif()
  add_library(bashu_${name} STATIC ${ARG_SOURCES})
  target_include_directories(bashu_${name} PUBLIC ${root})
  target_link_libraries(bashu_${name} PUBLIC ${ARG_DEPENDS} PRIVATE ${ARG_PRIVATE_DEPENDS}
                                                                 bashu_warnings)
endfunction()
