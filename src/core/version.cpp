#include "core/version.h"

namespace bashu {

std::string_view bashuVersion() { return BASHU_VERSION; }

}  // namespace bashu
