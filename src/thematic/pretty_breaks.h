#pragma once
// Round class limits, in the spirit of R's pretty(): what a reader would draw by hand.
#include <optional>

#include "thematic/classification.h"

namespace bashu {

/// Limits at every multiple of a round step (1, 2, 2.5 or 5 x 10^n) from the last one at or below
/// `minimum` to the first one at or above `maximum`, so both end classes hold data (inner ones may
/// not, as with equal intervals). The step is the one giving the most classes up to `classes`;
/// of two giving as many, the smaller (it fits the values more tightly). Nothing when no step
/// qualifies: one class for values either side of zero, or values so close together for their
/// magnitude that round limits between them cannot be represented.
/// Needs minimum < maximum, both finite.
std::optional<Classification> prettyBreaks(double minimum, double maximum, int classes);

}  // namespace bashu
