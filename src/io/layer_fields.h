#pragma once
// Which of a GDAL layer's attribute fields are read, and the columns they are read into.
#include <ogrsf_frmts.h>

#include <vector>

#include "core/attribute_table.h"
#include "io/vector_reader.h"

namespace bashu {

/// The layer's field indices to read, with an empty column for each appended to `attributes`:
/// all fields, or those asked for when the layer has every one of them (a missing one reads all,
/// so that the message naming it can list the others). The others are not even parsed by the
/// driver (OGRLayer::SetIgnoredFields).
std::vector<int> chooseFields(OGRLayer& source, const ReadOptions& options, AttributeTable& attributes);

}  // namespace bashu
