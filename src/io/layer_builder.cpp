#include "io/layer_builder.h"

#include <cmath>
#include <cstdio>
#include <map>

#include "core/polygon_validity.h"
#include "core/seam_cut.h"

namespace bashu {

LayerBuilder::LayerBuilder(LoadReport& report, std::optional<GeometryKind> declared, bool hasGeometryField,
                           bool checkPolygons)
    : report_(report),
      declared_(declared),
      hasGeometryField_(hasGeometryField),
      checkPolygons_(checkPolygons) {
    for (size_t k = 0; k < 3; ++k) columns_[k].kind = GeometryKind(k);
}

void LayerBuilder::warnCapped(size_t& count, std::string message, bool aboutPolygons) {
    if (++count <= kMaxWarningsPerKind) pending_.push_back({aboutPolygons, std::move(message)});
}

void LayerBuilder::endFeature(int64_t fid) {
    // A layer of one declared kind fills that column alone (the others would only hold offsets).
    if (declared_)
        columns_[size_t(*declared_)].endFeature();
    else
        for (GeometryColumn& column : columns_) column.endFeature();
    recordFid(fid);
}

void LayerBuilder::recordFid(int64_t fid) {
    const size_t index = features_++;
    if (!fids_.empty()) {
        fids_.push_back(fid);
        return;
    }
    if (fid < 0) return;  // no geometry: never named in a message
    if (!fidBase_) {
        fidBase_ = fid - int64_t(index);
        return;
    }
    if (fid == *fidBase_ + int64_t(index)) return;
    // The ids stop following the features' order: from here on each is kept.
    fids_.reserve(index + 1);
    for (size_t i = 0; i < index; ++i) fids_.push_back(*fidBase_ + int64_t(i));
    fids_.push_back(fid);
}

int64_t LayerBuilder::fidOf(size_t feature) const {
    return !fids_.empty() ? fids_[feature] : fidBase_.value_or(0) + int64_t(feature);
}

void LayerBuilder::addNull() {
    if (hasGeometryField_) ++nulls_;
    if (!declared_) featureKinds_.push_back(3);
    endFeature(-1);
}

void LayerBuilder::addEmpty() {
    ++empties_;
    if (!declared_) featureKinds_.push_back(3);
    endFeature(-1);
}

namespace {

bool ringIsOpen(const GeometryColumn& c, uint32_t r) {
    const size_t first = c.ringOffsets[r], last = size_t(c.ringOffsets[r + 1]) - 1;
    return c.ringOffsets[r + 1] > c.ringOffsets[r] &&
           (c.xy[2 * first] != c.xy[2 * last] || c.xy[2 * first + 1] != c.xy[2 * last + 1]);
}

}  // namespace

size_t LayerBuilder::closeOpenRings(GeometryColumn& c) {
    // The rings of the feature being added: from its first part's first ring to the end.
    const uint32_t firstRing = c.partOffsets[c.featureOffsets.back()];
    const auto rings = uint32_t(c.ringCount());
    uint32_t r = firstRing;
    while (r < rings && !ringIsOpen(c, r)) ++r;
    if (r == rings) return 0;
    // Rings from the first open one are copied back with their first position repeated at the
    // end; they are the last coordinates of the column, so nothing after them moves.
    const uint32_t from = c.ringOffsets[r];
    thread_local std::vector<double> tail;
    tail.assign(c.xy.begin() + 2 * std::ptrdiff_t(from), c.xy.end());
    c.xy.resize(2 * size_t(from));
    size_t closed = 0;
    uint32_t oldBegin = from;
    for (; r < rings; ++r) {
        const uint32_t oldEnd = c.ringOffsets[r + 1];
        const double* ring = tail.data() + 2 * size_t(oldBegin - from);
        const size_t n = oldEnd - oldBegin;
        c.xy.insert(c.xy.end(), ring, ring + 2 * n);
        if (n > 0 && (ring[0] != ring[2 * n - 2] || ring[1] != ring[2 * n - 1])) {
            c.addVertex(ring[0], ring[1]);
            ++closed;
        }
        oldBegin = oldEnd;
        c.ringOffsets[r + 1] = uint32_t(c.vertexCount());
    }
    return closed;
}

void LayerBuilder::addShape(int64_t fid, GeometryKind kind, const char* /*type*/) {
    if (kind == GeometryKind::Polygon) {
        if (const size_t closed = closeOpenRings(columns_[size_t(kind)]); closed > 0) {
            ringsClosed_ += closed;
            warnCapped(closedWarnings_,
                       "feature " + std::to_string(fid) + ": " + std::to_string(closed) +
                           (closed == 1 ? " ring" : " rings") +
                           " not closed, closed by repeating the first position",
                       true);
        }
    }
    ++kindCounts_[size_t(kind)];
    if (!declared_) featureKinds_.push_back(uint8_t(kind));
    endFeature(fid);
}

void LayerBuilder::addOtherKind(int64_t fid, const char* type) {
    ++skipped_;
    if (!declared_) featureKinds_.push_back(3);
    warnCapped(otherKind_, "feature " + std::to_string(fid) + ": " + type + " in a " +
                               geometryKindName(declared_.value_or(GeometryKind::Polygon)) +
                               " layer, skipped");
    endFeature(fid);
}

void LayerBuilder::addNonFinite(int64_t fid) {
    ++skipped_;
    if (!declared_) featureKinds_.push_back(3);
    warnCapped(nonFinite_,
               "feature " + std::to_string(fid) + ": non-finite (NaN or infinite) coordinates, skipped");
    endFeature(fid);
}

void LayerBuilder::reserveForTotal(size_t total) {
    const size_t read = features_;
    if (read == 0 || total <= read) return;
    for (GeometryColumn& column : columns_)
        column.xy.reserve(size_t(double(column.xy.size()) / double(read) * double(total) * 1.05));
}

namespace {

// "feature 12: a ring crossing or touching itself at or near (104.1, 30.2); drawn as it is"
std::string describeFinding(int64_t fid, const PolygonFinding& finding) {
    char where[96];
    std::snprintf(where, sizeof where, " at or near (%.10g, %.10g)", finding.x, finding.y);
    return "feature " + std::to_string(fid) + ": invalid geometry, " + polygonFaultText(finding.fault) +
           where + "; drawn as it is";
}

GeometryColumn shrunk(GeometryColumn geometry) {
    // Columns that grew by doubling hold up to twice the memory they need for as long as the
    // layer lives: one copy gives it back (coordinates reserved from the first batch are near
    // their size, and copying them would only add a peak).
    if (geometry.xy.capacity() > geometry.xy.size() + geometry.xy.size() / 4) geometry.xy.shrink_to_fit();
    for (std::vector<uint32_t>* v : {&geometry.ringOffsets, &geometry.partOffsets, &geometry.featureOffsets})
        v->shrink_to_fit();
    return geometry;
}

}  // namespace

void LayerBuilder::reportInto(LoadReport& report, bool polygons, bool withoutGeometry) const {
    if (withoutGeometry) {
        report.nullGeometries += nulls_;
        report.emptyGeometries += empties_;
        report.skipped += skipped_;
    }
    if (polygons) report.ringsClosed += ringsClosed_;
    for (const Pending& p : pending_)
        if (p.aboutPolygons ? polygons : withoutGeometry) report.warn(p.text);
    if (withoutGeometry && otherKind_ > kMaxWarningsPerKind)
        report.warn(std::to_string(otherKind_) + " features of another geometry kind skipped in all");
    if (polygons && closedWarnings_ > kMaxWarningsPerKind)
        report.warn(std::to_string(ringsClosed_) + " rings not closed in all, closed");
    if (withoutGeometry && nonFinite_ > kMaxWarningsPerKind)
        report.warn(std::to_string(nonFinite_) + " features with non-finite coordinates skipped in all");
}

KindShare LayerBuilder::shareOf(GeometryKind kind, bool withoutGeometry) {
    KindShare share;
    GeometryColumn& column = columns_[size_t(kind)];
    // Features of other kinds have no parts in this column: leaving out their offsets leaves it
    // holding this kind's features alone.
    std::vector<uint32_t> offsets{0};
    for (size_t f = 0; f < featureKinds_.size(); ++f)
        if (featureKinds_[f] == uint8_t(kind) || (withoutGeometry && featureKinds_[f] == 3)) {
            share.features.push_back(uint32_t(f));
            offsets.push_back(column.featureOffsets[f + 1]);
        }
    column.featureOffsets = std::move(offsets);
    share.geometry = std::move(column);
    return share;
}

std::vector<KindShare> LayerBuilder::finish() {
    GeometryKind chosen = declared_.value_or(GeometryKind::Polygon);
    size_t kinds = 0;
    if (!declared_)
        for (GeometryKind k : {GeometryKind::Polygon, GeometryKind::Line, GeometryKind::Point}) {
            if (kindCounts_[size_t(k)] > kindCounts_[size_t(chosen)]) chosen = k;
            kinds += kindCounts_[size_t(k)] > 0;
        }
    std::vector<KindShare> shares;
    if (kinds <= 1) {
        // One kind: the layer as read, all it found in its own report.
        reportInto(report_, true, true);
        shares.push_back({std::move(columns_[size_t(chosen)]), {}, {}});
        checkShare(shares.back(), report_);
    } else {
        // Kinds mixed: a layer of its own for each, as QGIS makes sub-layers of such a layer.
        for (GeometryKind k : {GeometryKind::Polygon, GeometryKind::Line, GeometryKind::Point}) {
            if (kindCounts_[size_t(k)] == 0) continue;
            shares.push_back(shareOf(k, k == chosen));
            reportInto(shares.back().report, k == GeometryKind::Polygon, k == chosen);
            checkShare(shares.back(), shares.back().report);
        }
    }
    for (GeometryColumn& other : columns_) other = GeometryColumn{};
    fids_ = {};
    featureKinds_ = {};
    pending_ = {};
    return shares;
}

void LayerBuilder::checkShare(KindShare& share, LoadReport& report) {
    share.geometry = shrunk(std::move(share.geometry));
    const GeometryColumn& geometry = share.geometry;
    const size_t features = share.features.empty() ? features_ : share.features.size();
    if (hasGeometryField_ && geometry.vertexCount() == 0) {
        // Said once here, so info warns of it, a render can refuse the layer by name and the
        // window can show why (coordinates another program encoded its own way read as null).
        std::string counts;
        auto count = [&counts](size_t n, const char* what) {
            if (n > 0) counts += (counts.empty() ? "" : ", ") + std::to_string(n) + " " + what;
        };
        count(report.nullGeometries, "null");
        count(report.emptyGeometries, "empty");
        count(report.skipped, "skipped");
        report.nothingToDraw =
            "no geometries to draw: " + (features == 0 ? "the layer has no features" : counts);
        report.warn(report.nothingToDraw);
    }
    if (checkPolygons_ && geometry.kind == GeometryKind::Polygon) {
        // Drawn as they are: the tessellator fills a ring that crosses itself by the even-odd
        // rule, as GEOS's repair would split it; repairing every one up front cost seconds.
        // Rings written for the sphere across 180 are checked as they lie on it.
        const std::optional<GeometryColumn> onTheGlobe = unwrappedForChecking(geometry);
        std::vector<PolygonFinding> findings = findInvalidPolygons(onTheGlobe ? *onTheGlobe : geometry);
        if (onTheGlobe)
            for (PolygonFinding& finding : findings) finding.x = std::remainder(finding.x, 360.0);
        report.invalidGeometries = findings.size();
        std::map<PolygonFault, size_t> byFault;
        for (size_t i = 0; i < findings.size(); ++i) {
            ++byFault[findings[i].fault];
            const size_t feature =
                share.features.empty() ? findings[i].feature : share.features[findings[i].feature];
            if (i < kMaxWarningsPerKind) report.warn(describeFinding(fidOf(feature), findings[i]));
        }
        if (!findings.empty()) {
            std::string kinds;
            for (const auto& [fault, count] : byFault)
                kinds +=
                    (kinds.empty() ? "" : ", ") + std::to_string(count) + " with " + polygonFaultText(fault);
            report.warn(std::to_string(findings.size()) +
                        " invalid geometries drawn as they are, not repaired (" + kinds +
                        "): where a ring overlaps itself or another, the even-odd rule fills it");
        }
    }
}

}  // namespace bashu
