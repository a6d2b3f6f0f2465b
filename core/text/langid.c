/* Language identification for id, ms, en, jv, su (see langid.h).
 *
 * The model is a naive-Bayes-like sum: every word of the sample adds a vector
 * of five weights (roughly log-odds in nats, relative to an unknown word).
 * The word table below was written by hand from knowledge of the languages:
 * shared Indonesian/Malay function words lift both against the others, and
 * the pairs that differ (karena/kerana, bisa/boleh, saja/sahaja,
 * pemerintah/kerajaan, setelah/selepas, uang/wang, polisi/polis, mobil/kereta,
 * bus/bas, yaitu/iaitu, persen/peratus ...) decide between them.  Words not in
 * the table get weights from character cues.  The totals become
 * probabilities with a softmax over the candidate languages.
 *
 * The table is built once (pthread_once) into an open-addressing hash table
 * and then only read, so detection is thread-safe and allocates nothing. */
#include "text/langid.h"

#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#ifdef SARING_HAVE_TEXTCAT
#include <libexttextcat/textcat.h>
#include <libexttextcat/fingerprint.h>
#endif

static const char *const lang_codes[SR_LANG_N] = {"id", "ms", "en", "jv", "su"};

const char *sr_lang_code(int lang) {
  return lang >= 0 && lang < SR_LANG_N ? lang_codes[lang] : "und";
}

int sr_lang_from_code(const char *code) {
  for (int k = 0; k < SR_LANG_N; k++) {
    if (strcmp(code, lang_codes[k]) == 0) return k;
  }
  return -1;
}

/* Groups of words sharing one weight vector {id, ms, en, jv, su}.  A word in
 * several groups gets the sum. */
typedef struct word_group {
  float w[SR_LANG_N];
  const char *words;
} word_group;

static const word_group groups[] = {
  /* Indonesian and Malay function words and common vocabulary. */
  {{3, 3, 0, 0, 0},
   "yang dengan untuk dari dalam ini pada oleh akan telah atau juga adalah mereka kami kita "
   "sebagai lebih antara kepada terhadap seperti bagi orang negara masih hanya sangat harus "
   "dapat dia ia namun tetapi serta maupun secara sebuah seorang selain semua setiap hingga "
   "menjadi baru besar banyak beberapa pertama kedua sementara sedangkan selama sebelum "
   "kemudian atas bawah luar tentang mengenai melalui menurut jika kalau agar supaya sejak "
   "cara masa baik rakyat menteri presiden perdana ketua pihak tahun bulan dan itu pun "
   "sudah belum mana sini sana ketika sendiri bersama berada terus pernah bahkan tanpa "
   "tiga empat enam delapan sembilan ratus ribu juta lalu akhir awal kota negeri "
   "wilayah bagaimana apakah mengapa berapa dilakukan melakukan memberikan menggunakan "
   "mendapatkan sehingga terjadi mengambil membuat meminta sebagian lainnya terdapat "
   "memiliki mempunyai kerja bekerja anak perempuan lelaki laki keluarga masyarakat "
   "pemimpin tentara angkatan bersenjata militer perang serangan keamanan pasukan "
   "hubungan kerjasama sama dunia berita laporan kementerian jabatan mahkamah rumah sakit"},
  {{2, 2, 0, 0, 0}, "ke saya anda aku kamu satu dua lima tujuh sepuluh kata kini hendak"},
  {{4, 3, 0, 0, 0}, "tidak"},
  {{2, 2, 0, 0, 2}, "di"},
  /* Indonesian rather than Malay. */
  {{4, 0, 0, 0, 0},
   "karena bahwa uang polisi yaitu yakni mobil kantor kemarin senin kamis jumat maret "
   "agustus desember pemerintah perusahaan kabupaten kecamatan provinsi miliar milyar "
   "triliun nomor ujar ungkap tutur kepolisian universitas kualitas aktivitas komunitas "
   "identitas nggak enggak gak banget dong sih kok gimana udah aja kayak bikin "
   "mengatakan menyebutkan mengungkapkan menjelaskan menambahkan sepeda besok"},
  {{3, 0, 0, 1, 1}, "bisa"},
  {{3, 0, 0, 0, 0},
   "saja setelah saat sebanyak persen mau coba jelasnya terkait sedang dinilai "
   "diketahui menyatakan sekarang ribuan jutaan apalagi pasalnya sebelumnya selanjutnya "
   "kendaraan bensin juli"},
  {{3, 1, 0, 0, 0}, "tersebut"},
  {{3, 0, 1, 0, 0}, "bus"},
  /* Malay rather than Indonesian. */
  {{0, 4, 0, 0, 0},
   "kerana bahawa sahaja kerajaan ialah iaitu wang polis pejabat selepas memberitahu "
   "kenderaan syarikat perniagaan isnin khamis jumaat julai ogos disember peratus bilion "
   "trilion nombor mahu tiada manakala setiausaha universiti sebarang kakitangan ramai "
   "projek kualiti aktiviti komuniti wabak bagaimanapun beliau bas kedai adakah "
   "membabitkan sukan berkenaan bandaraya semasa"},
  {{1, 3, 0, 0, 0},
   "daripada apabila berkata kenyataan boleh kereta ahli sebab pula"},
  {{1, 2, 0, 0, 0}, "amat macam berlaku seterusnya tak"},
  {{0, 3, 0, 0, 0}, "mac ahad cuba awak nak kos"},
  {{0, 3, 2, 0, 0}, "hospital"},
  /* English. */
  {{0, 0, 4, 0, 0},
   "the of and to in is was for that on with by at from it be are were has have had this "
   "which or but not they he she his her their its would will said after about more been "
   "also who than into new over can there one two people year years government police "
   "president minister when what where how could should did do does being these those them "
   "we our us you your my me if so no up out all any some other such only then just like "
   "may might must very because through during before between under while against "
   "without within among both each few most same own according officials told "
   "week month day today yesterday last next first second third thousands hundreds "
   "million billion percent cent says say country countries military troops "
   "soldiers war region area city state states north south east west rice oil prices an"},
  /* Javanese (ngoko and krama). */
  {{0, 0, 0, 4, 0},
   "ing lan sing iku karo ora wis kanggo uga dadi saka marang kang punika menika nggih "
   "kula panjenengan kowe arep mung isih banjur nanging utawa yaiku yen amarga merga "
   "dening ana ono iki kuwi kae wong saben kabeh akeh gedhe cilik apik omah lunga teka "
   "bali ngomong ujare jarene miturut antarane sadurunge sawise liyane tumrap babagan "
   "dhewe dhewek awake padha iso ning sampun badhe saking wonten inggih mboten dhateng "
   "ingkang kaliyan kathah tiyang sedaya kasebut durung wes yakuwi nganti sithik luwih "
   "sugeng diarani klebu ndhuwur jroning ngisor kutha piye ngendi tansah sawetara "
   "nalika manawa lho tho seka neng karepe kudune kepriye opo aja lali mengko engko "
   "mesthi nggawa udan ngarep wiwit maneh mula dhisik bengi esuk mangan ngombe turu "
   "weruh krungu gawe nyambut sampeyan rawuh tindak ngendika matur nuwun sanget saiki "
   "biyen tau anyar lawas sethithik njalari nduweni kedadeyan ewonan"},
  {{0, 0, 0, 2, 2}, "sanes taun kudu basa bakal isuk kalebu wae pamarentah"},
  /* Sundanese. */
  {{0, 0, 0, 0, 4},
   "nu jeung teh henteu kana mah geus anu ieu eta aya teu bae oge ku tina sareng urang "
   "abdi maneh anjeun kumaha naon saha tos parantos keur kituna kitu kieu sapertos sabab "
   "lamun pikeun nyaeta salaku ngeunaan nepi ti jalma loba saeutik leutik hade sae "
   "sanggeus samemeh mangrupa mangrupakeun kungsi deui pisan dinya dieu ditu atawa "
   "kalayan meunang hiji tilu opat genep sapuluh poe wanci beurang peuting nagara "
   "masarakat ngan bari sok ogé éta nyaéta poé pamaréntah saméméh hadé anjeunna "
   "ngalaman nyarita cenah ceuk sadaya kedah ulah hilap mawa engke engké keneh kénéh "
   "sakabeh sakabéh unggal lembur walungan imah bade badé hoyong palay tiasa sumping "
   "damang nuhun hatur kuring dahar sare ningali terang nyarios upami janten saé "
   "kenging kénging ayeuna baheula isukan kamari heula yén"},
  {{0, 0, 0, 1, 4}, "ka dina"},
  {{0, 0, 0, 1, 3}, "sarta"},
};

#define TABLE_SIZE 4096 /* power of two, more than twice the words */
#define MAX_WORD 32

typedef struct slot {
  uint32_t hash;
  uint8_t len;
  char word[MAX_WORD];
  float w[SR_LANG_N];
} slot;

static slot *table;
static pthread_once_t table_once = PTHREAD_ONCE_INIT;

static inline uint32_t fnv1a_step(uint32_t h, unsigned char c) { return (h ^ c) * 16777619u; }

static void table_add(const char *word, size_t n, const float *w) {
  if (n == 0 || n >= MAX_WORD) return;
  uint32_t h = 2166136261u;
  for (size_t k = 0; k < n; k++) h = fnv1a_step(h, (unsigned char)word[k]);
  for (uint32_t p = h & (TABLE_SIZE - 1);; p = (p + 1) & (TABLE_SIZE - 1)) {
    slot *e = &table[p];
    if (e->len == 0) {
      e->hash = h;
      e->len = (uint8_t)n;
      memcpy(e->word, word, n);
      memcpy(e->w, w, sizeof e->w);
      return;
    }
    if (e->hash == h && e->len == n && memcmp(e->word, word, n) == 0) {
      for (int l = 0; l < SR_LANG_N; l++) e->w[l] += w[l];
      return;
    }
  }
}

#ifdef SARING_HAVE_TEXTCAT
/* The id, ms and en fingerprints, read once and then only compared. */
static void *tc_fp[3];
static int tc_ok;

static void textcat_load(void) {
  const char *dir = getenv("SARING_TEXTCAT_DIR");
  if (dir == NULL || dir[0] == '\0') dir = "/usr/share/libexttextcat";
  static const char *const names[3] = {"id", "ms", "en"};
  char path[512];
  for (int k = 0; k < 3; k++) {
    tc_fp[k] = fp_Init(names[k]);
    snprintf(path, sizeof path, "%s/%s.lm", dir, names[k]);
    if (tc_fp[k] == NULL || fp_Read(tc_fp[k], path, 400) == 0) {
      for (int j = 0; j <= k; j++) {
        if (tc_fp[j]) fp_Done(tc_fp[j]);
        tc_fp[j] = NULL;
      }
      return;
    }
  }
  tc_ok = 1;
}
#endif

static void table_build(void) {
  /* Allocated once for the life of the process; never freed. */
  table = calloc(TABLE_SIZE, sizeof *table);
  if (table == NULL) return;
  for (size_t g = 0; g < sizeof groups / sizeof groups[0]; g++) {
    const char *p = groups[g].words;
    while (*p) {
      while (*p == ' ') p++;
      const char *q = p;
      while (*q && *q != ' ') q++;
      table_add(p, (size_t)(q - p), groups[g].w);
      p = q;
    }
  }
#ifdef SARING_HAVE_TEXTCAT
  textcat_load();
#endif
}

static const slot *table_find(const char *word, size_t n, uint32_t h) {
  for (uint32_t p = h & (TABLE_SIZE - 1);; p = (p + 1) & (TABLE_SIZE - 1)) {
    const slot *e = &table[p];
    if (e->len == 0) return NULL;
    if (e->hash == h && e->len == n && memcmp(e->word, word, n) == 0) return e;
  }
}

static int ends_with(const char *w, size_t n, const char *suf) {
  size_t m = strlen(suf);
  return n >= m && memcmp(w + n - m, suf, m) == 0;
}
static int starts_with(const char *w, size_t n, const char *pre) {
  size_t m = strlen(pre);
  return n >= m && memcmp(w, pre, m) == 0;
}
static int contains(const char *w, size_t n, const char *sub) {
  size_t m = strlen(sub);
  for (size_t k = 0; k + m <= n; k++) {
    if (memcmp(w + k, sub, m) == 0) return 1;
  }
  return 0;
}
static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Character cues for a word that is not in the table.  Returns 1 when any cue
 * fired.  The weights are smaller than the table's: a cue is a hint. */
static int word_cues(const char *w, size_t n, double *sc) {
  int fired = 0;
  if (n < 3) return 0;
#define ADD(l, v) (sc[l] += (v), fired = 1)
  /* Sundanese: the vowel "eu" and the suffix -keun. */
  if (contains(w, n, "eu")) ADD(SR_LANG_SU, 2.0);
  if (ends_with(w, n, "keun")) ADD(SR_LANG_SU, 2.5);
  if (starts_with(w, n, "nga") || starts_with(w, n, "nge")) {
    ADD(SR_LANG_SU, 0.5);
    ADD(SR_LANG_JV, 0.5);
  }
  /* Javanese: dh, the suffixes -ake/-aken/-ipun, prenasalised starts. */
  if (contains(w, n, "dh")) ADD(SR_LANG_JV, 2.0);
  if (ends_with(w, n, "ake") || ends_with(w, n, "aken")) ADD(SR_LANG_JV, 2.0);
  if (ends_with(w, n, "ipun")) ADD(SR_LANG_JV, 2.5);
  if ((starts_with(w, n, "mb") || starts_with(w, n, "nd") || starts_with(w, n, "ngg")) && n > 4)
    ADD(SR_LANG_JV, 1.0);
  /* English spelling. */
  if (contains(w, n, "th")) {
    ADD(SR_LANG_EN, 1.5);
    ADD(SR_LANG_JV, 0.5);
  }
  if (ends_with(w, n, "tion") || ends_with(w, n, "sion") || ends_with(w, n, "ness") ||
      ends_with(w, n, "ment"))
    ADD(SR_LANG_EN, 2.0);
  if (ends_with(w, n, "ing") && n > 4) ADD(SR_LANG_EN, 1.0);
  if (ends_with(w, n, "ly") || ends_with(w, n, "ed")) ADD(SR_LANG_EN, 1.0);
  if (contains(w, n, "wh") || contains(w, n, "ph") || contains(w, n, "ck") ||
      contains(w, n, "ee") || contains(w, n, "oo") || contains(w, n, "ea") ||
      contains(w, n, "ou") || contains(w, n, "sh"))
    ADD(SR_LANG_EN, 1.0);
  for (size_t k = 0; k < n; k++) {
    if (w[k] == 'q' || w[k] == 'x' || w[k] == 'z' || w[k] == 'v' || w[k] == 'f') {
      ADD(SR_LANG_EN, 0.7);
      break;
    }
  }
  if (w[n - 1] == 's' && !is_vowel(w[n - 2]) && w[n - 2] != 's') ADD(SR_LANG_EN, 0.8);
  /* Indonesian and Malay morphology. */
  if (n > 5 && (starts_with(w, n, "mem") || starts_with(w, n, "men") || starts_with(w, n, "meng") ||
                starts_with(w, n, "meny") || starts_with(w, n, "ber") || starts_with(w, n, "ter") ||
                starts_with(w, n, "per") || starts_with(w, n, "pem") || starts_with(w, n, "pen") ||
                starts_with(w, n, "di") || starts_with(w, n, "ke"))) {
    ADD(SR_LANG_ID, 0.8);
    ADD(SR_LANG_MS, 0.8);
  }
  if (ends_with(w, n, "kan") || ends_with(w, n, "nya") || ends_with(w, n, "lah")) {
    ADD(SR_LANG_ID, 1.2);
    ADD(SR_LANG_MS, 1.2);
  }
  if (ends_with(w, n, "kah")) ADD(SR_LANG_MS, 0.5);
  if (ends_with(w, n, "iti")) ADD(SR_LANG_MS, 1.5);
  if (ends_with(w, n, "itas")) ADD(SR_LANG_ID, 1.5);
#undef ADD
  return fired;
}

typedef struct acc {
  double sc[SR_LANG_N];
  size_t tokens, hits;
  unsigned mask;
} acc;

static void score_word(acc *a, const char *w, size_t n, uint32_t h) {
  a->tokens++;
  if (n > MAX_WORD - 1) return;
  const slot *e = table_find(w, n, h);
  if (e) {
    for (int l = 0; l < SR_LANG_N; l++) a->sc[l] += e->w[l];
    a->hits++;
    return;
  }
  /* Indonesian/Malay clitics: "uangnya" counts as a weaker "uang". */
  if (n > 6 && (ends_with(w, n, "nya") || ends_with(w, n, "lah") || ends_with(w, n, "kah"))) {
    uint32_t h2 = 2166136261u;
    for (size_t k = 0; k < n - 3; k++) h2 = fnv1a_step(h2, (unsigned char)w[k]);
    e = table_find(w, n - 3, h2);
    if (e) {
      for (int l = 0; l < SR_LANG_N; l++) a->sc[l] += 0.7 * e->w[l];
      a->sc[SR_LANG_ID] += 0.5;
      a->sc[SR_LANG_MS] += 0.5;
      a->hits++;
      return;
    }
  }
  word_cues(w, n, a->sc);
}

/* Tokenizes on Unicode letters with simple case folding; ASCII takes a fast
 * path.  A word longer than the buffer is still counted, never looked up. */
static void tokenize(acc *a, const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  char w[MAX_WORD + 4];
  size_t n = 0;
  int too_long = 0;
  uint32_t h = 2166136261u;
  size_t i = 0;
  while (i < len) {
    unsigned char c = u[i];
    if (c < 0x80) {
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        c |= 0x20;
        if (n < MAX_WORD) {
          w[n++] = (char)c;
          h = fnv1a_step(h, c);
        } else {
          too_long = 1;
        }
        i++;
        continue;
      }
    } else {
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = utf8proc_iterate(u + i, (utf8proc_ssize_t)(len - i), &cp);
      if (k <= 0) {
        k = 1;
        cp = -1;
      }
      if (cp >= 0) {
        utf8proc_category_t cat = utf8proc_category(cp);
        if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) {
          utf8proc_uint8_t enc[4];
          utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_tolower(cp), enc);
          if (n + (size_t)m <= MAX_WORD) {
            for (utf8proc_ssize_t j = 0; j < m; j++) {
              w[n++] = (char)enc[j];
              h = fnv1a_step(h, enc[j]);
            }
          } else {
            too_long = 1;
          }
          i += (size_t)k;
          continue;
        }
        /* Combining marks (NFD text) stay inside the word but are dropped,
         * so "e\u0301ta" reads as "eta". */
        if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME && n > 0) {
          i += (size_t)k;
          continue;
        }
      }
      i += (size_t)k;
      goto boundary;
    }
    i++;
  boundary:
    if (n > 0) {
      w[n] = '\0';
      if (too_long) a->tokens++;
      else score_word(a, w, n, h);
    }
    n = 0;
    too_long = 0;
    h = 2166136261u;
  }
  if (n > 0) {
    w[n] = '\0';
    if (too_long) a->tokens++;
    else score_word(a, w, n, h);
  }
}

#ifdef SARING_HAVE_TEXTCAT
/* Adds the fingerprint vote: how much closer the text is to the English
 * fingerprint than to the nearer of id/ms, and a smaller id-vs-ms term (the
 * fingerprints confuse those two, so the lexical model decides). */
static void textcat_vote(acc *a, const char *s, size_t len) {
  if (!tc_ok || len < 40) return;
  if (len > 1024) len = 1024;
  void *fp = fp_Init(NULL);
  if (fp == NULL) return;
  if (fp_Create(fp, s, (uint4)len, 400)) {
    double d[3];
    for (int k = 0; k < 3; k++) d[k] = (double)fp_Compare(tc_fp[k], fp, INT32_MAX);
    double dm = d[0] < d[1] ? d[0] : d[1];
    double norm = dm > d[2] ? dm : d[2];
    if (norm > 0) {
      double en = (dm - d[2]) / norm; /* > 0 when English is closer */
      a->sc[SR_LANG_EN] += 6.0 * en;
      double idms = (d[1] - d[0]) / norm; /* > 0 when Indonesian is closer */
      a->sc[SR_LANG_ID] += 1.0 * idms;
      a->sc[SR_LANG_MS] -= 1.0 * idms;
    }
  }
  fp_Done(fp);
}
#endif

#ifdef SARING_HAVE_TEXTCAT
/* The score gap between the best and the second-best candidate. */
static double margin(const acc *a, unsigned candidates) {
  double b1 = -INFINITY, b2 = -INFINITY;
  for (int l = 0; l < SR_LANG_N; l++) {
    if (!(candidates & (1u << l))) continue;
    if (a->sc[l] > b1) {
      b2 = b1;
      b1 = a->sc[l];
    } else if (a->sc[l] > b2) {
      b2 = a->sc[l];
    }
  }
  return b2 == -INFINITY ? INFINITY : b1 - b2;
}
#endif

void sr_lang_detect(const char *s, size_t len, unsigned candidates, sr_lang_result *out) {
  pthread_once(&table_once, table_build);
  memset(out, 0, sizeof *out);
  out->best = -1;
  if (candidates == 0) candidates = SR_LANG_ALL;
  candidates &= SR_LANG_ALL;
  if (table == NULL || candidates == 0) return;
  if (len > SR_LANG_SAMPLE) {
    len = SR_LANG_SAMPLE;
    /* Cut at a character boundary. */
    while (len > 0 && ((unsigned char)s[len] & 0xC0) == 0x80) len--;
  }
  acc a;
  memset(&a, 0, sizeof a);
  tokenize(&a, s, len);
  /* A small prior for Indonesian, the most common language of the
   * workload: a text that is equally good Indonesian and Malay (many short
   * sentences are) is called Indonesian. */
  a.sc[SR_LANG_ID] += 0.3;
#ifdef SARING_HAVE_TEXTCAT
  /* The fingerprints cost more than the lexical pass, so they only vote
   * when the lexical margin between the two best candidates is small. */
  if (a.hits >= 2 && margin(&a, candidates) < 6.0) textcat_vote(&a, s, len);
#endif
  out->tokens = a.tokens;
  out->hits = a.hits;
  double mx = -INFINITY;
  for (int l = 0; l < SR_LANG_N; l++) {
    if ((candidates & (1u << l)) && a.sc[l] > mx) mx = a.sc[l];
  }
  double z = 0;
  for (int l = 0; l < SR_LANG_N; l++) {
    if (candidates & (1u << l)) {
      out->scores[l] = exp(a.sc[l] - mx);
      z += out->scores[l];
    }
  }
  int best = -1;
  for (int l = 0; l < SR_LANG_N; l++) {
    out->scores[l] /= z;
    if ((candidates & (1u << l)) && (best < 0 || out->scores[l] > out->scores[best])) best = l;
  }
  out->confidence = best >= 0 ? out->scores[best] : 0;
  /* Too little evidence: say "und". */
  if (a.hits < 2) return;
  if (a.tokens >= 12 && (double)a.hits < 0.08 * (double)a.tokens) return;
  if (out->confidence < 0.5) return;
  out->best = best;
}
