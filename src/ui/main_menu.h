#pragma once
// The window's menu bar: File (open, recent maps, save, save as, export, quit), Edit (undo,
// redo), Data (join a table), View and Help.
#include "ui/document_opening.h"

namespace bashu {

/// Draws the menu bar; items set the state's requests that the dialogs act on. Returns true when
/// Quit was chosen.
bool drawMainMenu(MapViewState& state, MapRenderer& renderer, UiSettings& settings, const MapOpener& open);

}  // namespace bashu
