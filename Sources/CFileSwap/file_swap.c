#define _GNU_SOURCE
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <unistd.h>
#include "CFileSwap.h"

int file_swap_exchange(const char *first, const char *second) {
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
}

static int remove_entry(const char *path, const struct stat *status, int kind, struct FTW *position) {
    (void)status;
    (void)position;
    if (kind == FTW_DP) rmdir(path); else unlink(path);
    return 0;
}

void file_remove_tree(const char *path) {
    nftw(path, remove_entry, 32, FTW_DEPTH | FTW_PHYS);
}
