// GDAL's read floor for a whole process: open a vector file, read every feature, the field a map
// would colour by and every vertex, and exit. What a map of that file cannot beat without reading
// less. Two ways, as GDAL offers them:
//   feature  GDAL's feature API, one OGRFeature at a time (what QGIS and Mapnik read through), every
//            layer of the file (the field where a layer has it)
//   arrow    GDAL's Arrow stream (RFC 86), geometry as WKB walked in place; the first layer
// usage: bench_read_floor FILE FIELD feature|arrow      (prints features and vertices read)
#include <gdal_priv.h>
#include <ogr_recordbatch.h>
#include <ogrsf_frmts.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

namespace {

long long vertices = 0;
double checksum = 0.0;  // every coordinate and value, so nothing read can be skipped

void walk(const OGRGeometry* g) {
    if (!g) return;
    switch (wkbFlatten(g->getGeometryType())) {
        case wkbPoint:
            ++vertices;
            checksum += g->toPoint()->getX() + g->toPoint()->getY();
            return;
        case wkbLineString: {
            const OGRLineString* line = g->toLineString();
            for (int i = 0; i < line->getNumPoints(); ++i) checksum += line->getX(i) + line->getY(i);
            vertices += line->getNumPoints();
            return;
        }
        case wkbPolygon:
            for (const OGRLinearRing* ring : *g->toPolygon()) walk(ring);
            return;
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection:
            for (const OGRGeometry* member : *g->toGeometryCollection()) walk(member);
            return;
        default:
            return;
    }
}

uint32_t read32(const unsigned char* p, bool little) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return little ? v : __builtin_bswap32(v);
}

double readDouble(const unsigned char* p, bool little) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    if (!little) v = __builtin_bswap64(v);
    double d;
    std::memcpy(&d, &v, 8);
    return d;
}

// A WKB geometry walked in place (ISO codes, 2D to ZM); returns where it ends.
const unsigned char* walkWkb(const unsigned char* p, const unsigned char* end) {
    if (end - p < 5) return end;
    const bool little = p[0] == 1;
    uint32_t type = read32(p + 1, little) & 0x0fffffffu;
    p += 5;
    int dims = 2;
    if (type >= 3000)
        dims = 4, type -= 3000;
    else if (type >= 1000)
        dims = 3, type %= 1000;
    auto points = [&](const unsigned char* q) {
        const uint32_t n = read32(q, little);
        q += 4;
        for (uint32_t i = 0; i < n; ++i, q += 8 * dims)
            checksum += readDouble(q, little) + readDouble(q + 8, little);
        vertices += n;
        return q;
    };
    switch (type) {
        case 1:
            ++vertices;
            checksum += readDouble(p, little) + readDouble(p + 8, little);
            return p + 8 * dims;
        case 2:
            return points(p);
        case 3: {
            const uint32_t rings = read32(p, little);
            p += 4;
            for (uint32_t r = 0; r < rings; ++r) p = points(p);
            return p;
        }
        case 4:
        case 5:
        case 6:
        case 7: {
            const uint32_t n = read32(p, little);
            p += 4;
            for (uint32_t i = 0; i < n; ++i) p = walkWkb(p, end);
            return p;
        }
        default:
            return end;
    }
}

int byFeatures(GDALDataset& dataset, const char* fieldName) {
    long long features = 0;
    for (OGRLayer* layer : dataset.GetLayers()) {
        const int field = layer->GetLayerDefn()->GetFieldIndex(fieldName);
        for (auto& feature : *layer) {
            ++features;
            if (field >= 0 && feature->IsFieldSetAndNotNull(field))
                checksum += feature->GetFieldAsDouble(field);
            walk(feature->GetGeometryRef());
        }
    }
    std::printf("%lld features, %lld vertices (checksum %.6g)\n", features, vertices, checksum);
    return 0;
}

int byArrow(OGRLayer& layer, const char* fieldName) {
    ArrowArrayStream stream;
    const char* const options[] = {"INCLUDE_FID=NO", nullptr};
    if (!layer.GetArrowStream(&stream, const_cast<char**>(options)))
        return std::fprintf(stderr, "no Arrow stream\n"), 1;
    ArrowSchema schema;
    if (stream.get_schema(&stream, &schema) != 0) return std::fprintf(stderr, "no Arrow schema\n"), 1;
    const char* geometryName = layer.GetGeometryColumn();
    if (!geometryName || !*geometryName) geometryName = "wkb_geometry";
    int64_t valueChild = -1, geometryChild = -1;
    for (int64_t i = 0; i < schema.n_children; ++i) {
        if (std::strcmp(schema.children[i]->name, fieldName) == 0) valueChild = i;
        if (std::strcmp(schema.children[i]->name, geometryName) == 0) geometryChild = i;
    }
    const bool valueIsDouble = valueChild >= 0 && std::strcmp(schema.children[valueChild]->format, "g") == 0;
    const bool largeWkb = geometryChild >= 0 && std::strcmp(schema.children[geometryChild]->format, "Z") == 0;
    schema.release(&schema);
    if (geometryChild < 0 || !valueIsDouble) return std::fprintf(stderr, "no geometry or real field\n"), 1;
    long long features = 0;
    for (;;) {
        ArrowArray batch;
        if (stream.get_next(&stream, &batch) != 0) return std::fprintf(stderr, "reading failed\n"), 1;
        if (!batch.release) break;
        features += batch.length;
        const ArrowArray* values = batch.children[valueChild];
        for (int64_t i = 0; i < values->length; ++i)
            checksum += static_cast<const double*>(values->buffers[1])[values->offset + i];
        const ArrowArray* g = batch.children[geometryChild];
        const auto* data = static_cast<const unsigned char*>(g->buffers[2]);
        for (int64_t i = 0; i < g->length; ++i) {
            const int64_t j = g->offset + i;
            const int64_t begin = largeWkb ? static_cast<const int64_t*>(g->buffers[1])[j]
                                           : static_cast<const int32_t*>(g->buffers[1])[j];
            const int64_t end = largeWkb ? static_cast<const int64_t*>(g->buffers[1])[j + 1]
                                         : static_cast<const int32_t*>(g->buffers[1])[j + 1];
            if (end > begin) walkWkb(data + begin, data + end);
        }
        batch.release(&batch);
    }
    stream.release(&stream);
    std::printf("%lld features, %lld vertices (checksum %.6g)\n", features, vertices, checksum);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4 || (std::strcmp(argv[3], "feature") != 0 && std::strcmp(argv[3], "arrow") != 0)) {
        std::fprintf(stderr, "usage: %s FILE FIELD feature|arrow\n", argv[0]);
        return 2;
    }
    GDALAllRegister();
    GDALDatasetUniquePtr dataset(GDALDataset::Open(argv[1], GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!dataset || dataset->GetLayerCount() == 0)
        return std::fprintf(stderr, "cannot open %s\n", argv[1]), 1;
    OGRLayer& layer = *dataset->GetLayer(0);
    const int field = layer.GetLayerDefn()->GetFieldIndex(argv[2]);
    if (field < 0) return std::fprintf(stderr, "%s: no field %s\n", argv[1], argv[2]), 1;
    return std::strcmp(argv[3], "arrow") == 0 ? byArrow(layer, argv[2]) : byFeatures(*dataset, argv[2]);
}
