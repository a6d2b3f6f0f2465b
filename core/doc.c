/* Document lifetime (see doc.h). */
#include "doc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

sr_doc *sr_doc_new(const char *source, uint64_t line, sr_format format, char *raw, size_t raw_len) {
  sr_doc *d = calloc(1, sizeof *d);
  if (!d) return NULL;
  d->source = source;
  d->line = line;
  d->format = format;
  d->raw = raw;
  d->raw_len = raw_len;
  return d;
}

void sr_doc_free(sr_doc *d) {
  if (!d) return;
  free(d->raw);
  free(d->error);
  free(d);
}

void sr_doc_list_free(sr_doc *head) {
  while (head) {
    sr_doc *n = head->next;
    sr_doc_free(head);
    head = n;
  }
}

sr_doc *sr_doc_error(const char *source, uint64_t line, sr_format format, const char *msg) {
  sr_doc *d = sr_doc_new(source, line, format, NULL, 0);
  if (d) d->error = strdup(msg);
  return d;
}

static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
  return 1;
}

sr_doc *sr_doc_from_line(const char *source, uint64_t line, sr_format format, const char *s, size_t n,
                         size_t max) {
  if (n && s[n - 1] == '\r') n--;
  if (blank(s, n)) return NULL;
  if (n > max) {
    char msg[128];
    snprintf(msg, sizeof msg, "line longer than the limit of %zu bytes (--max-doc-bytes)", max);
    return sr_doc_error(source, line, format, msg);
  }
  char *raw = malloc(n + 1);
  if (!raw) return sr_doc_error(source, line, format, "out of memory");
  memcpy(raw, s, n);
  raw[n] = '\0';
  sr_doc *d = sr_doc_new(source, line, format, raw, n);
  if (!d) free(raw);
  return d;
}
