# How the system libraries (Debian packages) are found and wrapped as imported targets.
# No sources are copied into the project; see third_party/README.md for what each is for.
find_package(PkgConfig REQUIRED)

find_package(GDAL 3.6 REQUIRED)                 # libgdal-dev: OGR readers, PNG/GeoTIFF writers
find_package(ZLIB REQUIRED)                      # zlib1g-dev: PNG encoding (core/png_encoder)
find_package(simdjson 3 REQUIRED)               # libsimdjson-dev: GeoJSON read without GDAL (io/geojson_*)
pkg_check_modules(PROJ REQUIRED IMPORTED_TARGET proj>=9)          # libproj-dev
pkg_check_modules(EPOXY REQUIRED IMPORTED_TARGET epoxy)           # libepoxy-dev: GL + EGL loading
pkg_check_modules(GLU REQUIRED IMPORTED_TARGET glu)               # libglu1-mesa-dev: tessellator
pkg_check_modules(GLFW REQUIRED IMPORTED_TARGET glfw3)            # libglfw3-dev
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)    # libfreetype-dev
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig) # libfontconfig-dev
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo-pdf cairo-ft) # libcairo2-dev: PDF export
find_package(nlohmann_json 3.10 REQUIRED)       # nlohmann-json3-dev: map documents
find_package(CLI11 REQUIRED)                    # libcli11-dev: command line

# libimgui-dev ships a static library (with the GLFW/OpenGL3 backends) and a pkg-config file.
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)

# libpq-dev: PostGIS layers (src/postgis, the only libpq user)
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)

if(BASHU_BUILD_TESTS)
  find_package(GTest REQUIRED)                  # libgtest-dev
endif()
if(BASHU_BUILD_BENCH)
  find_package(benchmark REQUIRED)              # libbenchmark-dev
endif()
