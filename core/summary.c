/* Run totals and their renderings (see summary.h). */
#include "summary.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "jsonw.h"
#include "text/hscache.h"

#define MAX_REASONS 1000

int sr_summary_init(sr_summary *s, const char *const *names, size_t n) {
  memset(s, 0, sizeof *s);
  s->stages = calloc(n ? n : 1, sizeof *s->stages);
  if (!s->stages) return -1;
  s->nstages = n;
  for (size_t i = 0; i < n; i++) s->stages[i].name = strdup(names[i] ? names[i] : "?");
  return 0;
}

static void add_reason(sr_stage_stats *st, const char *reason) {
  st->dropped++;
  for (size_t i = 0; i < st->nreasons; i++)
    if (!strcmp(st->reasons[i].text, reason)) {
      st->reasons[i].count++;
      return;
    }
  if (st->nreasons >= MAX_REASONS) {
    st->other++;
    return;
  }
  if (st->nreasons == st->capreasons) {
    size_t cap = st->capreasons ? 2 * st->capreasons : 4;
    sr_reason *r = realloc(st->reasons, cap * sizeof *r);
    if (!r) {
      st->other++;
      return;
    }
    st->reasons = r;
    st->capreasons = cap;
  }
  st->reasons[st->nreasons].text = strdup(reason);
  st->reasons[st->nreasons].count = 1;
  st->nreasons++;
}

/* The summary names the first failed document and its error, so a run
 * whose documents fail says why on the terminal, not only in the dead-letter
 * file.  One record of the run is decoded, once. */
static void note_first_failure(sr_summary *s, const sr_batch *b) {
  if (s->first_failure || !b->failed.len) return;
  const char *line = b->failed.data;
  const char *nl = memchr(line, '\n', b->failed.len);
  json_t *rec = json_loadb(line, nl ? (size_t)(nl - line) : b->failed.len, 0, NULL);
  if (!rec) return;
  const char *id = json_string_value(json_object_get(rec, "id"));
  const char *src = json_string_value(json_object_get(rec, "source"));
  json_int_t lineno = json_integer_value(json_object_get(rec, "line"));
  const char *stage = json_string_value(json_object_get(rec, "stage"));
  const char *err = json_string_value(json_object_get(rec, "error"));
  char where[300];
  if (id) snprintf(where, sizeof where, "%s", id);
  else if (lineno) snprintf(where, sizeof where, "%s:%lld", src ? src : "?", (long long)lineno);
  else snprintf(where, sizeof where, "%s", src ? src : "?");
  /* The message's first line: a traceback follows in its own field. */
  int elen = err ? (int)strcspn(err, "\n") : 1;
  char buf[800];
  snprintf(buf, sizeof buf, "%s in stage %s: %.*s", where, stage ? stage : "?", elen > 400 ? 400 : elen,
           err ? err : "?");
  s->first_failure = strdup(buf);
  json_decref(rec);
}

void sr_summary_add(sr_summary *s, const sr_batch *b) {
  note_first_failure(s, b);
  const sr_counts *c = &b->counts;
  s->counts.docs_in += c->docs_in;
  s->counts.docs_out += c->docs_out;
  s->counts.dropped += c->dropped;
  s->counts.failed += c->failed;
  s->counts.split_extra += c->split_extra;
  s->counts.bytes_in += c->bytes_in;
  s->counts.bytes_out += c->bytes_out;
  s->counts.repaired_utf8 += c->repaired_utf8;
  s->counts.limit_hits += c->limit_hits;
  for (size_t i = 0; i < b->ndrops; i++) {
    uint32_t k = b->drops[i].stage;
    if (k >= 1 && k <= s->nstages) add_reason(&s->stages[k - 1], b->drops[i].reason);
  }
}

static int by_count(const void *a, const void *b) {
  const sr_reason *x = a, *y = b;
  return (x->count < y->count) - (x->count > y->count);
}

void sr_summary_print(const sr_summary *s, FILE *f, const char *out_name, const char *failed_name) {
  const sr_counts *c = &s->counts;
  double mb = (double)c->bytes_in / 1e6;
  fprintf(f, "saring: %llu document%s read, %llu written, %llu dropped, %llu failed in %.2f s\n",
          (unsigned long long)c->docs_in, c->docs_in == 1 ? "" : "s", (unsigned long long)c->docs_out,
          (unsigned long long)c->dropped, (unsigned long long)c->failed, s->seconds);
  fprintf(f, "  input   %.1f MB at %.1f MB/s, %.0f docs/s\n", mb,
          s->seconds > 0 ? mb / s->seconds : 0.0,
          s->seconds > 0 ? (double)c->docs_in / s->seconds : 0.0);
  if (c->repaired_utf8)
    fprintf(f, "  repaired invalid UTF-8 in %llu document%s\n", (unsigned long long)c->repaired_utf8,
            c->repaired_utf8 == 1 ? "" : "s");
  if (c->limit_hits)
    fprintf(f, "  %llu document%s stopped by a stage limit\n", (unsigned long long)c->limit_hits,
            c->limit_hits == 1 ? "" : "s");
  if (s->inputs_failed)
    fprintf(f, "  %llu of %llu inputs could not be read\n", (unsigned long long)s->inputs_failed,
            (unsigned long long)s->inputs);
  for (size_t i = 0; i < s->nstages; i++) {
    sr_stage_stats *st = &s->stages[i];
    if (!st->dropped) continue;
    fprintf(f, "  dropped by %s: %llu\n", st->name, (unsigned long long)st->dropped);
    /* qsort must not get NULL, even for zero items (C11 7.22.5). */
    if (st->nreasons) qsort(st->reasons, st->nreasons, sizeof *st->reasons, by_count);
    for (size_t k = 0; k < st->nreasons && k < 5; k++)
      fprintf(f, "    %8llu  %s\n", (unsigned long long)st->reasons[k].count, st->reasons[k].text);
    if (st->nreasons > 5) fprintf(f, "    (%zu more reasons)\n", st->nreasons - 5);
  }
  if (out_name) fprintf(f, "  output  %s\n", out_name);
  if (c->failed && s->first_failure) fprintf(f, "  first failure: %s\n", s->first_failure);
  if (c->failed && failed_name) fprintf(f, "  failed documents in %s\n", failed_name);
}

int sr_summary_json(const sr_summary *s, sr_buf *b) {
  const sr_counts *c = &s->counts;
  double mb = (double)c->bytes_in / 1e6;
  sr_buf_printf(b,
                "{\"documents_read\":%llu,\"documents_written\":%llu,\"dropped\":%llu,\"failed\":%llu,"
                "\"split_extra\":%llu,\"repaired_utf8\":%llu,\"limit_hits\":%llu,\"bytes_in\":%llu,"
                "\"bytes_out\":%llu,\"inputs\":%llu,\"inputs_failed\":%llu,\"seconds\":%.3f,"
                "\"mb_per_s\":%.2f,\"docs_per_s\":%.1f,",
                (unsigned long long)c->docs_in, (unsigned long long)c->docs_out,
                (unsigned long long)c->dropped, (unsigned long long)c->failed,
                (unsigned long long)c->split_extra, (unsigned long long)c->repaired_utf8,
                (unsigned long long)c->limit_hits, (unsigned long long)c->bytes_in,
                (unsigned long long)c->bytes_out, (unsigned long long)s->inputs,
                (unsigned long long)s->inputs_failed, s->seconds,
                s->seconds > 0 ? mb / s->seconds : 0.0,
                s->seconds > 0 ? (double)c->docs_in / s->seconds : 0.0);
  /* The pattern cache's counters are process-wide (hscache.h): whether the
   * run's start-up compiled its pattern sets or found them cached. */
  sr_hscache_stats hc;
  sr_hscache_get_stats(&hc);
  sr_buf_printf(b, "\"pattern_cache\":{\"hits\":%llu,\"misses\":%llu,\"stored\":%llu,\"rejected\":%llu},",
                (unsigned long long)hc.hits, (unsigned long long)hc.misses,
                (unsigned long long)hc.stores, (unsigned long long)hc.rejected);
  sr_buf_append_str(b, "\"stages\":[");
  for (size_t i = 0; i < s->nstages; i++) {
    sr_stage_stats *st = &s->stages[i];
    if (i) sr_buf_putc(b, ',');
    sr_buf_append_str(b, "{\"name\":");
    sr_jsonw_string(b, st->name, strlen(st->name));
    sr_buf_printf(b, ",\"dropped\":%llu,\"reasons\":{", (unsigned long long)st->dropped);
    /* qsort must not get NULL, even for zero items (C11 7.22.5). */
    if (st->nreasons) qsort(st->reasons, st->nreasons, sizeof *st->reasons, by_count);
    for (size_t k = 0; k < st->nreasons; k++) {
      if (k) sr_buf_putc(b, ',');
      sr_jsonw_string(b, st->reasons[k].text, strlen(st->reasons[k].text));
      sr_buf_printf(b, ":%llu", (unsigned long long)st->reasons[k].count);
    }
    if (st->other) sr_buf_printf(b, "%s\"(other)\":%llu", st->nreasons ? "," : "", (unsigned long long)st->other);
    sr_buf_append_str(b, "}}");
  }
  return sr_buf_append_str(b, "]}\n");
}

void sr_summary_free(sr_summary *s) {
  for (size_t i = 0; i < s->nstages; i++) {
    free(s->stages[i].name);
    for (size_t k = 0; k < s->stages[i].nreasons; k++) free(s->stages[i].reasons[k].text);
    free(s->stages[i].reasons);
  }
  free(s->stages);
  free(s->first_failure);
  memset(s, 0, sizeof *s);
}
