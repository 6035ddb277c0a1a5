#pragma once
// Classifications whose classes mean the same whatever the data, after GeoDa's maps for extreme
// values (Anselin 1994): standard deviation, percentile and box maps, computed and tied as GeoDa
// does (its CatClassification.cpp and GenUtils.cpp). Their breaks are statistics of the values,
// so they may lie beyond the values' range or coincide; the classes are kept all the same
// (empty), so that a class keeps its place and colour. classification.h says how the limits stay
// ascending then. Values up to ±1.7e308 give finite breaks (beyond that they are clamped).
#include <cstddef>
#include <span>
#include <vector>

#include "thematic/classification.h"

namespace bashu {

/// GeoDa's convention for a value exactly on a break of these maps: the breaks below the median
/// (or mean) and the median itself put it in the class above ("< Q1", "< median"), those above
/// in the class below ("<= Q3", "<= upper fence"), so a value on a fence is not an outlier. The
/// count of such breaks from the bottom, for Classification::tiesUpThrough: 3 for the six-class
/// percentile and box maps, classes / 2 for standard deviations (the breaks at or below the
/// mean), 0 for every other method.
size_t geodaTiesUpThrough(ClassMethod method, int classes);

/// `classes` classes one sample standard deviation (n - 1 in the denominator, as GeoDa) wide,
/// symmetric about the mean: an even count puts the mean on a break (6: breaks at the mean and
/// ±1, ±2 standard deviations, GeoDa's map), an odd count centres the middle class on the mean
/// (5: breaks at ±0.5 and ±1.5). The end classes are open: they run to the minimum and maximum.
/// `values` in any order (NaN and infinities are skipped), at least two distinct finite ones,
/// between `minimum` and `maximum`; classes >= 1.
Classification standardDeviationBreaks(std::span<const double> values, double minimum, double maximum,
                                       int classes);

/// Six classes: below the 1st percentile, 1st-10th, 10th-50th, 50th-90th, 90th-99th, above the
/// 99th, as GeoDa: percentiles of type 5 (QuantileType::Hazen), ties as geodaTiesUpThrough.
Classification percentileBreaks(std::span<const double> sorted);

/// Six classes, as GeoDa's box map: lower outliers (below Q1 - hinge * IQR), up to Q1, Q1 to the
/// median, the median to Q3, Q3 to Q3 + hinge * IQR, upper outliers (Q1 and Q3 GeoDa's hinges,
/// tukeyHinges; IQR = Q3 - Q1). Ties as geodaTiesUpThrough: a value on a fence is not an outlier.
Classification boxMapBreaks(std::span<const double> sorted, double hinge);

}  // namespace bashu
