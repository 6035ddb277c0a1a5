#include "platform/glfw_window.h"

#include <epoxy/gl.h>
// GLFW after epoxy, and without its own GL header (epoxy provides the functions).
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cmath>
#include <cstdlib>

namespace bashu {

namespace {
std::string lastGlfwError() {
    const char* description = nullptr;
    glfwGetError(&description);
    return description ? description : "unknown error";
}

Key keyOf(int glfwKey) {
    switch (glfwKey) {
        case GLFW_KEY_ESCAPE:
            return Key::Escape;
        case GLFW_KEY_HOME:
            return Key::Home;
        case GLFW_KEY_LEFT:
            return Key::Left;
        case GLFW_KEY_RIGHT:
            return Key::Right;
        case GLFW_KEY_UP:
            return Key::Up;
        case GLFW_KEY_DOWN:
            return Key::Down;
        case GLFW_KEY_EQUAL:
        case GLFW_KEY_KP_ADD:
            return Key::Plus;
        case GLFW_KEY_MINUS:
        case GLFW_KEY_KP_SUBTRACT:
            return Key::Minus;
        case GLFW_KEY_S:
            return Key::S;
        case GLFW_KEY_E:
            return Key::E;
        case GLFW_KEY_O:
            return Key::O;
        case GLFW_KEY_F:
            return Key::F;
        case GLFW_KEY_Q:
            return Key::Q;
        case GLFW_KEY_Y:
            return Key::Y;
        case GLFW_KEY_Z:
            return Key::Z;
        case GLFW_KEY_F1:
            return Key::F1;
        case GLFW_KEY_M:
            return Key::M;
        case GLFW_KEY_ENTER:
        case GLFW_KEY_KP_ENTER:
            return Key::Enter;
        case GLFW_KEY_BACKSPACE:
            return Key::Backspace;
        case GLFW_KEY_T:
            return Key::T;
        default:
            return Key::Other;
    }
}
}  // namespace

struct GlfwWindow::State {
    GLFWwindow* window = nullptr;
    bool pressPending = false, pressShift = false;
    double pressX = 0, pressY = 0;
    double pointerX = 0, pointerY = 0;  // from the last motion event
    std::vector<KeyPress> keys;
    std::vector<std::string> dropped;
    ~State() {
        if (window) glfwDestroyWindow(window);
        glfwTerminate();
    }
};

GlfwWindow::GlfwWindow(std::unique_ptr<State> state) : state_(std::move(state)) {}
GlfwWindow::GlfwWindow(GlfwWindow&&) noexcept = default;
GlfwWindow& GlfwWindow::operator=(GlfwWindow&&) noexcept = default;
GlfwWindow::~GlfwWindow() = default;

Result<GlfwWindow> GlfwWindow::create(const std::string& title, int width, int height) {
    if (!glfwInit()) return Error{"cannot open a window: " + lastGlfwError()};
    auto state = std::make_unique<State>();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // Single-sampled: the map is drawn multisampled offscreen and copied in (MapFrameCache), and
    // a copy into a multisampled framebuffer is not allowed. ImGui antialiases its own shapes.
    glfwWindowHint(GLFW_SAMPLES, 0);
    state->window = glfwCreateWindow(width, height, title.c_str(), nullptr, nullptr);
    if (!state->window) return Error{"cannot open an OpenGL 3.3 window: " + lastGlfwError()};
    glfwSetWindowUserPointer(state->window, state.get());
    // Installed before ImGui's backend, which chains to them. The press position comes from the
    // last motion event: glfwGetCursorPos asks the server for where the pointer is now, which
    // after a fast drag is already the end.
    glfwSetCursorPosCallback(state->window, [](GLFWwindow* w, double x, double y) {
        auto* self = static_cast<State*>(glfwGetWindowUserPointer(w));
        self->pointerX = x;
        self->pointerY = y;
    });
    glfwSetMouseButtonCallback(state->window, [](GLFWwindow* w, int button, int action, int mods) {
        if (button != GLFW_MOUSE_BUTTON_LEFT || action != GLFW_PRESS) return;
        auto* self = static_cast<State*>(glfwGetWindowUserPointer(w));
        self->pressX = self->pointerX;
        self->pressY = self->pointerY;
        self->pressShift = (mods & GLFW_MOD_SHIFT) != 0;
        self->pressPending = true;
    });
    glfwSetKeyCallback(state->window, [](GLFWwindow* w, int key, int, int action, int mods) {
        if (action == GLFW_RELEASE) return;
        auto* self = static_cast<State*>(glfwGetWindowUserPointer(w));
        self->keys.push_back({keyOf(key), (mods & GLFW_MOD_CONTROL) != 0, (mods & GLFW_MOD_SHIFT) != 0});
    });
    glfwSetDropCallback(state->window, [](GLFWwindow* w, int count, const char** paths) {
        auto* self = static_cast<State*>(glfwGetWindowUserPointer(w));
        for (int i = 0; i < count; ++i) self->dropped.emplace_back(paths[i]);
    });
    glfwMakeContextCurrent(state->window);
    glfwSwapInterval(1);  // the display's frame rate, no tearing
    return GlfwWindow(std::move(state));
}

GLFWwindow* GlfwWindow::handle() const { return state_->window; }
bool GlfwWindow::shouldClose() const { return glfwWindowShouldClose(state_->window); }
void GlfwWindow::waitEvents(std::optional<double> seconds) const {
    if (!seconds)
        glfwWaitEvents();
    else if (*seconds <= 0)
        glfwPollEvents();
    else
        glfwWaitEventsTimeout(*seconds);
}
void GlfwWindow::swapBuffers() const { glfwSwapBuffers(state_->window); }
void GlfwWindow::finishDrawing() const { glFinish(); }
void GlfwWindow::windowPosition(int& x, int& y) const { glfwGetWindowPos(state_->window, &x, &y); }
void GlfwWindow::framebufferSize(int& width, int& height) const {
    glfwGetFramebufferSize(state_->window, &width, &height);
}
void GlfwWindow::windowSize(int& width, int& height) const {
    glfwGetWindowSize(state_->window, &width, &height);
}
float GlfwWindow::contentScale() const {
    float x = 1.0f, y = 1.0f;
    glfwGetWindowContentScale(state_->window, &x, &y);
    return std::isfinite(x) && x > 0.0f ? x : 1.0f;
}

bool GlfwWindow::takeLeftPress(double& x, double& y, bool& shift) const {
    if (!state_->pressPending) return false;
    shift = state_->pressShift;
    state_->pressPending = false;
    x = state_->pressX;
    y = state_->pressY;
    return true;
}

std::vector<KeyPress> GlfwWindow::takeKeyPresses() const {
    std::vector<KeyPress> keys;
    keys.swap(state_->keys);
    return keys;
}

std::vector<std::string> GlfwWindow::takeDroppedPaths() const {
    std::vector<std::string> paths;
    paths.swap(state_->dropped);
    return paths;
}

void GlfwWindow::setTitle(const std::string& title) const {
    glfwSetWindowTitle(state_->window, title.c_str());
}
void GlfwWindow::cancelClose() const { glfwSetWindowShouldClose(state_->window, GLFW_FALSE); }
void GlfwWindow::requestClose() const { glfwSetWindowShouldClose(state_->window, GLFW_TRUE); }

bool displayAvailable() {
    const char* x = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    return (x && *x) || (wayland && *wayland);
}

}  // namespace bashu
