#pragma once
// The map document: what a map shows and how, as data. The GUI saves it and the headless
// exporter renders it, so the same document always gives the same picture.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/color.h"
#include "core/line_dash.h"
#include "core/result.h"
#include "core/style_registry.h"

namespace bashu {

/// How a join's table keys find their features: as written (the same text), or as a planner
/// reads names and codes of administrative units (tables/key_match.h: suffixes, renames, Pinyin,
/// statistical codes), the table then read as a statistical table (tables/table_layout.h).
enum class JoinMatch { Exact, Units };

/// Brings one value per feature from a table (e.g. a long-format indicator CSV) into a layer.
struct JoinSpec {
    std::string table;                                       // path of the table file (absolute once parsed)
    std::string layerKey;                                    // field of the layer to match on
    std::string tableKey;                                    // field of the table to match on
    std::vector<std::pair<std::string, std::string>> where;  // table rows kept: field == value
    std::string value;                                       // table field holding the value
    std::string as;                                          // name of the new layer field
    // A statistical table (a workbook, or match Units): its sheet (empty: the first), its header
    // row as the sheet numbers it (1-based; 0: found from the cells), how keys match, and the
    // user's own pairings (a table key -> the layer key of its unit), which come first.
    std::string sheet;
    int headerRow = 0;
    JoinMatch match = JoinMatch::Exact;
    std::map<std::string, std::string> pairs;

    bool operator==(const JoinSpec&) const = default;
};

/// How a layer writes the numbers of its legend: thousands separators only ("19,917"), in the
/// Chinese magnitude units 万 (10^4, "1.99万") or 亿 (10^8, "8.2亿"), or chosen from the values
/// and the language of the map (thematic/number_format.h says how).
enum class NumberFormat { Plain, Wan, Yi, Auto };

/// The name a document gives a number format: "plain", "wan", "yi" or "auto".
std::string_view numberFormatName(NumberFormat format);

/// A number format by its document name (any ASCII case; "万" and "亿" too); none when unknown.
std::optional<NumberFormat> parseNumberFormat(std::string_view name);

/// Whether `number` is a quantile type the "quantile" method offers (1, 5 or 7; see FillStyle), and
/// the list for messages that name them.
bool isQuantileType(long long number);
inline constexpr const char* kQuantileTypes =
    "1: data values, 5: GeoDa's, 7: R's quantile(), classInt's and QGIS's";

/// How polygons are filled: one colour, or classes of a numeric field coloured by a ramp.
struct FillStyle {
    Rgba8 color{0xd9, 0xd9, 0xd9, 255};               // used when no field is set
    std::string field;                                // numeric field to classify; empty for a single colour
    ClassMethod method = ClassMethod::NaturalBreaks;  // read from its name once (core/style_registry.h)
    int classes = 5;
    // The sample quantile definition of the "quantile" method, by Hyndman and Fan's number: 1 (data
    // values, the default), 5 (GeoDa's) or 7 (R's quantile(), classInt's and QGIS's).
    int quantileType = 1;
    Ramp ramp = Ramp::YlOrRd;
    bool reverse = false;
    // Class limits given outright (ascending, classes + 1 values), e.g. held fixed over all years
    // so years can be compared; empty: computed from the values by `method`.
    std::vector<double> breaks;
    // A layer joined to a table by year: classes computed over every year's values at once (and
    // written to `breaks`), so the years share one scale; false: each year its own classes.
    bool holdOverYears = true;
    // A named break set of the document (MapDocument::breakSets) the classes are locked to, so
    // several layers, years and maps share one set of classes; `breaks` then holds its limits.
    std::string breakSet;
    // Normalisation, chosen in the style rather than by editing the data: the field divided by
    // another per feature (per capita, per km²), and/or as a percentage of the layer's total.
    std::string divideBy;
    bool shareOfTotal = false;
    // A value the colours diverge from (0 % growth, the regional average): it becomes a class
    // limit, and a diverging ramp's light middle sits on it with equal steps either side.
    std::optional<double> center;
    NumberFormat numberFormat = NumberFormat::Plain;  // how the legend writes the class limits
    // What the field is measured in ("亿元", "%", "万人"), for the legend's heading; empty: taken
    // from the joined table's `unit` column or the layer's name where they say.
    std::string unit;
    Rgba8 noData{0xbd, 0xbd, 0xbd, 255};  // features whose value is missing
    // The legend's class labels as the author wrote them ("low", "上游"), in class order; an
    // empty one keeps the computed label. Used when there are exactly as many as classes.
    std::vector<std::string> labels;
    // Categories with colours of their own, in the legend's order (the classes of a statistic's
    // map: High-High red, Low-Low blue, ...); set by the scene, not written to documents.
    std::vector<std::pair<std::string, Rgba8>> categoryColors;

    bool operator==(const FillStyle&) const = default;
};

struct StrokeStyle {
    Rgba8 color{0x63, 0x63, 0x63, 255};
    double width = 0.8;  // pixels at 1x scale; 0 hides the outline
    LineDash dash;       // solid unless both lengths are given (pixels at 1x)
    // A wider line drawn under the stroke (a railway's dark edge, a road's casing): `casingWidth`
    // pixels at 1x on each side of the stroke; 0 draws none.
    Rgba8 casingColor{0x33, 0x33, 0x33, 255};
    double casingWidth = 0.0;
    // Line layers: widths that follow a numeric field (traffic, capacity), proportional to the
    // value, the largest getting `maxWidth` pixels at 1x. Empty: every line is `width`.
    std::string widthField;
    double maxWidth = 12.0;
    // Line layers coloured by a category (a status): the dash of each value ("planned" dotted,
    // "under_construction" dashed); values not named take `dash`.
    std::map<std::string, LineDash> categoryDashes;

    bool operator==(const StrokeStyle&) const = default;
};

struct PointStyle {
    Rgba8 color{0x31, 0x82, 0xbd, 255};
    double size = 6.0;  // diameter in pixels at 1x scale
    // Proportional symbols: the circle's area follows this numeric field, the largest value
    // getting `maxSize` pixels across (at 1x). Empty: every symbol is `size`.
    std::string sizeField;
    double maxSize = 36.0;

    bool operator==(const PointStyle&) const = default;
};

/// Names written on the map: one field's text per feature, placed where it fits without
/// overlapping another label or the furniture, most important first.
struct LabelStyle {
    std::string field;   // text to write; empty: no labels
    double size = 12.0;  // pixels at 1x scale
    Rgba8 color{0x22, 0x22, 0x22, 255};
    Rgba8 halo{0xff, 0xff, 0xff, 230};  // drawn around the letters so they read on any fill
    std::string priority = "area";      // "area" (larger units first) or a numeric field

    bool operator==(const LabelStyle&) const = default;
};

/// A spatial statistic a polygon layer is coloured by, computed from a numeric field when the map
/// is built and again when its join's year changes: the LISA cluster map, the LISA significance
/// map, or Gi* hot and cold spots (the spatial module; the options are those of `bashu stats`);
/// the bivariate LISA cluster map of the field against a second one; or the bivariate
/// choropleth of two fields, each in quantile classes, in the cells of a square palette.
enum class StatisticMethod { LisaClusters, LisaSignificance, GiStar, LisaBivariate, Bivariate };

/// Whether the method reads a second field (StatisticSpec::with).
inline bool isBivariate(StatisticMethod method) {
    return method == StatisticMethod::LisaBivariate || method == StatisticMethod::Bivariate;
}

/// "lisa", "lisa_significance", "gistar", "lisa_bivariate", "bivariate".
std::string_view statisticMethodName(StatisticMethod method);
std::optional<StatisticMethod> statisticMethodFromName(std::string_view name);

struct StatisticSpec {
    StatisticMethod method = StatisticMethod::LisaClusters;
    std::string field;              // the numeric field (a joined one too)
    std::string weights = "queen";  // queen | rook | knn:K | band:D (D in the map's units)
    double tolerance = 0.0;         // of contiguity, in the map's units (metres for the built-in map)
    int permutations = 999;
    int seed = 12345;
    double alpha = 0.05;
    std::string correction = "none";    // none | bonferroni | fdr
    std::string with;                   // the second field of the bivariate methods (up the legend)
    int classes = 3;                    // a bivariate choropleth's classes per field: 2, 3 or 4
    std::string palette = "pink-blue";  // its palette (thematic/bivariate_palettes.h)

    bool operator==(const StatisticSpec&) const = default;
};

struct LayerSpec {
    std::string name;         // shown in legends and the layers panel
    std::string source;       // data file (absolute once parsed)
    std::string sourceLayer;  // layer inside the file; empty for all layers
    std::string filter;       // OGR SQL WHERE clause; empty for all features
    // A PostGIS source ("PG:service=..."): a read-only query instead of a table (sourceLayer),
    // the geometry column where the table has several, and a unique key column where it has no
    // primary key (postgis/pg_source.h).
    std::string sql;
    std::string geometryColumn;
    std::string keyColumn;
    bool visible = true;
    bool inLegend = true;  // false: a base layer (outlines, background) the legend leaves out
    double opacity = 1.0;
    // A polygon layer drawn as one point per unit, at the point deepest inside it (where its
    // label goes): totals as proportional circles over the units a choropleth of rates colours.
    bool asPoints = false;
    std::optional<JoinSpec> join;
    std::optional<StatisticSpec> statistic;  // colours the layer instead of fill's classes
    FillStyle fill;
    StrokeStyle stroke;
    PointStyle point;
    LabelStyle label;

    bool operator==(const LayerSpec&) const = default;
};

/// What part of the map is shown: a centre (longitude/latitude) and the map-unit width (and
/// optionally height) of the area, so every image size shows at least that area.
struct MapView {
    double centerLon = 0.0, centerLat = 0.0;
    double width = 0.0;   // map CRS units across (> 0)
    double height = 0.0;  // map CRS units from top to bottom; 0: not given (the width decides)
};

/// Lines of longitude and latitude over an exported map, under its furniture and labels.
struct GraticuleSpec {
    bool shown = false;
    double interval = 0.0;  // degrees between lines; 0: a round interval chosen for the map's extent
};

/// The largest exported image: pixels a side (larger than GPUs draw at once: exports are drawn
/// in tiles), and pixels in all (2^28, 1 GiB of RGBA, e.g. 16384 x 16384).
inline constexpr int kMaxExportSide = 32768;
inline constexpr long long kMaxExportPixels = 1LL << 28;

struct MapDocument {
    std::string title;
    std::string subtitle;
    std::string note;  // small print under the map: sources, date, author
    std::string crs =
        "auto";  // "auto" fits an equal-area projection to the data (a conic; Equal Earth for a world)
    Rgba8 background{0xff, 0xff, 0xff, 255};
    int width = 2048;  // export size in pixels
    int height = 1536;
    std::optional<MapView> view;  // none: fit all layers
    GraticuleSpec graticule;
    std::vector<LayerSpec> layers;
    // Named class limits layers can be locked to (FillStyle::breakSet): "gdp_2019_2023" for every
    // year's map. Those of the document itself, and a file of sets several maps share (read when
    // the document is, its sets kept apart so saving writes the file's name, not its contents).
    std::map<std::string, std::vector<double>> breakSets;
    std::string breakSetsFile;  // absolute once parsed; empty: none
    std::map<std::string, std::vector<double>> sharedBreakSets;
};

/// A break set by name: the document's own first, then the shared file's; null when neither has it.
const std::vector<double>* findBreakSet(const MapDocument& document, const std::string& name);

/// Parses a map document. Relative paths are resolved against `documentPath`'s folder.
/// Errors name the document and the offending key, e.g. "map.json: layers[1].fill.classes: ...".
Result<MapDocument> parseMapDocument(std::string_view text, const std::string& documentPath);

/// Reads and parses a map document file.
Result<MapDocument> loadMapDocument(const std::string& path);

/// The document as text (core/map_document_writer.cpp); paths relative to `documentPath`'s folder
/// where possible. Only settings that differ from their defaults are written, numbers in their
/// shortest form, small objects on one line. `previousText`, the document being replaced, keeps
/// its key order and every key it wrote, so the saved file differs from it only where the map did.
std::string serializeMapDocument(const MapDocument& document, const std::string& documentPath,
                                 std::string_view previousText = {});

/// Writes the document to `path` atomically (core/atomic_write.h), over the document there as
/// its previous text (serializeMapDocument), so saving an opened map changes only what changed.
Status saveMapDocument(const MapDocument& document, const std::string& path);

}  // namespace bashu
