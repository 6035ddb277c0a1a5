#pragma once
// What a MapRenderer has asked of the GPU, counted so that tests can hold it to its design: a
// restyle rewrites one colour table and no mesh, an unchanged frame uploads nothing, and a view
// draws only the cells of a layer it can see.
#include <cstdint>

namespace bashu {

/// Totals since the renderer was made or since MapRenderer::resetCounters.
struct RendererCounters {
    uint64_t drawCalls = 0;          // glDraw* calls, those that make a raster of feature numbers included
    uint64_t drawnElements = 0;      // indices, vertices and instances those calls drew
    uint64_t meshUploads = 0;        // a layer's meshes (addLayer, replaceMeshes) or the highlight's
    uint64_t meshBytes = 0;          // vertex, index and instance data of those meshes
    uint64_t colorTableUploads = 0;  // per-feature colours (setFeatureColors; addLayer's grey one)
    uint64_t colorTableBytes = 0;
    uint64_t sizeTableUploads = 0;  // per-feature sizes or widths (setFeatureSizes, not empty)
    uint64_t dashTableUploads = 0;  // per-feature dashes (setFeatureDashes, not empty)

    /// Every upload of any kind: 0 when the GPU was only asked to draw.
    uint64_t uploads() const { return meshUploads + colorTableUploads + sizeTableUploads + dashTableUploads; }
    bool operator==(const RendererCounters&) const = default;
};

}  // namespace bashu
