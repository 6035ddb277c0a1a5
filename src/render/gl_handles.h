#pragma once
// Owning wrappers for OpenGL objects: each deletes its object when it goes away, so a failed
// step never leaks GPU memory. Need a current context for their whole life.
#include <epoxy/gl.h>

#include <utility>

namespace bashu {

/// One GL object name with a deleter; movable, not copyable.
template <void (*Delete)(GLuint)>
class GlHandle {
public:
    GlHandle() = default;
    explicit GlHandle(GLuint name) : name_(name) {}
    GlHandle(GlHandle&& other) noexcept : name_(std::exchange(other.name_, 0)) {}
    GlHandle& operator=(GlHandle&& other) noexcept {
        if (this != &other) {
            reset();
            name_ = std::exchange(other.name_, 0);
        }
        return *this;
    }
    GlHandle(const GlHandle&) = delete;
    GlHandle& operator=(const GlHandle&) = delete;
    ~GlHandle() { reset(); }

    GLuint get() const { return name_; }
    explicit operator bool() const { return name_ != 0; }
    void reset() {
        if (name_) Delete(name_);
        name_ = 0;
    }

private:
    GLuint name_ = 0;
};

void deleteBuffer(GLuint name);
void deleteVertexArray(GLuint name);
void deleteTexture(GLuint name);
void deleteProgram(GLuint name);
void deleteFramebuffer(GLuint name);
void deleteRenderbuffer(GLuint name);

using GlBuffer = GlHandle<deleteBuffer>;
using GlVertexArray = GlHandle<deleteVertexArray>;
using GlTexture = GlHandle<deleteTexture>;
using GlProgram = GlHandle<deleteProgram>;
using GlFramebuffer = GlHandle<deleteFramebuffer>;
using GlRenderbuffer = GlHandle<deleteRenderbuffer>;

GlBuffer makeBuffer();
GlVertexArray makeVertexArray();
GlTexture makeTexture();
GlFramebuffer makeFramebuffer();
GlRenderbuffer makeRenderbuffer();

}  // namespace bashu
