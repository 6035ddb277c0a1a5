#pragma once
// Keeping the floating panels reachable: after the window shrinks (or a layout saved on a larger
// screen is restored) a panel could sit under the status bar or off the screen.

namespace bashu {

/// Height of the status bar at the bottom of the window, in ImGui units.
float statusBarHeight();

/// Call between ImGui::Begin and End of a panel: moves it back inside the area between the menu
/// bar and the status bar when it lies partly outside (as far as its size allows).
void keepPanelOnScreen();

}  // namespace bashu
