#include "io/sheet_reader.h"

#include <cpl_conv.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/delimited_text.h"
#include "core/file_extension.h"
#include "io/gdal_errors.h"
#include "io/vector_dataset.h"

namespace bashu {

namespace {

namespace fs = std::filesystem;

// A text table larger than this is not a planner's statistics table; reading it whole would
// only take the memory.
constexpr std::uintmax_t kMaxTextBytes = 512ull << 20;

bool isTextTable(const std::string& path) {
    const std::string ext = lowerExtension(path);
    return ext == ".csv" || ext == ".tsv" || ext == ".txt";
}

std::string fileName(const std::string& path) { return fs::path(path).filename().string(); }

// While alive (on this thread), GDAL's workbook drivers read every cell as text and take no row
// for a header. Configuration, not open options: GDAL 3.6's XLSX driver applies its open options
// to some sheets only (a sheet whose first row is all text got that row taken for its header).
// Sheets are read lazily, so this outlives the reading, not only the opening.
struct WorkbookCellsAsText {
    CPLConfigOptionSetter xlsxHeaders{"OGR_XLSX_HEADERS", "DISABLE", true};
    CPLConfigOptionSetter xlsxTypes{"OGR_XLSX_FIELD_TYPES", "STRING", true};
    CPLConfigOptionSetter odsHeaders{"OGR_ODS_HEADERS", "DISABLE", true};
    CPLConfigOptionSetter odsTypes{"OGR_ODS_FIELD_TYPES", "STRING", true};
    CPLConfigOptionSetter xlsHeaders{"OGR_XLS_HEADERS", "DISABLE", true};
    CPLConfigOptionSetter xlsTypes{"OGR_XLS_FIELD_TYPES", "STRING", true};
};

// A workbook opened by the driver its extension names (inside a WorkbookCellsAsText's life).
Result<GDALDatasetUniquePtr> openWorkbook(const std::string& path) {
    ensureGdalRegistered();
    if (std::optional<Error> problem = localFileProblem(path)) return *problem;
    const std::string ext = lowerExtension(path);
    const char* const drivers[] = {ext == ".xlsx" ? "XLSX" : ext == ".xls" ? "XLS" : "ODS", nullptr};
    ScopedGdalErrorCapture errors;
    GDALDatasetUniquePtr dataset(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
    if (!dataset) {
        if (!GDALGetDriverByName(drivers[0]))
            return Error{fileName(path) + ": this build of GDAL cannot read " + ext +
                         " files; save the sheet as CSV"};
        return Error{fileName(path) + ": not a readable " + ext + " workbook" +
                     (errors.lastError().empty() ? std::string() : " (" + errors.lastError() + ")")};
    }
    return dataset;
}

CellGrid cellsOf(OGRLayer& layer) {
    CellGrid grid;
    layer.ResetReading();
    const int fields = layer.GetLayerDefn()->GetFieldCount();
    for (OGRFeatureUniquePtr feature(layer.GetNextFeature()); feature;
         feature.reset(layer.GetNextFeature())) {
        std::vector<std::string> row;
        for (int f = 0; f < fields; ++f)
            row.push_back(feature->IsFieldSetAndNotNull(f) ? feature->GetFieldAsString(f) : "");
        while (!row.empty() && row.back().empty()) row.pop_back();
        grid.rows.push_back(std::move(row));
    }
    return grid;
}

}  // namespace

bool isTableFile(const std::string& path) {
    const std::string ext = lowerExtension(path);
    return isTextTable(path) || ext == ".xlsx" || ext == ".xls" || ext == ".ods";
}

Result<std::vector<std::string>> listSheets(const std::string& path) {
    if (!isTableFile(path))
        return Error{fileName(path) + ": not a table file (.csv, .tsv, .txt, .xlsx, .xls or .ods)"};
    if (isTextTable(path)) {
        if (std::optional<Error> problem = localFileProblem(path)) return *problem;
        return std::vector<std::string>{fs::path(path).stem().string()};
    }
    const WorkbookCellsAsText asText;
    Result<GDALDatasetUniquePtr> dataset = openWorkbook(path);
    if (!dataset) return dataset.error();
    std::vector<std::string> sheets;
    for (OGRLayer* layer : (*dataset)->GetLayers()) sheets.push_back(layer->GetName());
    if (sheets.empty()) return Error{fileName(path) + ": the workbook has no sheets"};
    return sheets;
}

Result<SheetCells> readSheet(const std::string& path, const std::string& sheet) {
    if (!isTableFile(path))
        return Error{fileName(path) + ": not a table file (.csv, .tsv, .txt, .xlsx, .xls or .ods)"};
    SheetCells out;
    if (isTextTable(path)) {
        if (std::optional<Error> problem = localFileProblem(path)) return *problem;
        std::error_code error;
        if (fs::file_size(path, error) > kMaxTextBytes)
            return Error{fileName(path) + ": over 512 MB; not a statistics table"};
        std::ifstream in(path, std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        if (!in && !in.eof()) return Error{fileName(path) + ": cannot be read"};
        Result<DelimitedText> text = parseDelimitedText(bytes.str(), fileName(path));
        if (!text) return text.error();
        out.sheet = fs::path(path).stem().string();
        if (!sheet.empty() && sheet != out.sheet)
            return Error{fileName(path) + ": a text table has one sheet, '" + out.sheet + "', not '" + sheet +
                         "'"};
        out.cells = std::move(text->cells);
        out.encoding = text->encoding;
        return out;
    }
    const WorkbookCellsAsText asText;
    Result<GDALDatasetUniquePtr> dataset = openWorkbook(path);
    if (!dataset) return dataset.error();
    OGRLayer* layer = sheet.empty() ? (*dataset)->GetLayer(0) : (*dataset)->GetLayerByName(sheet.c_str());
    // A sheet by its number ("gdp.xlsx:2"), as a workbook's tabs count them from 1.
    if (!layer && !sheet.empty() && sheet.size() < 4 &&
        std::all_of(sheet.begin(), sheet.end(), [](char c) { return c >= '0' && c <= '9'; }))
        layer = (*dataset)->GetLayer(std::stoi(sheet) - 1);
    if (!layer) {
        std::string names;
        for (OGRLayer* l : (*dataset)->GetLayers())
            names += (names.empty() ? "" : ", ") + std::string(l->GetName());
        return Error{fileName(path) + ": no sheet '" + sheet + "' (the sheets are: " + names + ")"};
    }
    out.sheet = layer->GetName();
    out.cells = cellsOf(*layer);
    return out;
}

}  // namespace bashu
