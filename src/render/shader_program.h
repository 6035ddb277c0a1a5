#pragma once
// Compiling and linking GLSL programs, with the driver's log in the error.
#include <string>

#include "core/result.h"
#include "render/gl_handles.h"

namespace bashu {

/// Compiles and links a vertex + fragment shader pair; `name` appears in error messages.
Result<GlProgram> buildProgram(const std::string& name, const char* vertexSource, const char* fragmentSource);

}  // namespace bashu
