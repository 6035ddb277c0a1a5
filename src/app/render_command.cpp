#include "app/render_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/builtin_map.h"
#include "app/exit_codes.h"
#include "core/map_document.h"
#include "io/image_writer.h"
#include "io/vector_reader.h"
#include "platform/headless_context.h"
#include "scene/render_scene.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

// A .json input is a map document when its top level has "layers"; otherwise it is data
// (GeoJSON often ends in .json too).
bool isMapDocument(const std::string& path) {
    std::string extension = fs::path(path).extension().string();
    for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (extension != ".json") return false;
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
    return root.is_discarded() ? text.find("\"layers\"") != std::string::npos : root.contains("layers");
}

Result<MapDocument> documentFromFiles(const std::vector<std::string>& files) {
    // Distinct light fills so several files stay apart; outlines carry the shapes.
    static const Rgba8 fills[] = {
        {0xd9, 0xe4, 0xd0, 255}, {0xf2, 0xe2, 0xc4, 255}, {0xd4, 0xe0, 0xee, 255}, {0xee, 0xd7, 0xd7, 255}};
    MapDocument document;
    for (const std::string& path : files) {
        if (isMapDocument(path)) return Error{path + ": a map document cannot be combined with other inputs"};
        Result<std::vector<std::string>> names = listLayerNames(path);
        if (!names) return names.error();
        for (const std::string& name : *names) {
            LayerSpec layer;
            layer.source = fs::absolute(path).lexically_normal().string();
            layer.sourceLayer = names->size() > 1 ? name : "";
            layer.name = name;
            layer.fill.color = fills[document.layers.size() % std::size(fills)];
            document.layers.push_back(std::move(layer));
        }
    }
    return document;
}

Result<MapDocument> resolveDocument(const RenderOptions& options) {
    if (options.inputs.empty()) return loadMapDocument(builtinDocumentPath());
    if (options.inputs.size() == 1 && isMapDocument(options.inputs.front()))
        return loadMapDocument(options.inputs.front());
    return documentFromFiles(options.inputs);
}

Status applyOverrides(MapDocument& document, const RenderOptions& options, bool fromFiles) {
    if (!options.crs.empty()) document.crs = options.crs;
    if (options.width) document.width = *options.width;
    if (options.height) document.height = *options.height;
    const bool styleGiven = !options.field.empty() || !options.method.empty() || !options.ramp.empty() ||
                            options.classes || options.reverse;
    size_t styled = 0;
    for (LayerSpec& layer : document.layers) {
        if (layer.fill.field.empty() && !(fromFiles && !options.field.empty())) continue;
        if (!options.field.empty()) layer.fill.field = options.field;
        if (!options.method.empty()) layer.fill.method = options.method;
        if (!options.ramp.empty()) layer.fill.ramp = options.ramp;
        if (options.classes) layer.fill.classes = *options.classes;
        if (options.reverse) layer.fill.reverse = !layer.fill.reverse;
        ++styled;
    }
    if (styleGiven && styled == 0)
        return Error{"--method, --classes, --ramp and --reverse need a classified layer: give --field too"};
    return Ok{};
}

}  // namespace

int runRender(const RenderOptions& options) {
    std::string extension = fs::path(options.output).extension().string();
    for (char& c : extension) c = char(std::tolower(static_cast<unsigned char>(c)));
    if (extension != ".png") {
        std::cerr << "error: " << options.output << ": unsupported output format '" << extension
                  << "' (write a .png file)\n";
        return kExitBadInput;
    }

    Result<MapDocument> document = resolveDocument(options);
    if (!document) {
        std::cerr << "error: " << document.error().message << "\n";
        return kExitBadInput;
    }
    const bool fromFiles =
        !options.inputs.empty() && !(options.inputs.size() == 1 && isMapDocument(options.inputs[0]));
    if (Status overridden = applyOverrides(*document, options, fromFiles); !overridden) {
        std::cerr << "error: " << overridden.error().message << "\n";
        return kExitBadInput;
    }

    Result<MapScene> scene = buildScene(*document);
    if (!scene) {
        std::cerr << "error: " << scene.error().message << "\n";
        return kExitBadInput;
    }
    for (const std::string& warning : scene->warnings) std::cerr << "warning: " << warning << "\n";

    Result<HeadlessContext> context = HeadlessContext::create();
    if (!context) {
        std::cerr << "error: " << context.error().message << "\n";
        return kExitEngineFailure;
    }
    std::string fontWarning;
    Result<Image> image =
        renderMapExport(*scene, document->width, document->height, options.scale, &fontWarning);
    if (!fontWarning.empty()) std::cerr << "warning: " << fontWarning << "\n";
    if (!image) {
        std::cerr << "error: " << image.error().message << "\n";
        return kExitEngineFailure;
    }
    if (Status written = writePng(*image, options.output); !written) {
        std::cerr << "error: " << written.error().message << "\n";
        return kExitEngineFailure;
    }
    return kExitOk;
}

}  // namespace bashu
