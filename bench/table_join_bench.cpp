// Joining a planner's statistics workbook to a map, the work the window does in the background
// after Join (issue target: a 5,000-row, 20-column XLSX to 3,000 units under 1 s): the sheet read
// through GDAL, its layout found, its keys matched to the units by name, the long form keyed.
// The workbook is written once by GDAL's XLSX driver into the temporary folder: a title row, a
// header of a key and 19 years, 3,000 rows of units' names (some written with their suffix
// dropped or padded, as yearbooks do) and 2,000 rows naming no unit of the layer.
#include <benchmark/benchmark.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <string>

#include "scene/statistical_join.h"

namespace bashu {
namespace {

constexpr int kUnits = 3000, kRows = 5000, kYears = 19;

std::string unitName(int i) { return "单元" + std::to_string(10000 + i) + "区"; }

const std::string& workbookPath() {
    static const std::string path = [] {
        const std::string file =
            (std::filesystem::temp_directory_path() / "bashu-bench-yearbook.xlsx").string();
        GDALAllRegister();
        std::filesystem::remove(file);
        GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("XLSX");
        GDALDatasetUniquePtr book(driver->Create(file.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
        OGRLayer* sheet = book->CreateLayer("2-5", nullptr, wkbNone, nullptr);
        // GDAL writes the field names as the sheet's first row: the table's title over the header.
        for (int c = 0; c <= kYears; ++c) {
            OGRFieldDefn field(c == 0 ? "各区县地区生产总值" : ("t" + std::to_string(c)).c_str(), OFTString);
            sheet->CreateField(&field);
        }
        auto row = [&](auto cell) {
            OGRFeature feature(sheet->GetLayerDefn());
            for (int c = 0; c <= kYears; ++c) feature.SetField(c, cell(c).c_str());
            sheet->CreateFeature(&feature);
        };
        row([](int c) { return c == 0 ? std::string("地  区") : std::to_string(2005 + c - 1) + "年"; });
        for (int r = 0; r < kRows; ++r)
            row([r](int c) {
                if (c == 0) {
                    if (r >= kUnits) return "开发区" + std::to_string(r);  // no unit of the layer
                    const std::string name = unitName(r);
                    return r % 3 == 0 ? name.substr(0, name.size() - std::string("区").size()) : name;
                }
                return std::to_string((r * 37 + c * 11) % 9000) + "." + std::to_string(c % 10);
            });
        return file;
    }();
    return path;
}

AttributeTable units() {
    AttributeTable layer;
    Column& code = layer.addColumn("code", FieldType::String);
    Column& name = layer.addColumn("name", FieldType::String);
    for (int i = 0; i < kUnits; ++i) {
        code.appendString(std::to_string(500000 + i));
        name.appendString(unitName(i));
    }
    return layer;
}

void statisticsTableJoin(benchmark::State& state) {
    const AttributeTable layer = units();
    JoinSpec join;
    join.table = workbookPath();
    join.match = JoinMatch::Units;
    join.headerRow = 2;  // the title row is GDAL's row of field names: the user says where the header is
    join.where = {{"indicator", "各区县地区生产总值"}, {"year", "2023"}};
    join.value = "value";
    join.as = "gdp";
    std::string firstLine;
    for (auto _ : state) {
        Result<StatisticalJoin> joined = readStatisticalJoin(join, layer);
        if (!joined) {
            state.SkipWithError(joined.error().message.c_str());
            return;
        }
        firstLine = joined->report.front();
        benchmark::DoNotOptimize(joined->table.columns.size());
    }
    // "2-5: matched 3000 of 5000 rows and 3000 of 3000 features ...": the join did its work.
    const size_t at = firstLine.find("matched ");
    state.counters["matched_rows"] = at == std::string::npos ? 0.0 : std::stod(firstLine.substr(at + 8));
}
BENCHMARK(statisticsTableJoin)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace bashu

BENCHMARK_MAIN();
