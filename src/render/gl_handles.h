#pragma once
// Owning wrappers for OpenGL objects: each deletes its object when it goes away, so a failed
// step never leaks GPU memory. Need a current context for their whole life. Names are plain
// unsigned ints (unsigned's type), so this header, and every public header of render, includes no GL
// header: only render's own sources see GL (through epoxy), and modules above it cannot.
#include <utility>

namespace bashu {

/// One GL object name with a deleter; movable, not copyable.
template <void (*Delete)(unsigned)>
class GlHandle {
public:
    GlHandle() = default;
    explicit GlHandle(unsigned name) : name_(name) {}
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

    unsigned get() const { return name_; }
    explicit operator bool() const { return name_ != 0; }
    void reset() {
        if (name_) Delete(name_);
        name_ = 0;
    }

private:
    unsigned name_ = 0;
};

void deleteBuffer(unsigned name);
void deleteVertexArray(unsigned name);
void deleteTexture(unsigned name);
void deleteProgram(unsigned name);
void deleteFramebuffer(unsigned name);
void deleteRenderbuffer(unsigned name);

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
