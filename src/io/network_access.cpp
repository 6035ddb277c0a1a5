#include "io/network_access.h"

#include <atomic>

namespace bashu {

namespace {
std::atomic<bool> networkAllowed{false};
}  // namespace

void allowNetworkAccess(bool allowed) { networkAllowed = allowed; }
bool networkAccessAllowed() { return networkAllowed; }

}  // namespace bashu
