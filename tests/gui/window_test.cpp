// The real window under Xvfb, driven with real input (xdotool) and checked by screenshots
// (ImageMagick's import). Screenshots of every run are kept under the build folder's
// gui-artifacts/<test>/ so a failure can be looked at.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "io/image_reader.h"
#include "support/image_compare.h"

namespace bashu {
namespace {

namespace fs = std::filesystem;

const std::string kShapes = std::string(BASHU_TEST_CASES) + "/shapes/map.json";

struct Screenshots {
    Image before, after;
};

// Where a test's screenshots and logs go; `run` names one of several runs in a test.
fs::path artifactsFolder(const std::string& run = "") {
    const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    return fs::path(BASHU_GUI_ARTIFACTS) / name / run;
}

// The driver waits for the window's own signal, never for a fixed time: the window writes a report
// after every frame (ui/window_report.h: its number, whether it is idle, where it saw the pointer,
// whether the left button was down, where its named controls are). Input is followed by a pointer
// move to a place the report did not show, and the driver waits for an idle frame that shows the
// pointer there: X delivers input in order, so that frame came after all the input before it.
// Controls are clicked by name (click_control layers/visible/polygons), not at pixel positions.
// Gives up after a minute.
const char* const kDriverFunctions = R"sh(report="$(dirname "$0")/report.json"
# Waits for an idle frame whose report passes the jq test $1.
wait_report() {
  for _ in $(seq 1 1200); do
    jq -e "(.idle == true) and ($1)" "$report" >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  echo "the window drew no idle frame with $1 in a minute; last report:" >&2
  cat "$report" >&2
  return 1
}
# Moves the pointer to ($1, $2) and waits for the idle frame after the move.
settle_at() {
  if jq -e ".pointer == [$1, $2]" "$report" >/dev/null 2>&1; then
    xdotool mousemove $(($1 - 1)) "$2"
    wait_report ".pointer == [$(($1 - 1)), $2]"
  fi
  xdotool mousemove "$1" "$2"
  wait_report ".pointer == [$1, $2]"
}
# Clicks the named control: at its middle, or 2 pixels in from its right end with "right".
click_control() {
  local rect x y w h
  wait_report ".controls[\"$1\"] != null" || return 1
  rect=$(jq -r ".controls[\"$1\"] | @tsv" "$report")
  read -r x y w h <<<"$rect"
  if [ "${2:-}" = right ]; then x=$((x + w - 2)); else x=$((x + w / 2)); fi
  settle_at "$x" $((y + h / 2))
  xdotool mousedown 1
  wait_report '.pressed == true'
  xdotool mouseup 1
  wait_report '.pressed == false'
}
# After input in a test's own words: the screen once the window has handled all of it (the
# pointer goes to the status bar, inside the window, where the window sees it).
settle() {
  settle_at 1275 700
}
)sh";

// Opens `input` in the window on a fresh X server, screenshots it, runs the `actions` (xdotool and
// the driver's functions above), screenshots again. The pointer rests on the status bar for the screenshots
// (no tooltip). The window's settings (size, panel layout, recent maps) live in the run's own config folder,
// so no user's layout moves the panels the tests click on.
Screenshots drive(const std::vector<std::string>& inputs, const std::string& actions,
                  const std::string& run = "") {
    const fs::path out = artifactsFolder(run);
    fs::remove_all(out);
    fs::create_directories(out);
    const fs::path script = out / "drive.sh";
    std::string argument;
    for (const std::string& input : inputs) argument += " '" + input + "'";
    std::ofstream(script) << "set -e\n"
                          << "export XDG_CONFIG_HOME='" << (out / "config").string() << "'\n"
                          << "export BASHU_WINDOW_REPORT='" << (out / "report.json").string() << "'\n"
                          << kDriverFunctions << "'" << BASHU_BINARY << "'" << argument << " >'"
                          << (out / "bashu.log").string() << "' 2>&1 & pid=$!\n"
                          << "wait_report true\nsettle_at 1275 700\n"
                          << "import -window root '" << (out / "before.png").string() << "'\n"
                          << actions << "\n"
                          << "settle\n"
                          << "import -window root '" << (out / "after.png").string() << "'\n"
                          << "kill $pid\n";
    // ctest runs two tests at once. xvfb-run -a takes the first display number without a lock file
    // from -n on, so two windows started together from the same number could take the same one:
    // each test process starts looking from its own number.
    const std::string display = std::to_string(100 + ::getpid() % 5000);
    const std::string command = "timeout 240 xvfb-run -a -n " + display +
                                " -s '-screen 0 1400x950x24 -nolisten tcp' bash '" + script.string() +
                                "' >'" + (out / "xvfb.log").string() + "' 2>&1";
    const int status = std::system(command.c_str());
    EXPECT_EQ(status, 0) << "driving the window failed; see " << out;
    Screenshots shots;
    Result<Image> before = readImage((out / "before.png").string());
    Result<Image> after = readImage((out / "after.png").string());
    EXPECT_TRUE(before.ok() && after.ok()) << "no screenshots in " << out;
    if (before) shots.before = std::move(*before);
    if (after) shots.after = std::move(*after);
    return shots;
}

Screenshots drive(const std::string& input, const std::string& actions, const std::string& run = "") {
    return drive(input.empty() ? std::vector<std::string>{} : std::vector<std::string>{input}, actions, run);
}

// The window's last report (ui/window_report.h) of a run.
nlohmann::json lastReport(const std::string& run = "") {
    std::ifstream in(artifactsFolder(run) / "report.json");
    return nlohmann::json::parse(in, nullptr, false);
}

bool close(Rgba8 a, Rgba8 b) {
    return std::abs(int(a.r) - int(b.r)) <= 6 && std::abs(int(a.g) - int(b.g)) <= 6 &&
           std::abs(int(a.b) - int(b.b)) <= 6;
}

// Share of sampled map pixels (x in [x0, x1), y in [y0, y1)) for which after(f(x, y)) equals
// before(x, y); only pixels that are not background count.
template <class Map>
double shareMatching(const Screenshots& s, int x0, int y0, int x1, int y1, Map f) {
    const Rgba8 background{0xf7, 0xf7, 0xf2, 255};
    size_t compared = 0, matching = 0;
    for (int y = y0; y < y1; y += 7)
        for (int x = x0; x < x1; x += 7) {
            const Rgba8 p = s.before.pixel(x, y);
            if (close(p, background)) continue;
            double ax, ay;
            f(double(x), double(y), ax, ay);
            const int ix = int(std::lround(ax)), iy = int(std::lround(ay));
            if (ix < 0 || iy < 0 || ix >= s.after.width || iy >= s.after.height) continue;
            ++compared;
            matching += close(s.after.pixel(ix, iy), p);
        }
    EXPECT_GT(compared, 200u) << "too few map pixels sampled";
    return compared ? double(matching) / double(compared) : 0.0;
}

TEST(Window, DragPansByTheDraggedPixels) {
    const Screenshots s = drive(kShapes,
                                "xdotool mousemove 500 420 mousedown 1 mousemove 530 440 mousemove 560 460 "
                                "mousemove 580 470 sleep 0.3 mouseup 1");
    ASSERT_GT(s.before.width, 0);
    EXPECT_NE(s.before.rgba, s.after.rgba) << "the map did not move";
    // Sampled right of the panels on the left, which stay where they are.
    const double share =
        shareMatching(s, 400, 150, 1000, 650, [](double x, double y, double& ax, double& ay) {
            ax = x + 80;
            ay = y + 50;
        });
    EXPECT_GT(share, 0.95);
}

TEST(Window, WheelZoomsAboutTheCursor) {
    // Two notches up at (600, 400): 1.25^2 = 1.5625 times larger, (600, 400) stays put.
    const Screenshots s = drive(kShapes, "xdotool mousemove 600 400 sleep 0.3 click 4 sleep 0.3 click 4");
    ASSERT_GT(s.before.width, 0);
    const double share = shareMatching(s, 450, 300, 750, 500, [](double x, double y, double& ax, double& ay) {
        ax = 600 + (x - 600) * 1.5625;
        ay = 400 + (y - 400) * 1.5625;
    });
    EXPECT_GT(share, 0.9);
}

// Pixels of the polygons' fills in the middle of the window (the shapes case).
size_t polygonFillPixels(const Image& image) {
    const Rgba8 background{0xf7, 0xf7, 0xf2, 255};
    size_t filled = 0;
    for (int y = 350; y < 600; y += 5)
        for (int x = 360; x < 1100; x += 5) {
            const Rgba8 p = image.pixel(x, y);
            filled += !close(p, background) && !close(p, Rgba8{0xd7, 0x30, 0x1f, 255});
        }
    return filled;
}

TEST(Window, ClickingALayersCheckboxHidesIt) {
    // The layers panel lists the top layer first: points, lines, polygons. Hide the polygons.
    // (Each row: drag handle, visibility checkbox, opacity, Zoom, X (remove), name.)
    const Screenshots s = drive(kShapes, "click_control layers/visible/polygons");
    ASSERT_GT(s.before.width, 0);
    EXPECT_GT(polygonFillPixels(s.before), 2000u);
    EXPECT_LT(polygonFillPixels(s.after), polygonFillPixels(s.before) / 4) << "the polygons are still drawn";
}

size_t pixelsOf(const Image& image, Rgba8 color, int x0, int y0, int x1, int y1) {
    size_t n = 0;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) n += close(image.pixel(x, y), color);
    return n;
}

TEST(Window, TheClassesSliderRecoloursTheMap) {
    // The built-in map in 5 Jenks classes; a click at the right end of the Style panel's Classes
    // slider asks for 9: colours of YlOrRd's 9-class ramp that the 5-class one lacks appear.
    const Screenshots s =
        drive(std::string(BASHU_GEODATA) + "/gdp_2021.json", "click_control style/classes right");
    ASSERT_GT(s.before.width, 0);
    auto nineClassOnly = [](const Image& image) {
        size_t n = 0;
        for (Rgba8 c :
             {Rgba8{0xff, 0xed, 0xa0, 255}, Rgba8{0xfe, 0xd9, 0x76, 255}, Rgba8{0xfe, 0xb2, 0x4c, 255},
              Rgba8{0xfc, 0x4e, 0x2a, 255}, Rgba8{0xe3, 0x1a, 0x1c, 255}, Rgba8{0x80, 0x00, 0x26, 255}})
            n += pixelsOf(image, c, 350, 100, 1100, 780);
        return n;
    };
    EXPECT_LT(nineClassOnly(s.before), 200u);
    EXPECT_GT(nineClassOnly(s.after), 5000u) << "the map shows 9 classes";
    // The histogram's bars are in the classes' colours: its lowest class, YlOrRd's palest yellow.
    const nlohmann::json histogram = lastReport()["controls"]["style/histogram"];
    ASSERT_TRUE(histogram.is_array()) << lastReport().dump();
    const int x = histogram[0], y = histogram[1], w = histogram[2], h = histogram[3];
    EXPECT_GT(pixelsOf(s.after, Rgba8{0xff, 0xff, 0xcc, 255}, x, y, x + w, y + h), 50u)
        << "the histogram is drawn in the ramp's colours";
}

// A copy of the shapes case with its data in `folder`, so saving in place touches nothing of
// the project's.
void copyShapesCase(const fs::path& folder) {
    fs::remove_all(folder);
    fs::create_directories(folder);
    for (const char* name : {"map.json", "polygons.geojson", "lines.geojson", "points.geojson"})
        fs::copy_file(fs::path(BASHU_TEST_CASES) / "shapes" / name, folder / name);
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

TEST(Window, CtrlSSavesTheMapAsShownAndRenderDrawsIt) {
    // A copy of a map with its data, so saving in place touches nothing of the project's.
    const fs::path folder = fs::path(BASHU_GUI_ARTIFACTS) / "saved-map";
    copyShapesCase(folder);
    const Screenshots s =
        drive((folder / "map.json").string(),
              "click_control style/classes right\nclick_control layers/visible/polygons\nxdotool key ctrl+s");
    ASSERT_GT(s.before.width, 0);
    const std::string saved = readFile(folder / "map.json");
    EXPECT_NE(saved.find("\"classes\": 9"), std::string::npos) << saved;
    EXPECT_NE(saved.find("\"visible\": false"), std::string::npos) << "the polygons were hidden: " << saved;
    EXPECT_NE(saved.find("\"source\": \"polygons.geojson\""), std::string::npos) << "paths stay relative";
    const std::string render = "'" + std::string(BASHU_BINARY) + "' render '" +
                               (folder / "map.json").string() + "' -o '" + (folder / "saved.png").string() +
                               "' 2>/dev/null";
    EXPECT_EQ(std::system(render.c_str()), 0);
    EXPECT_TRUE(fs::exists(folder / "saved.png"));
}

TEST(Window, SavingTheBuiltInMapAsksForANewFile) {
    const fs::path target = fs::path(BASHU_GUI_ARTIFACTS) / "my-gdp-map.json";
    fs::remove(target);
    const std::string before = readFile(fs::path(BASHU_GEODATA) / "gdp_2021.json");
    // The path field starts with everything selected, so typing replaces the suggestion. Return is
    // held for a moment: ImGui reads that key's state once per frame.
    const Screenshots s = drive("", "xdotool key ctrl+s sleep 1 type '" + target.string() +
                                        "'\nxdotool keydown Return sleep 0.3 keyup Return");
    ASSERT_GT(s.before.width, 0);
    EXPECT_EQ(readFile(fs::path(BASHU_GEODATA) / "gdp_2021.json"), before)
        << "the built-in map is never overwritten";
    ASSERT_TRUE(fs::exists(target));
    const std::string render = "'" + std::string(BASHU_BINARY) + "' render '" + target.string() + "' -o '" +
                               (target.parent_path() / "my-gdp-map.png").string() + "' 2>/dev/null";
    EXPECT_EQ(std::system(render.c_str()), 0) << "the saved document's paths resolve from its new folder";
}

TEST(Window, TheExportDialogWritesTheViewAsBashuRenderDrawsIt) {
    const fs::path folder = fs::path(BASHU_GUI_ARTIFACTS) / "exported-map";
    copyShapesCase(folder);
    // Pan and zoom somewhere, save (the view goes into the document), export.
    const Screenshots s = drive((folder / "map.json").string(),
                                "xdotool mousemove 700 500 mousedown 1 mousemove 640 450 sleep 0.3 mouseup 1 "
                                "sleep 0.3 click 4 sleep 0.3 key ctrl+s sleep 0.5 key ctrl+e sleep 1 "
                                "keydown Return sleep 0.3 keyup Return sleep 2");
    ASSERT_GT(s.before.width, 0);
    Result<Image> exported = readImage((folder / "map-export.png").string());
    ASSERT_TRUE(exported.ok()) << exported.error().message;
    EXPECT_NE(readFile(folder / "map.json").find("\"view\""), std::string::npos);

    const fs::path rendered = folder / "rendered.png";
    const std::string render = "'" + std::string(BASHU_BINARY) + "' render '" +
                               (folder / "map.json").string() + "' -o '" + rendered.string() + "' --width " +
                               std::to_string(exported->width) + " --height " +
                               std::to_string(exported->height) + " 2>/dev/null";
    ASSERT_EQ(std::system(render.c_str()), 0);
    Result<Image> headless = readImage(rendered.string());
    ASSERT_TRUE(headless.ok());
    const testing::ImageComparison comparison = testing::compareImages(*exported, *headless, {});
    EXPECT_TRUE(comparison.matches) << comparison.differentPixels << " pixels differ";
}

size_t highlightPixels(const Image& image) {
    return pixelsOf(image, Rgba8{0x00, 0xe5, 0xff, 255}, 0, 0, image.width, image.height);
}

TEST(Window, ClickSelectsAFeatureAndEscClearsIt) {
    // The large square with the hole (screen 100..450 x 230..680), right of the Style panel.
    const Screenshots selected =
        drive(kShapes, "xdotool mousemove 400 600 click 1 sleep 0.3 mousemove 1300 900");
    ASSERT_GT(selected.before.width, 0);
    EXPECT_EQ(highlightPixels(selected.before), 0u);
    EXPECT_GT(highlightPixels(selected.after), 1000u) << "the selected square is outlined";

    const Screenshots cleared =
        drive(kShapes, "xdotool mousemove 400 600 click 1 sleep 0.3 mousemove 1300 900 sleep 0.5 key Escape");
    EXPECT_EQ(highlightPixels(cleared.after), 0u);
}

TEST(Window, ShiftDragZoomsToTheBox) {
    // A 300 x 200 box at (500, 300)-(800, 500) in the 1280 x 860 window: its width limits the
    // zoom, 1280 / 300 times; the box's centre (650, 400) comes to the window's (640, 430).
    const Screenshots s = drive(kShapes,
                                "xdotool mousemove 500 300 keydown shift mousedown 1 mousemove 600 350 "
                                "sleep 0.2 mousemove 800 500 sleep 0.3 mouseup 1 keyup shift");
    ASSERT_GT(s.before.width, 0);
    const double factor = 1280.0 / 300.0;
    const double share =
        shareMatching(s, 600, 340, 760, 460, [&](double x, double y, double& ax, double& ay) {
            ax = 640 + (x - 650) * factor;
            ay = 430 + (y - 400) * factor;
        });
    EXPECT_GT(share, 0.85);
}

TEST(Window, TheYearSliderShowsAnotherYearOnClassesHeldOverAllYears) {
    // Dragging the year slider to its end shows 2024, when few units had published GDP: most of
    // the map turns no-data grey.
    const Screenshots s = drive(std::string(BASHU_GEODATA) + "/gdp_2021.json",
                                "xdotool mousemove 60 609 mousedown 1 mousemove 120 609 sleep 0.2 "
                                "mousemove 188 609 sleep 0.3 mouseup 1");
    ASSERT_GT(s.before.width, 0);
    const Rgba8 noData{0xc8, 0xc8, 0xc8, 255};
    const size_t before = pixelsOf(s.before, noData, 350, 100, 1100, 780);
    const size_t after = pixelsOf(s.after, noData, 350, 100, 1100, 780);
    EXPECT_GT(after, before * 3) << "2024 has far fewer published values than 2021";
}

size_t errorTextPixels(const Image& image) {
    // The Messages window (top right) shows errors in red.
    return pixelsOf(image, Rgba8{0xcc, 0x1a, 0x1a, 255}, 700, 20, 1280, 300);
}

TEST(Window, AFileThatFailsToLoadShowsItsErrorAndTheMapStays) {
    const fs::path broken = artifactsFolder() / ".." / "broken.geojson";
    fs::create_directories(broken.parent_path());
    std::ofstream(broken) << R"({"type": "FeatureCollection", "features": [)";
    const Screenshots s =
        drive(kShapes, "xdotool mousemove 120 150 click 1 sleep 0.5 type '" + broken.string() +
                           "'\nxdotool keydown Return sleep 0.3 keyup Return");
    ASSERT_GT(s.before.width, 0);
    EXPECT_EQ(errorTextPixels(s.before), 0u);
    EXPECT_GT(errorTextPixels(s.after), 20u) << "the error is shown in the window";
    const double share =
        shareMatching(s, 400, 150, 1000, 650, [](double x, double y, double& ax, double& ay) {
            ax = x;
            ay = y;
        });
    EXPECT_GT(share, 0.97) << "the map is as it was";
}

TEST(Window, SavingThenReopeningGivesTheSameMap) {
    const fs::path folder = artifactsFolder() / ".." / "reopened-map";
    copyShapesCase(folder);
    // Pan, zoom, hide the lines, 9 classes; save; then open the saved map in a new window.
    const Screenshots first = drive(
        (folder / "map.json").string(),
        "xdotool mousemove 700 500 mousedown 1 mousemove 650 460 sleep 0.3 mouseup 1 sleep 0.3 click 4\n"
        "settle\nclick_control layers/visible/lines\nclick_control style/classes right\nxdotool key ctrl+s",
        "first");
    ASSERT_GT(first.after.width, 0);
    const std::string settings =
        readFile(artifactsFolder("first") / "config" / "bashu-atlas" / "settings.json");
    EXPECT_NE(settings.find((folder / "map.json").lexically_normal().string()), std::string::npos)
        << "the map is among the recent files: " << settings;
    const Screenshots second = drive((folder / "map.json").string(), "", "second");
    ASSERT_GT(second.before.width, 0);
    // The map area right of the panels, below the search box and left of the legend.
    const Screenshots pair{first.after, second.before};
    const double share =
        shareMatching(pair, 360, 120, 1050, 620, [](double x, double y, double& ax, double& ay) {
            ax = x;
            ay = y;
        });
    EXPECT_GT(share, 0.99) << "the reopened map differs from the saved one";
    EXPECT_NE(first.before.rgba, first.after.rgba) << "the changes before saving did not happen";
}

TEST(Window, RemovingALayerTakesItOffTheMap) {
    // The X of the polygons' row; then the pointer crosses the remaining lines and points (picking
    // must follow the new list: the script's final kill fails if the program has died).
    const Screenshots s = drive(kShapes,
                                "click_control layers/remove/polygons\n"
                                "settle_at 600 400\nsettle_at 800 300\nsettle_at 1000 200");
    ASSERT_GT(s.before.width, 0);
    EXPECT_GT(polygonFillPixels(s.before), 2000u);
    EXPECT_LT(polygonFillPixels(s.after), polygonFillPixels(s.before) / 4);
}

TEST(Window, DraggingALayerChangesTheDrawingOrder) {
    // The polygons' handle dragged onto the points' name: the polygons are drawn on top, over the
    // red line that crossed them.
    const Screenshots s =
        drive(kShapes,
              "xdotool mousemove 23 123 sleep 0.3 mousedown 1 sleep 0.2 mousemove 23 115 "
              "sleep 0.2 mousemove 60 100 sleep 0.2 mousemove 150 80 sleep 0.2 mousemove 240 72 "
              "sleep 0.3 mouseup 1 sleep 0.3 mousemove 600 400 sleep 0.2 mousemove 800 300 sleep 0.3");
    ASSERT_GT(s.before.width, 0);
    const Rgba8 red{0xd7, 0x30, 0x1f, 255};
    const size_t before = pixelsOf(s.before, red, 360, 120, 1100, 650);
    const size_t after = pixelsOf(s.after, red, 360, 120, 1100, 650);
    EXPECT_GT(before, 1000u);
    EXPECT_LT(after, before * 3 / 4) << "the line still runs over the polygons";
}

TEST(Window, CtrlOOpensAnotherMap) {
    const Screenshots s =
        drive(kShapes, "xdotool key ctrl+o\nsettle\nxdotool type '" + std::string(BASHU_GEODATA) +
                           "/gdp_2021.json'\nsettle\nxdotool key Return");
    ASSERT_GT(s.before.width, 0);
    const Rgba8 darkest{0xbd, 0x00, 0x26, 255};  // Chengdu, GDP 2021's top class
    EXPECT_EQ(pixelsOf(s.before, darkest, 350, 100, 1100, 780), 0u);
    EXPECT_GT(pixelsOf(s.after, darkest, 350, 100, 1100, 780), 1000u) << "the built-in GDP map is shown";
}

TEST(Window, QuittingWithUnsavedChangesAsksFirst) {
    // Hiding a layer is a change; Ctrl+Q then asks (the window stays: the script's final kill
    // would fail on a process that had ended) and the modal dims the map.
    const Screenshots s = drive(kShapes, "click_control layers/visible/polygons\nxdotool key ctrl+q");
    ASSERT_GT(s.before.width, 0);
    const Rgba8 background{0xf7, 0xf7, 0xf2, 255};
    EXPECT_GT(pixelsOf(s.before, background, 700, 650, 1000, 800), 20000u);
    EXPECT_LT(pixelsOf(s.after, background, 700, 650, 1000, 800), 100u) << "no dimmed modal over the map";
}

TEST(Window, FilesThatCannotBeReadAreNamedAndTheOthersOpen) {
    // `bashu good.geojson broken.geojson` opened no window at all.
    const fs::path broken = artifactsFolder() / ".." / "broken-input" / "broken.geojson";
    fs::create_directories(broken.parent_path());
    std::ofstream(broken) << R"({"type": "FeatureCollection", "features": [)";
    const Screenshots s =
        drive({std::string(BASHU_TEST_CASES) + "/shapes/polygons.geojson", broken.string()}, "");
    ASSERT_GT(s.after.width, 0);
    EXPECT_GT(polygonFillPixels(s.after), 2000u) << "the readable file is drawn";
    const nlohmann::json report = lastReport();
    EXPECT_EQ(report["layers"], nlohmann::json::array({"polygons"}));
    ASSERT_EQ(report["errors"].size(), 1u) << report.dump();
    EXPECT_EQ(report["messages_newest"], report["errors"][0]) << "the last word is what went wrong";
    EXPECT_EQ(report["errors"][0].get<std::string>().rfind("not opened: " + broken.string() + ": ", 0), 0u)
        << report["errors"][0];
}

}  // namespace
}  // namespace bashu
