#pragma once
// Classification of numeric values into classes: breaks computed by a method, and the
// class a value falls in. Pure functions of the values.
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/style_registry.h"
#include "thematic/sample_quantile.h"

namespace bashu {

// ClassMethod, its names and its registry are in core/style_registry.h, where the map document
// reader turns names into it. ClassMethod::Categories is not a classification into ranges (unique
// values are coloured by scene/category_style.h): classify() gives it no classes.

/// Class limits: class i holds values in [limits[i], limits[i+1]] (the first class is closed
/// at both ends, later classes are open at the bottom: (limits[i], limits[i+1]]), so a value on
/// a limit belongs to the class below it, except on the first `tiesUpThrough` inner limits
/// (limits[1] .. limits[tiesUpThrough]), where it belongs to the class above: GeoDa's convention
/// for its percentile, box and standard deviation maps, whose lower classes are [lo, hi).
/// limits.size() == classCount() + 1; limits never decrease.
struct Classification {
    std::vector<double> limits;
    size_t tiesUpThrough = 0;

    int classCount() const { return limits.empty() ? 0 : int(limits.size()) - 1; }
    /// Index of the class holding value, or -1 when the value is NaN or outside the limits.
    int classOf(double value) const;
    /// Whether class i holds a value equal to its upper limit (false: the value is in a class
    /// above), and one equal to its lower limit.
    bool holdsUpperLimit(size_t i) const { return i >= tiesUpThrough || i + 2 == limits.size(); }
    bool holdsLowerLimit(size_t i) const { return i == 0 || i <= tiesUpThrough; }
};

/// Breaks for the finite values (NaN and infinities are ignored). No values (or classes < 1)
/// gives no classes; a single distinct value gives one class [v, v], whatever the method.
///
/// Data-driven methods give at most `classes` classes, fewer when there are fewer distinct
/// values. For Quantile, EqualInterval and NaturalBreaks limits.front() is the minimum and
/// limits.back() the maximum; no class is empty except possibly with EqualInterval; limits
/// increase strictly, except that limits[1] may equal limits[0] when the first class holds only
/// the minimum (ties included).
/// - Quantile: each class holds about the same number of values; the breaks are the i/k sample
///   quantiles of `quantileType` (1, the default: data values; 5: GeoDa's; 7: R's, classInt's
///   and QGIS's), repeated breaks dropped.
/// - EqualInterval: equal-width classes between min and max.
/// - NaturalBreaks: Jenks' optimal breaks (exact dynamic programming minimising the sum of
///   squared deviations within classes), not an approximation.
/// - Pretty: round limits (multiples of 1, 2, 2.5 or 5 x 10^n; see prettyBreaks), strictly
///   increasing, with limits.front() <= minimum and limits.back() >= maximum; the end classes
///   hold data, inner ones may be empty. Where no round step qualifies (one class across zero,
///   values too close together for their magnitude) the limits are EqualInterval's.
///
/// Fixed-meaning methods (see extreme_value_breaks.h) always give the same classes, so a class
/// keeps its meaning and colour whatever the data: StandardDeviation exactly `classes` classes of
/// one standard deviation each (6 is GeoDa's map), Percentile, BoxMap and BoxMap3 always 6
/// (`classes` is ignored). Any of their classes may be empty. Their inner limits are the breaks
/// themselves, even where a break lies beyond the data, so the limits never decrease; the end
/// limits are min(minimum, first break) and max(maximum, last break). Hence:
/// - an end class whose break lies beyond the data has zero width, [b, b] at the bottom or
///   (b, b] at the top, and holds no value: a legend can tell it by its zero width and zero
///   count, and show it as "< b" or "> b" (GeoDa shows an empty lower outlier class as
///   [-inf : b]);
/// - they follow GeoDa's ties (tiesUpThrough, geodaTiesUpThrough): the class at the median or
///   mean, class tiesUpThrough, is closed at both ends, those below it [lo, hi), those above
///   (lo, hi];
/// - breaks that coincide (ties, or an interquartile range of 0) give zero-width inner classes,
///   which hold no value, except the class at the median or mean: [b, b] holds the values on b
///   (an IQR of 0 puts them between the median and Q3, none among the outliers);
/// - a zero-width first class is empty: a value on its break belongs to the class above.
/// Every method gives finite limits for finite values up to ±1.7e308 (1e300 to -1e300 included):
/// widths, means and deviations are computed so that they cannot overflow.
Classification classify(std::span<const double> values, ClassMethod method, int classes,
                        QuantileType quantileType = QuantileType::DataValues);

/// Whether a method's breaks need the values sorted: natural breaks (every distinct value), the
/// percentile and box maps (interpolated quantiles). Quantile classes need only a few ranks.
bool needsSortedValues(ClassMethod method);

/// The smallest and largest of some finite values, and how many there are (none: an empty range).
struct ValueRange {
    double minimum = std::numeric_limits<double>::infinity();
    double maximum = -std::numeric_limits<double>::infinity();
    size_t count = 0;
};

/// The range of the finite values among `values`.
ValueRange finiteRange(std::span<const double> values);

/// classify() without sorting the values, for every method but those needsSortedValues names,
/// given the finite values' range (a caller that keeps it skips a pass): equal intervals, pretty
/// and standard deviation classes take a pass or two over the values, quantiles the values at a
/// few ranks (valuesAtRanks, linear). NaN and infinities are skipped. Other methods are handed to
/// classify().
Classification classifyUnsorted(std::span<const double> values, const ValueRange& range, ClassMethod method,
                                int classes, QuantileType quantileType = QuantileType::DataValues);

/// classify() for values already finite and sorted ascending: a caller that keeps the sorted
/// values (a layer restyled again and again) skips the sort, the most costly step.
Classification classifySorted(std::span<const double> sorted, ClassMethod method, int classes,
                              QuantileType quantileType = QuantileType::DataValues);

}  // namespace bashu
