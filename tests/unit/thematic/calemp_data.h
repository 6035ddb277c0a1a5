#pragma once
// PySAL mapclassify's example data set "calemp": employment density (employees per sq km) of
// California's 58 counties, column "emp/sq km" of calempdensity.csv, in the file's row order
// (published_breaks_test.cpp says where it was copied from and checks it).
#include <vector>

namespace bashu::testing {

inline const std::vector<double> kCalemp{
    329.92, 0.42,    5.9,   14.03, 2.78,   1.34,   181.27, 1.65,  10.03, 16.7,   1.32, 3.99,
    3.16,   0.22,    8.7,   6.56,  3.27,   0.33,   370.5,  4.51,  75.29, 0.99,   2.74, 8.68,
    0.14,   0.92,    12.63, 28.7,  12.02,  722.85, 36.68,  0.74,  29.82, 192.05, 3.38, 11.15,
    110.74, 4111.45, 49.47, 10.33, 317.11, 20.47,  264.93, 66.26, 5.39,  0.13,   0.61, 50.65,
    40.48,  36.67,   13.09, 1.81,  0.2,    7.6,    2.51,   57.26, 24.32, 6.97};

}  // namespace bashu::testing
