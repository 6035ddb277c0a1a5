#pragma once
// Classes held over all years: with the Style panel's box ticked (the default), a layer showing
// one year of a joined table takes classes pooled over every year, so the years compare and the
// colours of a year do not change when another is shown. Applied when a layer arrives on the map
// and after every switch, so one year always has one colouring.
#include <optional>
#include <string>

#include "core/result.h"
#include "scene/map_scene.h"

namespace bashu {

/// The join condition stepped through by the year slider, if the layer has one.
std::optional<std::string> yearField(const SceneLayer& layer);

/// After a change of year, indicator, method or classes: classes held over every year when
/// `hold` asks for them (and the fill shows the joined field), otherwise computed from the values
/// shown; a layer locked to a break set keeps it.
Status reclassify(SceneLayer& layer, bool hold);

/// For a layer joining the map: its classes held over every year where `hold` asks for them and
/// its document gives none of its own (breaks or a break set: the author's stay).
Status holdClassesOnArrival(SceneLayer& layer, bool hold);

}  // namespace bashu
