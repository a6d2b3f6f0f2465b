/* Document lifetime (see doc.h). */
#include "doc.h"

#include <stdlib.h>

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
