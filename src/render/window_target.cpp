#include "render/window_target.h"

#include <epoxy/gl.h>

namespace bashu {

void bindWindowFramebuffer(int x, int y, int width, int height) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(x, y, width, height);
}

}  // namespace bashu
