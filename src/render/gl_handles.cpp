#include "render/gl_handles.h"

#include <epoxy/gl.h>

namespace bashu {

void deleteBuffer(GLuint name) { glDeleteBuffers(1, &name); }
void deleteVertexArray(GLuint name) { glDeleteVertexArrays(1, &name); }
void deleteTexture(GLuint name) { glDeleteTextures(1, &name); }
void deleteProgram(GLuint name) { glDeleteProgram(name); }
void deleteFramebuffer(GLuint name) { glDeleteFramebuffers(1, &name); }
void deleteRenderbuffer(GLuint name) { glDeleteRenderbuffers(1, &name); }

GlBuffer makeBuffer() {
    GLuint name = 0;
    glGenBuffers(1, &name);
    return GlBuffer(name);
}
GlVertexArray makeVertexArray() {
    GLuint name = 0;
    glGenVertexArrays(1, &name);
    return GlVertexArray(name);
}
GlTexture makeTexture() {
    GLuint name = 0;
    glGenTextures(1, &name);
    return GlTexture(name);
}
GlFramebuffer makeFramebuffer() {
    GLuint name = 0;
    glGenFramebuffers(1, &name);
    return GlFramebuffer(name);
}
GlRenderbuffer makeRenderbuffer() {
    GLuint name = 0;
    glGenRenderbuffers(1, &name);
    return GlRenderbuffer(name);
}

}  // namespace bashu
