#include "io/vector_writer.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>
#include <random>
#include <set>

#include "core/atomic_write.h"
#include "core/file_extension.h"
#include "core/utf8.h"
#include "io/gdal_errors.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

const char* driverFor(const std::string& path) {
    const std::string ext = lowerExtension(path);
    if (ext == ".gpkg") return "GPKG";
    if (ext == ".geojson" || ext == ".json") return "GeoJSON";
    if (ext == ".shp") return "ESRI Shapefile";
    return nullptr;
}

std::unique_ptr<OGRLinearRing> ringOf(const GeometryColumn& g, size_t ring) {
    auto out = std::make_unique<OGRLinearRing>();
    const std::span<const double> xy = g.ring(ring);
    for (size_t v = 0; v + 1 < xy.size(); v += 2) out->addPoint(xy[v], xy[v + 1]);
    out->closeRings();
    return out;
}

// The feature's geometry as OGR builds it: a single part as itself, several as a multi-geometry.
std::unique_ptr<OGRGeometry> geometryOf(const GeometryColumn& g, size_t feature) {
    const uint32_t firstPart = g.featureOffsets[feature], endPart = g.featureOffsets[feature + 1];
    if (firstPart == endPart) return nullptr;
    std::vector<std::unique_ptr<OGRGeometry>> parts;
    for (uint32_t p = firstPart; p < endPart; ++p) {
        const uint32_t firstRing = g.partOffsets[p], endRing = g.partOffsets[p + 1];
        if (firstRing == endRing) continue;
        if (g.kind == GeometryKind::Polygon) {
            auto polygon = std::make_unique<OGRPolygon>();
            for (uint32_t r = firstRing; r < endRing; ++r) polygon->addRingDirectly(ringOf(g, r).release());
            parts.push_back(std::move(polygon));
        } else if (g.kind == GeometryKind::Line) {
            auto line = std::make_unique<OGRLineString>();
            const std::span<const double> xy = g.ring(firstRing);
            for (size_t v = 0; v + 1 < xy.size(); v += 2) line->addPoint(xy[v], xy[v + 1]);
            parts.push_back(std::move(line));
        } else {
            const std::span<const double> xy = g.ring(firstRing);
            if (xy.size() >= 2) parts.push_back(std::make_unique<OGRPoint>(xy[0], xy[1]));
        }
    }
    if (parts.empty()) return nullptr;
    if (parts.size() == 1) return std::move(parts.front());
    std::unique_ptr<OGRGeometryCollection> multi;
    if (g.kind == GeometryKind::Polygon)
        multi = std::make_unique<OGRMultiPolygon>();
    else if (g.kind == GeometryKind::Line)
        multi = std::make_unique<OGRMultiLineString>();
    else
        multi = std::make_unique<OGRMultiPoint>();
    for (auto& part : parts) multi->addGeometryDirectly(part.release());
    return multi;
}

// A DBF field name holds 10 bytes; GDAL cuts longer ones between the bytes of a character
// (地区生产总值 to "地区生\xe4"). Cut here at a character's end, numbered where two names meet.
std::string shapefileFieldName(const std::string& name, std::set<std::string>& taken) {
    auto cutTo = [&](size_t bytes) {
        std::string cut;
        for (size_t pos = 0; pos < name.size();) {
            const size_t length = std::max<size_t>(1, utf8SequenceLength(name, pos));
            if (cut.size() + length > bytes) break;
            cut.append(name, pos, length);
            pos += length;
        }
        return cut;
    };
    std::string out = cutTo(10);
    for (int n = 1; taken.count(out); ++n) {
        const std::string suffix = "_" + std::to_string(n);
        out = cutTo(10 - suffix.size()) + suffix;
    }
    taken.insert(out);
    return out;
}

// Polygons and multipolygons (lines, points) share a layer: its type is left open.
OGRwkbGeometryType layerType(const Layer& layer) { return layer.isTable ? wkbNone : wkbUnknown; }

Status writeWith(const Layer& layer, const std::string& path, const char* driverName,
                 const std::string& shownName, std::vector<std::string>* warnings) {
    ScopedGdalErrorCapture errors;
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver) return Error{shownName + ": this GDAL cannot write " + driverName};
    GDALDatasetUniquePtr dataset(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset) return Error{shownName + ": cannot be written (" + errors.lastError() + ")"};
    OGRSpatialReference crs;
    crs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const bool hasCrs = !layer.crs.empty() && crs.SetFromUserInput(layer.crs.c_str()) == OGRERR_NONE;
    const bool shapefile = std::string(driverName) == "ESRI Shapefile";
    const char* const shapefileOptions[] = {"ENCODING=UTF-8", nullptr};
    const std::string name = fs::path(shownName).stem().string();
    OGRLayer* out = dataset->CreateLayer(name.c_str(), hasCrs ? &crs : nullptr, layerType(layer),
                                         shapefile ? const_cast<char**>(shapefileOptions) : nullptr);
    if (!out) return Error{shownName + ": cannot hold the layer (" + errors.lastError() + ")"};
    std::set<std::string> taken;
    for (const Column& column : layer.attributes.columns) {
        const std::string wanted = shapefile ? shapefileFieldName(column.name, taken) : column.name;
        OGRFieldDefn field(wanted.c_str(), column.type == FieldType::Real      ? OFTReal
                                           : column.type == FieldType::Integer ? OFTInteger64
                                                                               : OFTString);
        if (out->CreateField(&field) != OGRERR_NONE)
            return Error{shownName + ": cannot hold the field '" + column.name + "' (" + errors.lastError() +
                         ")"};
        const OGRFeatureDefn* defn = out->GetLayerDefn();
        const std::string written = defn->GetFieldDefn(defn->GetFieldCount() - 1)->GetNameRef();
        if (warnings && written != column.name)
            warnings->push_back(shownName + ": the field '" + column.name + "' is named '" + written +
                                "' (the format's limit; a GeoPackage keeps names whole)");
    }
    if (dataset->TestCapability(ODsCTransactions)) dataset->StartTransaction();
    const size_t features = layer.featureCount();
    for (size_t f = 0; f < features; ++f) {
        OGRFeature feature(out->GetLayerDefn());
        for (size_t c = 0; c < layer.attributes.columns.size(); ++c) {
            const Column& column = layer.attributes.columns[c];
            if (column.isNull(f)) {
                feature.SetFieldNull(int(c));
            } else if (column.type == FieldType::Real) {
                feature.SetField(int(c), column.numbers[f]);
            } else if (column.type == FieldType::Integer) {
                feature.SetField(int(c), static_cast<GIntBig>(column.numbers[f]));
            } else {
                feature.SetField(int(c), column.strings[f].c_str());
            }
        }
        if (!layer.isTable)
            if (std::unique_ptr<OGRGeometry> geometry = geometryOf(layer.geometry, f)) {
                if (hasCrs) geometry->assignSpatialReference(&crs);
                feature.SetGeometryDirectly(geometry.release());
            }
        if (out->CreateFeature(&feature) != OGRERR_NONE)
            return Error{shownName + ": feature " + std::to_string(f) + " not written (" +
                         errors.lastError() + ")"};
    }
    if (dataset->TestCapability(ODsCTransactions) && dataset->CommitTransaction() != OGRERR_NONE)
        return Error{shownName + ": not written (" + errors.lastError() + ")"};
    dataset.reset();  // closes and flushes
    if (!errors.lastError().empty()) return Error{shownName + ": " + errors.lastError()};
    return Ok{};
}

}  // namespace

bool isWritableVectorFile(const std::string& path) { return driverFor(path) != nullptr; }

Status writeVectorFile(const Layer& layer, const std::string& path, std::vector<std::string>* warnings) {
    const char* driver = driverFor(path);
    const std::string shown = fs::path(path).filename().string();
    if (!driver) return Error{shown + ": cannot write this format (use .gpkg, .geojson or .shp)"};
    ensureGdalRegistered();
    if (std::string(driver) != "ESRI Shapefile")
        return writeFileAtomically(
            path, [&](const std::string& temp) { return writeWith(layer, temp, driver, shown, warnings); });
    // A Shapefile is several files: written whole in a folder beside the target, then each moved
    // into place.
    const fs::path target(path);
    std::random_device seed;
    const fs::path folder = target.parent_path() / (".bashu-shp-" + std::to_string(seed() % 1000000u));
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec) return Error{shown + ": cannot be written (" + ec.message() + ")"};
    Status written = writeWith(layer, (folder / target.filename()).string(), driver, shown, warnings);
    if (written)
        for (const auto& entry : fs::directory_iterator(folder, ec)) {
            fs::rename(entry.path(), target.parent_path() / entry.path().filename(), ec);
            if (ec) {
                written = Error{shown + ": cannot be moved into place (" + ec.message() + ")"};
                break;
            }
        }
    fs::remove_all(folder, ec);
    return written;
}

}  // namespace bashu
