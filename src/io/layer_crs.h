#pragma once
// A read layer's coordinate reference system: described from what the source declares, checked
// against its coordinates (GeoJSON always declares WGS 84), assumed or refused with a reason.
#include <ogr_spatialref.h>

#include "core/layer.h"

namespace bashu {

/// Sets the layer's CRS (WKT, name, EPSG code) from `srs` (null: none declared) once its geometry
/// is read. A geographic CRS that does not fit the coordinates is dropped, and none at all is
/// assumed WGS 84 where the coordinates look like longitude/latitude; either way the report says
/// so, and `report.crsProblem` says why a layer is left without one.
void assignCrs(Layer& layer, const OGRSpatialReference* srs);

}  // namespace bashu
