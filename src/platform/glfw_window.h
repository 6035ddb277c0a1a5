#pragma once
// A desktop window with an OpenGL 3.3 core context (GLFW).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/result.h"

struct GLFWwindow;

namespace bashu {

/// Keys the map window acts on; others are Other.
enum class Key {
    Other,
    Escape,
    Home,
    Left,
    Right,
    Up,
    Down,
    Plus,
    Minus,
    S,
    E,
    O,
    F,
    Q,
    Y,
    Z,
    F1,
    M,
    Enter,
    Backspace,
    T
};

/// A key press (or auto-repeat) with the modifiers held at that moment.
struct KeyPress {
    Key key = Key::Other;
    bool ctrl = false, shift = false;
};

class GlfwWindow {
public:
    /// Opens a window and makes its context current. Fails with a message when there is no
    /// display or no OpenGL 3.3 core.
    static Result<GlfwWindow> create(const std::string& title, int width, int height);

    GlfwWindow(GlfwWindow&&) noexcept;
    GlfwWindow& operator=(GlfwWindow&&) noexcept;
    ~GlfwWindow();

    GLFWwindow* handle() const;
    bool shouldClose() const;
    /// Waits for input for at most `seconds` (0 polls; none waits until input comes), so an idle
    /// window uses no CPU.
    void waitEvents(std::optional<double> seconds) const;
    void swapBuffers() const;
    /// Returns once the frame swapped last is drawn (GL's finish): what a screenshot then takes
    /// is that frame.
    void finishDrawing() const;
    /// Where the window's top left corner is on the screen.
    void windowPosition(int& x, int& y) const;
    void framebufferSize(int& width, int& height) const;
    void windowSize(int& width, int& height) const;
    /// The monitor's content scale (its DPI over 96; Xft.dpi on X11): 2 on a 4K screen set up
    /// for it. Sizes in window coordinates already carry the part the framebuffer scales.
    float contentScale() const;
    /// Where the left button was last pressed (window coordinates), once per press. Taken from
    /// the event itself, so a drag that starts and moves within one frame keeps its start.
    /// `shift` tells whether Shift was held at the press (a box zoom).
    bool takeLeftPress(double& x, double& y, bool& shift) const;
    /// The key presses since the last call, in order. Queued from the events, so a press and
    /// release within one frame (a fast typist, a script) is not lost.
    std::vector<KeyPress> takeKeyPresses() const;
    /// Paths of files dropped on the window since the last call.
    std::vector<std::string> takeDroppedPaths() const;
    void setTitle(const std::string& title) const;
    /// Cancels a close request (the user chose to keep the window open).
    void cancelClose() const;
    /// Asks the main loop to end, as the window's close button does.
    void requestClose() const;

private:
    struct State;
    explicit GlfwWindow(std::unique_ptr<State> state);
    std::unique_ptr<State> state_;
};

/// True when a window can be opened here (an X11 or Wayland display is set).
bool displayAvailable();

}  // namespace bashu
