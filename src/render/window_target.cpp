#include "render/window_target.h"

#include <epoxy/gl.h>

namespace bashu {

void bindWindowFramebuffer(int width, int height) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glViewport(0, 0, width, height);
}

}  // namespace bashu
