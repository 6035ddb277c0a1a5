#include "proj/transform.h"

#include <proj.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/run_on_threads.h"
#include "proj/albers_forward.h"

namespace bashu {

struct Transform::State {
    std::string log;  // PROJ's last error message for this context
    PJ_CONTEXT* context = nullptr;
    PJ* pj = nullptr;
    std::optional<AlbersForward> albers;  // the same conversion, done without PROJ's pipeline
    ~State() {
        if (pj) proj_destroy(pj);
        if (context) proj_context_destroy(context);
    }
};

namespace {
// PROJ says why it failed only in its log (the error code of a context is often just "Unknown
// error"), so each context keeps its last error line.
void keepLastError(void* log, int level, const char* message) {
    if (level != PJ_LOG_ERROR || !message) return;
    std::string text = message;
    if (text.rfind("proj_create: ", 0) == 0) text.erase(0, 13);
    *static_cast<std::string*>(log) = std::move(text);
}

std::string lastProjError(PJ_CONTEXT* context, const std::string& log) {
    if (!log.empty()) return log;
    const int code = proj_context_errno(context);
    const char* text = code ? proj_context_errno_string(context, code) : nullptr;
    return text ? text : "not understood";
}

// A context that never reaches the network (PROJ's CDN grids) behind the user's back, and logs
// its errors into `log` instead of stderr.
PJ_CONTEXT* offlineContext(std::string& log) {
    PJ_CONTEXT* context = proj_context_create();
    proj_context_set_enable_network(context, 0);
    proj_log_func(context, &log, keepLastError);
    proj_log_level(context, PJ_LOG_ERROR);
    return context;
}
}  // namespace

namespace {
// The fitted conic done without PROJ's per-point pipeline (albers_forward.h), where the
// transformation is exactly that conversion and both give the same points: longitudes and
// latitudes over the whole globe, poles and the far side of the cone included, to a micrometre.
std::optional<AlbersForward> fastAlbers(PJ* pj) {
    const PJ_PROJ_INFO info = proj_pj_info(pj);
    if (!info.definition) return std::nullopt;
    std::optional<AlbersForward> fast = AlbersForward::fromPipeline(info.definition);
    if (!fast) return std::nullopt;
    std::vector<double> ours, theirs;
    for (double lat = -90.0; lat <= 90.0; lat += 2.5)
        for (double lon = -180.0; lon <= 180.0; lon += 5.0) ours.insert(ours.end(), {lon + lat / 97.0, lat});
    for (double lat : {-90.0, -89.9999, 89.9999, 90.0, 90.0 + 1e-14})
        for (double lon : {-180.0, 0.0, 179.9999, 180.0, 540.0}) ours.insert(ours.end(), {lon, lat});
    theirs = ours;
    const size_t n = ours.size() / 2;
    fast->apply(ours.data(), n);
    proj_trans_generic(pj, PJ_FWD, theirs.data(), 2 * sizeof(double), n, theirs.data() + 1,
                       2 * sizeof(double), n, nullptr, 0, 0, nullptr, 0, 0);
    for (size_t i = 0; i < 2 * n; ++i) {
        const bool ourFailure = !std::isfinite(ours[i]), theirFailure = !std::isfinite(theirs[i]);
        if (ourFailure != theirFailure) return std::nullopt;
        if (!ourFailure && std::abs(ours[i] - theirs[i]) > 1e-6) return std::nullopt;
    }
    return fast;
}
}  // namespace

Transform::Transform(std::unique_ptr<State> state, bool identity)
    : state_(std::move(state)), identity_(identity) {}
Transform::Transform(Transform&&) noexcept = default;
Transform& Transform::operator=(Transform&&) noexcept = default;
Transform::~Transform() = default;

Result<Transform> Transform::create(const std::string& from, const std::string& to) {
    auto state = std::make_unique<State>();
    state->context = offlineContext(state->log);
    auto why = [&state] { return lastProjError(state->context, state->log); };
    PJ* source = proj_create(state->context, from.c_str());
    if (!source) return Error{"unknown coordinate reference system '" + from + "': " + why()};
    if (!proj_is_crs(source)) {
        proj_destroy(source);
        return Error{"'" + from + "' is not a coordinate reference system"};
    }
    state->log.clear();
    PJ* target = proj_create(state->context, to.c_str());
    if (!target) {
        proj_destroy(source);
        return Error{"unknown coordinate reference system '" + to + "': " + why()};
    }
    if (!proj_is_crs(target)) {
        proj_destroy(source);
        proj_destroy(target);
        return Error{"'" + to + "' is not a coordinate reference system"};
    }
    const bool identity = proj_is_equivalent_to(source, target, PJ_COMP_EQUIVALENT) != 0;
    state->log.clear();
    PJ* raw = proj_create_crs_to_crs_from_pj(state->context, source, target, nullptr, nullptr);
    proj_destroy(source);
    proj_destroy(target);
    if (!raw) return Error{"no transformation from '" + from + "' to '" + to + "': " + why()};
    state->pj = proj_normalize_for_visualization(state->context, raw);
    proj_destroy(raw);
    if (!state->pj) return Error{"cannot normalise the axis order of the transformation: " + why()};
    state->albers = fastAlbers(state->pj);
    return Transform(std::move(state), identity);
}

namespace {
// Points a thread: below twice this many a second thread costs more than it saves.
constexpr size_t kPointsPerThread = 100'000;

// Transforms the points and makes failures NaN (PROJ marks them with HUGE_VAL), so later
// stages skip them uniformly; returns how many failed.
size_t transformPoints(PJ* pj, double* xy, size_t n) {
    proj_trans_generic(pj, PJ_FWD, xy, 2 * sizeof(double), n, xy + 1, 2 * sizeof(double), n, nullptr, 0, 0,
                       nullptr, 0, 0);
    size_t failed = 0;
    for (size_t i = 0; i < 2 * n; i += 2) {
        if (!std::isfinite(xy[i]) || !std::isfinite(xy[i + 1])) {
            xy[i] = xy[i + 1] = std::numeric_limits<double>::quiet_NaN();
            ++failed;
        }
    }
    return failed;
}
}  // namespace

size_t Transform::transformInPlace(std::span<double> xy) const {
    // A stray last value of an odd-sized span is not a point.
    const size_t n = xy.size() / 2;
    if (n == 0 || identity_) return 0;
    // Large layers are split between threads, each with its own copy of the transformation in
    // its own PROJ context (a context and its objects belong to one thread at a time).
    const size_t threads = threadsFor(n, state_->albers ? 4 * kPointsPerThread : kPointsPerThread);
    const size_t share = (n + threads - 1) / threads;
    auto first = [&](size_t t) { return std::min(n, t * share); };
    auto count = [&](size_t t) { return std::min(share, n - first(t)); };
    std::vector<size_t> failed(threads, 0);
    if (state_->albers) {
        const AlbersForward& albers = *state_->albers;
        runOnThreads(threads,
                     [&](size_t t) { failed[t] = albers.apply(xy.data() + 2 * first(t), count(t)); });
    } else if (threads == 1) {
        return transformPoints(state_->pj, xy.data(), n);
    } else {
        runOnThreads(threads, [&](size_t t) {
            if (t == 0) {
                failed[0] = transformPoints(state_->pj, xy.data(), count(0));
                return;
            }
            std::string log;
            PJ_CONTEXT* context = offlineContext(log);
            PJ* copy = proj_clone(context, state_->pj);
            // Without a copy the points are still done, on this thread's share of the work.
            if (copy) {
                failed[t] = transformPoints(copy, xy.data() + 2 * first(t), count(t));
                proj_destroy(copy);
            } else {
                failed[t] = std::numeric_limits<size_t>::max();
            }
            proj_context_destroy(context);
        });
    }
    size_t total = 0;
    for (size_t t = 0; t < threads; ++t) {
        if (failed[t] == std::numeric_limits<size_t>::max())
            failed[t] = transformPoints(state_->pj, xy.data() + 2 * first(t), count(t));
        total += failed[t];
    }
    return total;
}

Extent Transform::transformedExtentOf(std::span<const double> xy, size_t maxPoints) const {
    Extent result;
    const size_t n = xy.size() / 2;
    if (n == 0 || maxPoints == 0) return result;
    const size_t step = n <= maxPoints ? 1 : (n + maxPoints - 1) / maxPoints;
    // A block at a time: the copy stays small at any layer size, and each block is still large
    // enough for transformInPlace to share it between the cores.
    constexpr size_t kBlock = 1u << 20;
    std::vector<double> block;
    block.reserve(2 * std::min(kBlock, (n + step - 1) / step));
    for (size_t v = 0; v < n;) {
        block.clear();
        for (; v < n && block.size() < 2 * kBlock; v += step)
            block.insert(block.end(), {xy[2 * v], xy[2 * v + 1]});
        if (!identity_) transformInPlace(block);
        for (size_t i = 0; i < block.size(); i += 2)
            if (std::isfinite(block[i]) && std::isfinite(block[i + 1]))
                result.include(block[i], block[i + 1]);
    }
    return result;
}

Status validateCrs(const std::string& definition) {
    std::string log;
    PJ_CONTEXT* context = offlineContext(log);
    PJ* crs = proj_create(context, definition.c_str());
    Status status = Ok{};
    if (!crs)
        status =
            Error{"unknown coordinate reference system '" + definition + "': " + lastProjError(context, log)};
    else if (!proj_is_crs(crs))
        status = Error{"'" + definition + "' is not a coordinate reference system"};
    if (crs) proj_destroy(crs);
    proj_context_destroy(context);
    return status;
}

std::string crsName(const std::string& definition) {
    std::string log;
    PJ_CONTEXT* context = offlineContext(log);
    std::string name = definition;
    if (PJ* crs = proj_create(context, definition.c_str())) {
        if (const char* n = proj_get_name(crs); n && *n && std::string(n) != "unknown") name = n;
        proj_destroy(crs);
    }
    proj_context_destroy(context);
    return name;
}

namespace {
// The horizontal CRS of a definition: the source of a bound CRS, the first of a compound one.
PJ* horizontalCrs(PJ_CONTEXT* context, PJ* crs) {
    for (int depth = 0; crs && depth < 4; ++depth) {
        PJ* inner = nullptr;
        switch (proj_get_type(crs)) {
            case PJ_TYPE_BOUND_CRS:
                inner = proj_get_source_crs(context, crs);
                break;
            case PJ_TYPE_COMPOUND_CRS:
                inner = proj_crs_get_sub_crs(context, crs, 0);
                break;
            default:
                return crs;
        }
        proj_destroy(crs);
        crs = inner;
    }
    return crs;
}

// The longitude of origin among a conversion's parameters (EPSG's 8802 natural origin, 8822
// false origin, 8833 origin, 8812 projection centre), in degrees.
std::optional<double> longitudeOfOrigin(PJ_CONTEXT* context, PJ* conversion) {
    const int count = proj_coordoperation_get_param_count(context, conversion);
    for (int i = 0; i < count; ++i) {
        const char* code = nullptr;
        double value = 0.0, toRadians = 0.0;
        if (!proj_coordoperation_get_param(context, conversion, i, nullptr, nullptr, &code, &value, nullptr,
                                           &toRadians, nullptr, nullptr, nullptr, nullptr) ||
            !code)
            continue;
        const std::string c = code;
        if (c == "8802" || c == "8822" || c == "8833" || c == "8812") return value * toRadians * 180.0 / M_PI;
    }
    return std::nullopt;
}

// `+lon_0=` of a PROJ string, for conversions PROJ keeps only as a string.
std::optional<double> lon0InProjString(const char* text) {
    if (!text) return std::nullopt;
    const std::string s = text;
    const size_t at = s.find("+lon_0=");
    if (at == std::string::npos) return std::nullopt;
    return std::strtod(s.c_str() + at + 7, nullptr);
}
}  // namespace

namespace {
// Answers about a CRS definition, kept for the process: asking PROJ opens its database (about 20
// ms), and each layer of every map asks again.
template <class T, class Compute>
T remembered(const std::string& definition, const Compute& compute) {
    static std::mutex mutex;
    static std::map<std::string, T> answers;
    {
        std::lock_guard lock(mutex);
        if (auto found = answers.find(definition); found != answers.end()) return found->second;
    }
    T answer = compute();
    std::lock_guard lock(mutex);
    return answers.emplace(definition, answer).first->second;
}

bool askIsLonLatCrs(const std::string& definition) {
    std::string log;
    PJ_CONTEXT* context = offlineContext(log);
    PJ* crs = horizontalCrs(context, proj_create(context, definition.c_str()));
    bool lonLat = false;
    if (crs) {
        const PJ_TYPE type = proj_get_type(crs);
        if (type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS) {
            lonLat = true;
            if (PJ* cs = proj_crs_get_coordinate_system(context, crs)) {
                double toRadians = 0.0;
                if (proj_cs_get_axis_info(context, cs, 0, nullptr, nullptr, nullptr, &toRadians, nullptr,
                                          nullptr, nullptr))
                    lonLat = std::abs(toRadians - M_PI / 180.0) < 1e-12;  // degrees, not grads
                proj_destroy(cs);
            }
        }
        proj_destroy(crs);
    }
    proj_context_destroy(context);
    return lonLat;
}

double askCentralMeridian(const std::string& definition) {
    std::string log;
    PJ_CONTEXT* context = offlineContext(log);
    PJ* crs = horizontalCrs(context, proj_create(context, definition.c_str()));
    std::optional<double> lon0;
    if (crs && proj_get_type(crs) == PJ_TYPE_PROJECTED_CRS) {
        if (PJ* conversion = proj_crs_get_coordoperation(context, crs)) {
            lon0 = longitudeOfOrigin(context, conversion);
            if (!lon0) lon0 = lon0InProjString(proj_as_proj_string(context, conversion, PJ_PROJ_5, nullptr));
            proj_destroy(conversion);
        }
    }
    if (crs) proj_destroy(crs);
    proj_context_destroy(context);
    return std::remainder(lon0.value_or(0.0), 360.0);
}
}  // namespace

bool isLonLatCrs(const std::string& definition) {
    return remembered<bool>(definition, [&] { return askIsLonLatCrs(definition); });
}

double centralMeridianOf(const std::string& definition) {
    return remembered<double>(definition, [&] { return askCentralMeridian(definition); });
}

std::string equalEarthFor(double centralMeridian) {
    char buffer[160];
    std::snprintf(buffer, sizeof buffer,
                  "+proj=eqearth +lon_0=%.4f +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs",
                  std::remainder(centralMeridian, 360.0));
    return buffer;
}

std::string equalAreaConicFor(const Extent& lonLat) {
    const double lat0 = lonLat.centerY();
    // The centre may lie past 180 for data across the antimeridian; PROJ wants -180..180.
    const double lon0 = std::remainder(lonLat.centerX(), 360.0);
    const double lat1 = lonLat.minY + lonLat.height() / 6.0, lat2 = lonLat.maxY - lonLat.height() / 6.0;
    char buffer[256];
    if (std::abs(lat1 + lat2) < 1.0) {
        // Parallels symmetric about the equator make the cone a cylinder; use an azimuthal
        // equal-area projection there instead.
        std::snprintf(
            buffer, sizeof buffer,
            "+proj=laea +lat_0=%.4f +lon_0=%.4f +x_0=0 +y_0=0 +ellps=WGS84 +units=m +no_defs +type=crs", lat0,
            lon0);
        return buffer;
    }
    std::snprintf(
        buffer, sizeof buffer,
        "+proj=aea +lat_0=%.4f +lon_0=%.4f +lat_1=%.4f +lat_2=%.4f +x_0=0 +y_0=0 +ellps=WGS84 +units=m "
        "+no_defs +type=crs",
        lat0, lon0, lat1, lat2);
    return buffer;
}

}  // namespace bashu
