#include "support/run_command.h"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace bashu::testing {

std::string shellQuote(const std::string& text) {
    std::string quoted = "'";
    for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string readFileText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

Outcome runWithoutDisplay(const std::string& binary, const std::string& arguments,
                          const std::filesystem::path& workingDirectory,
                          const std::filesystem::path& scratch) {
    const std::filesystem::path out = scratch / "stdout.txt", err = scratch / "stderr.txt";
    const std::string command = "cd " + shellQuote(workingDirectory.string()) +
                                " && env -u DISPLAY -u WAYLAND_DISPLAY " + shellQuote(binary) + " " +
                                arguments + " >" + shellQuote(out.string()) + " 2>" +
                                shellQuote(err.string()) + " </dev/null";
    const int status = std::system(command.c_str());
    Outcome run;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = readFileText(out);
    run.err = readFileText(err);
    return run;
}

}  // namespace bashu::testing
