/* The list of inputs of a run: files, folders walked recursively in sorted
 * order, and `-` for standard input. */
#ifndef SARING_INPUT_H
#define SARING_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "doc.h"

typedef struct sr_input {
  char *path;        /* owned; "-" for stdin */
  sr_format format;
  int64_t size;      /* bytes on disk, -1 when unknown */
  char *error;       /* owned; set when the input cannot be used */
} sr_input;

typedef struct sr_inputs {
  sr_input *v;
  size_t n, cap;
  int64_t total_bytes;  /* sum of known sizes; -1 when any is unknown */
} sr_inputs;

/* The format of a path from its extension (after .gz/.zst): .jsonl, .ndjson
 * and .json are JSONL; everything else is text. */
sr_format sr_format_from_path(const char *path);
int sr_format_parse(const char *name); /* "text", "jsonl", "lines"; -1 if unknown */

/* A size as the command lines and the watch config write them: a number of
 * bytes, maybe with a fraction, then K, M or G (powers of 1024) and an
 * optional B ("512", "64K", "1.5G", "200MB").  Returns 0 and sets *out, or -1
 * for anything else, a negative size or one that does not fit a size_t.
 * `saring run` and `saring watch` share it so that both take the same
 * spellings. */
int sr_parse_size(const char *s, size_t *out);

/* Adds arg (a file, a folder or "-").  A folder adds its regular files,
 * recursively, sorted by name; hidden names (".x") are skipped and symbolic
 * links to folders are not followed, so a link loop cannot trap the walk.
 * A missing or unreadable argument is added with `error` set, so the run
 * reports it and goes on.  Returns 0 or SR_ENOMEM. */
int sr_inputs_add(sr_inputs *in, const char *arg, sr_format forced);
void sr_inputs_free(sr_inputs *in);

#endif
