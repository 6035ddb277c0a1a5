#pragma once
// What a classified layer's values are measured in ("亿元", "%", "万人"), as short as a legend
// writes it: the legend heading names it, and the number format reads it (a unit that is
// already 万 or 亿 keeps its numbers plain).
#include <string>
#include <string_view>

#include "core/attribute_table.h"
#include "core/map_document.h"
#include "scene/map_scene.h"

namespace bashu {

/// The one value of `field` among the rows `join` keeps, or "" when it varies or is missing.
std::string uniqueKeptValue(const AttributeTable& table, const JoinSpec& join, const std::string& field);

/// The short form of a unit as a table or a name spells it out: "100 million yuan (亿元),
/// current prices" is "亿元", "% real growth at comparable prices (实际增速)" is "%", "元" stays;
/// "" when no short form stands out.
std::string shortUnit(std::string_view text);

/// The unit of what `layer` maps: the fill's `unit`, else the joined table's `unit` column where
/// the kept rows agree, else the parenthesised end of the layer's name ("GDP 2021 (亿元)").
/// When the fill divides by another field or shows shares, the unit is no longer the field's:
/// the fill's `unit` where the author gave the ratio's ("亿元/km²"), else empty; empty too when
/// nothing says.
std::string layerUnit(const SceneLayer& layer);

}  // namespace bashu
