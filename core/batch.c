/* Batches (see batch.h). */
#include "batch.h"

#include <stdlib.h>
#include <string.h>

#include "error.h"

sr_batch *sr_batch_new(uint64_t seq) {
  sr_batch *b = calloc(1, sizeof *b);
  if (b) b->seq = seq;
  return b;
}

void sr_batch_add(sr_batch *b, sr_doc *d) {
  d->next = NULL;
  if (b->docs_tail) b->docs_tail->next = d;
  else b->docs = d;
  b->docs_tail = d;
  b->ndocs++;
  b->bytes += d->raw_len;
}

int sr_batch_drop(sr_batch *b, uint32_t stage, const char *reason, size_t len) {
  if (b->ndrops == b->capdrops) {
    size_t cap = b->capdrops ? 2 * b->capdrops : 8;
    sr_drop *nd = realloc(b->drops, cap * sizeof *nd);
    if (!nd) return SR_ENOMEM;
    b->drops = nd;
    b->capdrops = cap;
  }
  char *r = malloc(len + 1);
  if (!r) return SR_ENOMEM;
  memcpy(r, reason, len);
  r[len] = '\0';
  b->drops[b->ndrops].stage = stage;
  b->drops[b->ndrops].reason = r;
  b->ndrops++;
  return 0;
}

void sr_batch_free(sr_batch *b) {
  if (!b) return;
  sr_doc_list_free(b->docs);
  sr_buf_free(&b->out);
  sr_buf_free(&b->failed);
  sr_buf_free(&b->csv);
  sr_buf_free(&b->mirror);
  for (size_t i = 0; i < b->ndrops; i++) free(b->drops[i].reason);
  free(b->drops);
  free(b);
}
