#ifndef CFILESWAP_H
#define CFILESWAP_H

/// Swaps two existing paths atomically (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise.
int file_swap_exchange(const char *first, const char *second);

#endif
