// Opening a local file never makes a network request: a VRT saved as .geojson that names an
// HTTP source is refused, and a listener on this machine sees no connection.
#include <arpa/inet.h>
#include <cpl_conv.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include "io/vector_reader.h"
#include "support/temp_folder.h"

namespace bashu {
namespace {

TEST(NetworkRefusal, AVrtPointingAtHttpMakesNoRequest) {
    // Should a request be made after all, it fails in seconds instead of hanging the test.
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "2");
    const int listener = socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(listener, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ASSERT_EQ(bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
    ASSERT_EQ(listen(listener, 4), 0);
    socklen_t length = sizeof address;
    ASSERT_EQ(getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length), 0);
    const std::string port = std::to_string(ntohs(address.sin_port));

    testing::TempFolder dir{"bashu-network-refusal"};
    for (const std::string& source :
         {"/vsicurl/http://127.0.0.1:" + port + "/a.geojson", "http://127.0.0.1:" + port + "/a.geojson"}) {
        const std::string path =
            dir.write("innocent.geojson", "<OGRVRTDataSource><OGRVRTLayer name=\"a\"><SrcDataSource>" +
                                              source + "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>");
        Result<VectorFile> file = readVectorFile(path);
        EXPECT_FALSE(file.ok()) << source;
        pollfd waiting{listener, POLLIN, 0};
        EXPECT_EQ(poll(&waiting, 1, 200), 0)
            << "a connection reached 127.0.0.1:" << port << " for " << source;
    }
    close(listener);
}

}  // namespace
}  // namespace bashu
