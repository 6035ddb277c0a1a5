#include "io/layer_kinds.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string_view>

#include "io/ogr_geometry.h"

namespace bashu {

namespace {

std::vector<GeometryKind> inDrawingOrder(const std::array<bool, 3>& present) {
    std::vector<GeometryKind> kinds;
    for (GeometryKind kind : {GeometryKind::Polygon, GeometryKind::Line, GeometryKind::Point})
        if (present[size_t(kind)]) kinds.push_back(kind);
    return kinds;
}

// Feature by feature, as the readers take a geometry's kind from its dimension (a collection's
// highest): for types whose kind their name does not tell.
std::vector<GeometryKind> kindsByDimension(OGRLayer& layer) {
    std::array<bool, 3> present{false, false, false};
    layer.ResetReading();
    while (OGRFeatureUniquePtr feature{layer.GetNextFeature()}) {
        const OGRGeometry* geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) continue;
        if (const std::optional<GeometryKind> kind = kindOfDimension(geometry->getDimension()))
            present[size_t(*kind)] = true;
    }
    layer.ResetReading();
    return inDrawingOrder(present);
}

}  // namespace

std::vector<GeometryKind> kindsInLayer(OGRLayer& layer) {
    // GDAL's own pass, which drivers such as GeoPackage make without building every feature.
    int count = 0;
    OGRGeometryTypeCounter* types =
        layer.GetGeometryTypes(0, OGR_GGT_COUNT_NOT_NEEDED, count, nullptr, nullptr);
    const std::unique_ptr<OGRGeometryTypeCounter, decltype(&VSIFree)> owned(types, &VSIFree);
    std::array<bool, 3> present{false, false, false};
    for (int i = 0; types && i < count; ++i) {
        if (types[i].eGeomType == wkbNone) continue;  // features without geometry
        const std::optional<GeometryKind> kind = kindOfType(types[i].eGeomType);
        if (!kind) return kindsByDimension(layer);  // a collection: its members tell
        present[size_t(*kind)] = true;
    }
    layer.ResetReading();
    return inDrawingOrder(present);
}

bool geoJsonMayMixKinds(const std::string& path) {
    // Endings of GeoJSON's type names in quotes ("MultiPolygon" ends as "Polygon" does).
    constexpr std::array<std::string_view, 3> kKindEndings{R"(Point")", R"(LineString")", R"(Polygon")"};
    constexpr std::string_view kCollection = R"(GeometryCollection")";
    const std::unique_ptr<FILE, decltype(&std::fclose)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) return true;  // whoever reads it says what is wrong
    constexpr size_t kPiece = size_t(4) << 20, kOverlap = kCollection.size() - 1;
    std::string buffer(kPiece + kOverlap, '\0');
    std::array<bool, 3> named{false, false, false};
    size_t kept = 0;  // bytes of the last piece's end kept before the next, for names cut between
    while (true) {
        const size_t got = std::fread(buffer.data() + kept, 1, kPiece, file.get());
        if (got == 0) break;
        const std::string_view text(buffer.data(), kept + got);
        if (text.find(kCollection) != std::string_view::npos) return true;
        for (size_t k = 0; k < kKindEndings.size(); ++k)
            named[k] = named[k] || text.find(kKindEndings[k]) != std::string_view::npos;
        if (int(named[0]) + int(named[1]) + int(named[2]) > 1) return true;
        kept = std::min(kOverlap, text.size());
        std::memmove(buffer.data(), text.data() + text.size() - kept, kept);
    }
    return std::ferror(file.get()) != 0;
}

}  // namespace bashu
