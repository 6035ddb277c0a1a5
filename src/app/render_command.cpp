#include "app/render_command.h"

#include "scene/statistic_style.h"

#include <filesystem>
#include <future>
#include <iostream>
#include <optional>
#include <set>

#include "app/document_inputs.h"
#include "app/exit_codes.h"
#include "app/table_join_option.h"
#include "carto/map_font.h"
#include "carto/paper_size.h"
#include "core/map_document.h"
#include "core/style_registry.h"
#include "export/render_scene.h"
#include "export/small_multiples.h"
#include "platform/headless_context.h"
#include "scene/held_classes.h"
#include "scene/join_switch.h"
#include "scene/statistic_style.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

// The years ("2019–2022") a layer's classes were pooled over as it arrived, the document having
// given none of its own; empty when its classes are the year's own, or the author's.
std::string classesHeldOver(const SceneLayer& layer, const LayerSpec& written) {
    const FillStyle& fill = layer.spec.fill;
    if (layer.spec.statistic || !written.fill.breaks.empty() || !written.fill.breakSet.empty() ||
        !fill.holdOverYears || !layer.spec.join || fill.field != layer.spec.join->as ||
        !fill.divideBy.empty() || fill.shareOfTotal)
        return "";
    const std::optional<std::string> year = yearField(layer);
    if (!year) return "";
    const std::vector<std::string> years = joinChoices(layer, *year);
    return years.size() < 2 ? "" : years.front() + "–" + years.back();
}

Status applyOverrides(MapDocument& document, const RenderOptions& options, bool fromFiles) {
    if (!options.crs.empty()) document.crs = options.crs;
    if (options.width) document.width = *options.width;
    if (options.height) document.height = *options.height;
    if (options.graticule || options.graticuleStep) document.graticule.shown = true;
    if (options.graticuleStep) document.graticule.interval = *options.graticuleStep;
    // Checked here rather than by the option parser, so the message is one line like the others.
    if (options.quantileType && !isQuantileType(*options.quantileType))
        return Error{"--quantile-type: unknown quantile type " + std::to_string(*options.quantileType) +
                     " (" + kQuantileTypes + ")"};
    // Read into the registry's enums here, once, as a document's fill.method and fill.ramp are.
    // Or a spatial statistic's map (lisa, lisa_significance, gistar) of the field, or a bivariate
    // one (bivariate, lisa_bivariate) of two.
    std::optional<ClassMethod> method;
    const std::optional<StatisticMethod> statistic = statisticMethodFromName(options.method);
    if (!options.method.empty() && !statistic && !(method = parseClassMethod(options.method)))
        return Error{"--method: " + unknownMethodMessage(options.method)};
    std::optional<Ramp> ramp;
    if (!options.ramp.empty() && !(ramp = parseRamp(options.ramp)))
        return Error{"--ramp: " + unknownRampMessage(options.ramp)};
    const bool styleGiven = !options.field.empty() || !options.method.empty() || !options.ramp.empty() ||
                            options.classes || options.quantileType || options.reverse;
    size_t styled = 0;
    for (LayerSpec& layer : document.layers) {
        if (layer.fill.field.empty() && !(fromFiles && !options.field.empty())) continue;
        if (!options.field.empty()) layer.fill.field = options.field;
        if (method) layer.fill.method = *method;
        if (statistic) {
            layer.statistic = layer.statistic.value_or(StatisticSpec{});
            layer.statistic->method = *statistic;
            if (isBivariate(*statistic)) {
                // Two fields, "F,G": the first across the legend's square, the second up.
                const size_t comma = layer.fill.field.find(',');
                if (comma == std::string::npos || comma == 0 || comma + 1 == layer.fill.field.size())
                    return Error{"--method " + options.method + " maps two fields: give --field F,G"};
                layer.statistic->with = layer.fill.field.substr(comma + 1);
                layer.fill.field.resize(comma);
                if (options.classes) {
                    if (*options.classes < 2 || *options.classes > 4)
                        return Error{"--classes: a bivariate map has 2, 3 or 4 classes per field, not " +
                                     std::to_string(*options.classes)};
                    layer.statistic->classes = *options.classes;
                }
            }
            layer.statistic->field = layer.fill.field;
            if (fromFiles) layer.name = statisticTitle(*layer.statistic);  // the legend's heading
        }
        if (ramp) layer.fill.ramp = *ramp;
        if (options.classes) layer.fill.classes = *options.classes;
        if (options.quantileType) layer.fill.quantileType = *options.quantileType;
        if (options.reverse) layer.fill.reverse = !layer.fill.reverse;
        if (options.classesOfYear) layer.fill.holdOverYears = false;
        ++styled;
    }
    if (styleGiven && styled == 0)
        return Error{
            "--method, --classes, --quantile-type, --ramp and --reverse need a classified layer: give "
            "--field too"};
    return Ok{};
}

// The small multiples the options ask for, or none.
std::optional<SmallMultiplesRequest> smallMultiplesRequest(const RenderOptions& options) {
    if (options.years.empty() && options.fields.empty()) return std::nullopt;
    SmallMultiplesRequest request;
    request.by = options.years.empty() ? PanelsBy::Field : PanelsBy::Year;
    request.values = options.years.empty() ? options.fields : options.years;
    request.columns = options.columns.value_or(0);
    return request;
}

}  // namespace

int runRender(const RenderOptions& options) {
    const std::optional<SmallMultiplesRequest> multiples = smallMultiplesRequest(options);
    if (options.columns && !multiples) {
        std::cerr << "error: --columns needs --years or --fields (the grid of small multiples)\n";
        return kExitUsage;
    }
    // The format is decided before any file is read, once: a wrong extension is a quick mistake
    // to fix, and the rest of the command follows the target.
    Result<ExportTarget> target = exportTarget(options.output);
    if (!target) {
        std::cerr << "error: " << target.error().message << "\n";
        return kExitBadInput;
    }
    if (Status format = multiples ? checkSmallMultiplesTarget(*target) : Status(Ok{}); !format) {
        std::cerr << "error: " << format.error().message << "\n";
        return kExitBadInput;
    }

    // The paper is checked before any file is read: a bad size is a command-line mistake.
    std::optional<PrintSize> print;
    if (!options.paper.empty()) {
        Result<PrintSize> size =
            printSize(options.paper, options.dpi.value_or(kDefaultPaperDpi),
                      options.landscape ? Orientation::Landscape : Orientation::Portrait);
        if (!size) {
            std::cerr << "error: --paper " << options.paper << ": " << size.error().message << "\n";
            return kExitUsage;
        }
        print = *size;
    }

    Result<ResolvedInputs> resolved = documentForInputs(options.inputs);
    if (!resolved) {
        std::cerr << "error: " << resolved.error().message << "\n";
        return kExitBadInput;
    }
    MapDocument* document = &resolved->document;
    RenderOptions styled = options;
    if ((!options.on.empty() || options.headerRow) && options.join.empty()) {
        std::cerr << "error: --on and --header-row need --join (the table to join)\n";
        return kExitUsage;
    }
    if (!options.join.empty()) {
        if (multiples && multiples->by == PanelsBy::Field) {
            std::cerr << "error: --join maps one column; small multiples by --fields are not joined\n";
            return kExitUsage;
        }
        if (Status joined = addTableJoin(*document, {options.join, options.on, options.field,
                                                     options.headerRow, !options.years.empty()});
            !joined) {
            std::cerr << "error: " << joined.error().message << "\n";
            return kExitBadInput;
        }
        styled.field.clear();  // the joined layer is coloured by the column, the others as they were
    }
    // Panels by field colour by the first one until the panels are drawn: data files get classes.
    if (multiples && multiples->by == PanelsBy::Field) styled.field = options.fields.front();
    if (Status overridden = applyOverrides(*document, styled, resolved->fromDataFiles); !overridden) {
        std::cerr << "error: " << overridden.error().message << "\n";
        return kExitBadInput;
    }

    if (document->layers.empty()) {
        // A blank image would look like a rendering fault; say what is wrong instead.
        std::cerr << "error: " << (options.inputs.empty() ? "the map" : options.inputs.front())
                  << ": the map document has no layers; nothing to draw\n";
        return kExitBadInput;
    }
    ExportOptions exportOptions;
    exportOptions.width = print ? print->width : document->width;
    exportOptions.height = print ? print->height : document->height;
    exportOptions.pixelScale = options.scale * (print ? print->pixelScale : 1.0f);
    exportOptions.legend = options.legend;
    exportOptions.scaleBar = options.scaleBar;
    exportOptions.northArrow = options.northArrow;
    if (print) exportOptions.dpi = options.dpi.value_or(kDefaultPaperDpi);
    // One export: layers it draws at a coarser detail level need no full meshes (and small
    // multiples' panels are smaller still).
    SceneBuildOptions buildOptions;
    buildOptions.exportCamera = [&](const MapScene& built) {
        return exportCamera(built, exportOptions, target->format);
    };
    buildOptions.everyField = multiples && multiples->by == PanelsBy::Field;
    buildOptions.exportPixelScale = exportOptions.pixelScale;
    // EGL and the software rasteriser take tens of milliseconds to start, and the font as many to
    // find and load: both start on a second thread while this one reads the data and builds the
    // scene (a whole command of the built-in map is a few hundred ms).
    // SVG and PDF are drawn without GL: they start no context, so they work where EGL does not.
    const bool needsGl = drawnThroughGl(target->format);
    std::future<Result<HeadlessContext>> startingContext = std::async(std::launch::async, [needsGl] {
        mapFont();
        if (!needsGl) return Result<HeadlessContext>(Error{"no GL context needed"});
        Result<HeadlessContext> started = HeadlessContext::create();
        if (started) started->release();
        return started;
    });
    Result<MapScene> scene = buildScene(*document, buildOptions);
    if (!scene) {
        std::cerr << "error: " << scene.error().message << "\n";
        return kExitBadInput;
    }
    // Each once: two layers joined to one table (colours and circles) would say its rows twice.
    std::set<std::string> warned;
    for (const std::string& warning : scene->warnings)
        if (warned.insert(warning).second) std::cerr << "warning: " << warning << "\n";
    // What a statistics table matched, row by row: the planner checks it before trusting the map.
    for (const SceneLayer& layer : scene->layers)
        for (const std::string& line : layer.joinReport) std::cerr << line << "\n";
    // Classes pooled over every year are the right default (years compare) but not what a reader
    // of one map expects: said, with the way to the year's own.
    if (!multiples)
        for (size_t i = 0; i < scene->layers.size() && i < document->layers.size(); ++i)
            if (const std::string years = classesHeldOver(scene->layers[i], document->layers[i]);
                !years.empty())
                std::cerr << "note: " << scene->layers[i].spec.name
                          << ": classes over every year of the table (" << years
                          << "), so maps of other years compare; --classes-of-year gives this year's own\n";
    // The panels are checked against the scene before any drawing: a year without data is a
    // mistake in the command, found in a moment.
    std::optional<PanelPlan> plan;
    if (multiples) {
        Result<PanelPlan> planned = planPanels(
            *scene, *multiples, options.inputs.empty() ? "the built-in map" : options.inputs.front());
        if (!planned) {
            std::cerr << "error: " << planned.error().message << "\n";
            return kExitBadInput;
        }
        plan = std::move(*planned);
    }

    releaseCoordinatesNotDrawn(*scene, target->format);
    Result<HeadlessContext> context = startingContext.get();
    if (needsGl && context) {
        if (Status current = context->makeCurrent(); !current) context = current.error();
    }
    if (needsGl && !context) {
        std::cerr << "error: " << context.error().message << "\n";
        return kExitEngineFailure;
    }
    // One map drawn through GL: its meshes live on the GPU alone from here.
    std::optional<SceneImages> uploaded;
    if (needsGl && !plan && checkExportSize(exportOptions.width, exportOptions.height)) {
        Result<SceneImages> images = SceneImages::uploadAndRelease(*scene);
        if (!images) {
            std::cerr << "error: " << images.error().message << "\n";
            return kExitEngineFailure;
        }
        uploaded.emplace(std::move(*images));
    }
    std::string fontWarning;
    Status exported =
        plan ? exportSmallMultiples(*scene, *plan, multiples->columns, exportOptions, *target, &fontWarning)
             : exportMap(*scene, exportOptions, *target, &fontWarning, uploaded ? &*uploaded : nullptr);
    if (!fontWarning.empty()) std::cerr << "warning: " << fontWarning << "\n";
    // What the panels met on the way (a year with too few values for a statistic).
    for (const std::string& warning : scene->warnings)
        if (warned.insert(warning).second) std::cerr << "warning: " << warning << "\n";
    if (!exported) {
        std::cerr << "error: " << exported.error().message << "\n";
        return kExitEngineFailure;
    }
    return kExitOk;
}

}  // namespace bashu
