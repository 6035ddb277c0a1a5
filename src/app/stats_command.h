#pragma once
// `bashu stats FILE --field F`: is a value clustered in space, and where? Global and local spatial
// autocorrelation of a layer's field, as text or JSON.
#include <cstdint>
#include <string>

namespace bashu {

struct StatsOptions {
    std::string file;
    std::string layer;  // the file's layer (needed where it has several)
    std::string field;
    std::string idField;            // names the units in the output and in weights files (default: 1, 2, ...)
    std::string weights = "queen";  // queen | rook | knn:K | band:D
    double tolerance = 0;           // of contiguity, in the layer's units
    bool binary = false;            // keep binary weights (default: row-standardised)
    std::string readWeights;        // a .gal or .gwt file instead of --weights
    std::string writeWeights;       // write the weights used to a .gal or .gwt file
    int permutations = 999;
    uint64_t seed = 12345;
    double alpha = 0.05;
    std::string correction = "none";  // none | bonferroni | fdr
    bool json = false;
};

/// Runs the statistics and prints them; returns the process exit code (bad input: 1, with one
/// message naming the file and the problem).
int runStats(const StatsOptions& options);

}  // namespace bashu
