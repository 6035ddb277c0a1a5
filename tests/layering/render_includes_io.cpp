// Must NOT compile with render's include roots: render may not see io (GDAL) headers.
#include "io/vector_reader.h"
#include "render/map_renderer.h"

int main() { return 0; }
