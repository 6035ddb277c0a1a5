#include "app/stats_command.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/exit_codes.h"
#include "core/atomic_write.h"
#include "io/vector_reader.h"
#include "proj/transform.h"
#include "spatial/contiguity_weights.h"
#include "spatial/distance_weights.h"
#include "spatial/global_autocorrelation.h"
#include "spatial/local_autocorrelation.h"
#include "spatial/weights_files.h"
#include "spatial/weights_request.h"

namespace bashu {

namespace {

using Json = nlohmann::ordered_json;

// What names the units in a weights file: the --id field, or ROW for their numbers.
std::string weightsKey(const StatsOptions& o) { return o.idField.empty() ? "ROW" : o.idField; }

// The weights --read-weights or --weights asks for, with a sentence saying what they are.
Result<DescribedWeights> weightsFor(const StatsOptions& o, const Layer& layer,
                                    const std::vector<std::string>& ids, const std::vector<bool>& analysed) {
    if (!o.readWeights.empty()) {
        std::ifstream in(o.readWeights, std::ios::binary);
        if (!in) return Error{o.readWeights + ": cannot be read"};
        std::stringstream text;
        text << in.rdbuf();
        Result<SpatialWeights> read = readWeightsFile(text.str(), o.readWeights, ids, weightsKey(o));
        if (!read) return read.error();
        return DescribedWeights{std::move(*read),
                                "read from " + std::filesystem::path(o.readWeights).filename().string()};
    }
    Result<WeightsRequest> request = parseWeightsRequest(o.weights);
    if (!request) return Error{"--" + request.error().message};
    const DistanceMetric metric =
        isLonLatCrs(layer.crs) ? DistanceMetric::GreatCircle : DistanceMetric::Planar;
    Result<DescribedWeights> built = buildWeights(layer.geometry, *request, o.tolerance, metric, analysed);
    if (!built) return Error{o.file + ": " + built.error().message};
    return built;
}

Json globalJson(const GlobalStatistic& s) {
    Json j;
    j["value"] = s.value;
    j["expected"] = s.expected;
    j["variance_normal"] = s.varianceNormal;
    j["variance_randomisation"] = s.varianceRandomisation;
    j["z_normal"] = s.zNormal;
    j["z_randomisation"] = s.zRandomisation;
    if (s.pseudoP) {
        j["pseudo_p"] = *s.pseudoP;
        j["permutations"] = s.permutations;
    }
    return j;
}

int fail(const std::string& message) {
    std::cerr << "error: " << message << "\n";
    return kExitBadInput;
}

}  // namespace

int runStats(const StatsOptions& o) {
    Result<VectorFile> file = readVectorFile(o.file);
    if (!file) return fail(file.error().message);
    const Layer* layer = nullptr;
    for (const Layer& l : file->layers)
        if (o.layer.empty() ? file->layers.size() == 1 : l.name == o.layer) layer = &l;
    if (!layer) {
        std::string names;
        for (const Layer& l : file->layers) names += (names.empty() ? "" : ", ") + l.name;
        return fail(o.file + (o.layer.empty()
                                  ? ": has several layers; choose one with --layer (" + names + ")"
                                  : ": no layer '" + o.layer + "' (it has " + names + ")"));
    }
    // What the reader assumed (a coordinate system above all: it decides what a band measures).
    for (const std::string& warning : layer->report.warnings)
        std::cerr << "warning: " << o.file << ": " << warning << "\n";
    const Column* field = layer->attributes.find(o.field);
    if (!field)
        return fail(o.file + ": no field '" + o.field + "'; bashu info " + o.file + " lists the fields");
    if (!field->isNumeric()) return fail(o.file + ": field '" + o.field + "' holds text, not numbers");
    const size_t n = layer->featureCount();

    std::vector<std::string> ids(n);
    if (!o.idField.empty()) {
        const Column* id = layer->attributes.find(o.idField);
        if (!id) return fail(o.file + ": no field '" + o.idField + "' to name the units by (--id)");
        for (size_t i = 0; i < n; ++i) ids[i] = id->isNull(i) ? "" : id->text(i);
        std::vector<std::string> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end() ||
            std::count(ids.begin(), ids.end(), "") > 0)
            return fail(o.file + ": field '" + o.idField +
                        "' does not name each unit once (--id needs unique values)");
        for (const std::string& name : ids)
            if (name.find_first_of(" \t\r\n") != std::string::npos)
                return fail(o.file + ": unit '" + name + "' of field '" + o.idField +
                            "' holds a space; weights files cannot name it");
    } else {
        for (size_t i = 0; i < n; ++i) ids[i] = std::to_string(i + 1);
    }

    Result<MultipleTesting> correction = parseMultipleTesting(o.correction);
    if (!correction) return fail("--correction " + correction.error().message);
    // Units without a value are left out, and with them their links.
    std::vector<bool> keep(n);
    std::vector<double> values;
    std::vector<std::string> keptIds, leftOut;
    for (size_t i = 0; i < n; ++i) {
        const std::optional<double> v = field->number(i);
        keep[i] = v && std::isfinite(*v);
        if (keep[i]) {
            values.push_back(*v);
            keptIds.push_back(ids[i]);
        } else {
            leftOut.push_back(ids[i]);
        }
    }
    Result<DescribedWeights> built = weightsFor(o, *layer, ids, keep);
    if (!built) return fail(built.error().message);
    const SpatialWeights binary = subsetWeights(built->weights, keep);
    const SpatialWeights weights = o.binary ? binary : rowStandardised(binary);

    if (!o.writeWeights.empty()) {
        const std::string extension = std::filesystem::path(o.writeWeights).extension().string();
        if (extension != ".gal" && extension != ".gwt")
            return fail(o.writeWeights + ": weights are written as .gal (neighbours) or .gwt (weights)");
        const std::string text = extension == ".gal"
                                     ? galText(built->weights, ids, layer->name, weightsKey(o))
                                     : gwtText(o.binary ? built->weights : rowStandardised(built->weights),
                                               ids, layer->name, weightsKey(o));
        if (Status written = writeTextFileAtomically(o.writeWeights, text); !written)
            return fail(written.error().message);
    }

    const PermutationOptions permutations{o.permutations, o.seed};
    Result<GlobalStatistic> moran = moranI(values, weights, permutations);
    if (!moran) {
        const bool band = o.readWeights.empty() && o.weights.rfind("band", 0) == 0;
        return fail(
            o.file + ", field '" + o.field + "': " + moran.error().message +
            (band ? (isLonLatCrs(layer->crs) ? " (the band is in metres: the layer is in longitude/latitude)"
                                             : " (the band is in the layer's units)")
                  : ""));
    }
    Result<GlobalStatistic> geary = gearyC(values, weights, permutations);
    if (!geary) return fail(o.file + ", field '" + o.field + "': " + geary.error().message);
    Result<LocalMoran> lisa = localMoran(values, weights, permutations);
    if (!lisa) return fail(o.file + ", field '" + o.field + "': " + lisa.error().message);
    // Gi* counts each neighbour once, and the unit itself (whatever weights the file gave).
    Result<LocalG> gstar = localGStar(values, binaryWeights(binary.neighbours));
    if (!gstar) return fail(o.file + ", field '" + o.field + "': " + gstar.error().message);
    const std::vector<LisaCluster> clusters =
        o.permutations > 0 ? lisaClusters(*lisa, weights, o.alpha, *correction) : std::vector<LisaCluster>{};
    const std::vector<bool> hot = significant(gstar->p, o.alpha, *correction);

    const std::vector<double> valueLag = spatialLag(weights, values);
    const std::vector<size_t> islands = weights.islands();
    const std::map<size_t, size_t> counts = weights.neighbourCounts();
    if (o.json) {
        Json j;
        j["file"] = o.file;
        j["layer"] = layer->name;
        j["field"] = o.field;
        j["units"] = values.size();
        j["left_out"] = leftOut;
        Json w;
        w["kind"] = built->description;
        w["standardisation"] = o.binary ? "binary" : "row";
        Json isl = Json::array();
        for (size_t i : islands) isl.push_back(keptIds[i]);
        w["islands"] = isl;
        Json histogram = Json::object();
        for (const auto& [k, units] : counts) histogram[std::to_string(k)] = units;
        w["neighbour_counts"] = histogram;
        j["weights"] = w;
        j["moran_i"] = globalJson(*moran);
        j["geary_c"] = globalJson(*geary);
        j["seed"] = o.seed;
        j["alpha"] = o.alpha;
        j["correction"] = o.correction;
        Json local = Json::array();
        for (size_t i = 0; i < values.size(); ++i) {
            Json u;
            u["id"] = keptIds[i];
            u["value"] = values[i];
            u["lag"] = valueLag[i];                // the neighbours' (weighted) value
            u["lag_of_deviation"] = lisa->lag[i];  // the same of the deviations from the mean
            u["local_moran"] = lisa->ii[i];
            u["local_moran_expected"] = lisa->expected[i];
            u["local_moran_variance"] = lisa->variance[i];
            if (o.permutations > 0) {
                u["local_moran_pseudo_p"] = lisa->pseudoP[i];
                u["cluster"] = std::string(lisaClusterName(clusters[i]));
            }
            u["gi_star_z"] = gstar->z[i];
            u["gi_star_p"] = gstar->p[i];
            u["hot_spot"] = !hot[i] ? "not significant" : gstar->z[i] > 0 ? "hot spot" : "cold spot";
            local.push_back(u);
        }
        j["local"] = local;
        std::cout << j.dump(2) << "\n";
        return kExitOk;
    }

    std::printf("%s: %zu units, field %s", o.file.c_str(), values.size(), o.field.c_str());
    if (!leftOut.empty()) {
        std::printf(" (%zu left out, no value:", leftOut.size());
        for (size_t i = 0; i < leftOut.size() && i < 8; ++i) std::printf(" %s", leftOut[i].c_str());
        std::printf("%s)", leftOut.size() > 8 ? " ..." : "");
    }
    std::printf("\nweights: %s, %s; neighbours per unit:", built->description.c_str(),
                o.binary ? "binary" : "row-standardised");
    const char* separator = " ";
    for (const auto& [k, units] : counts) {
        std::printf("%s%zu (%zu unit%s)", separator, k, units, units == 1 ? "" : "s");
        separator = ", ";
    }
    std::printf("\n");
    if (!islands.empty()) {
        // An island may be one only because its neighbours have no value: say which is which.
        std::vector<size_t> original;  // kept unit -> its index in the layer
        for (size_t i = 0; i < n; ++i)
            if (keep[i]) original.push_back(i);
        std::printf("islands (no neighbour, left out of the moments):");
        bool bordersApart = false;
        for (size_t i : islands) {
            const bool hadNeighbours = !built->weights.neighbours[original[i]].empty();
            std::printf(" %s%s", keptIds[i].c_str(), hadNeighbours ? " (its neighbours have no value)" : "");
            bordersApart = bordersApart || !hadNeighbours;
        }
        std::printf("%s\n",
                    bordersApart && o.readWeights.empty() && (o.weights == "queen" || o.weights == "rook")
                        ? "; a --tolerance may join units whose borders do not quite meet"
                        : "");
    }
    auto global = [&](const char* name, const GlobalStatistic& s) {
        std::printf("%s = %.6f (expected %.6f), z = %.3f under randomisation, %.3f under normality", name,
                    s.value, s.expected, s.zRandomisation, s.zNormal);
        if (s.pseudoP) std::printf(", pseudo p = %.4f (%d permutations)", *s.pseudoP, s.permutations);
        std::printf("\n");
    };
    global("Moran's I", *moran);
    global("Geary's C", *geary);
    if (clusters.empty()) std::printf("LISA clusters: none without permutations (--permutations 0)\n");
    if (!clusters.empty()) {
        std::map<LisaCluster, size_t> byCluster;
        for (LisaCluster c : clusters) ++byCluster[c];
        std::printf("LISA clusters at %g (%s, seed %llu):", o.alpha, o.correction.c_str(),
                    (unsigned long long)o.seed);
        for (LisaCluster c : {LisaCluster::HighHigh, LisaCluster::LowLow, LisaCluster::HighLow,
                              LisaCluster::LowHigh, LisaCluster::NotSignificant, LisaCluster::Neighbourless})
            if (byCluster[c]) std::printf(" %s %zu,", std::string(lisaClusterName(c)).c_str(), byCluster[c]);
        std::printf("\n");
    }
    size_t hotSpots = 0, coldSpots = 0;
    for (size_t i = 0; i < hot.size(); ++i) {
        hotSpots += hot[i] && gstar->z[i] > 0;
        coldSpots += hot[i] && gstar->z[i] < 0;
    }
    std::printf("Gi* at %g (correction: %s): %zu hot spots, %zu cold spots\n", o.alpha, o.correction.c_str(),
                hotSpots, coldSpots);
    return kExitOk;
}

}  // namespace bashu
