#pragma once
// Classes held over all years: a layer showing one year of a joined table takes classes pooled
// over every year (FillStyle::holdOverYears, the default), so the years compare and a year has
// one colouring whichever was shown before, in the window and in `bashu render` alike. Applied
// when a layer arrives on a map and after every switch.
#include <optional>
#include <string>

#include "core/result.h"
#include "scene/map_scene.h"

namespace bashu {

/// The join condition stepped through by the year slider, if the layer has one.
std::optional<std::string> yearField(const SceneLayer& layer);

/// After a change of year, indicator, method or classes: classes held over every year where the
/// fill asks for them (and shows the joined field), otherwise computed from the values shown; a
/// layer locked to a break set keeps it.
Status reclassify(SceneLayer& layer);

/// For a layer joining a map: its classes held over every year where its fill asks for them and
/// its document gives none of its own (breaks or a break set: the author's stay).
Status holdClassesOnArrival(SceneLayer& layer);

}  // namespace bashu
