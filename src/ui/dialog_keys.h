#pragma once
// The keys every dialog answers, as desktop dialogs do: Enter confirms and Esc cancels, wherever
// the focus is (a text field's own Enter is its EnterReturnsTrue); Esc also closes an open menu.
// And a click that closes a dialog never reaches the map: presses just after one closed (the
// second click of a double click on a file) are not the map's.

namespace bashu {

/// Inside a dialog: Enter (or the keypad's) was pressed with no text field taking it.
bool dialogConfirmKey();

/// Inside a dialog: Esc was pressed.
bool dialogCancelKey();

/// At the frame's start: Esc closes the menus and popups that are not dialogs.
void closeMenusOnEscape();

/// At the frame's end: whether a popup or dialog closed in this frame. `popupWasOpen` is the
/// caller's memory of the last frame, updated here.
bool popupClosedThisFrame(bool& popupWasOpen);

}  // namespace bashu
