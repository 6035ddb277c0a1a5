#pragma once
// GLSL sources from shaders/, embedded at build time (cmake/embed_shaders.cmake).

namespace bashu::shaders {
extern const char* const dot_vert;
extern const char* const feature_number_dot_frag;
extern const char* const feature_number_dot_vert;
extern const char* const line_frag;
extern const char* const line_vert;
extern const char* const point_frag;
extern const char* const point_vert;
extern const char* const polygon_fill_frag;
extern const char* const polygon_fill_vert;
extern const char* const raster_frag;
extern const char* const raster_vert;
}  // namespace bashu::shaders
