#include "io/gdal_errors.h"

#include <cpl_error.h>
#include <gdal.h>

#include <mutex>

namespace bashu {

namespace {
void CPL_STDCALL captureHandler(CPLErr errorClass, CPLErrorNum /*errorNumber*/, const char* message) {
    auto* self = static_cast<ScopedGdalErrorCapture*>(CPLGetErrorHandlerUserData());
    if (self && message && errorClass >= CE_Warning) self->record(errorClass >= CE_Failure, message);
}
}  // namespace

ScopedGdalErrorCapture::ScopedGdalErrorCapture() { CPLPushErrorHandlerEx(&captureHandler, this); }

ScopedGdalErrorCapture::~ScopedGdalErrorCapture() { CPLPopErrorHandler(); }

void ScopedGdalErrorCapture::record(bool failure, const char* message) {
    if (failure)
        lastError_ = message;
    else
        warnings_.emplace_back(message);
}

void ensureGdalRegistered() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

}  // namespace bashu
