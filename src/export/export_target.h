#pragma once
// Where an export goes and in what format, decided once where the path enters (the command line,
// the export dialog): the rest of the export takes the typed target and never reads the
// extension again.
#include <string>

#include "core/result.h"

namespace bashu {

enum class ExportFormat { Png, GeoTiff, Svg, Pdf };

struct ExportTarget {
    std::string path;
    ExportFormat format = ExportFormat::Png;
};

/// The target `path` names by its extension (.png, .tif or .tiff, .svg, .pdf; any letter case);
/// the error names the file and the formats.
Result<ExportTarget> exportTarget(const std::string& path);

/// Whether the format is drawn through GL (.png, .tif) and so needs a current context; vector
/// formats (.svg, .pdf) are drawn by the CPU alone.
bool drawnThroughGl(ExportFormat format);

}  // namespace bashu
