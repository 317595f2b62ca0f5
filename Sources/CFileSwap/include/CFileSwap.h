#ifndef CFILESWAP_H
#define CFILESWAP_H

/// Swaps two existing paths atomically (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int file_swap_exchange(const char *first, const char *second);

/// Removes the file or folder at `path` with everything below it, without following symbolic
/// links (nftw, depth first); what cannot be removed stays. Nothing there is not an error.
void file_remove_tree(const char *path);

#endif
