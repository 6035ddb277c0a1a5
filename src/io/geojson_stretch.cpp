#include "io/geojson_stretch.h"

#include <ogr_core.h>

#include <algorithm>

#include "io/geojson_feature_parser.h"
#include "io/geojson_memory.h"
#include "io/layer_read.h"

namespace bashu::geojson {

namespace {

// After this many features of a stretch, room is made for the rest at the rate seen so far (as the
// GDAL path does for its layer).
constexpr size_t kReserveAfter = 1024;

std::optional<int64_t> idUnder(IdRule rule, const ParsedFeature& feature, bool& fits) {
    switch (rule) {
        case IdRule::FeatureId:
            // GDAL also draws a field's place from a feature "id" beside a properties' "id".
            fits = feature.id.has_value() && feature.propertyIdKind == PropertyId::Absent;
            return feature.id;
        case IdRule::PropertyId:
            fits = !feature.id && feature.propertyIdKind == PropertyId::Integer;
            return feature.propertyId;
        case IdRule::Sequence:
            fits = !feature.id && feature.propertyIdKind != PropertyId::Integer;
            return std::nullopt;
    }
    fits = false;
    return std::nullopt;
}

IdRule ruleOf(const ParsedFeature& feature) {
    if (feature.id) return IdRule::FeatureId;
    if (feature.propertyIdKind == PropertyId::Integer) return IdRule::PropertyId;
    return IdRule::Sequence;
}

class StretchReader {
public:
    StretchReader(StretchPlan& plan, StretchResult& result, ReadControl& control, LayerBuilder* builder,
                  const std::function<bool()>& checkIn)
        : plan_(plan),
          result_(result),
          control_(control),
          builder_(builder),
          checkIn_(checkIn),
          window_(plan.fd, plan.fileSize) {}

    StretchResult::Outcome read() {
        std::optional<uint64_t> first = firstFeature();
        if (!first) return result_.outcome;
        uint64_t start = *first;
        while (true) {
            if (control_.stop.load(std::memory_order_relaxed)) return StretchResult::Outcome::Stopped;
            if (checkIn_ && result_.features % kProgressEvery == 0 && !checkIn_())
                return StretchResult::Outcome::Cancelled;
            const std::optional<uint64_t> end = featureEnd(start);
            if (!end || !readFeature(start, *end)) return StretchResult::Outcome::Refused;
            if (result_.features == kReserveAfter) reserve(*first, *end);

            const uint64_t next = skipSpace(window_, *end, *end);
            if (!window_.ensure(next, next)) return StretchResult::Outcome::Refused;
            if (*window_.at(next) == ']') {
                // The end of the array: no later stretch may have found a feature after it.
                if (plan_.nextStart.valid() && plan_.nextStart.get()) return StretchResult::Outcome::Refused;
                result_.arrayEnd = next;
                return StretchResult::Outcome::Read;
            }
            const uint64_t brace = skipSpace(window_, next, next + 1);
            if (*window_.at(next) != ',' || !window_.ensure(next, brace) || *window_.at(brace) != '{')
                return StretchResult::Outcome::Refused;
            if (next >= plan_.nextBegin) {
                // The next stretch's region: it must have started at this very separator.
                const std::optional<ElementSeparator> expected = plan_.nextStart.get();
                if (!expected || expected->comma != next || expected->brace != brace)
                    return StretchResult::Outcome::Refused;
                return StretchResult::Outcome::Read;
            }
            start = brace;
        }
    }

private:
    // The offset of the stretch's first feature; none when it has none (outcome set).
    std::optional<uint64_t> firstFeature() {
        if (!plan_.first) {
            const std::optional<ElementSeparator> separator = findElementSeparator(window_, plan_.begin);
            plan_.start.set_value(separator);
            plan_.startGiven = true;
            // A separator past the next stretch's offset is the next stretch's start too.
            if (!separator || separator->comma >= plan_.nextBegin) {
                result_.outcome = StretchResult::Outcome::Empty;
                return std::nullopt;
            }
            return separator->brace;
        }
        const uint64_t at = skipSpace(window_, plan_.arrayBegin, plan_.arrayBegin);
        result_.outcome = StretchResult::Outcome::Refused;
        if (!window_.ensure(at, at)) return std::nullopt;
        if (*window_.at(at) == ']') {
            if (plan_.nextStart.valid() && plan_.nextStart.get()) return std::nullopt;
            result_.arrayEnd = at;
            result_.outcome = StretchResult::Outcome::Read;
            return std::nullopt;
        }
        if (*window_.at(at) != '{') return std::nullopt;
        return at;
    }

    // One past the '}' closing the feature that starts at `start`.
    std::optional<uint64_t> featureEnd(uint64_t start) {
        BracketScanner scanner;
        uint64_t scanned = start;
        while (window_.ensure(start, scanned)) {
            const size_t took = scanner.scan(window_.at(scanned), size_t(window_.end() - scanned));
            if (took != BracketScanner::npos) return scanned + took;
            scanned = window_.end();
        }
        return std::nullopt;  // the file ends inside the feature
    }

    bool readFeature(uint64_t start, uint64_t end) {
        const size_t row = result_.features;
        if (!parser_.parse(window_.at(start), size_t(end - start), window_.capacityFrom(start), row, feature_,
                           result_.fields))
            return false;
        if (!result_.idRule) result_.idRule = ruleOf(feature_);
        bool fits = false;
        const std::optional<int64_t> id = idUnder(*result_.idRule, feature_, fits);
        if (!fits) return false;
        if (id) result_.ids.push_back(*id);
        const int64_t fid = id.value_or(int64_t(row));  // in sequence: only the first stretch names

        if (!feature_.hasGeometry) {
            builder_ ? builder_->addNull() : result_.held.addNull();
        } else {
            const ParsedGeometry& geometry = feature_.geometry;
            const OGRwkbGeometryType layerType = ogrTypeOf(geometry);
            if (result_.typeRuns.empty() || result_.typeRuns.back() != layerType)
                result_.typeRuns.push_back(layerType);
            if (builder_) {
                const GeometryKind kind = kindOf(geometry.type);
                geometry.appendTo(builder_->column(kind));
                builder_->addShape(fid, kind, OGRGeometryTypeToName(ogrTypeOf(geometry)));
            } else {
                result_.held.add(geometry);
            }
        }
        ++result_.features;
        control_.featuresRead.fetch_add(1, std::memory_order_relaxed);
        return true;
    }

    // Room for the features of the stretch at the rate of bytes per feature seen so far (in the
    // builder, for the whole array), so that nothing grows by doubling: that copies, and faults
    // fresh pages in twice.
    void reserve(uint64_t start, uint64_t readTo) {
        const double bytesPerFeature = double(readTo - start) / double(result_.features);
        const uint64_t stretchEnd = std::min(plan_.nextBegin, plan_.fileSize);
        const size_t rows = size_t(double(stretchEnd - start) / bytesPerFeature * 1.05);
        result_.fields.reserve(rows);
        if (result_.idRule != IdRule::Sequence) result_.ids.reserve(rows);
        if (!builder_) {
            result_.held.reserveFor(rows);
            return;
        }
        const size_t total = size_t(double(plan_.fileSize - plan_.arrayBegin) / bytesPerFeature);
        builder_->reserveForTotal(total);
        const double scale = double(total) * 1.05 / double(result_.features);
        for (const GeometryKind kind : {GeometryKind::Point, GeometryKind::Line, GeometryKind::Polygon}) {
            GeometryColumn& column = builder_->column(kind);
            preferHugePages(column.xy);
            column.featureOffsets.reserve(size_t(double(column.featureCount()) * scale));
            column.partOffsets.reserve(size_t(double(column.partCount()) * scale));
            column.ringOffsets.reserve(size_t(double(column.ringCount()) * scale));
        }
    }

    StretchPlan& plan_;
    StretchResult& result_;
    ReadControl& control_;
    LayerBuilder* builder_;
    const std::function<bool()>& checkIn_;
    FileWindow window_;
    FeatureParser parser_;
    ParsedFeature feature_;
};

}  // namespace

void readStretch(StretchPlan& plan, StretchResult& result, ReadControl& control, LayerBuilder* builder,
                 const std::function<bool()>& checkIn) {
    StretchReader reader(plan, result, control, builder, checkIn);
    result.outcome = reader.read();
    if (result.outcome != StretchResult::Outcome::Read && result.outcome != StretchResult::Outcome::Empty)
        control.stop = true;
    result.fields.finish(result.features);
}

void giveUpStart(StretchPlan& plan) {
    if (plan.first || plan.startGiven) return;
    plan.startGiven = true;
    plan.start.set_value(std::nullopt);
}

}  // namespace bashu::geojson
