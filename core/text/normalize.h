/* Unicode normalization and case folding through utf8proc, with an ASCII fast
 * path: text that is pure ASCII is normalized and case-folded by definition
 * (apart from ASCII lower-casing), so it is never handed to utf8proc. */
#ifndef SARING_TEXT_NORMALIZE_H
#define SARING_TEXT_NORMALIZE_H

#include <stddef.h>

typedef enum sr_norm_form { SR_NFC, SR_NFD, SR_NFKC, SR_NFKD } sr_norm_form;

/* Parses "NFC", "nfkc", ...; returns -1 for an unknown name. */
int sr_norm_form_parse(const char *name);

/* Normalizes s into a new malloc'd buffer (*out, *outlen; the caller frees).
 * When s is already in the form (checked cheaply for ASCII and for text with
 * no characters that can change), returns 0 with *out = NULL: the caller keeps
 * s.  Returns 0 on success and a negative SR_E* code on error (invalid UTF-8,
 * out of memory). */
int sr_normalize(const char *s, size_t len, sr_norm_form form, char **out, size_t *outlen);

/* Unicode case folding (plus NFC) into a new malloc'd buffer; same contract. */
int sr_casefold(const char *s, size_t len, char **out, size_t *outlen);

#endif
