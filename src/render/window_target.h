#pragma once
// Drawing into the window's own framebuffer (as opposed to an OffscreenTarget).

namespace bashu {

/// Binds the default framebuffer with a viewport of its full size in pixels.
void bindWindowFramebuffer(int width, int height);

}  // namespace bashu
