/* A growable byte buffer.  The owner of an sr_buf owns its data; hand the
 * data on with sr_buf_detach. */
#ifndef SARING_BUF_H
#define SARING_BUF_H

#include <stddef.h>
#include <string.h>

typedef struct sr_buf {
  char *data;
  size_t len;
  size_t cap;
} sr_buf;

#define SR_BUF_INIT {NULL, 0, 0}

/* Makes room for n more bytes; returns 0 or SR_ENOMEM. */
int sr_buf_reserve(sr_buf *b, size_t n);
/* The growing halves of sr_buf_append and sr_buf_putc. */
int sr_buf_append_grow(sr_buf *b, const void *p, size_t n);
int sr_buf_putc_grow(sr_buf *b, char c);

/* Appending is inline when the buffer has room: the JSON writer appends a
 * few bytes at a time, several times per tag, and the call cost more than
 * the copy.  The data stays NUL-terminated. */
static inline int sr_buf_append(sr_buf *b, const void *p, size_t n) {
  if (b->cap - b->len > n) {
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
  }
  return sr_buf_append_grow(b, p, n);
}

static inline int sr_buf_putc(sr_buf *b, char c) {
  if (b->cap - b->len > 1) {
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
    return 0;
  }
  return sr_buf_putc_grow(b, c);
}
int sr_buf_printf(sr_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Returns the data (NUL-terminated, may be NULL when empty) and empties b. */
char *sr_buf_detach(sr_buf *b, size_t *len);
void sr_buf_free(sr_buf *b);

static inline int sr_buf_append_str(sr_buf *b, const char *s) { return sr_buf_append(b, s, strlen(s)); }

#endif
