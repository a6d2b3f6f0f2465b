/* Unit tests for core/text/ner.c: the named-entity tagger, on a tiny word
 * list built by hand (the news gazetteer is tested through
 * tests/lua/test_news_stages.lua and the quality gate). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "error.h"
#include "text/ner.h"

static sr_ner *tagger;
static sr_ner_work *work;

static void add(sr_ner_list list, const char *w, sr_ner_kind kind) {
  assert_int_equal(sr_ner_add(tagger, list, w, strlen(w), kind), 0);
}

static int setup(void **state) {
  (void)state;
  tagger = sr_ner_new();
  work = sr_ner_work_new();
  if (!tagger || !work) return -1;
  add(SR_NER_NAMES, "jakarta", SR_NER_LOCATION);
  add(SR_NER_NAMES, "amerika serikat", SR_NER_LOCATION);
  add(SR_NER_NAMES, "rusia", SR_NER_LOCATION);
  add(SR_NER_NAMES, "joko widodo", SR_NER_PERSON);
  add(SR_NER_NAMES, "bi", SR_NER_ORGANIZATION);
  add(SR_NER_NAMES, "bi", SR_NER_PERSON); /* the first kind stays */
  add(SR_NER_ACRO, "bi", SR_NER_NONE);
  add(SR_NER_TITLES, "presiden", SR_NER_NONE);
  add(SR_NER_SPEECH, "kata", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "Kementerian", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Luar", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Negeri", SR_NER_NONE);
  add(SR_NER_LOC_PREPS, "di", SR_NER_NONE);
  add(SR_NER_LOC_PREPS, "in", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Jalan", SR_NER_NONE);
  add(SR_NER_PLACE_HEADS, "Jalan", SR_NER_NONE);
  add(SR_NER_CONNECT, " ", SR_NER_NONE);
  add(SR_NER_CONNECT_ORG, " dan ", SR_NER_NONE);
  add(SR_NER_CONNECT_ORG, " of the ", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Agency", SR_NER_NONE);
  add(SR_NER_CONNECT, "-on-", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "PT", SR_NER_NONE);
  add(SR_NER_COMPANY_HEADS, "PT", SR_NER_NONE);
  add(SR_NER_ORG_NOUNS, "perusahaan", SR_NER_NONE);
  add(SR_NER_ORG_NOUNS, "shares of", SR_NER_NONE);
  add(SR_NER_TITLES, "juru bicara", SR_NER_NONE);
  add(SR_NER_TITLES, "dr.", SR_NER_NONE);
  add(SR_NER_TITLES, "haji", SR_NER_NONE);
  add(SR_NER_CONNECT, " bin ", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "townships", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "town", SR_NER_NONE);
  add(SR_NER_DIRECTION, "Tengah", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Kawasan", SR_NER_NONE);
  add(SR_NER_GENERIC_LOC_HEAD, "Kawasan", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "Islands", SR_NER_NONE);
  add(SR_NER_EVENT, "Typhoon", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "Stadium", SR_NER_NONE);
  add(SR_NER_NAMES, "lion city sailors", SR_NER_ORGANIZATION);
  add(SR_NER_LOC_HEADS, "District", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "District", SR_NER_NONE);
  add(SR_NER_LOC_TAILS, "districts", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "Dinas", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Rumah Panjang", SR_NER_NONE);
  add(SR_NER_PLACE_HEADS, "Rumah Panjang", SR_NER_NONE);
  add(SR_NER_NAMES, "batang", SR_NER_LOCATION);
  add(SR_NER_LOC_HEADS, "Batang", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Holdings", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Bhd", SR_NER_NONE);
  add(SR_NER_NAMES, "chiang mai", SR_NER_LOCATION);
  add(SR_NER_LOC_TAILS, "City", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Force", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Defence", SR_NER_NONE);
  add(SR_NER_NAMES, "un", SR_NER_ORGANIZATION);
  add(SR_NER_ACRO, "un", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "Office", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Office", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Regional", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Anak", SR_NER_NONE);
  add(SR_NER_TITLES, "datuk", SR_NER_NONE);
  add(SR_NER_TITLES, "hakim", SR_NER_NONE);
  add(SR_NER_TITLES, "hakim ketua", SR_NER_NONE);
  /* evidence of a person's name (an unknown run without any is no person) */
  add(SR_NER_GIVEN_NAMES, "siti", SR_NER_NONE);
  add(SR_NER_GIVEN_NAMES, "rahayu", SR_NER_NONE);
  add(SR_NER_GIVEN_NAMES, "budi", SR_NER_NONE);
  add(SR_NER_PERSON_CUES, "warga", SR_NER_NONE);
  add(SR_NER_PERSON_CUES, "resident", SR_NER_NONE);
  add(SR_NER_COMMON, "Lalu", SR_NER_NONE);
  add(SR_NER_ORG_HEADS, "Kelompok", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Tani", SR_NER_NONE);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  sr_ner_free(tagger);
  sr_ner_work_free(work);
  return 0;
}

/* "start-stop:kind" of each span, joined with '|'; checks that spans lie in
 * the text, in order, without overlaps. */
static const char *tag(const char *s, size_t skip) {
  static char buf[4096];
  const sr_ner_span *sp;
  size_t len = strlen(s);
  long n = sr_ner_find_all(tagger, work, s, len, skip, &sp);
  assert_true(n >= 0);
  size_t o = 0, last = 0;
  buf[0] = '\0';
  for (long i = 0; i < n; i++) {
    assert_true(sp[i].start > last);
    assert_true(sp[i].start <= sp[i].stop && sp[i].stop <= len);
    last = sp[i].stop;
    int w = snprintf(buf + o, sizeof buf - o, "%s%zu-%zu:%s", i ? "|" : "", sp[i].start,
                     sp[i].stop, sr_ner_kind_name(sp[i].kind));
    assert_true(w > 0 && (size_t)w < sizeof buf - o);
    o += (size_t)w;
  }
  return buf;
}

/* A sentence's first word written in lower case between spaces elsewhere
 * is a common word, not part of the name after it; the search for it runs
 * 16 or 32 positions at a time, so the other copy is put at every offset of
 * a block, and copies that do not count (no space before or after, the
 * text's last word, inside a longer word) are tried too. */
static void test_lowseen_positions(void **state) {
  (void)state;
  const char *head = "Kabar Budi Santoso datang.";
  char buf[512];
  for (int pad = 0; pad < 80; pad++) {
    char fill[100];
    memset(fill, 'x', (size_t)pad);
    fill[pad] = '\0';
    snprintf(buf, sizeof buf, "%s %s kabar akhir.", head, fill);
    assert_string_equal(tag(buf, 0), "7-18:person");
    snprintf(buf, sizeof buf, "%s %s kabar ", head, fill);
    assert_string_equal(tag(buf, 0), "7-18:person");
    /* not between spaces: the whole run is the name */
    snprintf(buf, sizeof buf, "%s %s kabar", head, fill);
    assert_string_equal(tag(buf, 0), "1-18:person");
    snprintf(buf, sizeof buf, "%s %sxkabar akhir.", head, fill);
    assert_string_equal(tag(buf, 0), "1-18:person");
    snprintf(buf, sizeof buf, "%s %s kabarnya akhir.", head, fill);
    assert_string_equal(tag(buf, 0), "1-18:person");
    /* in capitals it is no common word (and it repeats the person's first
     * word) */
    char want[64];
    snprintf(buf, sizeof buf, "%s %s Kabar akhir.", head, fill);
    snprintf(want, sizeof want, "1-18:person|%d-%d:person", pad + 29, pad + 33);
    assert_string_equal(tag(buf, 0), want);
  }
}

static void test_add_errors(void **state) {
  (void)state;
  assert_int_equal(sr_ner_add(tagger, SR_NER_COMMON, "", 0, SR_NER_NONE), SR_EINVAL);
  assert_int_equal(sr_ner_add(tagger, SR_NER_NAMES, "x", 1, SR_NER_NONE), SR_EINVAL);
  assert_int_equal(sr_ner_add(tagger, SR_NER_NLISTS, "x", 1, SR_NER_NONE), SR_EINVAL);
  assert_null(sr_ner_kind_name(SR_NER_NONE));
  assert_string_equal(sr_ner_kind_name(SR_NER_ORGANIZATION), "organization");
}

static void test_sentences(void **state) {
  (void)state;
  /* a title dropped, a gazetteer person, a place */
  assert_string_equal(tag("Presiden Joko Widodo tiba di Jakarta.", 0),
                      "10-20:person|30-36:location");
  assert_string_equal(tag("Presiden Joko Widodo tiba di Jakarta.", 20), "30-36:location");
  /* an acronym of the gazetteer matches in capitals only */
  assert_string_equal(tag("Warga Bi di sana, warga BI di sini.", 0), "25-26:organization");
  /* an organisation head, institution words, a place */
  assert_string_equal(tag("Juru bicara Kementerian Luar Negeri Rusia hadir.", 0),
                      "13-41:organization");
  /* "Long Name (ACR)", unknown and known */
  assert_string_equal(tag("Pejabat Kementerian Luar Negeri (KLN) hadir.", 0),
                      "9-31:organization|34-36:organization");
  assert_string_equal(tag("Warga Amerika Serikat (AS) datang.", 0), "7-21:location|24-25:location");
  /* a single word after a verb of saying, and the same word later */
  assert_string_equal(tag("Menurut warga, kata Budi hari ini. Budi pulang.", 0),
                      "21-24:person|36-39:person");
  /* two to four name-like words */
  assert_string_equal(tag("Kemarin pagi Siti Rahayu Lestari datang.", 0), "14-32:person");
  /* an age makes a single word a person */
  assert_string_equal(tag("Warga bernama Darmini (62) selamat.", 0), "15-21:person");
}

static void test_acronyms(void **state) {
  (void)state;
  /* the head an acronym leaves out belongs to the name */
  assert_string_equal(tag("Pejabat Kementerian Luar Negeri (LN) hadir.", 0),
                      "9-31:organization|34-35:organization");
  /* an acronym of syllables: Kemen-lu-ne */
  assert_string_equal(tag("Pejabat Kementerian Luar Negeri (Kemenlune) hadir.", 0),
                      "9-31:organization|34-42:organization");
  /* capitals that spell nothing close the name a head opens */
  assert_string_equal(tag("Pejabat Kementerian Luar Negeri (XYZ) hadir.", 0),
                      "9-31:organization|34-36:organization");
  assert_string_equal(tag("Pejabat Kementerian Luar Negeri (Xyz) hadir.", 0), "9-31:organization");
  /* a word-like one that opens like the name closes it too */
  assert_string_equal(tag("Pejabat Kementerian Luar Negeri (Kalimat) hadir.", 0),
                      "9-31:organization|34-40:organization");
  /* an acronym spelling a name across a joiner of organisations: the run
   * crosses it though no head opens it */
  assert_string_equal(tag("Warga Aaaa Bbbb dan Cccc Dddd (ABCD) hadir.", 0),
                      "7-29:organization|32-35:organization");
  assert_string_equal(tag("warga Aaaa Bbbb dan Siti Dddd (WXYZ) hadir.", 0), "7-15:person|21-29:person");
}

static void test_places(void **state) {
  (void)state;
  /* a lower-case part of a hyphenated word joins only when it is a joiner */
  assert_string_equal(tag("tiba di Aaaa-on-Bbbb kemarin.", 0), "9-20:location");
  assert_string_equal(tag("tiba di Aaaa-xx-Bbbb kemarin.", 0), "9-12:location");
  /* dotted initials go on to a name; a single capital only inside a run */
  assert_string_equal(tag("tiba di Jalan B.C. Dddd kemarin.", 0), "9-23:location");
  assert_string_equal(tag("tiba di Jalan X. Dddd kemarin.", 0), "9-21:location");
  assert_string_equal(tag("tiba di X. Dddd kemarin.", 0), "");
  /* a title written with its stop goes on to the name */
  assert_string_equal(tag("kata Dr. Budi hari ini.", 0), "10-13:person");
  assert_string_equal(tag("kata Presiden. Budi hari ini.", 0), "");
  /* "in the" before a place */
  assert_string_equal(tag("tiba in the Aaaa Bbbb kemarin.", 0), "13-21:location");
  /* listed with a known place */
  assert_string_equal(tag("antara Aaaa Bbbb dan Jakarta.", 0), "8-16:location|22-28:location");
  assert_string_equal(tag("antara Budi Bbbb dan Cccc.", 0), "8-16:person");
  assert_string_equal(tag("antara Budi Bbbb dan Jakarta Cccc.", 0), "8-16:person|22-28:location");
}

static void test_company_officer(void **state) {
  (void)state;
  /* a company's run ends before its officer's name when the text says it
   * is one: a verb of saying, or a word of the name written alone */
  assert_string_equal(tag("Direktur PT Aaaa Bbbb Cccc Dddd kata dia.", 0),
                      "10-21:organization|23-31:person");
  assert_string_equal(tag("Direktur PT Aaaa Bbbb Cccc Dddd pergi. Lalu Dddd pulang.", 0),
                      "10-21:organization|23-31:person|45-48:person");
  assert_string_equal(tag("Direktur PT Aaaa Bbbb Cccc Dddd pergi.", 0), "10-31:organization");
  /* a company's name ends at its legal form before name-like words */
  assert_string_equal(tag("kemarin PT Aaaa Agency Budi Dddd pergi.", 0), "9-22:organization|24-32:person");
  /* the company opens the run: no role, no officer */
  assert_string_equal(tag("kemarin PT Aaaa Bbbb Cccc Dddd kata dia.", 0), "9-30:organization");
}

/* An unknown run of two to four name-like words is a person's name only on
 * evidence; the same shape without any is left untyped (it may be a place,
 * an event or a product this tagger does not know). */
static void test_person_evidence(void **state) {
  (void)state;
  /* no evidence */
  assert_string_equal(tag("kemarin Aaaa Bbbb datang.", 0), "");
  assert_string_equal(tag("kemarin Aaaa Bbbb, Cccc Dddd datang.", 0), "");
  /* a title; a verb of saying before or after; an age */
  assert_string_equal(tag("kemarin Presiden Aaaa Bbbb datang.", 0), "18-26:person");
  assert_string_equal(tag("kata Aaaa Bbbb.", 0), "6-14:person");
  assert_string_equal(tag("kemarin Aaaa Bbbb kata dia.", 0), "9-17:person");
  assert_string_equal(tag("kemarin Aaaa Bbbb (45) datang.", 0), "9-17:person");
  assert_string_equal(tag("kemarin Aaaa Bbbb, 45, datang.", 0), "9-17:person");
  /* a person cue before it or an apposition after it */
  assert_string_equal(tag("kemarin warga Aaaa Bbbb datang.", 0), "15-23:person");
  assert_string_equal(tag("kemarin Aaaa Bbbb, warga desa, datang.", 0), "9-17:person");
  assert_string_equal(tag("met Aaaa Bbbb, a resident of the town.", 0), "5-13:person");
  assert_string_equal(tag("met Aaaa Bbbb, a town of the north.", 0), "");
  /* a given name, a patronymic, a given name written the Chinese way */
  assert_string_equal(tag("kemarin Budi Bbbb datang.", 0), "9-17:person");
  assert_string_equal(tag("kemarin Aaaa bin Bbbb datang.", 0), "9-21:person");
  assert_string_equal(tag("kemarin Aaaa Ka-ming datang.", 0), "9-20:person");
  assert_string_equal(tag("kemarin Aaaa Ka-Ming datang.", 0), "");
  /* a word of it mentioned alone, before or after; not inside another
   * copy of the run */
  assert_string_equal(tag("kemarin Aaaa Bbbb datang. Lalu Bbbb pulang.", 0), "9-17:person|32-35:person");
  assert_string_equal(tag("Bbbb pulang. Lalu Aaaa Bbbb datang.", 0), "1-4:person|19-27:person");
  assert_string_equal(tag("kemarin Aaaa Bbbb datang. Lalu Aaaa Bbbb pulang.", 0), "");
  /* an office named after a title, the holder closing the names */
  assert_string_equal(tag("kemarin Presiden Jakarta Aaaa Bbbb datang.", 0),
                      "18-24:location|26-34:person");
  assert_string_equal(tag("kemarin Presiden Jakarta Aaaa Bbbb, Cccc Dddd, datang.", 0),
                      "18-24:location|37-45:person");
  /* the other half of a pair joined by a slash */
  assert_string_equal(tag("kemarin Aaaa Bbbb/Budi Cccc menang.", 0), "9-17:person|19-27:person");
}

static void test_org_nouns(void **state) {
  (void)state;
  assert_string_equal(tag("kata perusahaan Aaaa Bbbb hari ini.", 0), "17-25:organization");
  assert_string_equal(tag("kata shares of Aaaa Bbbb hari ini.", 0), "16-24:organization");
  /* sentence-initial or after two spaces: not the noun's name */
  assert_string_equal(tag("kata perusahaan  Budi Bbbb hari ini.", 0), "18-26:person");
  /* the acronym of a role is no organisation */
  assert_string_equal(tag("kata Juru Bicara (JB) hari ini.", 0), "");
}

static void test_names(void **state) {
  (void)state;
  /* a Latin letter with a diacritic inside a name */
  assert_string_equal(tag("Kemarin pagi Jos\xc3\xa9 Rahayu datang.", 0), "14-25:person");
  /* first names before a known person */
  assert_string_equal(tag("kemarin Aaaa Joko Widodo datang.", 0), "9-24:person");
  /* an English compound's participle is no part of the name */
  assert_string_equal(tag("a Jakarta-based firm", 0), "3-9:location");
  /* an unknown acronym and a known place; the acronym alone later */
  assert_string_equal(tag("kata XYZ Jakarta hari ini, lalu XYZ pergi.", 0),
                      "6-16:organization|33-35:organization");
  /* a known person closes an organisation's name */
  assert_string_equal(tag("kata Kementerian Aaaa Joko Widodo.", 0), "6-21:organization|23-33:person");
}

/* A possessive inside an organisation's name: the members or the holder
 * it is named after, before a closing word. */
static void test_possessive(void **state) {
  (void)state;
  assert_string_equal(tag("said the Kkkk Weavers\xe2\x80\x99 Agency yesterday.", 0), "10-31:organization");
  assert_string_equal(tag("said the Kkkk Weavers' Agency yesterday.", 0), "10-29:organization");
  assert_string_equal(tag("said the Kkkk Warden\xe2\x80\x99s Office yesterday.", 0), "10-31:organization");
  assert_string_equal(tag("said the Kkkk Warden's Office yesterday.", 0), "10-29:organization");
  /* not a known name's possessive, nor before a word that closes no name */
  assert_string_equal(tag("kata Rusia\xe2\x80\x99s Agency lagi.", 0), "6-10:location");
  assert_string_equal(tag("said the Kkkk Weavers\xe2\x80\x99 Regional plan.", 0), "");
}

/* A farmers' group's coined name after its field words, closing the run
 * or before a comma; not a person's name running on. */
static void test_group_name(void **state) {
  (void)state;
  assert_string_equal(tag("kata Kelompok Tani Sinar Pagi, lalu pergi.", 0), "6-29:organization");
  assert_string_equal(tag("kata ketua Kelompok Tani Gggg Sejahtera lagi.", 0), "12-39:organization");
  assert_string_equal(tag("kata Kelompok Tani Sinar Pagi Jakarta lagi.", 0), "6-37:organization");
  assert_string_equal(tag("kata Kelompok Tani Budi Rahayu lagi.", 0), "6-18:organization|20-30:person");
}

static void test_complement(void **state) {
  (void)state;
  /* the kind of an organisation (a tail word) takes its complement */
  assert_string_equal(tag("kata Rural Agency of the Rusia hari ini.", 0), "6-30:organization");
  assert_string_equal(tag("kata Rural Agency of the Gggg Hhhh.", 0), "6-34:organization");
  /* institution words listed before the word of their kind */
  assert_string_equal(tag("kata Luar dan Negeri Agency hari ini.", 0), "6-27:organization");
  /* a sentence opening with a common noun and "of" */
  assert_string_equal(tag("Residents of Aaaa Agency said.", 0), "14-24:organization");
  /* a bare tail after a title is no organisation (here a word after a
   * title) */
  assert_string_equal(tag("kata Presiden Agency hari ini.", 0), "15-20:person");
  /* not a complement of three unknown words: a person may run on */
  assert_string_equal(tag("kata Rural Agency of the Siti Hhhh Iiii.", 0), "6-17:organization|26-39:person");
}

static void test_heading(void **state) {
  (void)state;
  /* A Title Case line that a prose line (more than 12 words) follows is a
   * subheading: only gazetteer names count there. */
  const char *heading = "Kunjungan Siti Rahayu Ke Jakarta\n"
                        "Warga kota menyambut kedatangan rombongan itu dengan meriah pada hari "
                        "minggu pagi kemarin sekali.";
  assert_string_equal(tag(heading, 0), "26-32:location");
  const char *not_heading = "Kunjungan Siti Rahayu Ke Jakarta\nWarga menyambut.";
  assert_string_equal(tag(not_heading, 0), "11-24:person|26-32:location");
}

static void test_reuse(void **state) {
  (void)state;
  /* what one text learnt (Budi is a person) does not carry over */
  assert_string_equal(tag("Menurut warga, kata Budi hari ini.", 0), "21-24:person");
  assert_string_equal(tag("Lalu pulang Budi.", 0), "");
}

/* A capitalised word of a list is found through its lower case's entry
 * (capflags); a word over 64 bytes takes another path there, and a word
 * written otherwise (in capitals) is not the listed word. */
static void test_capitalised_words(void **state) {
  (void)state;
  sr_ner *t = sr_ner_new();
  sr_ner_work *w = sr_ner_work_new();
  assert_non_null(t);
  assert_non_null(w);
  const char *head = "Kementerianpanjangsekalisampaimelebihienampuluhempathurufdalamsatukata";
  assert_true(strlen(head) > 64);
  assert_int_equal(sr_ner_add(t, SR_NER_ORG_HEADS, head, strlen(head), SR_NER_NONE), 0);
  assert_int_equal(sr_ner_add(t, SR_NER_ORG_HEADS, "Dinas", 5, SR_NER_NONE), 0);
  assert_int_equal(sr_ner_add(t, SR_NER_ORG_WORDS, "Luar", 4, SR_NER_NONE), 0);
  assert_int_equal(sr_ner_add(t, SR_NER_ORG_WORDS, "Negeri", 6, SR_NER_NONE), 0);
  assert_int_equal(sr_ner_add(t, SR_NER_CONNECT, " ", 1, SR_NER_NONE), 0);
  char text[256];
  snprintf(text, sizeof text, "Juru bicara %s Luar Negeri hadir.", head);
  const sr_ner_span *sp;
  long n = sr_ner_find_all(t, w, text, strlen(text), 0, &sp);
  assert_int_equal(n, 1);
  assert_int_equal(sp[0].start, 13);
  assert_int_equal(sp[0].stop, 12 + strlen(head) + 12);
  assert_int_equal(sp[0].kind, SR_NER_ORGANIZATION);
  const char *short_text = "Juru bicara Dinas Luar Negeri hadir.";
  n = sr_ner_find_all(t, w, short_text, strlen(short_text), 0, &sp);
  assert_int_equal(n, 1);
  assert_int_equal(sp[0].start, 13);
  assert_int_equal(sp[0].stop, 29);
  assert_int_equal(sp[0].kind, SR_NER_ORGANIZATION);
  /* in capitals the head is not the listed word: no organisation opens */
  const char *caps = "Juru bicara DINAS Luar Negeri hadir.";
  n = sr_ner_find_all(t, w, caps, strlen(caps), 0, &sp);
  assert_true(n >= 0);
  for (long i = 0; i < n; i++) assert_int_not_equal(sp[i].kind, SR_NER_ORGANIZATION);
  sr_ner_work_free(w);
  sr_ner_free(t);
}

static void test_hostile(void **state) {
  (void)state;
  assert_string_equal(tag("", 0), "");
  assert_string_equal(tag("", 10), "");
  assert_string_equal(tag("Jakarta", 100), "");
  assert_string_equal(tag("Jakarta", 0), "1-7:location");
  assert_string_equal(tag("\xff\xfe\xc3 \xc3\x28 Jakarta\x80", 0), "");
  /* capitals only: no name shape, but an acronym spelling their initials */
  assert_string_equal(tag("AAAA BBBB CCCC (ABC)", 0), "1-14:organization|17-19:organization");
  assert_string_equal(tag("AAAA BBBB CCCC (XYZ)", 0), "");
  assert_string_equal(tag("Joko Widodo (6", 0), "1-11:person");
  /* a long run of capitalised words, with and without a closing acronym */
  size_t n = 200000;
  char *s = malloc(n + 16);
  assert_non_null(s);
  for (size_t i = 0; i < n; i += 5) memcpy(s + i, "Budi ", 5);
  s[n] = '\0';
  const sr_ner_span *sp;
  assert_true(sr_ner_find_all(tagger, work, s, n, 0, &sp) >= 0);
  memcpy(s + n - 1, " (BB)", 6);
  assert_true(sr_ner_find_all(tagger, work, s, n + 4, 0, &sp) >= 0);
  /* a syllable acronym after the long run */
  memcpy(s + n - 1, " (Bububu)", 10);
  assert_true(sr_ner_find_all(tagger, work, s, n + 8, 0, &sp) >= 0);
  free(s);
  /* a company and an officer-like run ending the text, in a buffer of
   * exactly its length (no NUL after it): the check for a verb after the
   * run read the byte past the end (found by fuzz_ner) */
  static const char *ends[] = {"Direktur PT Aaaa Bbbb Cccc Dddd", "kemarin PT Aaaa Agency Budi Dddd",
                               "Aaaa Bbbb", "PT Aaaa Bbbb Cccc"};
  for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
    size_t len = strlen(ends[i]);
    char *exact = malloc(len);
    assert_non_null(exact);
    memcpy(exact, ends[i], len);
    assert_true(sr_ner_find_all(tagger, work, exact, len, 0, &sp) >= 0);
    free(exact);
  }
}

/* Rules added from the fourth held-out set's misses. */
static void test_rules4(void **state) {
  (void)state;
  /* a father's title inside a patronymic belongs to the name; a title
   * before the name is dropped */
  assert_string_equal(tag("kata Haji Aaaa bin Haji Bbbb hari ini.", 0), "11-28:person");
  /* a list of single words before a plural noun of places; the plural
   * after one word names no place, the singular does */
  assert_string_equal(tag("that Aaaa, Bbbb and Cccc townships", 0),
                      "6-9:location|12-15:location|21-24:location");
  assert_string_equal(tag("reached Aaaa townships", 0), "");
  assert_string_equal(tag("reached Aaaa town", 0), "9-12:location");
  /* " on " inside a name its acronym spells, not elsewhere */
  assert_string_equal(tag("kata Aaaa Bbbb on Cccc (ABC) lagi.", 0), "6-22:organization|25-27:organization");
  assert_string_equal(tag("kata Aaaa Bbbb on Cccc lagi.", 0), "6-14:person");
  /* a person's name in CJK characters in parentheses after the name; not
   * after a place, nor with other characters inside */
  assert_string_equal(tag("kata Joko Widodo (\xe6\x9e\x97\xe4\xbf\x8a) lagi.", 0),
                      "6-16:person|19-24:person");
  assert_string_equal(tag("di Jakarta (\xe6\x9e\x97) lagi.", 0), "4-10:location");
  assert_string_equal(tag("kata Joko Widodo (\xe6\x9e\x97x) lagi.", 0), "6-16:person");
  /* institution words after a bare head's proper name continue it; a known
   * place after two words closes it */
  assert_string_equal(tag("kata Kementerian Aaaa Negeri lagi.", 0), "6-28:organization");
  assert_string_equal(tag("kata Kementerian Aaaa Bbbb Jakarta lagi.", 0), "6-34:organization");
  /* a word in parentheses that some of the organisation's words spell is
   * its short form, also later */
  assert_string_equal(tag("kata Kementerian Aaaa Negeri (Aaaa) lagi, kata Presiden Aaaa.", 0),
                      "6-28:organization|31-34:organization|57-60:organization");
  assert_string_equal(tag("kata Kementerian Aaaa Negeri (Bbbb) lagi.", 0), "6-28:organization");
  /* the head of a place an acronym leaves out: a place */
  assert_string_equal(tag("di Jalan Aaaa Bbbb (AB) lagi.", 0), "4-18:location|21-22:location");
  /* a middle initial with its stop inside a person's name */
  assert_string_equal(tag("kata Aaaa B. Cccc lagi.", 0), "6-17:person");
  /* a known organisation and a known place of several words: a branch */
  assert_string_equal(tag("kata BI Amerika Serikat lagi.", 0), "6-23:organization");
  /* an organisation's name does not run on to a place after a comma */
  assert_string_equal(tag("data Kementerian Luar Negeri, Jakarta menerima.", 0),
                      "6-28:organization|31-37:location");
  /* a known place with a direction closing the run */
  assert_string_equal(tag("di Jakarta Tengah lagi.", 0), "4-17:location");
  /* in a subheading, two single words that are a person named before are
   * that person */
  const char *sub_line = "kata Siti Rahayu hari ini.\n"
                         "Juara Siti Rahayu Lagi\n"
                         "Warga kota menyambut kedatangan rombongan itu dengan meriah pada hari "
                         "minggu pagi kemarin sekali.";
  assert_string_equal(tag(sub_line, 0), "6-16:person|34-44:person");
  /* an institution's head and a meN- verb is a ceremony; a process opens
   * a programme */
  assert_string_equal(tag("pada Kementerian Menuai Aaaa di Jakarta.", 0), "33-39:location");
  assert_string_equal(tag("pada Kementerian Mesyuarat Aaaa.", 0), "6-31:organization");
  assert_string_equal(tag("beras Stabilisasi Aaaa (SA) lagi.", 0), "");
  /* a street named after a titled person */
  assert_string_equal(tag("di Jalan Presiden Aaaa lagi.", 0), "4-22:location");
  /* an area named by its use and a name */
  assert_string_equal(tag("di Kawasan Perumahan Aaaa Bbbb lagi.", 0), "4-30:location");
  /* an unknown last institution word after "dan"; one word and a place
   * after institution words */
  assert_string_equal(tag("kata Kementerian Luar dan Aaaa lagi.", 0), "6-30:organization");
  assert_string_equal(tag("kata Kementerian Luar Aaaa Jakarta.", 0), "6-34:organization");
  /* an office closed by its tail word before a title, opened by its place */
  assert_string_equal(tag("kata Jakarta Luar Agency Presiden Aaaa lagi.", 0),
                      "6-24:organization|35-38:person");
  /* or its regional branch: a place head and a known place */
  assert_string_equal(tag("kata Luar Agency Kawasan Jakarta lagi.", 0), "6-32:organization");
  /* the name of a place tagged with its kind word is the place alone too */
  assert_string_equal(tag("off the Aaaa Islands, lalu Aaaa pergi", 0), "9-20:location|28-31:location");
  /* ", dan " lists places too */
  assert_string_equal(tag("di Jakarta, dan Aaaa lagi.", 0), "4-10:location|17-20:location");
  /* a storm's name names no person later, also when the event word opens
   * a sentence and reads as a common word */
  assert_string_equal(tag("the typhoon. Typhoon Aaaa left, kata Aaaa lagi.", 0), "");
  assert_string_equal(tag("left, kata Aaaa lagi.", 0), "12-15:person");
  /* a street's name with a building's kind after it */
  assert_string_equal(tag("at Jalan Aaaa Stadium now", 0), "4-21:location");
  /* an institution named after a person with an abbreviated title; not
   * with a full title, which may be the head's own */
  assert_string_equal(tag("ke Kementerian Dr. Aaaa Bbbb, lalu", 0), "4-28:organization");
  assert_string_equal(tag("ke Kementerian Presiden Aaaa Bbbb, lalu", 0), "25-33:person");
  /* a doubled word is no person's name */
  assert_string_equal(tag("kata Aaaa-Aaaa lagi.", 0), "");
  assert_string_equal(tag("di Jakarta-Jakarta lagi.", 0), "4-10:location|12-18:location");
  /* a lower-case letter with a diacritic second in a name; a capital one
   * does not make a name */
  assert_string_equal(tag("kemarin Budi M\xc3\xbcller datang.", 0), "9-20:person");
  assert_string_equal(tag("kemarin Aaaa M\xc3\x9cLLER datang.", 0), "");
  /* a titled name of five or six words before a verb of saying */
  assert_string_equal(tag("lalu Presiden Aaaa Bbbb Cccc Dddd Eeee kata dia.", 0), "15-38:person");
  assert_string_equal(tag("lalu Presiden Aaaa Bbbb Cccc Dddd Eeee pergi.", 0), "");
  /* institution words of rank open a site's name after its head */
  assert_string_equal(tag("di Jalan Negeri Aaaa Bbbb lagi.", 0), "4-25:location");
  /* a known place may open institution words listed before their kind */
  assert_string_equal(tag("kata Jakarta Luar dan Negeri Agency lagi.", 0), "6-35:organization");
  /* an initial opening a person's name inside a run; not opening the run */
  assert_string_equal(tag("lalu Presiden X. Bbbb pergi.", 0), "15-21:person");
  assert_string_equal(tag("di sana. X. Bbbb pergi.", 0), "");
  /* a name of two or more words before a year is an event's; a known place
   * alone before a year, or a name before a longer number, is not */
  assert_string_equal(tag("final Aaaa Jakarta 2025 usai.", 0), "");
  assert_string_equal(tag("final Aaaa Jakarta 20250 usai.", 0), "12-18:location");
  assert_string_equal(tag("di Jakarta 2025 lalu.", 0), "4-10:location");
  /* not when the run names a known party or opens with an institution's
   * head */
  assert_string_equal(tag("kinerja Kementerian Luar 2024 naik.", 0), "9-24:organization");
  assert_string_equal(tag("kinerja Aaaa Joko Widodo 2024 naik.", 0), "9-24:person");
  /* a phrase of words written in lower case elsewhere is no person; one
   * such word in a name is fine */
  assert_string_equal(tag("ke aaaa bbbb lagi.\nJadwal Aaaa Bbbb\nlagi", 0), "");
  assert_string_equal(tag("ke budi lagi.\nJadwal Budi Bbbb\nlagi", 0), "15-30:person");
  /* the last word of a known organisation names it alone */
  assert_string_equal(tag("kata Lion City Sailors menang, lalu Sailors pergi.", 0),
                      "6-22:organization|37-43:organization");
  /* a kind of place that is also a place head closing the run */
  assert_string_equal(tag("kata Aaaa District lagi.", 0), "6-18:location");
}

static void test_rules5(void **state) {
  (void)state;
  /* a list of names of up to three words before a plural noun of places */
  assert_string_equal(tag("covers Aaaa Bbbb, Cccc Dddd and Eeee Ffff districts", 0),
                      "8-16:location|19-27:location|33-41:location");
  assert_string_equal(tag("kata Aaaa Bbbb, Siti Dddd and friends", 0), "6-14:person|17-25:person");
  /* "Anak" between two names is an Iban patronymic, not an institution word */
  assert_string_equal(tag("kata Aaaa Bbbb Anak Cccc lagi.", 0), "6-24:person");
  assert_string_equal(tag("kata Bbbb Anak Cccc lagi, ke bbbb lagi.", 0), "6-9:person");
  /* a one-word title between two words of a titled name is a given name;
   * a longer title is a title */
  assert_string_equal(tag("kata Datuk Aaaa Hakim Bbbb lagi.", 0), "12-26:person");
  assert_string_equal(tag("kata Datuk Aaaa Hakim Ketua Bbbb lagi.", 0), "29-32:person");
  /* "People's" before a capitalised word is a word of a name, and one
   * name-like word before the name its acronym spells is the name's place */
  assert_string_equal(tag("kata Aaaa People's Defence Force (PDF) lagi.", 0),
                      "6-32:organization|35-37:organization");
  assert_string_equal(tag("kata Aaaa People's Defence Force lagi.", 0), "6-32:organization");
  assert_string_equal(tag("kata Aaaa People's rumah.", 0), "6-16:person");
  /* an organisation's acronym before the name of one of its bodies */
  assert_string_equal(tag("said the UN Regional Office of the Aaaa in Jakarta.", 0),
                      "10-39:organization|44-50:location");
  assert_string_equal(tag("kata UN, Regional Office menolak.", 0), "6-7:organization|10-24:organization");
  /* a typographic apostrophe inside a name continues it; a possessive
   * does not */
  assert_string_equal(tag("kata Aaaa Ta\xe2\x80\x99zim lagi.", 0), "6-18:person");
  assert_string_equal(tag("kata Aaaa Ta\xe2\x80\x99zim", 0), "6-18:person");
  assert_string_equal(tag("kata Aaaa Bbbb\xe2\x80\x99s rumah.", 0), "6-14:person");
  assert_string_equal(tag("kata Aaaa Bb\xe2\x80\x99", 0), "6-12:person");
  /* a short form in parentheses after an organisation: a later word may
   * give the letters after its affix, "Dinas" gives "Dis" */
  assert_string_equal(tag("kata Dinas Perdagangan (Disdag) lagi. lalu Disdag pergi.", 0),
                      "6-22:organization|25-30:organization|44-49:organization");
  assert_string_equal(tag("kata Dinas Perdagangan (Disdog) lagi.", 0), "6-22:organization");
  /* a company's name without its tail words names it too, not a known
   * name nor one word */
  assert_string_equal(tag("kata Aaaa Bbbb Holdings Bhd naik. Kemudian di Aaaa Bbbb lagi.", 0),
                      "6-27:organization|47-55:organization");
  assert_string_equal(tag("kata Aaaa Holdings naik. Kemudian di Aaaa lagi.", 0), "6-18:organization|38-41:location");
  assert_string_equal(tag("di Aaaa City lagi. lalu Aaaa City Holdings naik.", 0), "4-12:location|25-42:organization");
  /* a known place, its kind and Hall: the council's building */
  assert_string_equal(tag("kata Chiang Mai City Hall lagi, di Chiang Mai City.", 0), "6-25:location|36-50:location");
  /* a building of an institution: a place head and an organisation head
   * closing the run or before a comma; not with more words */
  assert_string_equal(tag("rapat di Jalan Kementerian, Jakarta.", 0), "10-26:location|29-35:location");
  assert_string_equal(tag("rapat di Jalan Kementerian Luar Negeri hari ini.", 0), "16-38:organization");
  /* "The" with its capital inside a sentence opens an organisation's
   * name; not at a sentence start, nor before a known name */
  assert_string_equal(tag("kata The Aaaa Bbbb lagi.", 0), "6-18:organization");
  assert_string_equal(tag("The Budi Bbbb lagi.", 0), "1-13:person");
  assert_string_equal(tag("lalu The Jakarta lagi.", 0), "10-16:location");
  /* a bare head's proper name, then a site closing the run */
  assert_string_equal(tag("lalu Kementerian Aaaa Jalan Bbbb lagi.", 0), "6-32:organization");
  assert_string_equal(tag("lalu Kementerian Aaaa Jalan Bbbb Cccc lagi.", 0), "6-21:organization|23-37:location");
  /* one word after a title, "dan" and a word before a known place: two
   * nouns of a portfolio, no person */
  assert_string_equal(tag("lalu Presiden Aaaa dan Bbbb Jakarta lagi.", 0), "29-35:location");
  assert_string_equal(tag("lalu Presiden Aaaa dan Bbbb pergi.", 0), "15-18:person");
  /* a place named before with its kind word is tagged where it stands, so
   * that a list goes on from it */
  assert_string_equal(tag("di Aaaa District lagi. lalu Aaaa dan Bbbb lagi.", 0),
                      "4-16:location|29-32:location|38-41:location");
  /* a known place that is also a place head takes one name closing the
   * run, not after a title */
  assert_string_equal(tag("di Batang Aaaa lagi. Presiden Batang Bbbb pergi.", 0),
                      "4-14:location|31-36:location");
  /* a place head of two words; alone it names nothing */
  assert_string_equal(tag("di Rumah Panjang Aaaa Bbbb lagi.", 0), "4-26:location");
  assert_string_equal(tag("lalu Rumah Panjang lagi.", 0), "");
  /* "Luar Negeri", "Dalam Negeri": foreign, domestic; no head of a place
   * (in a tagger where "Negeri" heads places, as the Malay lists make it) */
  sr_ner *shared = tagger;
  tagger = sr_ner_new();
  assert_non_null(tagger);
  add(SR_NER_LOC_HEADS, "Negeri", SR_NER_NONE);
  add(SR_NER_NAMES, "johor", SR_NER_LOCATION);
  add(SR_NER_CONNECT, " ", SR_NER_NONE);
  assert_string_equal(tag("kata Negeri Johor lagi.", 0), "6-17:location");
  assert_string_equal(tag("kata Perdagangan Luar Negeri Johor lagi.", 0), "30-34:location");
  sr_ner_free(tagger);
  tagger = shared;
}

static void test_rules6(void **state) {
  (void)state;
  /* a tail and a one-word known place close a firm's local arm */
  assert_string_equal(tag("kata Aaaa Bbbb Holdings Jakarta lagi.", 0), "6-31:organization");
  /* not after a title, nor a known name before the tail */
  assert_string_equal(tag("kata Presiden Holdings Jakarta lagi.", 0), "24-30:location");
  /* institution words, a site's head and its one-word name close the run */
  assert_string_equal(tag("ke Kementerian Luar Jalan Cccc lagi.", 0), "4-30:organization");
  /* and a bare head with a site: a school named after its estate */
  assert_string_equal(tag("ke Dinas Jalan Cccc lagi.", 0), "4-19:organization");
  /* a company's legal form further back than the words its acronym spells */
  assert_string_equal(tag("saham PT Aaaa Cccc Regional Holdings (RH) naik.", 0), "7-36:organization|39-40:organization");
  /* the word before a patronymic, and after a leading Muhammad, name the
   * person alone later */
  assert_string_equal(tag("kata Aaaa Bbbb bin Cccc lagi. Ia bertemu Bbbb lagi.", 0), "6-23:person|42-45:person");
  assert_string_equal(tag("kata Muhammad Dddd Eeee lagi. Ia bertemu Dddd lagi.", 0), "6-23:person|42-45:person");
  assert_string_equal(tag("kata Ffff Dddd Eeee lagi. Ia bertemu Dddd lagi.", 0), "6-19:person");
  /* a generational suffix keeps its stop, the surname before it is a part */
  assert_string_equal(tag("kata Aaaa Bbbb Jr. lagi. Ia bertemu Bbbb lagi.", 0), "6-18:person|37-40:person");
  /* an area named after a site; a milestone ends a road's name */
  assert_string_equal(tag("ke Kawasan Jalan Cccc Dddd lagi.", 0), "4-26:location");
  assert_string_equal(tag("di bawah Jalan Cccc Km 8 lagi.", 0), "10-19:location");
  /* a portfolio's two nouns before the holder's title; a known place
   * before a patronymic is a given name */
  assert_string_equal(tag("kata Presiden Aaaa dan Bbbb Datuk Cccc Dddd lagi.", 0), "35-43:person");
  assert_string_equal(tag("kata Jakarta bin Cccc lagi.", 0), "6-21:person");
  /* a head's complement ending at a place, then a body of its own */
  /* a one-word title inside a three-word name before an age; not
   * without one */
  assert_string_equal(tag("pelajar, Aaaa Hakim Bbbb, 16 tahun, berkata.", 0), "10-24:person");
  assert_string_equal(tag("pelajar, Aaaa Hakim Bbbb (16) berkata.", 0), "10-24:person");
  assert_string_equal(tag("pelajar, Aaaa Hakim Bbbb, berkata.", 0), "21-24:person");
  sr_ner *shared = tagger;
  tagger = sr_ner_new();
  assert_non_null(tagger);
  add(SR_NER_ORG_HEADS, "University", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "University", SR_NER_NONE);
  add(SR_NER_ORG_TAILS, "Center", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "National", SR_NER_NONE);
  add(SR_NER_ORG_WORDS, "Studies", SR_NER_NONE);
  add(SR_NER_NAMES, "jakarta", SR_NER_LOCATION);
  add(SR_NER_CONNECT, " ", SR_NER_NONE);
  add(SR_NER_CONNECT_ORG, " of ", SR_NER_NONE);
  add(SR_NER_CONNECT_ORG, " for ", SR_NER_NONE);
  assert_string_equal(tag("by the University of Jakarta National Center for Studies found", 0), "8-28:organization|30-56:organization");
  /* without a body's complement the name runs on as before */
  assert_string_equal(tag("by the University of Jakarta National Center found", 0), "8-44:organization");
  /* a head of both kinds opens an organisation only before institution
   * words */
  add(SR_NER_ORG_HEADS, "Bahagian", SR_NER_NONE);
  add(SR_NER_LOC_HEADS, "Bahagian", SR_NER_NONE);
  add(SR_NER_LOC_PREPS, "di", SR_NER_NONE);
  assert_string_equal(tag("kata Bahagian National Studies Jakarta lagi.", 0), "6-38:organization");
  assert_string_equal(tag("ke Bahagian Cccc lagi.", 0), "4-16:location");
  sr_ner_free(tagger);
  tagger = shared;
}

int main(void) {
  const struct CMUnitTest tests[] = {
    cmocka_unit_test(test_add_errors), cmocka_unit_test(test_sentences),
    cmocka_unit_test(test_heading),    cmocka_unit_test(test_reuse),
    cmocka_unit_test(test_hostile),    cmocka_unit_test(test_acronyms),
    cmocka_unit_test(test_capitalised_words),
    cmocka_unit_test(test_complement), cmocka_unit_test(test_possessive), cmocka_unit_test(test_group_name), cmocka_unit_test(test_places),
    cmocka_unit_test(test_company_officer), cmocka_unit_test(test_org_nouns), cmocka_unit_test(test_person_evidence),
    cmocka_unit_test(test_names),      cmocka_unit_test(test_rules4),
    cmocka_unit_test(test_rules5),     cmocka_unit_test(test_rules6),
    cmocka_unit_test(test_lowseen_positions),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
