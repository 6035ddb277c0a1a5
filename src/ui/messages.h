#pragma once
// The Messages window: what was loaded, saved, exported, repaired or refused, newest first. An
// error opens it, so no error stays hidden in a collapsed window.
#include <chrono>
#include <string>
#include <utility>
#include <vector>

namespace bashu {

/// A line in the Messages window.
struct Message {
    std::string text;
    bool error = false;
    std::chrono::steady_clock::time_point when = std::chrono::steady_clock::now();
};

/// The messages said so far, and whether an error waits to be shown.
struct MessageLog {
    std::vector<Message> entries;  // newest first
    bool reveal = false;           // an error came in: open the Messages window on it

    /// An error is written to stderr too ("error: ..."), for whoever started the window from a
    /// terminal or keeps its log.
    void say(std::string text, bool error = false);
};

struct MapArea;  // ui/workspace_layout.h

/// The Messages window at the bottom left of the map's area (collapsed at first; opened when an
/// error comes in).
void drawMessages(MessageLog& log, const MapArea& area);

/// An error shown where it happened (a dialog, a panel): red, wrapped to the width there, so a
/// long one is read whole, never cut off at the edge.
void drawErrorText(const std::string& text);

}  // namespace bashu
