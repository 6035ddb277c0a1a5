/* bashu: starts the program itself (bashu-engine, beside this file) with the C library's
 * allocator tuned (GLIBC_TUNABLES, each added unless the user's tunables set it already):
 * - on transparent huge pages (glibc.malloc.hugetlb=1). A map of 10^6 features touches hundreds
 *   of MB, the software renderer tens more; touched 4 kB at a time, each page costs a fault, and
 *   on virtual machines a fault costs microseconds: a third of an export's time.
 * - with one arena a core (glibc.malloc.arena_max, at least 2) instead of eight. The window's
 *   reads of a PostGIS layer run on threads of their own, each read's rows and meshes in the
 *   arena of its thread, whose freed pages the next read on another thread cannot take: at 10^7
 *   rows the window peaked at 0.97-1.14 GB on two cores, and at 0.90-0.95 GB with two arenas, as
 *   fast. One a core still gives each thread of a parallel step (tessellation) its own.
 * The tunables are read when a program starts, before any of its code runs, hence this small C
 * launcher: it links nothing but the C library, so it costs a millisecond where starting bashu
 * twice would cost tens. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char kEngine[] = "bashu-engine";

int main(int argc, char** argv) {
    (void)argc;
    char path[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length <= 0) {
        fprintf(stderr, "bashu: cannot find where it is installed (/proc/self/exe: %s)\n", strerror(errno));
        return 3;
    }
    path[length] = '\0';
    char* slash = strrchr(path, '/');
    if (!slash || (size_t)(slash + 1 - path) + sizeof kEngine > sizeof path) {
        fprintf(stderr, "bashu: cannot find where it is installed (%s)\n", path);
        return 3;
    }
    memcpy(slash + 1, kEngine, sizeof kEngine);

    const long cores = sysconf(_SC_NPROCESSORS_ONLN);
    char arenas[48];
    snprintf(arenas, sizeof arenas, "glibc.malloc.arena_max=%ld", cores > 2 ? cores : 2);
    const char* const tunables[] = {"glibc.malloc.hugetlb=1", arenas};
    for (size_t i = 0; i < sizeof tunables / sizeof tunables[0]; ++i) {
        const char* tunable = tunables[i];
        const size_t nameLength = (size_t)(strchr(tunable, '=') - tunable);
        const char* set = getenv("GLIBC_TUNABLES");
        /* The user's MALLOC_ARENA_MAX, which the tunable would override, wins over it. */
        if (strstr(tunable, "arena_max") && getenv("MALLOC_ARENA_MAX")) continue;
        if (!set || !*set) {
            setenv("GLIBC_TUNABLES", tunable, 1);
            continue;
        }
        /* So does the user's setting of the same tunable: "name=" anywhere in the list. */
        char name[64];
        snprintf(name, sizeof name, "%.*s=", (int)nameLength, tunable);
        if (strstr(set, name)) continue;
        const size_t size = strlen(set) + 2 + strlen(tunable);
        char* both = malloc(size);
        if (!both) continue;
        snprintf(both, size, "%s:%s", set, tunable);
        setenv("GLIBC_TUNABLES", both, 1);
        free(both);
    }
    execv(path, argv);
    fprintf(stderr, "bashu: cannot start %s: %s\n", path, strerror(errno));
    return 3;
}
