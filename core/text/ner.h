/* Named entities of a news text: person, location, organisation (no Lua;
 * used by saring.ner and the news pipeline's entities stage).
 *
 * A tagger is built once from word lists (the gazetteer of
 * scripts/stages/gazetteer.lua and the small tables of
 * scripts/stages/entities.lua) and is read-only afterwards, so threads may
 * share one.  Tagging a text needs scratch memory, which lives in an
 * sr_ner_work: one per thread, reused from text to text.  The rules are
 * described at the top of ner.c.
 */
#ifndef SARING_TEXT_NER_H
#define SARING_TEXT_NER_H

#include <stddef.h>

typedef enum sr_ner_kind {
  SR_NER_NONE = 0,
  SR_NER_PERSON,
  SR_NER_LOCATION,
  SR_NER_ORGANIZATION,
} sr_ner_kind;

/* The word lists.  Words match byte for byte (no case folding); the lists
 * that the tagger consults with a lower-cased word (NAMES, ACRO, TITLES,
 * SURNAMES, SPEECH, LOC_PREPS, GIVEN_NAMES, PERSON_CUES) hold lower-case
 * words. */
typedef enum sr_ner_list {
  SR_NER_NAMES,            /* lower-cased gazetteer names; each has a kind */
  SR_NER_ACRO,             /* names that match only when written without a-z */
  SR_NER_TITLES,           /* lower-cased person titles ("presiden", "menteri luar negeri") */
  SR_NER_SURNAMES,         /* lower-cased last words of well-known people */
  SR_NER_ORG_HEADS,        /* words opening an organisation ("Kementerian") */
  SR_NER_ORG_WORDS,        /* words continuing one ("Luar", "Negeri") */
  SR_NER_LOC_HEADS,        /* words opening a place ("Provinsi") */
  SR_NER_GENERIC_LOC_HEAD, /* place heads dropped at a sentence start ("Wilayah") */
  SR_NER_COMMON,           /* common capitalised words */
  SR_NER_SPEECH,           /* verbs of saying ("kata", "said") */
  SR_NER_EVENT,            /* words of events, programmes, laws: the run is not tagged */
  SR_NER_ORG_TAILS,        /* words closing an organisation ("Ministry") */
  SR_NER_DIRECTION,        /* words ending a place ("Barat") */
  SR_NER_LOC_PREPS,        /* words before a place ("di", "in") */
  SR_NER_LOC_TAILS,        /* words closing a place ("River") */
  SR_NER_COMPANY_HEADS,    /* company heads taking the whole run ("PT") */
  SR_NER_CONNECT,          /* joiners inside a run (" ", "-", " bin ") */
  SR_NER_CONNECT_ORG,      /* joiners inside a run opened by an organisation head (" dan ") */
  SR_NER_PLACE_HEADS,      /* place heads whose name runs several words ("Stadion", "Bandara") */
  SR_NER_DESCRIPTOR_HEADS, /* place heads that only describe a known place ("Negeri Terengganu") */
  SR_NER_ORG_NOUNS,        /* lower-cased nouns naming the organisation after them ("union", "perusahaan") */
  SR_NER_GIVEN_NAMES,      /* lower-cased common given names and family names ("budi", "siti", "tan") */
  SR_NER_PERSON_CUES,      /* lower-cased words next to a person's name ("warga", "resident", "who") */
  SR_NER_NLISTS,
} sr_ner_list;

/* A span of the text: 1-based inclusive byte offsets (as Lua's string.sub
 * takes them). */
typedef struct sr_ner_span {
  size_t start;
  size_t stop;
  sr_ner_kind kind;
} sr_ner_span;

typedef struct sr_ner sr_ner;
typedef struct sr_ner_work sr_ner_work;

/* A tagger with empty lists, or NULL when out of memory. */
sr_ner *sr_ner_new(void);

/* Adds a word to a list (the tagger copies it).  `kind` is the word's kind
 * for SR_NER_NAMES (a word added twice keeps its first kind) and ignored
 * otherwise.  Returns 0, SR_EINVAL (no such list, an empty word, a name
 * without a kind) or SR_ENOMEM.  Not to be called once the tagger is in
 * use. */
int sr_ner_add(sr_ner *t, sr_ner_list list, const char *word, size_t len, sr_ner_kind kind);

void sr_ner_free(sr_ner *t);

/* Scratch memory for sr_ner_find_all, or NULL when out of memory. */
sr_ner_work *sr_ner_work_new(void);
void sr_ner_work_free(sr_ner_work *w);

/* Tags `text`, skipping the capitalised words that start in its first
 * skip_to bytes (a dateline, tagged by the caller; the rest of the text is
 * still read, e.g. for headings).  Returns the number of spans and points
 * *spans at them (owned by w, valid until its next use), in text order and
 * without overlaps; or SR_ENOMEM. */
long sr_ner_find_all(const sr_ner *t, sr_ner_work *w, const char *text, size_t len,
                     size_t skip_to, const sr_ner_span **spans);

/* "person", "location", "organization" (NULL for SR_NER_NONE). */
const char *sr_ner_kind_name(sr_ner_kind kind);

#endif
