#pragma once
// Classification of numeric values into classes: breaks computed by a method, and the
// class a value falls in. Pure functions of the values.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace bashu {

enum class ClassMethod { Quantile, EqualInterval, NaturalBreaks };

/// "quantile", "equal", "jenks" (also "natural"); nothing for anything else.
std::optional<ClassMethod> parseClassMethod(std::string_view name);
const char* classMethodName(ClassMethod method);

/// Class limits: class i holds values in [limits[i], limits[i+1]] (the first class is closed
/// at both ends, later classes are open at the bottom: (limits[i], limits[i+1]]).
/// limits.size() == classCount() + 1; limits.front() is the minimum, limits.back() the maximum.
struct Classification {
    std::vector<double> limits;

    int classCount() const { return limits.empty() ? 0 : int(limits.size()) - 1; }
    /// Index of the class holding value, or -1 when the value is NaN or outside the limits.
    int classOf(double value) const;
};

/// Breaks for the finite values (NaN and infinities are ignored) into at most `classes` classes.
/// Fewer classes come back when there are fewer distinct values; no values gives no classes.
/// No class is empty except possibly with EqualInterval. Limits increase strictly, except that
/// limits[1] may equal limits[0] when the first class holds only the minimum (ties included).
/// - Quantile: each class holds about the same number of values; limits are data values.
/// - EqualInterval: equal-width classes between min and max.
/// - NaturalBreaks: Jenks' optimal breaks (exact dynamic programming minimising the sum of
///   squared deviations within classes), not an approximation.
Classification classify(std::span<const double> values, ClassMethod method, int classes);

}  // namespace bashu
