#pragma once
// A map document resolved into drawable data: layers loaded (io), joined, projected to the map
// CRS (proj), tessellated and coloured (thematic). The window and the headless exporter both
// draw a MapScene, so they share every step but the last.
#include <atomic>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/camera.h"
#include "core/extent.h"
#include "core/join_index.h"
#include "core/layer.h"
#include "core/map_document.h"
#include "core/result.h"
#include "scene/joined_table.h"
#include "scene/label_placement.h"
#include "spatial/spatial_weights.h"
#include "tessellate/layer_meshes.h"
#include "thematic/classification.h"
#include "thematic/fill_legend.h"
#include "thematic/layer_paint.h"
#include "thematic/mapped_values.h"

namespace bashu {

class MapRenderer;        // render/map_renderer.h: only uploadSceneLayer needs it, by reference
class PostgisFeed;        // scene/postgis_layer.h
struct TableValues;       // scene/postgis_layer.h
struct TableSearchHit;    // scene/postgis_layer.h
struct StatisticResults;  // scene/statistic_style.h

/// The legend of proportional symbols or lines by value: reference values and their circles'
/// diameters or their lines' widths (1x pixels).
struct SizeLegend {
    std::string field;
    bool lines = false;          // widths of lines, not diameters of circles
    std::vector<double> values;  // largest first
    std::vector<float> diameters;
    size_t noDataCount = 0;  // features without a positive value: not drawn
};

/// A PostGIS layer's first read kept to be drawn around its views (scene/map_scene.cpp).
struct StreamedBackdrop;

struct SceneLayer {
    uint64_t id = 0;  // unique in the process: meshes built later (completeMeshes) find their layer
    LayerSpec spec;
    Layer data;  // geometry in the map CRS
    // Of data's geometry, taken once projected: an export releases coordinates it does not draw
    // (releaseCoordinatesNotDrawn) and still frames the map by it.
    Extent extent;
    LayerMeshes meshes;  // built once; restyling does not touch them
    // A polygon or line layer whose full meshes are not built: the one export it was loaded for
    // (SceneBuildOptions), or the window's first view of it, has the meshes of one view alone
    // (buildMeshesForView) until completeMeshes' arrive.
    bool fullMeshesSkipped = false;
    // The layer's name as it was for each set of join conditions shown (switchJoinCondition):
    // switching back to an indicator brings its curated name back, as the title comes back.
    std::map<std::string, std::string> namesShown;
    std::vector<Rgba8> featureColors;  // one per feature
    FillLegend legend;                 // empty classification when the fill is a single colour
    MappedValues mapped;               // what the classes show, per feature, and what it came from
    // Point diameters by spec.point.sizeField or line widths by spec.stroke.widthField (1x
    // pixels); empty: one size.
    std::vector<float> featureSizes;
    SizeLegend sizeLegend;  // empty values when symbols are not proportional
    // Line layers by category with dashes per value (StrokeStyle::categoryDashes): each
    // feature's dash, pixels at 1x; empty: the paint's one dash.
    std::vector<LineDash> featureDashes;
    LayerPaint paint;
    // The join's table, kept so switching the year or indicator re-joins without reading it again.
    std::shared_ptr<const JoinedTable> joinTable;
    std::shared_ptr<const JoinIndex> joinIndex;  // joinTable indexed by its condition values
    // The layer field joinTable's keys are of, when not the join's layer key: a statistics table
    // matched on names is keyed by a field that tells the units apart (adcode where 市中区 repeats).
    std::string joinField;
    // Per feature, the row of joinTable its joined value came from (-1: none; JoinReport): where
    // the Feature panel finds the value's source.
    std::vector<int64_t> joinedRows;
    // A layer coloured by a statistic (LayerSpec::statistic): its neighbour weights, built once
    // from the geometry the first time it is styled (and kept: an export may release the
    // coordinates), with the request they were built for.
    std::shared_ptr<const SpatialWeights> statisticWeights;
    std::string statisticWeightsKey;
    std::string statisticWeightsDescription;
    // What the statistic computed last (the values, Moran's I, the local statistics): a change of
    // method, alpha or correction reclassifies from it without computing again.
    std::shared_ptr<StatisticResults> statisticResults;
    // Why the statistic drew every unit as no data this time (too few units with a value in the
    // year shown), for the messages; empty when it drew its classes.
    std::string statisticNote;
    std::string statisticColumn;  // the column of classes it wrote last, if any
    // A statistical table's match report ("table: matched 36 of 38 rows and ...", then what did
    // not match), for the command line's stderr and the window's messages.
    std::vector<std::string> joinReport;
    std::vector<LabelCandidate> labels;  // from spec.label, most important first
    // A PostGIS layer (scene/postgis_layer.h), drawn from the features of a view: its session;
    // the box (map CRS) and detail (map units a pixel) of the features `data` holds now; and the
    // class limits of its whole table for the fill as `tableClassesKey` says, so every view and
    // export colours a value alike.
    std::shared_ptr<PostgisFeed> postgis;
    Extent streamedBox;
    double streamedDetail = 0.0;  // map units a cell of its read (a pixel of an export's, two of a window's)
    // Its first read, of the whole table at a 4096th of its extent, and that detail (map units a
    // pixel): drawn around every later view's features, so a view zoomed out or panned never
    // shows the table cut off; views no finer read nothing.
    std::shared_ptr<StreamedBackdrop> backdrop;
    double backdropDetail = 0.0;
    size_t viewFeatures = 0;  // of `data`, those read for the view last (the rest: the backdrop's)
    // Polygons prepared without their outlines, which had no width (a PostGIS view; an export's
    // meshes, buildMeshesForView): at 10^7 hexagons, 110 MB a view on each side of the GPU.
    // A view's are built when they are widened (buildLeftOutOutlines).
    bool outlinesLeftOut = false;
    std::string tableClassesKey;
    std::vector<double> tableLimits;
    // The whole table's values of the field last classified (tableValuesField), kept so a change
    // of method or class count does not ask the server again; above 10^6 values a rank sample,
    // which `tableClassesNote` states (Messages, stderr).
    std::shared_ptr<const TableValues> tableValues;
    std::string tableValuesField;
    std::string tableClassesNote;
};

struct MapScene {
    MapDocument document;
    std::string mapCrs;      // definition PROJ accepts
    std::string mapCrsName;  // for people: "WGS 84 / UTM zone 48N", or the fitted conic's description
    std::vector<SceneLayer> layers;
    std::vector<std::string> warnings;  // "file: layer: what was repaired, skipped or assumed"
    // The document's title and subtitle as they were for each set of join conditions shown
    // (switchJoinCondition): switching back to an indicator brings its curated title back.
    std::map<std::string, std::pair<std::string, std::string>> titlesShown;
    /// Converts map coordinates to longitude/latitude in place (NaN where impossible).
    std::function<void(double& x, double& y)> toLonLat;
    /// Converts longitude/latitude to map coordinates in place.
    std::function<void(double& x, double& y)> fromLonLat;
};

/// Where a load running on another thread is, and the way to stop it; shared with the UI thread.
struct LoadProgress {
    std::atomic<size_t> featuresRead{0}, featuresTotal{0};  // of the layer being read (total 0: unknown)
    std::atomic<size_t> layersDone{0};
    std::atomic<bool> cancelled{false};
};

/// Layers read, joined, projected to a map CRS and tessellated, not yet part of a scene.
struct PreparedLayers {
    std::vector<SceneLayer> layers;
    std::vector<std::string> warnings;
    std::string mapCrs, mapCrsName;
};

/// Whether a PostGIS layer's feature may stand for several of its table's: where they are under a
/// pixel, a read keeps one a cell and draws its cell's square (postgis/pg_reader.h), and the read
/// it comes from (the view's, or the first read around it) kept some so. Its name and values are
/// then one of those features', not surely the one under the pointer: the window says so.
bool drawnForSeveral(const SceneLayer& layer, size_t feature);

/// Whether a PostGIS layer is to be read again for this view: the view leaves the box its features
/// were read for, or its pixels are finer than half the detail they were read at (`exact`, for an
/// export: finer than that detail at all). False for other layers.
bool needsStreamedRead(const SceneLayer& layer, const Camera& camera, bool exact = false);

/// A PostGIS layer's features for the camera's view (and `margin` views around it: a pan within it
/// draws from what was read) at the detail of its pixels, read and prepared for the map CRS as a
/// new layer is (off the UI thread; the layer is only read). `progress` returning false cancels.
/// With a margin, the read is kept in the layer's feed and a later view that one of the views
/// kept serves is drawn from it without asking the server (PostgisFeed::cachedView). Polygons'
/// outlines of no width are not built (SceneLayer::outlinesLeftOut). Features smaller than
/// `cellPixels` pixels are kept one per cell that wide (PostgisRead::cell), and the read counts
/// as read at that detail: an export, 1; the window, 2, as the overview levels it shows are drawn
/// (at 10^7 hexagons of 1.5 pixels, half the features of a view; it is read again once zoomed in).
Result<SceneLayer> readStreamedView(const SceneLayer& layer, const std::string& mapCrs, const Camera& camera,
                                    const std::function<bool(size_t rows)>& progress = {},
                                    double margin = 0.5, double cellPixels = 1.0);

/// Builds the outlines a view was prepared without (SceneLayer::outlinesLeftOut) once the layer
/// draws them (its paint has a width): whether it built them, to be uploaded.
bool buildLeftOutOutlines(SceneLayer& layer);

/// A PostGIS layer's view drawn from a read its feed kept (PostgisFeed::cachedView), prepared as
/// readStreamedView prepares one; none when no view kept serves the camera.
std::optional<Result<SceneLayer>> keptStreamedView(const SceneLayer& layer, const std::string& mapCrs,
                                                   const Camera& camera);

/// The feature of a PostGIS layer's table at map point (x, y), asked of the server (a view holds
/// its features simplified, and one for several under a pixel): a polygon containing the point,
/// else the nearest line or point within `radius` map units; all its fields. No feature: an
/// empty layer.
Result<Layer> streamedFeatureAt(const SceneLayer& layer, const std::string& mapCrs, double x, double y,
                                double radius);

/// Features of a PostGIS layer's table whose names or codes match `query` (asked of the server:
/// the view holds only part of the table), their boxes in the map's CRS; at most `limit`.
Result<std::vector<TableSearchHit>> searchStreamedLayer(const SceneLayer& layer, const std::string& mapCrs,
                                                        const std::string& query, size_t limit);

/// Puts a view's read in place of what the layer draws (features, meshes, colours, labels);
/// its id, document settings, extent and classes stay.
void takeStreamedView(SceneLayer& layer, SceneLayer read);

/// What the PostGIS layers of a scene drew before an export put its parts in their place: the
/// layer's index and its view (takeStreamedView's fields), to be put back.
using StreamedParts = std::vector<std::pair<size_t, SceneLayer>>;

/// For an export of `scene` seen by `camera`: each visible PostGIS layer drawn coarser than the
/// camera's pixels (needsStreamedRead, exact) has the camera's view read at its pixels (no
/// margin, none of its backdrop: an export draws that view alone) and put in place of what it
/// drew (a window's view, at two-pixel cells; the first read), which is returned. Outlines the
/// layer draws are built. On an error the scene is as it was.
Result<StreamedParts> swapInExportParts(MapScene& scene, const Camera& camera);

/// Puts back what swapInExportParts took out (the window, once its export is written).
void putBackStreamedParts(MapScene& scene, StreamedParts&& parts);

/// Prepares layers without touching a scene, so it can run off the UI thread. With an empty
/// `mapCrs` a map CRS is chosen for these layers as `crsChoice` says ("auto" fits one to them).
/// A cancelled load ends with "loading cancelled". `skipFullMeshes`: polygon layers get no meshes
/// yet (fullMeshesSkipped), for buildScene to build what its export's scale needs.
/// `fieldsBeyondStyle`: when given, each layer reads only the fields its style, labels and join
/// use, and these (ReadOptions::fields); otherwise every field. `forExport`: for an export, whose
/// PostGIS layers take their first read from no overview level coarser than its cells (the export
/// reads its own part at its pixels after it).
Result<PreparedLayers> prepareSceneLayers(const std::vector<LayerSpec>& specs, const std::string& mapCrs,
                                          const std::string& crsChoice, LoadProgress* progress = nullptr,
                                          bool skipFullMeshes = false,
                                          const std::vector<std::string>* fieldsBeyondStyle = nullptr,
                                          bool forExport = false);

/// Puts prepared layers on top of the scene's. A scene without layers takes their map CRS;
/// otherwise they must have been prepared for the scene's.
Status commitSceneLayers(MapScene& scene, PreparedLayers prepared);

/// The extent of the layers drawn (paint.visible; of all layers where none is; SceneLayer::extent):
/// what "show all layers" fits. Taken from the layers each time, so a layer removed or hidden
/// since the map opened no longer counts.
Extent shownExtent(const std::vector<SceneLayer>& layers);

/// How buildScene may save work for a scene drawn once.
struct SceneBuildOptions {
    // The camera of the one export the scene is for (given the scene as loaded): a large polygon
    // layer that this camera shows at a coarser detail level gets that level alone, never its
    // full meshes (seconds and hundreds of MB at 10^6 polygons) nor the other levels. Views shown
    // smaller (small multiples' panels) draw that level too. Empty: every mesh is built.
    std::function<Camera(const MapScene&)> exportCamera;
    // With an export camera, layers read only the fields their style, labels and join use: the
    // others would be parsed and kept for nothing (100 MB at 10^6 features with a few fields).
    // Small multiples by field read every field: their messages list the other numeric ones.
    bool everyField = false;
    // The export's pixel scale (line widths and symbols): whether outlines cover fill edges.
    float exportPixelScale = 1.0f;
};

/// The meshes of a layer prepared without its full ones (skipFullMeshes) that one view needs: the
/// detail level it shows there, or else the full meshes with lines (and fills, where opaque
/// outlines cover their edges) simplified to an eighth of its pixel. What an export draws (a
/// polygon layer's outlines only where they have a width: SceneLayer::outlinesLeftOut), and the
/// window's first frame of a large file before completeMeshes (`widthMayChange`: its outlines
/// built whatever their width, as the user may widen them meanwhile).
void buildMeshesForView(SceneLayer& layer, const Camera& camera, float pixelScale,
                        std::vector<std::string>& warnings, bool widthMayChange = false);

/// Every mesh a layer's geometry can need, at full detail and at each detail level (without
/// `detailLevels`, none; without `polygonOutlines`, a polygon layer's outlines neither): what a
/// window that zooms anywhere draws from (prepareSceneLayers' meshes without skipFullMeshes). A
/// plain function of the geometry, so it can be built off the UI thread from a copy.
LayerMeshes completeMeshes(const GeometryColumn& geometry, bool detailLevels = true,
                           bool polygonOutlines = true);

/// Gives a layer the meshes completeMeshes built for it (its points, if any, stay).
void setCompleteMeshes(SceneLayer& layer, LayerMeshes meshes);

/// Layers loaded with the meshes of the view they first appear in, so a large file's first
/// frame comes about as soon as an export of it would, and copies of the geometry of those
/// layers to build their other meshes from afterwards (completeMeshes), off the UI thread.
struct FirstView {
    PreparedLayers prepared;
    std::vector<std::pair<uint64_t, GeometryColumn>> toComplete;  // by SceneLayer::id
};

/// prepareSceneLayers for a window: layers of 200,000 vertices or more get the meshes of
/// `view` alone (buildMeshesForView), or of the whole of the layers at width x height with
/// `margin` pixels around them where there is no view yet (an empty map); smaller ones get all.
Result<FirstView> prepareFirstView(const std::vector<LayerSpec>& specs, const std::string& mapCrs,
                                   const std::string& crsChoice, LoadProgress* progress,
                                   std::optional<Camera> view, int width, int height, double margin);

/// Loads, joins, projects and tessellates every layer of a document and colours it by its
/// style. Fails with one message naming the file and the problem.
Result<MapScene> buildScene(const MapDocument& document, const SceneBuildOptions& options = {});

/// The layers' labels placed for a view, top layer first (see placeLabels). `textScale` scales
/// the labels' text and gaps where it differs from the symbols' `pixelScale` (0: the same).
std::vector<PlacedLabel> placeSceneLabels(const MapScene& scene, const Camera& camera, float pixelScale,
                                          const MeasureText& measure, const std::vector<PixelBox>& occupied,
                                          const PixelBox& area, float textScale = 0);

/// Loads a layer into a built scene, in the scene's map CRS (an empty scene chooses one), on top of
/// the others. On failure the scene is unchanged and the error names the file and the problem.
Status addSceneLayer(MapScene& scene, const LayerSpec& spec);

/// A layer id not given before in this process (SceneLayer::id).
uint64_t nextLayerId();

/// The layer's join as its table is indexed: spec.join, on joinField where that is set.
JoinSpec indexedJoin(const SceneLayer& layer);

/// Joins the layer's joinTable onto it as spec.join says, through the layer's joinIndex (built
/// here when there is none for this join); unmatched keys become warnings.
Status applyJoin(SceneLayer& layer, std::vector<std::string>& warnings);

/// Uploads a scene layer to a renderer: meshes, feature colours and symbol sizes; returns its index.
size_t uploadSceneLayer(MapRenderer& renderer, const SceneLayer& layer);

/// A layer as messages name it: its file and the file's layer ("units.geojson: layer 'units'").
std::string describeLayer(const SceneLayer& layer);

/// How a layer is drawn by its spec: visibility, opacity, stroke, dashes and casing (line layers),
/// point size. Feature colours and sizes are set apart (restyleLayer, sizeSymbols).
LayerPaint paintOf(const SceneLayer& layer);

/// Recomputes a layer's feature colours and legend from `layer.spec.fill` (meshes untouched).
Status restyleLayer(SceneLayer& layer);

}  // namespace bashu
