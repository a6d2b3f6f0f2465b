/* Reading one JSONL input line into a document's parts without building a
 * jansson string for its text.
 *
 * A JSONL document is mostly its text field: parsing the whole line with
 * json_loadb lexes every byte of the text through jansson's stream and
 * string buffers and then copies it twice more.  This parser decodes the
 * text straight into its own buffer and hands the other members to jansson
 * as values, so the metadata is the same jansson object as before.
 *
 * It only takes lines it can read exactly as jansson would; for anything
 * else (a syntax error, a key with escapes, a text field that is missing,
 * not a string or given twice, very deep nesting) it declines, and the
 * caller parses the line with json_loadb, which then gives the same result
 * or the error message the run has always reported.
 */
#ifndef SARING_JSONL_H
#define SARING_JSONL_H

#include <jansson.h>
#include <stddef.h>

/* Parses the line s[0..n) (valid UTF-8) as json_loadb(s, n, JSON_ALLOW_NUL)
 * would, then takes the string member named text_key out of the object.
 * Returns 1 with *obj (the other members in input order; the caller owns the
 * reference) and *text (malloc'd, decoded, NUL-terminated, valid UTF-8; the
 * caller owns it) of *text_len bytes; 0 when the line must go through json_loadb
 * instead; -1 when out of memory.  Nothing is left allocated unless it
 * returns 1. */
int sr_jsonl_take_text(const char *s, size_t n, const char *text_key, json_t **obj, char **text,
                       size_t *text_len);

#endif
