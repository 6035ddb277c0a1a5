#include "app/join_command.h"

#include <filesystem>
#include <iostream>

#include "app/exit_codes.h"
#include "app/table_join_option.h"
#include "core/join_index.h"
#include "io/vector_reader.h"
#include "io/vector_writer.h"
#include "scene/statistical_join.h"

namespace bashu {

namespace {

int fail(const std::string& message, int code = kExitBadInput) {
    std::cerr << "error: " << message << "\n";
    return code;
}

}  // namespace

int runJoin(const JoinOptions& options) {
    if (!isWritableVectorFile(options.output))
        return fail("-o " + options.output + ": the joined layer is written as .gpkg, .geojson or .shp",
                    kExitUsage);
    Result<VectorFile> file = readVectorFile(options.layerFile);
    if (!file) return fail(file.error().message);
    if (file->layers.size() != 1)
        return fail(options.layerFile + ": holds " + std::to_string(file->layers.size()) +
                    " layers; join one at a time (bashu info lists them)");
    Layer& layer = file->layers.front();
    // A table given where the layer goes (the arguments swapped, or two tables) has no units.
    if (layer.isTable)
        return fail(options.layerFile +
                    ": has no geometry (a table?); bashu join LAYER TABLE puts a table on "
                    "a layer of units, the layer first");
    for (const std::string& w : layer.report.warnings)
        std::cerr << "warning: " << options.layerFile << ": " << w << "\n";

    // The keys and the first column as `render --join` takes them; the report once for all columns.
    MapDocument document;
    document.layers.push_back(LayerSpec{});
    Result<StatTable> table = readStatTableNamed(options.table, options.headerRow);
    if (!table) return fail(table.error().message);
    std::vector<std::string> columns = options.fields;
    if (columns.empty()) columns = valueColumns(*table);
    if (columns.empty()) return fail(table->name + ": no column of numbers to join");
    if (Status joined =
            addTableJoin(document, {options.table, options.on, columns.front(), options.headerRow});
        !joined)
        return fail(joined.error().message);
    JoinSpec join = *document.layers.front().join;
    Result<StatisticalJoin> prepared = readStatisticalJoin(join, layer.attributes);
    if (!prepared) return fail(options.layerFile + ": join: " + prepared.error().message);
    for (const std::string& line : prepared->report) std::cerr << line << "\n";
    // The keyed table refers to the units by the field that tells them apart.
    join.layerKey = prepared->joinField.empty() ? prepared->layerKey : prepared->joinField;
    join.tableKey = prepared->tableKey;

    // Each column joined through the one join path (JoinIndex), named as the table names it.
    std::optional<JoinIndex> index;
    for (const std::string& name : columns) {
        Result<ColumnJoin> column = joinForColumn(*table, name);
        if (!column) return fail("--field: " + column.error().message);
        join.where = column->where;
        join.value = column->value;
        join.as = column->column;
        if (layer.attributes.find(join.as))
            return fail(options.layerFile + ": already has a field '" + join.as + "'");
        if (!index || !index->serves(join)) {
            Result<JoinIndex> built = JoinIndex::build(layer.attributes, prepared->table, join, table->name);
            if (!built) return fail(built.error().message);
            index = std::move(*built);
        }
        Result<JoinReport> report = index->join(layer.attributes, prepared->table, join, table->name);
        if (!report) return fail(report.error().message);
    }
    std::vector<std::string> renamed;
    if (Status written = writeVectorFile(layer, options.output, &renamed); !written)
        return fail(written.error().message, kExitEngineFailure);
    for (const std::string& warning : renamed) std::cerr << "warning: " << warning << "\n";
    std::cerr << "wrote " << options.output << ": " << layer.featureCount() << " features, " << columns.size()
              << (columns.size() == 1 ? " column joined\n" : " columns joined\n");
    return kExitOk;
}

}  // namespace bashu
