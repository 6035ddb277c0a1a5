#pragma once
// Text that is not UTF-8: Chinese offices' Shapefiles and CSV tables are often GBK/GB18030.
#include <optional>
#include <string>
#include <string_view>

#include "core/layer.h"

namespace bashu {

/// The text decoded from GB18030 (a superset of GBK and GB2312) to UTF-8, or nothing when the
/// bytes are not valid GB18030.
std::optional<std::string> decodeGb18030(std::string_view text);

/// Makes a layer's field names and text values UTF-8. When some are not UTF-8 and all of those
/// decode as GB18030 they are converted and the report says so; otherwise the bytes that are not
/// UTF-8 become U+FFFD and the report warns. `declared` is the encoding the source declared and
/// GDAL already converted from (e.g. a Shapefile's .cpg), named in the report; empty if none.
void makeTextUtf8(Layer& layer, const std::string& declared);

}  // namespace bashu
