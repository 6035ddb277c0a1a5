#pragma once
// One stretch of a FeatureCollection's features array, read on one thread. The array is cut
// between features at about even byte offsets: each stretch after the first starts after the
// first element separator it finds past its offset (geojson_scan), and the stretch before it
// must end exactly there, which it checks as it reaches it, so a cut that a string or a bad file
// fooled is refused rather than read wrong.
#include <ogr_core.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <future>
#include <optional>
#include <vector>

#include "io/geojson_fields.h"
#include "io/geojson_held_geometry.h"
#include "io/geojson_scan.h"
#include "io/layer_builder.h"

namespace bashu::geojson {

/// Which of a feature's members GDAL takes as its feature id; every feature must agree.
enum class IdRule : uint8_t {
    FeatureId,   // the Feature's own "id", a non-negative integer
    PropertyId,  // properties' "id", a non-negative integer (GDAL's FID column)
    Sequence,    // neither: features are numbered from 0
};

/// What the threads reading a file share.
struct ReadControl {
    std::atomic<bool> stop{false};  // a stretch was refused or the read was cancelled
    std::atomic<size_t> featuresRead{0};
};

struct StretchPlan {
    int fd = -1;
    uint64_t fileSize = 0;
    uint64_t arrayBegin = 0;          // just after the features array's '['
    bool first = false;               // the first stretch starts there, the others look for a separator
    uint64_t begin = 0;               // where a later stretch starts looking
    uint64_t nextBegin = UINT64_MAX;  // where the next one does
    std::promise<std::optional<ElementSeparator>> start;            // set by a later stretch
    std::shared_future<std::optional<ElementSeparator>> nextStart;  // the next stretch's
    bool startGiven = false;
};

struct StretchResult {
    enum class Outcome { Read, Empty, Refused, Cancelled, Stopped };
    Outcome outcome = Outcome::Stopped;
    std::optional<uint64_t> arrayEnd;  // the offset of the ']' that closes the features array
    size_t features = 0;
    std::optional<IdRule> idRule;
    std::vector<int64_t> ids;                  // per feature, unless numbered in sequence
    std::vector<OGRwkbGeometryType> typeRuns;  // the layer types of the geometries, repeats once
    FieldTable fields;
    HeldGeometry held;  // for a stretch not handing straight to the builder
};

/// Reads a stretch of features. `builder` (the first stretch's) takes its geometries as they are
/// read; otherwise they are held. `checkIn(featuresRead)`, called before every kProgressEvery-th
/// feature when given, cancels the read by returning false.
void readStretch(StretchPlan& plan, StretchResult& result, ReadControl& control, LayerBuilder* builder,
                 const std::function<bool()>& checkIn);

/// Gives a later stretch's start as none, if it has not been given (a stretch that failed).
void giveUpStart(StretchPlan& plan);

}  // namespace bashu::geojson
