#include "io/gdal_errors.h"

#include "io/network_access.h"

#include <cpl_conv.h>

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
    std::call_once(once, [] {
        GDALAllRegister();
        // Messages from GDAL's own threads (the GeoPackage Arrow reader's) reach no scoped
        // capture; the failure they explain comes back through the call that failed.
        CPLSetErrorHandler(CPLQuietErrorHandler);
    });
    if (networkAccessAllowed()) {
        // The user asked for remote data: GDAL's HTTP file systems take any file again.
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", nullptr);
        return;
    }
    // No network behind the user's back: a local file can still point GDAL at the network
    // (a VRT saved as .geojson naming /vsicurl/http://..., a WFS or OGC API connection string),
    // so the drivers that open other sources by reference are removed (those this GDAL has), and
    // GDAL's HTTP file systems accept no file at all. Done on every call, not once: anything
    // in the process calling GDALAllRegister() again would bring the drivers back.
    for (const char* name : {"VRT", "OGR_VRT", "WFS", "OAPIF", "WMS", "WMTS", "WCS", "CSW", "GPSBabel",
                             "PLScenes", "NGW", "Elasticsearch", "AmigoCloud", "Carto", "EEDA", "DAAS"})
        if (GDALDriverH driver = GDALGetDriverByName(name)) {
            GDALDeregisterDriver(driver);
            GDALDestroyDriver(driver);
        }
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".bashu-network-is-off");
}

}  // namespace bashu
