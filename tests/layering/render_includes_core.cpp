// Compiles with render's include roots: the control for render_includes_io.cpp.
#include "render/map_renderer.h"

int main() { return 0; }
