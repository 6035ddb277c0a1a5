/* bashu: starts the program itself (bashu-engine, beside this file) with the C library's
 * allocator on transparent huge pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1, added to any
 * tunables already set). A map of 10^6 features touches hundreds of MB, the software renderer
 * tens more; touched 4 kB at a time, each page costs a fault, and on virtual machines a fault costs
 * microseconds: a third of an export's time. The tunable is read when a program starts, before
 * any of its code runs, hence this small C launcher: it links nothing but the C library, so it
 * costs a millisecond where starting bashu twice would cost tens. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char kHugePages[] = "glibc.malloc.hugetlb=1";
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

    const char* tunables = getenv("GLIBC_TUNABLES");
    if (!tunables || !*tunables) {
        setenv("GLIBC_TUNABLES", kHugePages, 1);
    } else if (!strstr(tunables, "glibc.malloc.hugetlb")) {
        const size_t size = strlen(tunables) + 1 + sizeof kHugePages;
        char* both = malloc(size);
        if (both) {
            snprintf(both, size, "%s:%s", tunables, kHugePages);
            setenv("GLIBC_TUNABLES", both, 1);
            free(both);
        }
    }
    execv(path, argv);
    fprintf(stderr, "bashu: cannot start %s: %s\n", path, strerror(errno));
    return 3;
}
