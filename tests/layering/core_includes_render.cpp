// Must NOT compile with core's include root: core may not see render's headers.
#include "core/layer.h"
#include "render/map_renderer.h"

int main() { return 0; }
