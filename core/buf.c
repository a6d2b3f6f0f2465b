/* Growable byte buffer (see buf.h). */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "error.h"

int sr_buf_reserve(sr_buf *b, size_t n) {
  if (b->cap - b->len > n) return 0;  /* keeps one byte for a NUL */
  size_t cap = b->cap ? b->cap : 256;
  while (cap - b->len <= n) {
    if (cap > ((size_t)-1) / 2) return SR_ENOMEM;
    cap *= 2;
  }
  char *d = realloc(b->data, cap);
  if (!d) return SR_ENOMEM;
  b->data = d;
  b->cap = cap;
  return 0;
}

int sr_buf_append_grow(sr_buf *b, const void *p, size_t n) {
  if (sr_buf_reserve(b, n)) return SR_ENOMEM;
  if (n) memcpy(b->data + b->len, p, n);
  b->len += n;
  b->data[b->len] = '\0';
  return 0;
}

int sr_buf_putc_grow(sr_buf *b, char c) {
  if (sr_buf_reserve(b, 1)) return SR_ENOMEM;
  b->data[b->len++] = c;
  b->data[b->len] = '\0';
  return 0;
}

int sr_buf_printf(sr_buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n < 0) return SR_EINVAL;
  if (sr_buf_reserve(b, (size_t)n + 1)) return SR_ENOMEM;
  va_start(ap, fmt);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->len += (size_t)n;
  return 0;
}

char *sr_buf_detach(sr_buf *b, size_t *len) {
  char *d = b->data;
  if (len) *len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return d;
}

void sr_buf_free(sr_buf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}
