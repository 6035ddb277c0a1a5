#include "io/geojson_reader.h"

#include <fcntl.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <exception>
#include <thread>

#include "core/run_on_threads.h"
#include "core/text_encoding.h"
#include "io/gdal_errors.h"
#include "io/geojson_collection.h"
#include "io/geojson_scan.h"
#include "io/geojson_stretch.h"
#include "io/kind_layers.h"
#include "io/layer_builder.h"
#include "io/layer_crs.h"

namespace bashu {

namespace {

using namespace geojson;

// The members before and after the features array are a few bytes; past this much the file is
// not a plain FeatureCollection.
constexpr uint64_t kMostAroundFeatures = uint64_t(1) << 20;
// A thread for every 4 MB of the array, up to the cores: a stretch that small takes a few ms.
constexpr size_t kBytesPerThread = size_t(4) << 20;

class OpenFile {
public:
    explicit OpenFile(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
    ~OpenFile() {
        if (fd_ >= 0) ::close(fd_);
    }
    OpenFile(const OpenFile&) = delete;
    OpenFile& operator=(const OpenFile&) = delete;
    int fd() const { return fd_; }

private:
    int fd_;
};

std::optional<std::string> readBytes(int fd, uint64_t offset, uint64_t size) {
    std::string bytes(size_t(size), '\0');
    for (size_t done = 0; done < bytes.size();) {
        const ssize_t got = ::pread(fd, bytes.data() + done, bytes.size() - done, off_t(offset + done));
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0) return std::nullopt;
        done += size_t(got);
    }
    return bytes;
}

// Whether GDAL would open the file with its GeoJSON driver: drivers it tries first claim files by
// what their first bytes hold (KML's by a "<kml" anywhere in a property, found by fuzzing), and
// GDAL_SKIP may leave GeoJSON out. Its drivers' own tests on a few KB, which cost a few ms.
bool gdalOpensAsGeoJson(const std::string& path) {
    ensureGdalRegistered();
    const ScopedGdalErrorCapture quiet;
    const GDALDriverH driver = GDALIdentifyDriverEx(path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr);
    return driver && std::string_view(GDALGetDescription(driver)) == "GeoJSON";
}

// GDAL's name for a layer read from a file without one: its name without the last extension
// (CPLGetBasename).
std::string baseName(const std::string& path) {
    const size_t slash = path.find_last_of('/');
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    return name.substr(0, name.find_last_of('.'));
}

// GDAL's EQUAL: ASCII letters in either case.
bool equalIgnoringCase(const std::string& a, const std::string& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; };
        return lower(x) == lower(y);
    });
}

// chooseFields' rule in vector_reader.cpp: only the fields asked for when the layer has every one
// of them (as GDAL finds a field, in any case), else all.
std::vector<Column> chooseColumns(std::vector<Column> columns, const ReadOptions& options) {
    if (!options.fields) return columns;
    for (const std::string& name : *options.fields)
        if (std::none_of(columns.begin(), columns.end(),
                         [&name](const Column& c) { return equalIgnoringCase(name, c.name); }))
            return columns;
    std::erase_if(columns, [&options](const Column& c) {
        return std::find(options.fields->begin(), options.fields->end(), c.name) == options.fields->end();
    });
    return columns;
}

// GDAL keeps feature ids as the file gives them; whether it would keep repeated ones apart is
// its own affair, so those files are left to it.
bool idsDiffer(const std::vector<StretchResult>& results) {
    // Mostly they increase through the file: then no copy of them is needed.
    bool increasing = true;
    const int64_t* previous = nullptr;
    for (const StretchResult& result : results) {
        if (result.ids.empty()) continue;
        increasing = increasing && (!previous || *previous < result.ids.front()) &&
                     std::adjacent_find(result.ids.begin(), result.ids.end(), std::greater_equal<>()) ==
                         result.ids.end();
        previous = &result.ids.back();
    }
    if (increasing) return true;
    std::vector<int64_t> ids;
    for (const StretchResult& result : results) ids.insert(ids.end(), result.ids.begin(), result.ids.end());
    std::sort(ids.begin(), ids.end());
    return std::adjacent_find(ids.begin(), ids.end()) == ids.end();
}

struct Stretches {
    std::vector<StretchPlan> plans;
    std::vector<StretchResult> results;
    bool cancelled = false;
};

// Reads the features array from `arrayBegin` on all cores, the first stretch's geometry straight
// into `builder`, calling `options.progress` from this thread.
void readStretches(int fd, uint64_t fileSize, uint64_t arrayBegin, const ReadOptions& options,
                   LayerBuilder& builder, Stretches& stretches) {
    const size_t threads = threadsFor(size_t(fileSize - arrayBegin), kBytesPerThread);
    stretches.plans = std::vector<StretchPlan>(threads);
    stretches.results = std::vector<StretchResult>(threads);
    for (size_t t = 0; t < threads; ++t) {
        StretchPlan& plan = stretches.plans[t];
        plan.fd = fd;
        plan.fileSize = fileSize;
        plan.arrayBegin = arrayBegin;
        plan.first = t == 0;
        plan.begin = arrayBegin + (fileSize - arrayBegin) * t / threads;
    }
    for (size_t t = 0; t + 1 < threads; ++t) {
        stretches.plans[t].nextBegin = stretches.plans[t + 1].begin;
        stretches.plans[t].nextStart = stretches.plans[t + 1].start.get_future().share();
    }

    // GDAL's GeoJSON driver knows how many features it has before they are read, and progress
    // bars show it: counted first, only for them (0.1 s for 10^6 hexagons, a tenth of the read).
    size_t total = 0;
    if (options.progress) {
        FileWindow window(fd, fileSize);
        total = countObjects(window, arrayBegin);
    }
    ReadControl control;
    std::atomic<size_t> helpersDone{0};
    std::vector<std::exception_ptr> failures(threads);
    const std::function<bool()> checkIn = [&] {
        if (!options.progress || options.progress(control.featuresRead.load(), total)) return true;
        stretches.cancelled = true;
        control.stop = true;
        return false;
    };
    const std::function<bool()> none;
    runOnThreads(threads, [&](size_t t) {
        try {
            readStretch(stretches.plans[t], stretches.results[t], control, t == 0 ? &builder : nullptr,
                        t == 0 ? checkIn : none);
        } catch (...) {
            failures[t] = std::current_exception();
            stretches.results[t].outcome = StretchResult::Outcome::Stopped;
            control.stop = true;
        }
        giveUpStart(stretches.plans[t]);
        if (t != 0) {
            ++helpersDone;
            return;
        }
        // The first stretch is done: keep the progress going while the others finish.
        while (helpersDone.load() + 1 < threads) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            if (!stretches.cancelled) checkIn();
        }
    });
    for (const std::exception_ptr& failure : failures)
        if (failure) std::rethrow_exception(failure);  // out of memory: readVectorFile says so
}

// Whether the stretches read one features array whole: each up to where the next one started,
// the last to its end, every feature named the same way.
std::optional<uint64_t> arrayEndOf(const std::vector<StretchResult>& results, std::optional<IdRule>& idRule) {
    std::optional<uint64_t> end;
    for (const StretchResult& result : results) {
        if (result.outcome == StretchResult::Outcome::Empty) continue;
        if (result.outcome != StretchResult::Outcome::Read || end) return std::nullopt;
        end = result.arrayEnd;
        if (result.idRule && idRule && *result.idRule != *idRule) return std::nullopt;
        if (result.idRule) idRule = result.idRule;
    }
    return end;
}

// Where a file that GDAL reads as one GeoJSON FeatureCollection has its features: the size of
// the open file, where the array's first element begins and the text before it; none for any
// other file (GDAL reads those).
struct CollectionHead {
    uint64_t fileSize = 0;
    uint64_t arrayBegin = 0;
    std::string before;
};

std::optional<CollectionHead> collectionHead(const OpenFile& file, const std::string& path) {
    struct stat status;
    if (file.fd() < 0 || ::fstat(file.fd(), &status) != 0 || !S_ISREG(status.st_mode) || status.st_size <= 0)
        return std::nullopt;
    CollectionHead head;
    head.fileSize = uint64_t(status.st_size);
    const std::optional<std::string> firstBytes =
        readBytes(file.fd(), 0, std::min<uint64_t>(head.fileSize, kIdentifyBytes));
    if (!firstBytes || !gdalSeesFeatureCollection(*firstBytes) || !gdalOpensAsGeoJson(path))
        return std::nullopt;
    std::optional<uint64_t> arrayBegin;
    {
        FileWindow window(file.fd(), head.fileSize);
        arrayBegin = findFeaturesArray(window, kMostAroundFeatures);
    }
    if (!arrayBegin) return std::nullopt;
    std::optional<std::string> before = readBytes(file.fd(), 0, *arrayBegin);
    if (!before) return std::nullopt;
    head.arrayBegin = *arrayBegin;
    head.before = std::move(*before);
    return head;
}

}  // namespace

std::optional<std::string> geoJsonLayerName(const std::string& path) {
    const OpenFile file(path);
    const std::optional<CollectionHead> head = collectionHead(file, path);
    if (!head) return std::nullopt;
    const uint64_t fileSize = head->fileSize;
    const std::string& before = head->before;
    // Mostly the name comes before the features (as GDAL writes it); else past them.
    if (const std::optional<CollectionMembers> members = parseCollectionMembers(before, "]}");
        members && members->name)
        return members->name;
    BracketScanner scanner;
    constexpr uint64_t kPiece = uint64_t(4) << 20;
    uint64_t offset = head->arrayBegin - 1;  // the '['
    std::optional<uint64_t> arrayEnd;
    while (offset < fileSize && !arrayEnd) {
        const std::optional<std::string> piece =
            readBytes(file.fd(), offset, std::min(kPiece, fileSize - offset));
        if (!piece) return std::nullopt;
        if (const size_t taken = scanner.scan(piece->data(), piece->size()); taken != BracketScanner::npos)
            arrayEnd = offset + taken - 1;  // at the closing bracket, as parseCollectionMembers takes it
        offset += piece->size();
    }
    if (!arrayEnd || fileSize - *arrayEnd > kMostAroundFeatures) return std::nullopt;
    const std::optional<std::string> after = readBytes(file.fd(), *arrayEnd, fileSize - *arrayEnd);
    if (!after) return std::nullopt;
    const std::optional<CollectionMembers> members = parseCollectionMembers(before, *after);
    if (!members) return std::nullopt;
    return members->name.value_or(baseName(path));
}

std::optional<Result<VectorFile>> readGeoJsonFast(const std::string& path, const ReadOptions& options) {
    if (!options.attributeFilter.empty()) return std::nullopt;
    const OpenFile file(path);
    const std::optional<CollectionHead> head = collectionHead(file, path);
    // The members before the array decide early whether the file is for GDAL.
    if (!head || !parseCollectionMembers(head->before, "]}")) return std::nullopt;
    const uint64_t fileSize = head->fileSize;
    const std::string& before = head->before;
    const uint64_t arrayBegin = head->arrayBegin;

    Layer layer;
    layer.sourcePath = path;
    // Every kind is gathered: GDAL declares the layer's type from all features, known only at the
    // end, and a layer declaring one type holds no feature of another kind, so gathering them all
    // and splitting them by kind where they mix comes to the same.
    LayerBuilder builder(layer.report, std::nullopt, true, options.validate);
    Stretches stretches;
    readStretches(file.fd(), fileSize, arrayBegin, options, builder, stretches);
    if (stretches.cancelled) return Result<VectorFile>(Error{path + ": loading cancelled"});
    std::vector<StretchResult>& results = stretches.results;

    std::optional<IdRule> idRule;
    const std::optional<uint64_t> arrayEnd = arrayEndOf(results, idRule);
    if (!arrayEnd || fileSize - *arrayEnd > kMostAroundFeatures) return std::nullopt;
    const std::optional<std::string> after = readBytes(file.fd(), *arrayEnd, fileSize - *arrayEnd);
    if (!after) return std::nullopt;
    const std::optional<CollectionMembers> members = parseCollectionMembers(before, *after);
    if (!members || !members->typed) return std::nullopt;
    if (idRule != IdRule::Sequence && !idsDiffer(results)) return std::nullopt;

    std::vector<FieldTable> tables;
    std::vector<size_t> rows;
    size_t features = 0;
    LayerTypeTracker layerType;
    for (StretchResult& result : results) {
        tables.push_back(std::move(result.fields));
        rows.push_back(result.features);
        for (const OGRwkbGeometryType type : result.typeRuns) layerType.add(type);
        if (&result != &results.front()) {
            const size_t firstRow = features;
            result.held.handTo(builder, [&](size_t i) {
                return idRule == IdRule::Sequence ? int64_t(firstRow + i) : result.ids[i];
            });
        }
        features += result.features;
    }
    std::optional<std::vector<Column>> columns = mergeFields(tables, rows);
    if (!columns) return std::nullopt;
    // What the stretches kept (ids, emptied tables) goes before finish() checks the polygons,
    // which needs memory of its own.
    stretches = Stretches{};
    tables = {};

    layer.name = members->name.value_or(baseName(path));
    // GDAL's GetLayerByName matches names in any case; one kind's features ("roads (lines)") too.
    std::optional<LayerRequest> request;
    if (!options.layerName.empty() && !equalIgnoringCase(options.layerName, layer.name)) {
        request = kindLayerRequest(options.layerName);
        if (!request || !equalIgnoringCase(request->layer, layer.name))
            return Result<VectorFile>(Error{path + ": no layer named '" + options.layerName + "'"});
    }
    layer.report.featuresRead = features;
    std::vector<KindShare> shares = builder.finish();
    for (Column& column : chooseColumns(std::move(*columns), options)) {
        column.numbers.shrink_to_fit();
        column.strings.shrink_to_fit();
        column.valid.shrink_to_fit();
        layer.attributes.columns.push_back(std::move(column));
    }
    makeTextUtf8(layer, "");
    // GDAL's GeoJSON driver reports WGS 84 as its well-known definition (no datum ensemble in the
    // WKT), or EPSG:4979 (3D) where the layer's declared type is 3D, unless the file names CRS84.
    OGRSpatialReference srs;
    if (!members->crs84 && OGR_GT_HasZ(layerType.type()))
        srs.importFromEPSG(4979);
    else
        srs.SetWellKnownGeogCS("WGS84");
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);

    VectorFile read;
    read.path = path;
    read.driver = "GeoJSON";
    read.layers = splitByKind(std::move(layer), std::move(shares));
    if (request) {
        Result<Layer> ofKind = layerOfKind(std::move(read.layers), *request->kind, path, options.layerName);
        if (!ofKind) return Result<VectorFile>(ofKind.error());
        read.layers = {};
        read.layers.push_back(std::move(*ofKind));
    }
    for (Layer& each : read.layers) assignCrs(each, &srs);
    return Result<VectorFile>(std::move(read));
}

}  // namespace bashu
