// Must NOT compile with render's include roots: render may not see io (GDAL) headers.
#include "render/map_renderer.h"
#include "io/vector_reader.h"

int main() { return 0; }
