// bashu: thematic maps of regions. Subcommands for scripts (info, render); with no arguments it
// shows the built-in Chengdu–Chongqing map.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <new>
#include <set>

#include "app/builtin_map.h"
#include "app/document_inputs.h"
#include "app/exit_codes.h"
#include "app/info_command.h"
#include "app/join_command.h"
#include "app/overview_command.h"
#include "app/render_command.h"
#include "app/stats_command.h"
#include "carto/paper_size.h"
#include "core/data_path.h"
#include "core/style_registry.h"
#include "core/version.h"
#include "io/network_access.h"
#include "platform/glfw_window.h"
#include "scene/map_scene.h"
#include "ui/map_window.h"

namespace {

// --method's and --ramp's help, from the registries the documents are read with.
std::string methodHelp() {
    std::string help = "Classification method (default jenks):";
    for (const bashu::ClassMethodInfo& info : bashu::classMethods()) {
        help += "\n  " + std::string(info.name);
        if (!info.alias.empty()) help += " (or " + std::string(info.alias) + ")";
        help += ": " + std::string(info.description);
    }
    help +=
        "\n  lisa, lisa_significance, gistar: a spatial statistic's map of --field (LISA clusters, their "
        "significance, Gi* hot and cold spots; queen weights, 999 permutations; a document's "
        "\"statistic\" sets the rest)"
        "\n  bivariate: a bivariate choropleth of --field F,G (each in --classes 2 to 4 quantiles, "
        "default 3)"
        "\n  lisa_bivariate: bivariate LISA clusters of --field F,G (F against the neighbours' G)";
    return help;
}

std::string rampHelp() {
    std::string help = "Colour ramp (default YlOrRd):";
    for (bashu::RampKind kind :
         {bashu::RampKind::Sequential, bashu::RampKind::Diverging, bashu::RampKind::Qualitative}) {
        help += kind == bashu::RampKind::Sequential  ? "\n  sequential: "
                : kind == bashu::RampKind::Diverging ? "\n  diverging: "
                                                     : "\n  qualitative: ";
        bool first = true;
        for (const bashu::RampInfo& info : bashu::colorRamps())
            if (info.kind == kind) {
                help += (first ? "" : ", ") + std::string(info.name);
                first = false;
            }
    }
    return help;
}

// Without a display the main job renders the built-in map to a file and says where.
int renderBuiltinMapWithoutDisplay() {
    bashu::RenderOptions options;
    options.output = (std::filesystem::current_path() / "bashu-map.png").string();
    const int status = bashu::runRender(options);
    if (status == bashu::kExitOk)
        std::cout << "No display found; rendered the built-in Chengdu-Chongqing map to " << options.output
                  << "\n"
                  << "(bashu render --help shows how to render other maps)\n";
    return status;
}

// A map for the window from the command line's inputs (none: the built-in map).
bashu::Result<bashu::OpenedMap> openMap(const std::vector<std::string>& inputs) {
    bashu::Result<bashu::ResolvedInputs> resolved =
        bashu::documentForInputs(inputs, bashu::UnreadableInputs::LeaveOut);
    if (!resolved) return resolved.error();
    bashu::OpenedMap map;
    map.leftOut = std::move(resolved->leftOut);
    // A document with a PostGIS layer waits for a server that may be slow or down.
    const bool fromServer =
        std::any_of(resolved->document.layers.begin(), resolved->document.layers.end(),
                    [](const bashu::LayerSpec& layer) { return bashu::isDatabasePath(layer.source); });
    if (resolved->fromDataFiles || fromServer) {
        // Data files and servers load in the window, off its thread, with progress: a large file
        // or a slow server should not keep the window from appearing, and a server that is down
        // is said in the window (the document is then kept as it is: see layer_loading.h).
        map.layersToLoad = std::move(resolved->document.layers);
        resolved->document.layers.clear();
        std::set<std::string> read;  // the files the layers come from, left-out ones not among them
        for (const bashu::LayerSpec& layer : map.layersToLoad) read.insert(layer.source);
        map.loadingLabel = !resolved->fromDataFiles ? inputs.front()
                           : read.size() == 1       ? *read.begin()
                                                    : std::to_string(read.size()) + " files";
    }
    bashu::Result<bashu::MapScene> scene = bashu::buildScene(resolved->document);
    if (!scene) return scene.error();
    map.scene = std::move(*scene);
    // The built-in map opens from the program's own files: saving asks for a new file.
    if (!resolved->fromDataFiles)
        map.documentPath = inputs.empty() ? bashu::builtinDocumentPath() : inputs.front();
    map.readOnly = inputs.empty() || (!resolved->fromDataFiles && bashu::isBuiltinDataFile(inputs.front()));
    return map;
}

int openWindow(const std::vector<std::string>& inputs) {
    if (!bashu::displayAvailable()) {
        if (inputs.empty()) return renderBuiltinMapWithoutDisplay();
        std::cerr << "error: no display to open a window on; use 'bashu render FILE... -o map.png' instead\n";
        return bashu::kExitUsage;
    }
    bashu::Result<bashu::OpenedMap> map = openMap(inputs);
    if (!map) {
        std::cerr << "error: " << map.error().message << "\n";
        return bashu::kExitBadInput;
    }
    for (const std::string& warning : map->scene.warnings) std::cerr << "warning: " << warning << "\n";
    for (const std::string& problem : map->leftOut) std::cerr << "error: " << problem << " (left out)\n";
    return bashu::runMapWindow(
        std::move(*map), [](const std::string& path) { return openMap(std::vector<std::string>{path}); });
}

int run(int argc, char** argv) {
    CLI::App app{"Bashu Atlas: thematic maps of regions (built-in: the Chengdu-Chongqing Economic Circle)",
                 "bashu"};
    app.require_subcommand(0, 1);
    app.set_version_flag("--version", "bashu " + std::string(bashu::bashuVersion()));
    // Global, before or after the subcommand: no file or document makes a request without it.
    bool allowNetwork = false;
    app.add_flag("--allow-network", allowNetwork,
                 "Let inputs be URLs or GDAL network paths (/vsicurl/, /vsis3/, ...); off by default")
        ->configurable(false);
    app.fallthrough();
    std::vector<std::string> windowInputs;
    app.add_option("inputs", windowInputs,
                   "Map document or data files to open in the window (default: the built-in map)");

    std::vector<std::string> infoFiles;
    bool infoJson = false;
    CLI::App* info = app.add_subcommand("info", "Describe vector files: driver, layers, CRS, extent, fields");
    info->add_option("files", infoFiles,
                     "Files GDAL/OGR can read (GeoJSON, Shapefile, GeoPackage, ...), folders it reads as one "
                     "dataset (a File Geodatabase .gdb, a folder of Shapefiles), .zip archives of them")
        ->required();
    info->add_flag("--json", infoJson, "Print one JSON object on stdout instead of text");

    bashu::RenderOptions render;
    CLI::App* renderCommand =
        app.add_subcommand("render", "Render a map document or data files to an image, headless");
    renderCommand->add_option("inputs", render.inputs,
                              "A map document (.json) or data files, folders (.gdb, Shapefiles) or .zip "
                              "archives; none: the built-in map");
    renderCommand->add_option("-o,--output", render.output, "Output file: .png, .tif (GeoTIFF), .svg or .pdf")
        ->required();
    renderCommand->add_option("--width", render.width, "Image width in pixels")
        ->check(CLI::Range(16, bashu::kMaxExportSide));
    renderCommand->add_option("--height", render.height, "Image height in pixels")
        ->check(CLI::Range(16, bashu::kMaxExportSide));
    renderCommand->add_option("--scale", render.scale, "Line width and symbol size factor (2 for 2x)")
        ->check(CLI::Range(0.25, 16.0));
    CLI::Option* paper =
        renderCommand->add_option("--paper", render.paper, "Size for print: A5-A0, Letter, Legal or Tabloid");
    paper->excludes("--width")->excludes("--height");
    renderCommand->add_option("--dpi", render.dpi, "Print resolution with --paper (default 300)")
        ->check(CLI::Range(bashu::kMinPrintDpi, bashu::kMaxPrintDpi))
        ->needs(paper);
    renderCommand->add_flag("--landscape", render.landscape, "Paper in landscape orientation")->needs(paper);
    renderCommand->add_flag("!--no-legend", render.legend, "Leave out the legend");
    renderCommand->add_flag("!--no-scale-bar", render.scaleBar, "Leave out the scale bar");
    renderCommand->add_flag("!--no-north-arrow", render.northArrow, "Leave out the north arrow");
    renderCommand->add_flag("--graticule", render.graticule,
                            "Draw lines of longitude and latitude at a round interval");
    renderCommand
        ->add_option("--graticule-step", render.graticuleStep,
                     "Degrees between the graticule's lines (implies --graticule)")
        ->check(CLI::Range(0.001, 90.0));
    renderCommand->add_option(
        "--field", render.field,
        "Numeric field to colour by (with --join: the table's column, as bashu info lists it)");
    renderCommand->add_option(
        "--join", render.join,
        "A statistics table to join to the first layer: TABLE or TABLE:SHEET (.csv, .xlsx, "
        ".xls, .ods); the match report goes to stderr");
    renderCommand->add_option("--on", render.on,
                              "The join's keys: COLUMN of the table, COLUMN=LAYER_FIELD, or =LAYER_FIELD "
                              "(default: the column of names or codes found, the layer field matching best)");
    renderCommand->add_option("--header-row", render.headerRow,
                              "The table's header row, numbered as in the sheet (default: found)");
    renderCommand->add_option("--method", render.method, methodHelp());
    renderCommand->add_option("--classes", render.classes, "Number of classes")->check(CLI::Range(1, 12));
    renderCommand->add_option("--quantile-type", render.quantileType,
                              "Sample quantiles of --method quantile, by Hyndman and Fan's number: 1 (data "
                              "values, the default), 5 (GeoDa's) or 7 (R's quantile(), classInt, QGIS)");
    renderCommand->add_option("--ramp", render.ramp, rampHelp());
    renderCommand->add_flag("--reverse", render.reverse, "Reverse the colour ramp");
    renderCommand->add_flag(
        "--classes-of-year", render.classesOfYear,
        "A joined table's year gets classes of its own values (default: classes over every "
        "year of the table, so maps of different years compare)");
    renderCommand->add_option("--crs", render.crs,
                              "Map CRS: EPSG:XXXX, a PROJ string or WKT (default: fitted)");
    CLI::Option* years =
        renderCommand
            ->add_option("--years", render.years,
                         "Small multiples: one panel per year of the joined table (2019,2021,2023 or all), "
                         "one legend with classes over all panels")
            ->delimiter(',');
    CLI::Option* fields = renderCommand
                              ->add_option("--fields", render.fields,
                                           "Small multiples: one panel per numeric field (a,b,c), one legend "
                                           "with classes over all panels")
                              ->delimiter(',');
    years->excludes(fields);
    fields->excludes("--field");
    renderCommand
        ->add_option("--columns", render.columns, "Columns of the small multiples' grid (default: fitted)")
        ->check(CLI::Range(1, 24));

    bashu::JoinOptions join;
    CLI::App* joinCommand = app.add_subcommand(
        "join", "Join a statistics table (.csv, .xlsx, .xls, .ods) to a layer and write it for other tools");
    joinCommand->add_option("layer", join.layerFile, "The data file of the layer (one layer)")->required();
    joinCommand->add_option("table", join.table, "The table: TABLE or TABLE:SHEET")->required();
    joinCommand->add_option(
        "--on", join.on,
        "The keys: COLUMN of the table, COLUMN=LAYER_FIELD, or =LAYER_FIELD (default: the "
        "column of names or codes found, the layer field matching best)");
    joinCommand->add_option("--header-row", join.headerRow,
                            "The table's header row, numbered as in the sheet (default: found)");
    joinCommand->add_option("--field", join.fields,
                            "A column of the table to join (repeatable; default: every column of numbers)");
    joinCommand
        ->add_option("-o,--output", join.output, "Output file: .gpkg, .geojson or .shp (with a .cpg: UTF-8)")
        ->required();

    bashu::StatsOptions stats;
    CLI::App* statsCommand = app.add_subcommand(
        "stats",
        "Spatial autocorrelation of a layer's field: Moran's I, Geary's C, LISA clusters, Gi* hot spots");
    statsCommand->add_option("file", stats.file, "The data file of the layer")->required();
    statsCommand->add_option("--layer", stats.layer, "The file's layer, where it has several");
    statsCommand->add_option("--field", stats.field, "The numeric field")->required();
    statsCommand->add_option(
        "--id", stats.idField,
        "A field naming each unit once, for the output and weights files (default: 1, 2, ...)");
    statsCommand->add_option(
        "--weights", stats.weights,
        "queen, rook (contiguity), knn:K (K nearest centroids) or band:D (centroids within D: "
        "layer units, metres for longitude/latitude); default queen");
    statsCommand->add_option("--tolerance", stats.tolerance,
                             "How far apart borders may lie and still touch, in layer units (default 0)");
    statsCommand->add_flag("--binary", stats.binary, "Binary weights (default: row-standardised)");
    statsCommand->add_option("--read-weights", stats.readWeights,
                             "Weights from a GeoDa .gal or .gwt file instead");
    statsCommand->add_option("--write-weights", stats.writeWeights,
                             "Write the weights to a .gal or .gwt file");
    statsCommand
        ->add_option("--permutations", stats.permutations, "Permutations of the tests (default 999; 0: none)")
        ->check(CLI::Range(0, 99999));
    statsCommand->add_option("--seed", stats.seed, "Seed of the permutations (default 12345)");
    statsCommand->add_option("--alpha", stats.alpha, "Significance level (default 0.05)")
        ->check(CLI::Range(0.0, 1.0));
    statsCommand->add_option("--correction", stats.correction,
                             "For many local tests: none, bonferroni or fdr (default none)");
    statsCommand->add_flag("--json", stats.json, "Print one JSON object on stdout, with every unit's values");

    std::string overviewSource, overviewTable;
    CLI::App* overviewCommand = app.add_subcommand(
        "overview",
        "Build a PostGIS table's overview beside it, so maps of the whole table draw at once (operators)");
    overviewCommand->add_option("connection", overviewSource, "The connection: PG:service=... or PG:host=...")
        ->required();
    overviewCommand->add_option("table", overviewTable, "The table: name or schema.name")->required();

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? bashu::kExitOk : bashu::kExitUsage;
    }

    bashu::allowNetworkAccess(allowNetwork);
    try {
        if (*info) return bashu::runInfo(infoFiles, infoJson);
        if (*renderCommand) return bashu::runRender(render);
        if (*joinCommand) return bashu::runJoin(join);
        if (*statsCommand) return bashu::runStats(stats);
        if (*overviewCommand) return bashu::runOverview(overviewSource, overviewTable);
        return openWindow(windowInputs);
    } catch (const std::bad_alloc&) {
        // Readers say which file ran out of memory; this catches what is left (a huge export,
        // a scene too large to tessellate) so the end is a message, not an abort.
        std::cerr << "error: not enough memory for this map; close other programs or load less data\n";
        return bashu::kExitBadInput;
    }
}

}  // namespace

int main(int argc, char** argv) {
    // What no command catches (memory running out while the options are set up) ends with one
    // line and an exit status, not an abort.
    try {
        return run(argc, argv);
    } catch (const std::exception& e) {
        std::fputs(("error: " + std::string(e.what()) + "\n").c_str(), stderr);
        return bashu::kExitEngineFailure;
    }
}
