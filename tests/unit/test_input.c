/* Unit tests for core/input.c: walk order, hidden names, symbolic links
 * (loops are not followed), missing inputs and formats from extensions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "input.h"

static char tmpdir[] = "/tmp/saring-test-input-XXXXXX";

static void touch(const char *rel, const char *data) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s", tmpdir, rel);
  /* Make the parent folders. */
  for (char *p = path + strlen(tmpdir) + 1; *p; p++) {
    if (*p != '/') continue;
    *p = '\0';
    mkdir(path, 0755);
    *p = '/';
  }
  FILE *f = fopen(path, "w");
  assert_non_null(f);
  fputs(data, f);
  fclose(f);
}

static int setup(void **state) {
  (void)state;
  if (!mkdtemp(tmpdir)) return -1;
  touch("in/b.txt", "bb");
  touch("in/a.jsonl", "{}\n");
  touch("in/b/z.txt", "z");
  touch("in/b/.hidden", "h");
  touch("in/.git/config", "h");
  touch("in/A.txt", "upper sorts first");
  touch("in/c/d/e.jsonl.gz", "");
  touch("other/x.txt", "outside");
  char p[512], t[512];
  /* A loop: in/c/loop -> in; a link to a folder outside; a link to a file. */
  snprintf(p, sizeof p, "%s/in/c/loop", tmpdir);
  snprintf(t, sizeof t, "%s/in", tmpdir);
  if (symlink(t, p)) return -1;
  snprintf(p, sizeof p, "%s/in/outside", tmpdir);
  snprintf(t, sizeof t, "%s/other", tmpdir);
  if (symlink(t, p)) return -1;
  snprintf(p, sizeof p, "%s/in/link.txt", tmpdir);
  snprintf(t, sizeof t, "%s/other/x.txt", tmpdir);
  if (symlink(t, p)) return -1;
  snprintf(p, sizeof p, "%s/in/dangling.txt", tmpdir);
  if (symlink("/nonexistent/target", p)) return -1;
  return 0;
}

static int teardown(void **state) {
  (void)state;
  char cmd[128];
  snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
  return system(cmd) == 0 ? 0 : -1;
}

/* The inputs' paths relative to tmpdir, joined with '|'; errors marked '!'. */
static const char *listing(const sr_inputs *in) {
  static char buf[2048];
  size_t o = 0, skip = strlen(tmpdir) + 1;
  buf[0] = '\0';
  for (size_t i = 0; i < in->n; i++) {
    const char *p = in->v[i].path;
    if (!strncmp(p, tmpdir, skip - 1)) p += skip;
    o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s%s", i ? "|" : "", in->v[i].error ? "!" : "", p);
  }
  return buf;
}

static void test_walk_order_hidden_links(void **state) {
  (void)state;
  sr_inputs in;
  memset(&in, 0, sizeof in);
  char arg[512];
  snprintf(arg, sizeof arg, "%s/in", tmpdir);
  assert_int_equal(sr_inputs_add(&in, arg, SR_FORMAT_AUTO), 0);
  /* Sorted by byte order at each level; a folder's files come where its
   * name sorts; hidden names and links to folders (the loop, the outside
   * folder) are skipped; a link to a file is read; a dangling link is
   * reported. */
  assert_string_equal(listing(&in),
                      "in/A.txt|in/a.jsonl|in/b/z.txt|in/b.txt|in/c/d/e.jsonl.gz|!in/dangling.txt|in/link.txt");
  assert_int_equal(in.v[0].format, SR_FORMAT_TEXT);
  assert_int_equal(in.v[1].format, SR_FORMAT_JSONL);
  assert_int_equal(in.v[4].format, SR_FORMAT_JSONL);
  assert_int_equal(in.v[0].size, 17);
  assert_non_null(in.v[5].error);
  assert_int_equal(in.total_bytes, 17 + 3 + 1 + 2 + 0 + 0 + 7);
  sr_inputs_free(&in);
}

static void test_trailing_slash_and_forced_format(void **state) {
  (void)state;
  sr_inputs in;
  memset(&in, 0, sizeof in);
  char arg[512];
  snprintf(arg, sizeof arg, "%s/in/b/", tmpdir);
  assert_int_equal(sr_inputs_add(&in, arg, SR_FORMAT_LINES), 0);
  assert_string_equal(listing(&in), "in/b/z.txt");
  assert_int_equal(in.v[0].format, SR_FORMAT_LINES);
  sr_inputs_free(&in);
}

static void test_missing_and_stdin(void **state) {
  (void)state;
  sr_inputs in;
  memset(&in, 0, sizeof in);
  assert_int_equal(sr_inputs_add(&in, "/nonexistent/file.txt", SR_FORMAT_AUTO), 0);
  assert_int_equal(sr_inputs_add(&in, "-", SR_FORMAT_AUTO), 0);
  assert_int_equal(sr_inputs_add(&in, "-", SR_FORMAT_JSONL), 0);
  assert_int_equal(in.n, 3);
  assert_string_equal(in.v[0].path, "/nonexistent/file.txt");
  assert_non_null(in.v[0].error);
  assert_non_null(strstr(in.v[0].error, "no such file"));
  assert_string_equal(in.v[1].path, "-");
  assert_null(in.v[1].error);
  assert_int_equal(in.v[1].format, SR_FORMAT_TEXT);
  assert_int_equal(in.v[2].format, SR_FORMAT_JSONL);
  assert_int_equal(in.v[1].size, -1);
  assert_int_equal(in.total_bytes, -1);
  sr_inputs_free(&in);
}

static void test_format_from_path(void **state) {
  (void)state;
  assert_int_equal(sr_format_from_path("a.jsonl"), SR_FORMAT_JSONL);
  assert_int_equal(sr_format_from_path("a.JSONL"), SR_FORMAT_JSONL);
  assert_int_equal(sr_format_from_path("a.ndjson"), SR_FORMAT_JSONL);
  assert_int_equal(sr_format_from_path("a.json"), SR_FORMAT_JSONL);
  assert_int_equal(sr_format_from_path("dir.jsonl/a.jsonl.gz"), SR_FORMAT_JSONL);
  assert_int_equal(sr_format_from_path("a.jsonl.zst"), SR_FORMAT_JSONL);
  assert_int_equal(sr_format_from_path("a.jsonl.zstd"), SR_FORMAT_JSONL);
  assert_int_equal(sr_format_from_path("a.txt"), SR_FORMAT_TEXT);
  assert_int_equal(sr_format_from_path("a.txt.gz"), SR_FORMAT_TEXT);
  assert_int_equal(sr_format_from_path("a.gz"), SR_FORMAT_TEXT);
  assert_int_equal(sr_format_from_path("jsonl"), SR_FORMAT_TEXT);
  assert_int_equal(sr_format_from_path("dir.jsonl/page"), SR_FORMAT_TEXT);
  assert_int_equal(sr_format_from_path(""), SR_FORMAT_TEXT);
  assert_int_equal(sr_format_parse("text"), SR_FORMAT_TEXT);
  assert_int_equal(sr_format_parse("JSONL"), SR_FORMAT_JSONL);
  assert_int_equal(sr_format_parse("ndjson"), SR_FORMAT_JSONL);
  assert_int_equal(sr_format_parse("lines"), SR_FORMAT_LINES);
  assert_int_equal(sr_format_parse("xml"), -1);
  assert_int_equal(sr_format_parse(""), -1);
}

static void test_parse_size(void **state) {
  (void)state;
  size_t v = 7;
  assert_int_equal(sr_parse_size("512", &v), 0);
  assert_int_equal(v, 512);
  assert_int_equal(sr_parse_size("64K", &v), 0);
  assert_int_equal(v, 65536);
  assert_int_equal(sr_parse_size("200MB", &v), 0);
  assert_int_equal(v, 200u * 1024 * 1024);
  assert_int_equal(sr_parse_size("1.5g", &v), 0);
  assert_int_equal(v, 1536u * 1024 * 1024);
  assert_int_equal(sr_parse_size("0", &v), 0);
  assert_int_equal(v, 0);
  v = 7;
  /* Refused, and *out left alone. */
  assert_int_equal(sr_parse_size("", &v), -1);
  assert_int_equal(sr_parse_size("lots", &v), -1);
  assert_int_equal(sr_parse_size("-1", &v), -1);
  assert_int_equal(sr_parse_size("10Q", &v), -1);
  assert_int_equal(sr_parse_size("1T", &v), -1);
  assert_int_equal(sr_parse_size("nan", &v), -1);
  assert_int_equal(sr_parse_size("inf", &v), -1);
  assert_int_equal(sr_parse_size("1e30", &v), -1);
  assert_int_equal(sr_parse_size("99999999999G", &v), -1);
  assert_int_equal(v, 7);
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_walk_order_hidden_links),
    cmocka_unit_test(test_trailing_slash_and_forced_format),
    cmocka_unit_test(test_missing_and_stdin),
    cmocka_unit_test(test_format_from_path),
    cmocka_unit_test(test_parse_size),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
