#include "scene/document_inputs.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/data_path.h"
#include "core/file_extension.h"
#include "io/vector_reader.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

// Big files are data: map documents are small. Only the beginning of those is looked at.
constexpr std::uintmax_t kParseWholeBelow = 4u << 20;
constexpr size_t kSniffBytes = 64u << 10;

// Every layer of a data file, each in the next of the distinct light fills (several files stay
// apart; outlines carry the shapes).
Status addFileLayers(const std::string& path, MapDocument& document) {
    static const Rgba8 fills[] = {
        {0xd9, 0xe4, 0xd0, 255}, {0xf2, 0xe2, 0xc4, 255}, {0xd4, 0xe0, 0xee, 255}, {0xee, 0xd7, 0xd7, 255}};
    Result<std::vector<std::string>> names = listLayerNames(path);
    if (!names) return names.error();
    for (const std::string& name : *names) {
        LayerSpec layer;
        // GDAL's virtual and network paths are kept as written ("//" in a URL matters).
        layer.source = dataPath(path).local() ? fs::absolute(path).lexically_normal().string() : path;
        layer.sourceLayer = names->size() > 1 ? name : "";
        layer.name = name;
        layer.fill.color = fills[document.layers.size() % std::size(fills)];
        document.layers.push_back(std::move(layer));
    }
    return Ok{};
}

}  // namespace

Result<MapDocument> documentFromFiles(const std::vector<std::string>& files) {
    MapDocument document;
    for (const std::string& path : files) {
        if (classifyInput(path) == InputKind::MapDocument)
            return Error{path + ": a map document cannot be combined with other inputs"};
        if (Status added = addFileLayers(path, document); !added) return added.error();
    }
    return document;
}

Result<MapDocument> documentFromDataFiles(const std::vector<std::string>& files) {
    MapDocument document;
    for (const std::string& path : files)
        if (Status added = addFileLayers(path, document); !added) return added.error();
    return document;
}

Result<MapDocument> documentFromReadableFiles(const std::vector<std::string>& files,
                                              std::vector<std::string>& leftOut) {
    MapDocument document;
    std::optional<Error> first;
    for (const std::string& path : files) {
        if (classifyInput(path) == InputKind::MapDocument)
            return Error{path + ": a map document cannot be combined with other inputs"};
        if (Status added = addFileLayers(path, document); !added) {
            leftOut.push_back(added.error().message);
            if (!first) first = added.error();
        }
    }
    if (document.layers.empty() && first) return *first;
    return document;
}

InputKind classifyInput(const std::string& path) {
    return isMapDocument(path) ? InputKind::MapDocument : InputKind::DataFile;
}

bool isMapDocument(const std::string& path) {
    if (lowerExtension(path) != ".json") return false;
    std::error_code ec;
    const std::uintmax_t size = fs::file_size(path, ec);
    std::ifstream in(path, std::ios::binary);
    if (ec || !in) return false;
    if (size < kParseWholeBelow) {
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // No "layers" key at all: data, told without parsing (a 3.6 MB world atlas was parsed
        // each of the five times a render asked).
        if (text.find("\"layers\"") == std::string::npos) return false;
        const nlohmann::json root = nlohmann::json::parse(text, nullptr, false);
        if (!root.is_discarded()) return root.is_object() && root.contains("layers");
        // Broken JSON: call it a document if it looks like one, so its parse error is reported.
        return text.find("\"layers\"") != std::string::npos;
    }
    std::string head(kSniffBytes, '\0');
    in.read(head.data(), std::streamsize(head.size()));
    head.resize(size_t(in.gcount()));
    const size_t layers = head.find("\"layers\""), features = head.find("\"features\"");
    return layers != std::string::npos && (features == std::string::npos || layers < features);
}

}  // namespace bashu
