// The built-in statistical units (geodata/) against R's spdep: the same queen neighbours across
// borders that come from two sources, and the 2020 population density's Moran's I and local Moran
// with the units lacking a census value left out (data/spdep_builtin.json, from
// data/spdep_reference.R).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "io/vector_reader.h"
#include "spatial/contiguity_weights.h"
#include "spatial/global_autocorrelation.h"
#include "spatial/local_autocorrelation.h"

namespace bashu {
namespace {

const std::string kData = BASHU_SPATIAL_DATA;
const std::string kGeodata = BASHU_GEODATA;

TEST(BuiltinUnits, QueenNeighboursAndDensityStatisticsAreSpdeps) {
    Result<VectorFile> units = readVectorFile(kGeodata + "/statistical_units.geojson");
    ASSERT_TRUE(units) << units.error().message;
    const Layer& layer = units->layers.front();
    Result<VectorFile> wide = readVectorFile(kGeodata + "/indicators_by_unit.csv");
    ASSERT_TRUE(wide) << wide.error().message;
    const AttributeTable& table = wide->layers.front().attributes;
    std::ifstream in(kData + "/spdep_builtin.json");
    ASSERT_TRUE(in);
    const nlohmann::json r = nlohmann::json::parse(in);

    Result<SpatialWeights> queen = contiguityWeights(layer.geometry, Contiguity::Queen, 0.0);
    ASSERT_TRUE(queen);
    const Column* code = layer.attributes.find("adcode");
    ASSERT_NE(code, nullptr);
    ASSERT_EQ(queen->size(), r["queen"].size());
    for (size_t i = 0; i < queen->size(); ++i) {
        ASSERT_EQ(code->text(i), r["adcode"][i].get<std::string>());
        std::vector<uint32_t> want;
        for (int j : r["queen"][i]) want.push_back(uint32_t(j - 1));
        EXPECT_EQ(queen->neighbours[i], want) << code->text(i);
    }

    // Density 2020 by adcode, from the wide table.
    std::map<std::string, double> density;
    const Column* rowCode = table.find("adcode");
    const Column* rowYear = table.find("year");
    const Column* rowDensity = table.find("population_density_per_km2");
    ASSERT_TRUE(rowCode && rowYear && rowDensity);
    // The CSV's columns are read as text, as written.
    for (size_t i = 0; i < rowCode->size(); ++i)
        if (rowYear->text(i) == "2020" && !rowDensity->text(i).empty())
            density[rowCode->text(i)] = std::stod(rowDensity->text(i));
    std::vector<bool> keep(queen->size());
    std::vector<double> values;
    std::vector<std::string> leftOut;
    for (size_t i = 0; i < queen->size(); ++i) {
        keep[i] = density.count(code->text(i)) > 0;
        if (keep[i])
            values.push_back(density[code->text(i)]);
        else
            leftOut.push_back(code->text(i));
    }
    EXPECT_EQ(nlohmann::json(leftOut), r["left_out"]);
    const SpatialWeights w = rowStandardised(subsetWeights(*queen, keep));
    EXPECT_EQ(w.islands().size(), 0u) << "秀山 has its one neighbour, 酉阳, with a census value";
    Result<GlobalStatistic> moran = moranI(values, w, {.permutations = 0});
    ASSERT_TRUE(moran) << moran.error().message;
    EXPECT_NEAR(moran->value, r["moran_density_2020_W"]["I"].get<double>(), 1e-9);
    EXPECT_NEAR(moran->expected, r["moran_density_2020_W"]["E"].get<double>(), 1e-12);
    EXPECT_NEAR(moran->varianceRandomisation, r["moran_density_2020_W"]["var"].get<double>(), 1e-9);
    Result<LocalMoran> lisa = localMoran(values, w, {.permutations = 0});
    ASSERT_TRUE(lisa);
    for (size_t i = 0; i < values.size(); ++i) {
        EXPECT_NEAR(lisa->ii[i], r["localmoran_density_2020_W"]["Ii"][i].get<double>(), 1e-10) << i;
        EXPECT_NEAR(lisa->variance[i], r["localmoran_density_2020_W"]["var"][i].get<double>(), 1e-10) << i;
    }
}

}  // namespace
}  // namespace bashu
