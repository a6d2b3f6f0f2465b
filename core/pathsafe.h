/* Output file names built from document fields (ids, sites) must never
 * leave the output folder: no "..", no absolute paths, no NUL, no control
 * characters, no separators. */
#ifndef SARING_PATHSAFE_H
#define SARING_PATHSAFE_H

#include <stddef.h>

/* Writes into out (cap bytes, NUL-terminated) a single file-name component
 * made from s: bytes other than letters, digits, '-', '_', '.' and UTF-8
 * sequences become '_'; a leading '.' becomes '_' (no hidden files, no
 * "." or ".."); an empty result becomes "_"; long names are cut at a
 * character boundary.  Returns the length written. */
size_t sr_path_component(const char *s, size_t len, char *out, size_t cap);

#endif
