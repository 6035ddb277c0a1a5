#include "render/shader_program.h"

#include <epoxy/gl.h>

#include <vector>

namespace bashu {

namespace {
std::string shaderLog(GLuint shader) {
    GLint length = 0;
    glGetShaderiv(shader, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(size_t(std::max(length, 1)));
    glGetShaderInfoLog(shader, GLsizei(log.size()), nullptr, log.data());
    return log.data();
}

Result<GLuint> compile(const std::string& name, GLenum type, const char* source) {
    GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = GL_FALSE;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        std::string log = shaderLog(shader);
        glDeleteShader(shader);
        return Error{"shader " + name + (type == GL_VERTEX_SHADER ? ".vert" : ".frag") +
                     " does not compile: " + log};
    }
    return shader;
}
}  // namespace

Result<GlProgram> buildProgram(const std::string& name, const char* vertexSource,
                               const char* fragmentSource) {
    Result<GLuint> vertex = compile(name, GL_VERTEX_SHADER, vertexSource);
    if (!vertex) return vertex.error();
    Result<GLuint> fragment = compile(name, GL_FRAGMENT_SHADER, fragmentSource);
    if (!fragment) {
        glDeleteShader(*vertex);
        return fragment.error();
    }
    GlProgram program(glCreateProgram());
    glAttachShader(program.get(), *vertex);
    glAttachShader(program.get(), *fragment);
    glLinkProgram(program.get());
    glDeleteShader(*vertex);
    glDeleteShader(*fragment);
    GLint ok = GL_FALSE;
    glGetProgramiv(program.get(), GL_LINK_STATUS, &ok);
    if (!ok) {
        GLint length = 0;
        glGetProgramiv(program.get(), GL_INFO_LOG_LENGTH, &length);
        std::vector<char> log(size_t(std::max(length, 1)));
        glGetProgramInfoLog(program.get(), GLsizei(log.size()), nullptr, log.data());
        return Error{"shader program " + name + " does not link: " + std::string(log.data())};
    }
    return program;
}

}  // namespace bashu
