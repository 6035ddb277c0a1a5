#pragma once
// Arithmetic on values up to ±1.7e308 that would overflow if done directly (a sum, a square, a
// distance between -1e308 and 1e308) or lose everything to underflow (squares of 1e-300): done
// on the values scaled by a power of two, which is exact, then scaled back.

namespace bashu {

/// A power of two that brings `magnitude` (finite, >= 0) into [0.5, 1) (a subnormal one
/// as near as a double allows); 1 for 0.
double powerOfTwoScaleFor(double magnitude);

/// `scaled` / `scale`, clamped to the finite doubles: a break computed beyond ±1.7e308 (a standard
/// deviation class, a box map's fence) lies beyond every value all the same.
double unscaledFinite(double scaled, double scale);

}  // namespace bashu
