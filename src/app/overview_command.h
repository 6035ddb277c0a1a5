#pragma once
// `bashu overview PG:... TABLE`: builds a PostGIS table's overview (postgis/pg_overview.h), for
// operators who may create tables beside it.
#include <string>

namespace bashu {

/// Builds it, saying each step on stderr and what was built on stdout; returns the exit code.
int runOverview(const std::string& source, const std::string& table);

}  // namespace bashu
