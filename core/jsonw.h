/* Writing JSON text into an sr_buf: the one encoder used by the JSONL output,
 * the dead-letter file, stats and `saring.json.encode`. */
#ifndef SARING_JSONW_H
#define SARING_JSONW_H

#include <jansson.h>
#include <stddef.h>

#include "buf.h"

/* Appends s as a JSON string (quoted and escaped).  Bytes that are not valid
 * UTF-8 are written as U+FFFD, so the output is always valid JSON. */
int sr_jsonw_string(sr_buf *b, const char *s, size_t len);
/* Appends a number: integers exactly, other values with 17 significant
 * digits; NaN and infinities (which JSON cannot hold) as null. */
int sr_jsonw_number(sr_buf *b, double v);
int sr_jsonw_integer(sr_buf *b, long long v);
int sr_jsonw_uinteger(sr_buf *b, unsigned long long v);
/* For writers that reserve room and fill it themselves (a tag of the JSONL
 * output is a few fixed keys, two numbers and two short strings):
 * sr_jsonw_plain_len is the length of the longest prefix of s that a JSON
 * string holds as is (printable ASCII but '"' and '\\'), so s is written
 * quoted and unchanged when it returns len; sr_jsonw_put_uinteger writes
 * v's decimal digits (at most 20) at p and returns the end. */
size_t sr_jsonw_plain_len(const char *s, size_t len);
char *sr_jsonw_put_uinteger(char *p, unsigned long long v);
/* Appends a jansson value, keeping its object key order. */
int sr_jsonw_jansson(sr_buf *b, const json_t *v);

#endif
