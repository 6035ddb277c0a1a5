// Reading a layer through GDAL's Arrow stream (RFC 86): whole batches of features as columns,
// geometry as WKB decoded straight into flat arrays. For drivers that make the stream natively
// (GeoPackage, FlatGeobuf) this skips building an OGRFeature and OGRGeometry per feature.
#include <ogr_recordbatch.h>

#include <array>
#include <cstring>
#include <memory>
#include <string_view>

#include "io/layer_read.h"
#include "io/ogr_geometry.h"
#include "io/wkb_decoder.h"
#include "io/wkb_feature.h"

namespace bashu {

namespace {

// Features per batch: GDAL's default of 65536 makes batches of tens of MB, which the C library
// maps and unmaps afresh each time (page faults took half of a 10^6-polygon read); at 16384 the
// read of such a GeoPackage took 0.42 s instead of 1.1 s here.
constexpr const char* kBatchSize = "MAX_FEATURES_IN_BATCH=16384";

struct SchemaDeleter {
    void operator()(ArrowSchema* s) const {
        if (s->release) s->release(s);
        delete s;
    }
};
struct StreamDeleter {
    void operator()(ArrowArrayStream* s) const {
        if (s->release) s->release(s);
        delete s;
    }
};
struct BatchDeleter {
    void operator()(ArrowArray* a) const {
        if (a->release) a->release(a);
        delete a;
    }
};

bool bitSet(const void* bits, int64_t i) {
    return (static_cast<const uint8_t*>(bits)[i >> 3] >> (i & 7)) & 1;
}

// One column of a batch, read by the layout its Arrow format gives.
enum class Layout {
    Bool,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    Float,
    Double,
    Utf8,
    LargeUtf8
};

std::optional<Layout> layoutOf(std::string_view format) {
    static constexpr std::pair<std::string_view, Layout> kFormats[] = {
        {"b", Layout::Bool},     {"c", Layout::Int8},  {"s", Layout::Int16},  {"i", Layout::Int32},
        {"l", Layout::Int64},    {"C", Layout::UInt8}, {"S", Layout::UInt16}, {"I", Layout::UInt32},
        {"L", Layout::UInt64},   {"f", Layout::Float}, {"g", Layout::Double}, {"u", Layout::Utf8},
        {"U", Layout::LargeUtf8}};
    for (const auto& [name, layout] : kFormats)
        if (format == name) return layout;
    return std::nullopt;
}

bool isText(Layout l) { return l == Layout::Utf8 || l == Layout::LargeUtf8; }

template <class T>
double numberAt(const ArrowArray& a, int64_t i) {
    return double(static_cast<const T*>(a.buffers[1])[a.offset + i]);
}

double numberOf(const ArrowArray& a, Layout layout, int64_t i) {
    switch (layout) {
        case Layout::Bool:
            return bitSet(a.buffers[1], a.offset + i) ? 1.0 : 0.0;
        case Layout::Int8:
            return numberAt<int8_t>(a, i);
        case Layout::Int16:
            return numberAt<int16_t>(a, i);
        case Layout::Int32:
            return numberAt<int32_t>(a, i);
        case Layout::Int64:
            return numberAt<int64_t>(a, i);
        case Layout::UInt8:
            return numberAt<uint8_t>(a, i);
        case Layout::UInt16:
            return numberAt<uint16_t>(a, i);
        case Layout::UInt32:
            return numberAt<uint32_t>(a, i);
        case Layout::UInt64:
            return numberAt<uint64_t>(a, i);
        case Layout::Float:
            return numberAt<float>(a, i);
        default:
            return numberAt<double>(a, i);
    }
}

std::string_view textOf(const ArrowArray& a, Layout layout, int64_t i) {
    const char* data = static_cast<const char*>(a.buffers[2]);
    const int64_t j = a.offset + i;
    int64_t begin, end;
    if (layout == Layout::LargeUtf8) {
        begin = static_cast<const int64_t*>(a.buffers[1])[j];
        end = static_cast<const int64_t*>(a.buffers[1])[j + 1];
    } else {
        begin = static_cast<const int32_t*>(a.buffers[1])[j];
        end = static_cast<const int32_t*>(a.buffers[1])[j + 1];
    }
    return {data + begin, size_t(end - begin)};
}

std::span<const uint8_t> bytesOf(const ArrowArray& a, bool large, int64_t i) {
    const int64_t j = a.offset + i;
    int64_t begin, end;
    if (large) {
        begin = static_cast<const int64_t*>(a.buffers[1])[j];
        end = static_cast<const int64_t*>(a.buffers[1])[j + 1];
    } else {
        begin = static_cast<const int32_t*>(a.buffers[1])[j];
        end = static_cast<const int32_t*>(a.buffers[1])[j + 1];
    }
    return {static_cast<const uint8_t*>(a.buffers[2]) + begin, size_t(end - begin)};
}

bool isNull(const ArrowArray& a, int64_t i) {
    return a.null_count != 0 && a.buffers[0] && !bitSet(a.buffers[0], a.offset + i);
}

// Where each thing read sits among a batch's children.
struct BatchColumns {
    std::vector<int64_t> fields;  // per field read
    std::vector<Layout> layouts;
    int64_t geometry = -1;
    bool largeGeometry = false;
    int64_t fid = -1;
};

// The field types whose text or number GDAL's feature API gives exactly as the Arrow column
// holds it (dates, times, lists and binary are formatted by GDAL: those layers read by features).
bool plainField(const OGRFieldDefn& field) {
    switch (field.GetType()) {
        case OFTInteger:
        case OFTInteger64:
        case OFTReal:
        case OFTString:
            return true;
        default:
            return false;
    }
}

std::optional<BatchColumns> matchSchema(const ArrowSchema& schema, LayerRead& read) {
    OGRFeatureDefn* definition = read.source.GetLayerDefn();
    auto child = [&schema](std::string_view name) -> int64_t {
        for (int64_t i = 0; i < schema.n_children; ++i)
            if (schema.children[i]->name && name == schema.children[i]->name) return i;
        return -1;
    };
    BatchColumns columns;
    for (size_t c = 0; c < read.fieldsRead.size(); ++c) {
        const OGRFieldDefn* field = definition->GetFieldDefn(read.fieldsRead[c]);
        const int64_t i = child(field->GetNameRef());
        if (i < 0 || !plainField(*field)) return std::nullopt;
        const std::optional<Layout> layout = layoutOf(schema.children[i]->format);
        if (!layout || isText(*layout) != !read.attributes.columns[c].isNumeric()) return std::nullopt;
        columns.fields.push_back(i);
        columns.layouts.push_back(*layout);
    }
    if (definition->GetGeomFieldCount() > 0) {
        const char* name = definition->GetGeomFieldDefn(0)->GetNameRef();
        columns.geometry = child(name && *name ? name : "wkb_geometry");
        if (columns.geometry < 0) return std::nullopt;
        const std::string_view format = schema.children[columns.geometry]->format;
        if (format != "z" && format != "Z") return std::nullopt;
        columns.largeGeometry = format == "Z";
    }
    const char* fidName = read.source.GetFIDColumn();
    columns.fid = child(fidName && *fidName ? fidName : "OGC_FID");
    if (columns.fid >= 0 && std::string_view(schema.children[columns.fid]->format) != "l") columns.fid = -1;
    return columns;
}

void readBatch(const ArrowArray& batch, const BatchColumns& columns, LayerRead& read) {
    const int64_t rows = batch.length;
    for (size_t c = 0; c < columns.fields.size(); ++c) {
        const ArrowArray& field = *batch.children[columns.fields[c]];
        Column& column = read.attributes.columns[c];
        const Layout layout = columns.layouts[c];
        column.valid.reserve(column.valid.size() + size_t(rows));
        for (int64_t i = 0; i < rows; ++i) {
            if (isNull(field, i))
                column.appendNull();
            else if (isText(layout))
                column.appendString(std::string(textOf(field, layout, i)));
            else
                column.appendNumber(numberOf(field, layout, i));
        }
    }
    const ArrowArray* fids = columns.fid >= 0 ? batch.children[columns.fid] : nullptr;
    const ArrowArray* geometry = columns.geometry >= 0 ? batch.children[columns.geometry] : nullptr;
    for (int64_t i = 0; i < rows; ++i) {
        const int64_t fid = fids ? static_cast<const int64_t*>(fids->buffers[1])[fids->offset + i]
                                 : int64_t(read.featuresRead) + i;
        if (!geometry || isNull(*geometry, i)) {
            read.builder.addNull();
            continue;
        }
        addWkbFeature(bytesOf(*geometry, columns.largeGeometry, i), fid, read.builder);
    }
}

}  // namespace

Result<bool> readByArrowStream(LayerRead& read) {
    if (!read.options.arrowStream || !read.source.TestCapability(OLCFastGetArrowStream)) return false;
    const std::unique_ptr<ArrowArrayStream, StreamDeleter> stream(new ArrowArrayStream{});
    const char* const options[] = {"INCLUDE_FID=YES", kBatchSize, nullptr};
    read.source.ResetReading();
    if (!read.source.GetArrowStream(stream.get(), const_cast<char**>(options))) return false;
    const std::unique_ptr<ArrowSchema, SchemaDeleter> schema(new ArrowSchema{});
    if (stream->get_schema(stream.get(), schema.get()) != 0) return false;
    const std::optional<BatchColumns> columns = matchSchema(*schema, read);
    if (!columns) return false;

    bool reserved = false;
    while (true) {
        if (!read.progress()) return Error{read.path + ": loading cancelled"};
        const std::unique_ptr<ArrowArray, BatchDeleter> batch(new ArrowArray{});
        if (stream->get_next(stream.get(), batch.get()) != 0) {
            const char* why = stream->get_last_error(stream.get());
            read.failure = why && *why ? why : "reading failed";
            break;
        }
        if (!batch->release) break;  // the end of the stream
        readBatch(*batch, *columns, read);
        read.featuresRead += size_t(batch->length);
        if (!reserved) {
            read.builder.reserveForTotal(read.total);
            reserved = true;
        }
    }
    return true;
}

}  // namespace bashu
