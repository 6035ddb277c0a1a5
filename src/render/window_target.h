#pragma once
// Drawing into the window's own framebuffer (as opposed to an OffscreenTarget).

namespace bashu {

/// Binds the default framebuffer with a viewport of `width` x `height` pixels whose lower left
/// corner is (x, y) in GL's coordinates.
void bindWindowFramebuffer(int x, int y, int width, int height);

}  // namespace bashu
