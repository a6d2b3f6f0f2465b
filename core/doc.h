/* The document as it travels between the loop thread and the workers.
 *
 * A reader makes an sr_doc holding the raw input bytes (a whole file for text
 * input, one line for JSONL); the worker parses and repairs it, runs the
 * stages on a Lua view of it (lua/l_doc.c) and serializes what comes out.
 * Everything an sr_doc points to is owned by it, except `source`, which
 * belongs to the input it came from and outlives every document.
 */
#ifndef SARING_DOC_H
#define SARING_DOC_H

#include <stddef.h>
#include <stdint.h>

typedef enum sr_format {
  SR_FORMAT_AUTO = 0,
  SR_FORMAT_TEXT,   /* one document per file */
  SR_FORMAT_JSONL,  /* one JSON object per line */
  SR_FORMAT_LINES,  /* one plain-text document per line */
} sr_format;

typedef struct sr_doc {
  struct sr_doc *next;  /* batch list */
  const char *source;   /* input name; not owned */
  uint64_t line;        /* line number for JSONL/lines input, else 0 */
  sr_format format;
  char *raw;            /* input bytes; owned */
  size_t raw_len;
  /* Set by the reader instead of raw when the input could not be read; the
   * worker turns it into a dead-letter record.  Owned. */
  char *error;
} sr_doc;

sr_doc *sr_doc_new(const char *source, uint64_t line, sr_format format, char *raw, size_t raw_len);
/* A document for one line of a line-based input (without its newline; a
 * trailing \r is dropped).  Returns NULL for a blank line, which is not a
 * document, and a document carrying an error for a line over max bytes. */
sr_doc *sr_doc_from_line(const char *source, uint64_t line, sr_format format, const char *s, size_t n,
                         size_t max);
/* A document that stands for an input that could not be read. */
sr_doc *sr_doc_error(const char *source, uint64_t line, sr_format format, const char *msg);
void sr_doc_free(sr_doc *d);
void sr_doc_list_free(sr_doc *head);

#endif
