#pragma once
// What each panel of small multiples shows: the same map for another year of a joined table or
// another field of the layer, with one set of classes pooled over all panels, so a colour means
// the same value in every panel.
#include <string>
#include <vector>

#include "core/result.h"
#include "scene/map_scene.h"

namespace bashu {

enum class PanelsBy { Year, Field };

struct SmallMultiplesRequest {
    PanelsBy by = PanelsBy::Year;
    std::vector<std::string> values;  // years ("all": every year of the table), or field names
    int columns = 0;                  // 0: chosen from the panel count and the image's shape
};

/// The most panels one image holds: beyond it each would be too small to read.
inline constexpr size_t kMaxPanels = 24;

/// The panels, checked against a scene.
struct PanelPlan {
    PanelsBy by = PanelsBy::Year;
    std::vector<std::string> values;  // one per panel: a year, or a field
    std::vector<size_t> layers;       // the layers that change from panel to panel
    std::string condition;            // the join condition switched (by year): "year"
    // What the scene said before any panel was shown, for the shared title and legend heading.
    std::string originalValue;  // the document's year, or the first varying layer's field
    std::string title, subtitle;
    std::vector<std::string> layerNames;  // of `layers`
};

/// Checks the request against the scene and lists the panels: by year, the layers joined to a
/// table on a year condition (`all`: every year of the first); by field, the classified layers,
/// each field numeric in each. Errors start with `documentName` and say what is wrong (a year
/// without data, a text field, no year join, too many panels).
Result<PanelPlan> planPanels(const MapScene& scene, const SmallMultiplesRequest& request,
                             const std::string& documentName);

/// Sets the changing layers to show panel `index` (re-joined or recoloured; meshes untouched).
Status showPanel(MapScene& scene, const PanelPlan& plan, size_t index);

/// Classes pooled over every panel: each changing layer's classes are computed over the values of
/// all panels together (its fill's method and class count) and kept as its explicit breaks, so
/// every panel shows the same limits and colours. Breaks the document gives are kept, widened
/// to the pooled values.
Status poolClasses(MapScene& scene, const PanelPlan& plan);

/// Features per class of each changing layer, summed over the panels (a unit counted once per
/// panel), and its no-data count likewise; one entry per layer of `plan.layers`. With them, how
/// many units have a value in the panels (ValueCoverage's summary), for the page's "{coverage}".
struct PooledCounts {
    std::vector<std::vector<size_t>> perClass;
    std::vector<size_t> noData;
    std::string coverage;
};
Result<PooledCounts> countOverPanels(MapScene& scene, const PanelPlan& plan);

/// Sets the scene to describe all panels at once: the title and each changing layer's name with
/// the year replaced by the span ("2019–2023"; a subtitle naming the year is dropped, as it speaks
/// of that year alone; "{coverage}" speaks of all panels), and the legend counts summed. For the
/// shared title and legend.
void showAllPanels(MapScene& scene, const PanelPlan& plan, const PooledCounts& counts);

}  // namespace bashu
