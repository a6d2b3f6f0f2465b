/* Fuzz target: the JSONL input path, as the reader and the executor take it.
 *
 * The input is split into lines as core/reader.c does (sr_doc_from_line,
 * with a small --max-doc-bytes), each line has its byte order mark dropped,
 * its UTF-8 checked and repaired, and is parsed by jansson; an object is then
 * written back by saring's JSON writer.  Invariants: no crash; a line over
 * the cap becomes an error document; repaired text is valid UTF-8; the
 * writer's output is valid JSON that jansson reads back to an equal value;
 * the executor's fast line reader (core/jsonl.c) agrees with jansson
 * whenever it does not decline a line.
 */
#include <jansson.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "doc.h"
#include "jsonl.h"
#include "jsonw.h"
#include "text/utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

#define MAX_LINE 4096

/* json_equal, but numbers compare by value: the writer may print 1.5e3 as
 * 1500, which jansson then reads as an integer. */
static int same(const json_t *a, const json_t *b) {
  if (json_is_number(a) && json_is_number(b)) {
    double x = json_number_value(a), y = json_number_value(b);
    return x == y || (x - y) * (x - y) <= 1e-24 * (x * x + y * y);
  }
  if (json_typeof(a) != json_typeof(b)) return 0;
  if (json_is_array(a)) {
    if (json_array_size(a) != json_array_size(b)) return 0;
    for (size_t i = 0; i < json_array_size(a); i++)
      if (!same(json_array_get(a, i), json_array_get(b, i))) return 0;
    return 1;
  }
  if (json_is_object(a)) {
    if (json_object_size(a) != json_object_size(b)) return 0;
    const char *k;
    json_t *v;
    json_object_foreach((json_t *)a, k, v) {
      json_t *w = json_object_get(b, k);
      if (!w || !same(v, w)) return 0;
    }
    return 1;
  }
  return json_equal(a, b);
}

static void one_line(const sr_doc *d) {
  if (d->error) {
    CHECK(d->raw == NULL);
    return;
  }
  CHECK(d->raw_len <= MAX_LINE);
  const char *raw = d->raw;
  size_t len = d->raw_len;
  if (len >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3)) {
    raw += 3;
    len -= 3;
  }
  char *fixed = NULL;
  if (sr_utf8_validate(raw, len) != len) {
    size_t fl;
    fixed = sr_utf8_repair(raw, len, &fl);
    CHECK(fixed);
    CHECK(sr_utf8_validate(fixed, fl) == fl);
    raw = fixed;
    len = fl;
  }
  /* The executor's fast reader either declines the line or reads what
   * jansson reads, with the text taken out, members in the same order. */
  json_t *fobj;
  char *ftext;
  size_t ftlen;
  int frc = sr_jsonl_take_text(raw, len, "text", &fobj, &ftext, &ftlen);
  CHECK(frc == 0 || frc == 1);
  if (frc == 1) {
    json_error_t ferr;
    json_t *ref = json_loadb(raw, len, JSON_ALLOW_NUL, &ferr);
    CHECK(ref && json_is_object(ref));
    json_t *tv = json_object_get(ref, "text");
    CHECK(json_is_string(tv) && json_string_length(tv) == ftlen &&
          !memcmp(json_string_value(tv), ftext, ftlen));
    json_object_del(ref, "text");
    CHECK(json_object_size(ref) == json_object_size(fobj));
    void *ia = json_object_iter(ref), *ib = json_object_iter(fobj);
    for (; ia && ib; ia = json_object_iter_next(ref, ia), ib = json_object_iter_next(fobj, ib))
      CHECK(!strcmp(json_object_iter_key(ia), json_object_iter_key(ib)) &&
            json_equal(json_object_iter_value(ia), json_object_iter_value(ib)));
    json_decref(ref);
    json_decref(fobj);
    free(ftext);
  }
  json_error_t err;
  json_t *v = json_loadb(raw, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &err);
  free(fixed);
  if (!v) return;
  sr_buf b = SR_BUF_INIT;
  CHECK(sr_jsonw_jansson(&b, v) == 0);
  json_t *back = json_loadb(b.data ? b.data : "", b.len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &err);
  CHECK(back);
  CHECK(same(v, back));
  json_decref(back);
  json_decref(v);
  sr_buf_free(&b);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *p = (const char *)data, *end = p + size;
  uint64_t line = 0;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *e = nl ? nl : end;
    sr_doc *d = sr_doc_from_line("fuzz", ++line, SR_FORMAT_JSONL, p, (size_t)(e - p), MAX_LINE);
    if (d) {
      one_line(d);
      sr_doc_free(d);
    }
    p = nl ? nl + 1 : end;
  }
  return 0;
}
