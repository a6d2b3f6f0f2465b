/* Fuzz target: the named-entity tagger (core/text/ner.c).
 *
 * The tagger is built once from a small word list that reaches every rule
 * (names, an acronym, titles, organisation and place heads and words, a
 * generic head, directions, prepositions, joiners); the first input byte
 * picks skip_to.  Invariants checked, for any bytes:
 *  - spans lie inside the text, start <= stop, come in text order and do not
 *    overlap, and each has a kind with a name;
 *  - no span starts in the first skip_to bytes (every span starts at a word
 *    the tagger read or at an acronym after one);
 *  - a second call with the same scratch gives the same spans.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text/ner.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond)        \
  do {                     \
    if (!(cond)) abort();  \
  } while (0)

static sr_ner *tagger;
static sr_ner_work *work;

static void add(sr_ner_list list, const char *w, sr_ner_kind kind) {
  CHECK(sr_ner_add(tagger, list, w, strlen(w), kind) == 0);
}

static void build(void) {
  tagger = sr_ner_new();
  work = sr_ner_work_new();
  CHECK(tagger && work);
  add(SR_NER_NAMES, "jakarta", SR_NER_LOCATION);
  add(SR_NER_NAMES, "amerika serikat", SR_NER_LOCATION);
  add(SR_NER_NAMES, "kota bekasi", SR_NER_LOCATION);
  add(SR_NER_NAMES, "bank indonesia", SR_NER_ORGANIZATION);
  add(SR_NER_NAMES, "bi", SR_NER_ORGANIZATION);
  add(SR_NER_NAMES, "bpbd", SR_NER_ORGANIZATION);
  add(SR_NER_NAMES, "joko widodo", SR_NER_PERSON);
  add(SR_NER_NAMES, "rusia-ukraina", SR_NER_LOCATION);
  add(SR_NER_ACRO, "bi", SR_NER_NONE);
  add(SR_NER_ACRO, "bpbd", SR_NER_NONE);
  add(SR_NER_TITLES, "presiden", SR_NER_NONE);
  add(SR_NER_TITLES, "menteri luar negeri", SR_NER_NONE);
  add(SR_NER_SURNAMES, "widodo", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "Kementerian", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "PT", SR_NER_NONE);
  add(SR_NER_COMPANY_HEADS, "PT", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Luar", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Negeri", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Kota", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Wilayah", SR_NER_NONE);
  add(SR_NER_GENERIC_LOC_HEAD, "Wilayah", SR_NER_NONE);
  add(SR_NER_COMMON, "Sementara", SR_NER_NONE);
  add(SR_NER_SPEECH, "kata", SR_NER_NONE);
  add(SR_NER_EVENT, "Festival", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Ministry", SR_NER_NONE);
  add(SR_NER_DIRECTION, "Barat", SR_NER_NONE);
  add(SR_NER_LOC_PREPS, "di", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "River", SR_NER_NONE);
  add(SR_NER_CONNECT, " ", SR_NER_NONE);
  add(SR_NER_CONNECT, "-", SR_NER_NONE);
  add(SR_NER_CONNECT, " bin ", SR_NER_NONE);
  add(SR_NER_CONNECT_ORG, " dan ", SR_NER_NONE);
  /* the rules of joiners, tails, nouns and stops added later */
  add(SR_NER_CONNECT_ORG, " of the ", SR_NER_NONE);
  add(SR_NER_CONNECT_ORG, ", ", SR_NER_NONE);
  add(SR_NER_CONNECT, "-on-", SR_NER_NONE);
  add(SR_NER_CONNECT, " of ", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Tbk", SR_NER_NONE);
  add(SR_NER_ORG_NOUNS, "perusahaan", SR_NER_NONE);
  add(SR_NER_ORG_NOUNS, "shares of", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "province", SR_NER_NONE);
  add(SR_NER_TITLES, "dr.", SR_NER_NONE);
  add(SR_NER_PLACE_HEADS, "Jalan", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Jalan", SR_NER_NONE);
  add(SR_NER_DESCRIPTOR_HEADS, "Negeri", SR_NER_NONE);
  /* the rules of the fourth held-out set: patronymics, plural place nouns,
   * places named with their kind, kinds of sites, storms, area heads */
  add(SR_NER_TITLES, "haji", SR_NER_NONE);
  add(SR_NER_TITLES, "hj.", SR_NER_NONE);
  add(SR_NER_CONNECT, " binti ", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "townships", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "Islands", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "Stadium", SR_NER_NONE);
  add(SR_NER_EVENT, "Typhoon", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Kawasan", SR_NER_NONE);
  add(SR_NER_GENERIC_LOC_HEAD, "Kawasan", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "District", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Guard", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Coast", SR_NER_NONE);
  /* the rules of the fifth held-out set: lists of longer names, "Anak", a
   * title inside a name, "Luar Negeri", "People's", acronyms before bodies,
   * short forms with affixes, company stems, City Hall, buildings of
   * institutions, "The", portfolios */
  add(SR_NER_LOC_TAILS, "districts", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Anak", SR_NER_NONE);
  add(SR_NER_TITLES, "datuk", SR_NER_NONE);
  add(SR_NER_TITLES, "hakim", SR_NER_NONE);
  add(SR_NER_TITLES, "hakim ketua", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Negeri", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Force", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Defence", SR_NER_NONE);
  add(SR_NER_NAMES, "un", SR_NER_ORGANIZATION);
  add(SR_NER_ACRO, "un", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "Office", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "Dinas", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Holdings", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "City", SR_NER_NONE);
  add(SR_NER_PLACE_HEADS, "Kompleks", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Kompleks", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Rumah Panjang", SR_NER_NONE);
  add(SR_NER_PLACE_HEADS, "Rumah Panjang", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Negara Bagian", SR_NER_NONE);
  add(SR_NER_DESCRIPTOR_HEADS, "Negara Bagian", SR_NER_NONE);
  /* the rules of the sixth held-out set: a tail and its place, a site
   * closing an institution's name, a company before an acronym of its last
   * words, the word before "anak" and after "Muhammad" */
  add(SR_NER_CONNECT, " anak ", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "Sekolah", SR_NER_NONE);
  add(SR_NER_PLACE_HEADS, "Taman", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Taman", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "University", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "University", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Center", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Studies", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "Bahagian", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Bahagian", SR_NER_NONE);
  add(SR_NER_CONNECT_ORG, " for ", SR_NER_NONE);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!tagger) build();
  if (size == 0) return 0;
  size_t skip = data[0] < 0xF0 ? 0 : (size_t)(data[0] - 0xF0) * 8;
  const char *s = (const char *)data + 1;
  size_t len = size - 1;

  const sr_ner_span *sp;
  long n = sr_ner_find_all(tagger, work, s, len, skip, &sp);
  CHECK(n >= 0);
  sr_ner_span *copy = malloc((size_t)n * sizeof *copy + 1);
  CHECK(copy != NULL);
  if (n) memcpy(copy, sp, (size_t)n * sizeof *copy);
  size_t last = 0;
  for (long i = 0; i < n; i++) {
    CHECK(copy[i].start > last && copy[i].start > skip);
    CHECK(copy[i].start <= copy[i].stop && copy[i].stop <= len);
    CHECK(sr_ner_kind_name(copy[i].kind) != NULL);
    last = copy[i].stop;
  }
  long n2 = sr_ner_find_all(tagger, work, s, len, skip, &sp);
  CHECK(n2 == n);
  CHECK(n == 0 || memcmp(copy, sp, (size_t)n * sizeof *copy) == 0);
  free(copy);
  return 0;
}
