#include "platform/headless_context.h"

// epoxy's EGL header, not Khronos' (they clash); it loads EGL and GL entry points at run time.
#include <epoxy/egl.h>
#include <epoxy/gl.h>

namespace bashu {

struct HeadlessContext::State {
    EGLDisplay display = EGL_NO_DISPLAY;
    EGLContext context = EGL_NO_CONTEXT;
    ~State() {
        if (display != EGL_NO_DISPLAY) {
            eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
            if (context != EGL_NO_CONTEXT) eglDestroyContext(display, context);
            eglTerminate(display);
        }
    }
};

HeadlessContext::HeadlessContext(std::unique_ptr<State> state) : state_(std::move(state)) {}
HeadlessContext::HeadlessContext(HeadlessContext&&) noexcept = default;
HeadlessContext& HeadlessContext::operator=(HeadlessContext&&) noexcept = default;
HeadlessContext::~HeadlessContext() = default;

Result<HeadlessContext> HeadlessContext::create() {
    auto state = std::make_unique<State>();
    if (!epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_MESA_platform_surfaceless"))
        return Error{"headless rendering needs EGL with the surfaceless platform (Mesa's libegl-mesa0)"};
    state->display = eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    EGLint major = 0, minor = 0;
    if (state->display == EGL_NO_DISPLAY || !eglInitialize(state->display, &major, &minor))
        return Error{"cannot initialise the headless EGL display"};
    if (!eglBindAPI(EGL_OPENGL_API)) return Error{"EGL has no desktop OpenGL"};
    const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION,
                                 3,
                                 EGL_CONTEXT_MINOR_VERSION,
                                 3,
                                 EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                 EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                 EGL_NONE};
    // Surfaceless rendering needs no config (EGL_KHR_no_config_context); we draw into FBOs only.
    state->context = eglCreateContext(state->display, EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, attributes);
    if (state->context == EGL_NO_CONTEXT)
        return Error{"cannot create an OpenGL 3.3 core context (headless EGL)"};
    if (!eglMakeCurrent(state->display, EGL_NO_SURFACE, EGL_NO_SURFACE, state->context))
        return Error{"cannot make the headless OpenGL context current"};
    if (epoxy_gl_version() < 33) return Error{"OpenGL 3.3 or newer is needed; the headless context has less"};
    return HeadlessContext(std::move(state));
}

void HeadlessContext::release() {
    eglMakeCurrent(state_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
}

Status HeadlessContext::makeCurrent() {
    if (!eglMakeCurrent(state_->display, EGL_NO_SURFACE, EGL_NO_SURFACE, state_->context))
        return Error{"cannot make the headless OpenGL context current"};
    return Ok{};
}

std::string HeadlessContext::description() const {
    auto text = [](GLenum name) {
        const GLubyte* s = glGetString(name);
        return s ? std::string(reinterpret_cast<const char*>(s)) : std::string("?");
    };
    return text(GL_VENDOR) + " / " + text(GL_RENDERER) + " / " + text(GL_VERSION);
}

}  // namespace bashu
