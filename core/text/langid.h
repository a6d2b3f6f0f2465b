/* Language identification for Indonesian, Malay, English, Javanese and
 * Sundanese.
 *
 * A small weighted lexical model (log-odds-like weights of high-frequency
 * function words and spelling markers, written for these five languages and
 * compiled into the library) scores each word; words outside the table fall
 * back to character cues (Sundanese "eu" and "-keun", Javanese "dh" and
 * "-ake", English "th", "-tion", "-ing", Indonesian/Malay "-kan", "-nya",
 * Malay "-iti" against Indonesian "-itas").  When saring is built with
 * libexttextcat, its id/ms/en fingerprints add a small vote on the first
 * kilobyte, which mostly helps English against the others on short texts.
 *
 * Only the first SR_LANG_SAMPLE bytes of a text are read (cut at a character
 * boundary): news pages state their language long before that, and it keeps
 * the detector far above 50 MB/s on long documents. */
#ifndef SARING_TEXT_LANGID_H
#define SARING_TEXT_LANGID_H

#include <stddef.h>

enum { SR_LANG_ID = 0, SR_LANG_MS, SR_LANG_EN, SR_LANG_JV, SR_LANG_SU, SR_LANG_N };

#define SR_LANG_SAMPLE 8192
#define SR_LANG_ALL ((1u << SR_LANG_N) - 1)

typedef struct sr_lang_result {
  int best;                 /* SR_LANG_* or -1 for "und" */
  double confidence;        /* probability of the best candidate, 0..1 */
  double scores[SR_LANG_N]; /* probabilities over the candidates (0 for others) */
  size_t tokens;            /* words read */
  size_t hits;              /* words found in the lexical table */
} sr_lang_result;

/* Identifies the language of s[0..len) among the candidates (a bit mask of
 * 1u << SR_LANG_*; 0 means all).  Always fills *out; out->best is -1 ("und")
 * when there is too little evidence: fewer than two known words, or known
 * words making up less than 8% of a longer text (another language), or a
 * winner with probability below 0.5.  Thread-safe. */
void sr_lang_detect(const char *s, size_t len, unsigned candidates, sr_lang_result *out);

/* "id", "ms", "en", "jv", "su", or "und" for -1. */
const char *sr_lang_code(int lang);

/* SR_LANG_* for a code, or -1. */
int sr_lang_from_code(const char *code);

#endif
