#pragma once
// Collects GDAL's error messages for the duration of a scope instead of letting GDAL print them.
#include <string>
#include <vector>

namespace bashu {

class ScopedGdalErrorCapture {
public:
    ScopedGdalErrorCapture();
    ~ScopedGdalErrorCapture();
    ScopedGdalErrorCapture(const ScopedGdalErrorCapture&) = delete;
    ScopedGdalErrorCapture& operator=(const ScopedGdalErrorCapture&) = delete;

    /// The last error (CE_Failure or worse) GDAL reported in this scope, or empty.
    const std::string& lastError() const { return lastError_; }
    /// Warnings GDAL reported in this scope, oldest first.
    const std::vector<std::string>& warnings() const { return warnings_; }

    /// Called by the GDAL error handler installed by this scope.
    void record(bool failure, const char* message);

private:
    std::string lastError_;
    std::vector<std::string> warnings_;
};

/// Registers GDAL's drivers (once) and removes those that could reach the network (every call,
/// so a later GDALAllRegister() elsewhere cannot bring them back); safe to call from anywhere in io.
void ensureGdalRegistered();

}  // namespace bashu
