// The WKB decoder (what GDAL's Arrow batches carry) on arbitrary bytes, against GDAL's own parser:
// whatever the decoder accepts, GDAL must read to the same parts, rings and vertices (or find the
// same non-finite coordinate); what it calls empty GDAL must call empty. Never a read past the end.
#include <cpl_error.h>
#include <ogr_geometry.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

#include "fuzz_check.h"
#include "io/ogr_geometry.h"
#include "io/wkb_decoder.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    CPLSetErrorHandler(CPLQuietErrorHandler);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::span<const uint8_t> bytes(data, size);
    const bashu::WkbShape shape = bashu::inspectWkb(bytes);
    if (shape.outcome == bashu::WkbShape::Outcome::Malformed ||
        shape.outcome == bashu::WkbShape::Outcome::NotSimple)
        return 0;
    OGRGeometry* parsed = nullptr;
    size_t consumed = 0;
    const OGRErr err =
        OGRGeometryFactory::createFromWkb(data, nullptr, &parsed, size, wkbVariantIso, consumed);
    const std::unique_ptr<OGRGeometry> gdal(parsed);
    BASHU_FUZZ_CHECK(err == OGRERR_NONE && gdal, "the decoder accepted bytes GDAL cannot read");
    if (shape.outcome == bashu::WkbShape::Outcome::Empty) {
        BASHU_FUZZ_CHECK(gdal->IsEmpty(), "empty for the decoder, not for GDAL");
        return 0;
    }
    BASHU_FUZZ_CHECK(!gdal->IsEmpty(), "empty for GDAL, not for the decoder");
    BASHU_FUZZ_CHECK(bashu::kindOfDimension(gdal->getDimension()) == shape.kind, "another kind than GDAL's");
    bashu::GeometryColumn ours, theirs;
    ours.kind = theirs.kind = shape.kind;
    const bool oursFinite = bashu::appendWkb(bytes, ours);
    const bool theirsFinite = bashu::GeometryAppender(theirs).append(*gdal);
    BASHU_FUZZ_CHECK(oursFinite == theirsFinite, "finite for one, not the other");
    // Bitwise: NaN payloads aside, the coordinates are the same doubles.
    BASHU_FUZZ_CHECK(ours.ringOffsets == theirs.ringOffsets && ours.partOffsets == theirs.partOffsets,
                     "other parts or rings than GDAL's");
    BASHU_FUZZ_CHECK(ours.xy.size() == theirs.xy.size(), "another vertex count than GDAL's");
    for (size_t i = 0; i < ours.xy.size(); ++i)
        BASHU_FUZZ_CHECK(
            ours.xy[i] == theirs.xy[i] || (ours.xy[i] != ours.xy[i] && theirs.xy[i] != theirs.xy[i]),
            "another coordinate than GDAL's");
    return 0;
}
