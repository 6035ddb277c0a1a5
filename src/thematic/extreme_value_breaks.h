#pragma once
// Classifications whose classes mean the same whatever the data, after GeoDa's maps for extreme
// values (Anselin 1994): standard deviation, percentile and box maps. Their breaks are statistics
// of the values, so they may lie beyond the values' range or coincide; the classes are kept all
// the same (empty), so that a class keeps its place and colour. classification.h says how the
// limits stay ascending then.
#include <span>
#include <vector>

#include "thematic/classification.h"

namespace bashu {

/// `classes` classes one sample standard deviation (n - 1 in the denominator, as GeoDa) wide,
/// symmetric about the mean: an even count puts the mean on a break (6: breaks at the mean and
/// ±1, ±2 standard deviations, GeoDa's map), an odd count centres the middle class on the mean
/// (5: breaks at ±0.5 and ±1.5). The end classes are open: they run to the minimum and maximum.
/// `values` in any order (NaN and infinities are skipped), at least two distinct finite ones,
/// between `minimum` and `maximum`; classes >= 1.
Classification standardDeviationBreaks(std::span<const double> values, double minimum, double maximum,
                                       int classes);

/// Six classes: up to the 1st percentile, 1st-10th, 10th-50th, 50th-90th, 90th-99th, above the
/// 99th (percentiles by sampleQuantile).
Classification percentileBreaks(std::span<const double> sorted);

/// Six classes: lower outliers (below Q1 - hinge * IQR), up to Q1, Q1 to the median, the median
/// to Q3, Q3 to Q3 + hinge * IQR, upper outliers (quartiles by sampleQuantile, IQR = Q3 - Q1).
/// A value exactly on a fence is not an outlier (Tukey): the lower fence's limit is the double
/// just below it, since a value on a limit belongs to the class below.
Classification boxMapBreaks(std::span<const double> sorted, double hinge);

}  // namespace bashu
