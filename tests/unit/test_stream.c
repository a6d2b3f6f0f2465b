/* Unit tests for core/stream.c: plain, gzip (also concatenated members),
 * zstd, and damaged compressed data reporting an error after the good
 * data. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <cmocka.h>

#include "error.h"
#include "stream.h"

static char tmpdir[] = "/tmp/saring-test-stream-XXXXXX";

static int setup(void **state) {
  (void)state;
  return mkdtemp(tmpdir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
  return system(cmd) == 0 ? 0 : -1;
}

/* Writes data to a file in tmpdir and opens it as a stream. */
static sr_stream *open_data(const char *name, const void *data, size_t len) {
  char path[256];
  snprintf(path, sizeof path, "%s/%s", tmpdir, name);
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  assert_int_equal(fwrite(data, 1, len, f), len);
  fclose(f);
  int fd = open(path, O_RDONLY);
  assert_true(fd >= 0);
  sr_stream *s = NULL;
  assert_int_equal(sr_stream_open(&s, fd), 0);
  return s;
}

/* Reads the whole stream in pieces of `step` bytes; returns what came out
 * (malloc'd) and the final status (0 or an error) in *status. */
static char *read_all(sr_stream *s, size_t step, size_t *len, ssize_t *status) {
  size_t cap = 1 << 16, n = 0;
  char *out = malloc(cap);
  for (;;) {
    if (n + step > cap) {
      while (n + step > cap) cap *= 2;
      out = realloc(out, cap);
    }
    ssize_t r = sr_stream_read(s, out + n, step);
    if (r <= 0) {
      *status = r;
      break;
    }
    n += (size_t)r;
  }
  *len = n;
  return out;
}

static char *make_text(size_t len) {
  char *t = malloc(len);
  uint32_t x = 12345;
  for (size_t i = 0; i < len; i++) {
    x = x * 1103515245 + 12345;
    t[i] = (i % 61 == 60) ? '\n' : (char)('a' + (x >> 16) % 26);
  }
  return t;
}

static size_t gzip_data(const char *in, size_t len, char *out, size_t cap) {
  z_stream z;
  memset(&z, 0, sizeof z);
  assert_int_equal(deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  z.next_in = (Bytef *)in;
  z.avail_in = (uInt)len;
  z.next_out = (Bytef *)out;
  z.avail_out = (uInt)cap;
  assert_int_equal(deflate(&z, Z_FINISH), Z_STREAM_END);
  size_t n = cap - z.avail_out;
  deflateEnd(&z);
  return n;
}

static void check_stream(sr_stream *s, const char *want, size_t wlen, sr_compression comp) {
  assert_int_equal(sr_stream_compression(s), comp);
  for (int pass = 0; pass < 1; pass++) {
    size_t n;
    ssize_t st;
    char *got = read_all(s, 7777, &n, &st);
    assert_int_equal(st, 0);
    assert_int_equal(n, wlen);
    assert_memory_equal(got, want, wlen);
    free(got);
    /* After the end, reads keep returning 0. */
    char b[4];
    assert_int_equal(sr_stream_read(s, b, sizeof b), 0);
  }
  sr_stream_close(s);
}

static void test_plain(void **state) {
  (void)state;
  size_t len = 600000;
  char *t = make_text(len);
  check_stream(open_data("plain.txt", t, len), t, len, SR_COMP_NONE);
  check_stream(open_data("empty.txt", "", 0), "", 0, SR_COMP_NONE);
  check_stream(open_data("one.txt", "x", 1), "x", 1, SR_COMP_NONE);
  /* Starts like gzip's magic but is too short to be gzip. */
  check_stream(open_data("m.txt", "\x1f", 1), "\x1f", 1, SR_COMP_NONE);
  free(t);
}

static void test_gzip(void **state) {
  (void)state;
  size_t len = 700000;
  char *t = make_text(len);
  size_t cap = len + 1024;
  char *z = malloc(cap);
  size_t zl = gzip_data(t, len, z, cap);
  sr_stream *s = open_data("a.gz", z, zl);
  check_stream(s, t, len, SR_COMP_GZIP);
  assert_true(zl < len);
  free(z);
  free(t);
}

static void test_gzip_concatenated_members(void **state) {
  (void)state;
  char buf[4096];
  size_t n1 = gzip_data("first member\n", 13, buf, sizeof buf);
  size_t n2 = gzip_data("", 0, buf + n1, sizeof buf - n1);
  size_t n3 = gzip_data("second member\n", 14, buf + n1 + n2, sizeof buf - n1 - n2);
  sr_stream *s = open_data("cat.gz", buf, n1 + n2 + n3);
  check_stream(s, "first member\nsecond member\n", 27, SR_COMP_GZIP);
}

static void test_zstd(void **state) {
  (void)state;
  size_t len = 900000;
  char *t = make_text(len);
  size_t cap = ZSTD_compressBound(len);
  char *z = malloc(cap);
  size_t zl = ZSTD_compress(z, cap, t, len, 3);
  assert_false(ZSTD_isError(zl));
  check_stream(open_data("a.zst", z, zl), t, len, SR_COMP_ZSTD);
  /* Two frames back to back read as one stream. */
  char *two = malloc(2 * zl);
  memcpy(two, z, zl);
  memcpy(two + zl, z, zl);
  char *tt = malloc(2 * len);
  memcpy(tt, t, len);
  memcpy(tt + len, t, len);
  check_stream(open_data("two.zst", two, 2 * zl), tt, 2 * len, SR_COMP_ZSTD);
  free(tt);
  free(two);
  free(z);
  free(t);
}

/* A damaged compressed file: some good data comes out first, then an
 * error, and nothing after it. */
static void check_damaged(sr_stream *s, const char *t, size_t min_good) {
  size_t n;
  ssize_t st;
  char *got = read_all(s, 1 << 20, &n, &st);
  assert_int_equal(st, SR_EDECOMP);
  if (n < min_good) fail_msg("only %zu bytes before the error, expected at least %zu", n, min_good);
  assert_memory_equal(got, t, min_good);
  char b[4];
  assert_int_equal(sr_stream_read(s, b, sizeof b), 0);
  free(got);
  sr_stream_close(s);
}

static void test_gzip_truncated(void **state) {
  (void)state;
  size_t len = 2000000;
  char *t = make_text(len);
  char *z = malloc(len + 1024);
  size_t zl = gzip_data(t, len, z, len + 1024);
  check_damaged(open_data("cut.gz", z, zl / 2), t, len / 4);
  /* Cut inside the 8-byte trailer: all the data, then the error. */
  check_damaged(open_data("trailer.gz", z, zl - 3), t, len);
  /* Only the magic. */
  check_damaged(open_data("magic.gz", "\x1f\x8b", 2), t, 0);
  free(z);
  free(t);
}

static void test_zstd_truncated_and_corrupt(void **state) {
  (void)state;
  size_t len = 2000000;
  char *t = make_text(len);
  size_t cap = ZSTD_compressBound(len);
  char *z = malloc(cap);
  /* With a checksum, as the zstd tool writes by default: without one,
   * corrupt bytes may decode to wrong data that no check catches. */
  ZSTD_CCtx *cc = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cc, ZSTD_c_checksumFlag, 1);
  size_t zl = ZSTD_compress2(cc, z, cap, t, len);
  ZSTD_freeCCtx(cc);
  assert_false(ZSTD_isError(zl));
  check_damaged(open_data("cut.zst", z, zl / 2), t, len / 4);
  /* Corrupt bytes late in the frame: the blocks before them come out. */
  memset(z + zl * 4 / 5, 0xA5, 64);
  check_damaged(open_data("bad.zst", z, zl), t, len / 2);
  /* The same with a frame small enough to be read whole into the input
   * buffer at once, where zstd would decode it in one pass. */
  size_t small = 300000;
  cc = ZSTD_createCCtx();
  ZSTD_CCtx_setParameter(cc, ZSTD_c_checksumFlag, 1);
  zl = ZSTD_compress2(cc, z, cap, t, small);
  ZSTD_freeCCtx(cc);
  assert_false(ZSTD_isError(zl));
  assert_true(zl < 200000);
  memset(z + zl * 4 / 5, 0xA5, 64);
  check_damaged(open_data("small-bad.zst", z, zl), t, small / 2);
  free(z);
  free(t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_plain),
    cmocka_unit_test(test_gzip),
    cmocka_unit_test(test_gzip_concatenated_members),
    cmocka_unit_test(test_zstd),
    cmocka_unit_test(test_gzip_truncated),
    cmocka_unit_test(test_zstd_truncated_and_corrupt),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
