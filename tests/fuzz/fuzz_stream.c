/* Fuzz target: decompressing input streams (core/stream.c).
 *
 * The input is written to a memory file and read through sr_stream in
 * reads of varying sizes.  Invariants: no crash or sanitizer report; a read
 * never returns more than asked; after an error or the end, reads return 0
 * (the error is reported once); the decompressed total is bounded by a cap
 * so a small input cannot make the target run away (the cap is the same
 * defence saring uses: --max-doc-bytes stops reading, it does not hold the
 * whole).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "stream.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  int fd = memfd_create("fuzz", MFD_CLOEXEC);
  if (fd < 0) return 0;
  if (size && write(fd, data, size) != (ssize_t)size) {
    close(fd);
    return 0;
  }
  lseek(fd, 0, SEEK_SET);
  sr_stream *s;
  if (sr_stream_open(&s, fd)) {
    close(fd);
    return 0;
  }
  static char buf[70000];
  size_t total = 0, step = 1 + (size ? data[0] % 97 : 0) * 700;
  int errors = 0;
  for (int i = 0; i < 100000 && total < (64u << 20); i++) {
    size_t want = step + (size_t)(i % 3) * 13;
    if (want > sizeof buf) want = sizeof buf;
    ssize_t n = sr_stream_read(s, buf, want);
    if (n < 0) {
      errors++;
      CHECK(errors == 1);
      CHECK(sr_stream_read(s, buf, want) == 0);
      break;
    }
    CHECK((size_t)n <= want);
    if (n == 0) {
      CHECK(sr_stream_read(s, buf, want) == 0);
      break;
    }
    total += (size_t)n;
  }
  if (sr_stream_compression(s) == SR_COMP_NONE && total < (64u << 20)) CHECK(total == size);
  CHECK(sr_stream_raw_bytes(s) <= size);
  sr_stream_close(s); /* closes fd */
  return 0;
}
