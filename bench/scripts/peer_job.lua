-- The Python peer's job (../shared/bench/peers/py_news.py) written as a
-- saring pipeline, for a like-for-like speed ratio:
--
--   build/saring run bench/scripts/peer_job.lua CORPUS -o OUT.jsonl -w 2
--
-- bench/run times scripts/news.lua, which does much more than py_news.py
-- (hundreds of cleaning rules, contextual entity tagging, authors, site), so
-- its ratio to the peer mixes speed with work.  This script does py_news's
-- job, rule for rule, the way a saring user would write it: the same regex
-- list, gazetteer, stopword lists and thresholds, as data, run through
-- saring's C helpers instead of a loop of regexes per line:
--
--   * normalisation: the built-in NFC stage, then text.clean_spaces (C);
--   * lines: saring.lines.split (one C pass: the lines and their word and
--     digit counts), no copy per rule;
--   * boilerplate: py_news's 34 regexes in ONE Hyperscan set, scanned once
--     per page, caseless and multi-line (set:lines says which lines hold a
--     match; PCRE2 confirms those, see below); the short-line, date-only-line and adjacent-duplicate rules in
--     Lua on the few lines they concern;
--   * title and text: lines.join of the kept lines (C);
--   * published: saring.newsdates (C) on lines holding a digit, until a date
--     is found;
--   * words: text.count_tokens (C), py_news's token rule exactly;
--   * lang: lang.word_counter over the three stopword lists (one C pass);
--   * quantities: one PCRE2 (JIT) scan with py_news's number-and-noun rule;
--   * entities: the 179 gazetteer names as one Hyperscan set with
--     py_news's token boundaries (the set's `tokens` option), each name
--     once in order of first match (set:ids);
--   * output: py_news's fields through saring's export.
--
-- Where a helper reads a form differently from py_news, this script follows
-- py_news (on the benchmark corpus the outputs agree; see bench/README.md):
--   * Regexes: Hyperscan cannot compile a Unicode "\b" here ("pattern too
--     large": caseless, UTF-8 and start-of-match tracking together), so the
--     Hyperscan set is a prefilter: each pattern without its "\b", with
--     "(?m)" for per-line anchors and "[^.!?\n]" for "[^.!?]" so that no
--     match runs across a line, caseless instead of on a lower-cased copy.
--     A line it flags is confirmed with the list verbatim (one caseless
--     PCRE2 alternation), so the rule is py_news's exactly.
--   * Dates: saring.newsdates also reads "April 30, 2025", "30 April, 2025",
--     dotted "17.6.2025", "2025/06/17" and a year followed by more digits;
--     those are filtered out, and within a line a day-month-year in words
--     wins over a numeric date, which wins over an ISO one, as in py_news.
--     One difference is left: newsdates skips a numeric date right after a
--     "/" ("1/17/6/2025"), py_news reads it.
--   * Quantities: saring.quantity and saring.number skip dates, years,
--     clock times and identifiers that py_news counts ("2025 pukul"), so
--     py_news's own rule runs as one PCRE2 regex (lookbehind included).
--   * Normalisation: text.clean_spaces also turns U+2000-U+200A, U+3000, VT
--     and FF into spaces and removes U+200E/F and bidi controls (py_news
--     keeps the Unicode spaces and deletes VT/FF); U+0085 and U+2028 break
--     lines.  The corpus only has FF at line ends, where both agree.
--   * Tokens: the word count and the entities follow py_news's tokens
--     exactly; lang counts stopwords as whole ASCII words
--     (lang.word_counter: "dan" counts in "dan/atau", where py_news's token
--     is "dan/atau"), which moves a few counts but no language on the
--     benchmark corpus.
--   * Export: saring always writes "source" after "id"; py_news has no such
--     key.  The JSONL input's "url" is not kept (py_news drops it too).
local saring   = require "saring"
local text     = require "saring.text"
local lines    = require "saring.lines"
local patterns = require "saring.patterns"
local re       = require "saring.re"
local nd       = require "saring.newsdates"
local lang     = require "saring.lang"
local json     = require "saring.json"

local find, gsub, gmatch, lower, sub, byte =
  string.find, string.gsub, string.gmatch, string.lower, string.sub, string.byte

local MIN_WORDS = 50
local SHORT_LINE_WORDS = 5      -- lines with fewer words and no .!? are dropped

-- ---------------------------------------------------------------------------
-- Boilerplate lines: py_news.py's BOILERPLATE list, verbatim.
-- ---------------------------------------------------------------------------
local BOILERPLATE = {
  [[^baca (juga|pula|selengkapnya)\b]],
  [[^(lihat|simak|tonton|saksikan) (juga|video|selengkapnya)\b]],
  [[^(advertisement|iklan|konten sponsor|sponsored|ads)$]],
  [[^scroll (to|down)\b]],
  [[^nyaman tanpa iklan\b]],
  [[^(artikel|berita) (terkait|terkini|terbaru|lainnya|populer|pilihan)$]],
  [[^(rekomendasi|pilihan) (untuk anda|kami|editor|berita)$]],
  [[^(terpopuler|trending|terkini|# ?hot topic|hot topic|topik hangat)$]],
  [[(©|\(c\) ?[0-9]{4}|copyright\b|all rights? reserved|hak cipta)]],
  [[^(tags?|topik|kata kunci|keywords?) ?:]],
  [[^(tags?|topik)$]],
  [[^#[a-z0-9_# ]*$]],
  [[^(penulis|editor|reporter|pewarta|redaktur|kontributor|fotografer|sumber|source|oleh|by) ?:]],
  [[^laporan wartawan\b]],
  [[^(bagikan|share|tweet|salin link|salin tautan|copy link|facebook|twitter|whatsapp|telegram|linkedin|line|email)$]],
  [[^(bagikan|share)( ke| via)? ?:]],
  [[^ikuti (kami|kanal|saluran|berita|update|akun)\b]],
  [[^(cek|dapatkan|download|unduh) (berita|update|informasi|aplikasi)\b]],
  [[^video ?:]],
  [[^(foto|photo|ilustrasi|sumber foto) ?:]],
  [[^(next article|read entire article|read more|load more|lihat selengkapnya|muat lebih banyak)\b]],
  [[dilarang (mengambil|mengutip|menyalin|memperbanyak)]],
  [[^scan qr\b]],
  [[^(silakan|silahkan) (login|masuk|daftar)\b]],
  [[^halaman ([0-9]+|selanjutnya|berikutnya|sebelumnya)\b]],
  [[^(thumbnail|photo author|avatar)\b]],
  [[^(x|close|tutup|x\|close|aa)$]],
  [[^(langganan|berlangganan)\b]],
  [[^\(?[a-z]{2,5}/[a-z]{2,5}\)?$]],
  [[^[0-9]+ (weeks?|days?|hours?|minutes?|jam|menit|hari|minggu|bulan) (ago|lalu|yang lalu)\b]],
  [[^(komentar|tulis komentar|kirim komentar|comments?)$]],
  [[^[^.!?]*\|[^.!?]*\|[^.!?]*$]],
  [[^(google news|wa channel|whatsapp channel)\b]],
  [[^(beranda|home|indeks|index)$]],
}

-- The list as one Hyperscan set over the whole page, used as a prefilter:
-- Hyperscan cannot compile "\b" in Unicode mode (a caseless Unicode class
-- with start-of-match tracking is "too large"), so the set holds each
-- pattern without its "\b" (which only adds matches), with "(?m)" so that
-- "^" and "$" anchor at every line, and with "[^.!?\n]" for "[^.!?]" so
-- that no match runs across a line.  Lines it flags are confirmed with the
-- list itself, verbatim, as one caseless PCRE2 alternation (Unicode \b as in
-- Python); that is exact and costs one call per flagged line.
local BOILER, BOILER_RE
do
  local items, alts = {}, {}
  for i, p in ipairs(BOILERPLATE) do
    local hs = p:gsub("\\b", ""):gsub("%[%^%.!%?%]", "[^.!?\\n]")
    items[i] = {"(?m)" .. hs, regex = true}
    alts[i] = "(?:" .. p .. ")"
  end
  BOILER = patterns.new(items, {caseless = true})
  BOILER_RE = re.compile(table.concat(alts, "|"), "i")
end

local function set(list)
  local t = {}
  for _, v in ipairs(list) do t[v] = true end
  return t
end

local DAYS = set{"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu",
                 "minggu", "monday", "tuesday", "wednesday", "thursday", "friday",
                 "saturday", "sunday"}
local MONTHS = {
  januari = 1, februari = 2, maret = 3, april = 4, mei = 5, juni = 6,
  juli = 7, agustus = 8, september = 9, oktober = 10, november = 11,
  desember = 12,
  jan = 1, feb = 2, mar = 3, apr = 4, jun = 6, jul = 7, agu = 8, agt = 8,
  ags = 8, agust = 8, sep = 9, sept = 9, okt = 10, nov = 11, des = 12,
  january = 1, february = 2, march = 3, may = 5, june = 6, july = 7,
  august = 8, october = 10, december = 12, aug = 8, oct = 10, dec = 12,
}
local DATE_EXTRA = set{"wib", "wita", "wit", "pukul", "jam", "gmt", "utc",
                       "diperbarui", "diterbitkan", "dipublikasikan", "terbit",
                       "update", "updated", "published", "posted"}

-- True for lines made only of date/time words, e.g. a dateline (py_news's
-- is_date_line; ASCII punctuation is deleted from each word first).
local function is_date_line(low)
  local has_name = false
  for w in gmatch(low, "[^ ]+") do
    if find(w, "%p") then w = gsub(w, "%p", "") end
    if w ~= "" and find(w, "%D") then
      if DAYS[w] or MONTHS[w] then
        has_name = true
      elseif not DATE_EXTRA[w] then
        return false
      end
    end
  end
  return has_name
end

-- ---------------------------------------------------------------------------
-- Publication date: saring.newsdates, narrowed to py_news's three forms.
-- ---------------------------------------------------------------------------
local NO_DAYS = {}              -- the weekday flag is not needed
local FORM_TEXT = "^%d%d? %a+%.? %d%d%d%d$"
local FORM_NUM = "^%d%d?[/%-]%d%d?[/%-]%d%d%d%d$"
local FORM_ISO = "^%d%d%d%d%-%d%d%-%d%d$"

-- First valid date of a line as py_news finds it: a day-month-year in words,
-- else d/m/y, else ISO (each the first of its kind in the line).
local function find_date(line)
  local all = nd.find_all(line, MONTHS, NO_DAYS)
  if not all or #all == 0 then return nil end
  local num, iso
  for k = 1, #all do
    local d = all[k]
    local nxt = byte(line, d.stop + 1)
    if not (nxt and nxt >= 48 and nxt <= 57) then
      local span = sub(line, d.start, d.stop)
      if d.form == "text" then
        if find(span, FORM_TEXT) then return d.iso end
      elseif d.form == "num" then
        if not num and find(span, FORM_NUM) then num = d.iso end
      elseif not iso and find(span, FORM_ISO) then
        local prev = byte(line, d.start - 1)
        if not (prev and prev >= 48 and prev <= 57) then iso = d.iso end
      end
    end
  end
  return num or iso
end

-- ---------------------------------------------------------------------------
-- Tokens: py_news splits on white space and on a few Unicode punctuation
-- marks and strips ASCII punctuation from both ends of each token, dropping
-- the empty ones.  text.count_tokens counts exactly those (one C pass, no
-- string per token), given the marks as extra separators; the entities scan
-- a copy with the marks made spaces.
-- ---------------------------------------------------------------------------
local UNI = [[\x{201c}\x{201d}\x{2018}\x{2019}\x{201e}\x{201a}\x{ab}\x{bb}]] ..
            [[\x{2014}\x{2013}\x{2026}\x{2022}\x{b7}\x{a9}\x{ae}\x{2122}\x{b0}]]
local UNI_PUNCT = re.compile("[" .. UNI .. "]")
local UNI_CHARS = "\u{201c}\u{201d}\u{2018}\u{2019}\u{201e}\u{201a}\u{ab}\u{bb}" ..
                  "\u{2014}\u{2013}\u{2026}\u{2022}\u{b7}\u{a9}\u{ae}\u{2122}\u{b0}"

-- ---------------------------------------------------------------------------
-- Quantities: py_news's NUMBER_RE + NUMBER_FORM_RE + FOLLOW_RE as one regex.
-- ---------------------------------------------------------------------------
local QUANTITY = re.compile(
  [[(?<![A-Za-z0-9.,])([0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+)(?:,([0-9]+))?]] ..
  [[ (?:(ribu|juta|miliar|triliun) )?([a-z]+)]])
local SCALE = {ribu = 3, juta = 6, miliar = 9, triliun = 12}
local NOT_NOUNS = set{
  "dan", "di", "ke", "dari", "yang", "pada", "untuk", "dengan", "atau",
  "itu", "ini", "dalam", "oleh", "sebagai", "juga", "tidak", "akan",
  "telah", "sudah", "hingga", "sampai", "bahwa", "saat", "lalu", "lagi",
  "pun", "pula", "tersebut", "menjadi", "adalah", "merupakan", "sekitar",
  "sejak", "wib", "wita", "wit", "the", "and", "of", "to", "in", "a", "an",
  "at", "on", "for", "was", "is", "are", "were"}
local POW10 = {[0] = 1}
for i = 1, 18 do POW10[i] = POW10[i - 1] * 10 end

local function find_quantities(s)
  local out, n = {}, 0
  for int, frac, scale, noun in QUANTITY:gmatch(s) do
    if not NOT_NOUNS[noun] then
      frac = frac or ""
      local digits = gsub(int, "%.", "") .. frac
      local zeros = scale and SCALE[scale] or 0
      if #digits + zeros <= 15 then            -- longer: ids, phone numbers
        local v = math.tointeger(tonumber(digits)) * POW10[zeros]
        local div = POW10[#frac]
        local num = frac ~= "" and (int .. "," .. frac) or int
        n = n + 1
        out[n] = {text = num .. (scale and (" " .. scale) or "") .. " " .. noun,
                  value = (v % div == 0) and v // div or v / div, unit = noun}
      end
    end
  end
  return out
end

-- ---------------------------------------------------------------------------
-- Entities: py_news's GAZETTEER (name, type), one Hyperscan literal set.
-- ---------------------------------------------------------------------------
local GAZETTEER = {
  -- People
  {"Prabowo Subianto", "PER"}, {"Prabowo", "PER"}, {"Joko Widodo", "PER"},
  {"Jokowi", "PER"}, {"Gibran Rakabuming Raka", "PER"}, {"Gibran", "PER"},
  {"Sri Mulyani Indrawati", "PER"}, {"Sri Mulyani", "PER"}, {"Anies Baswedan", "PER"},
  {"Ganjar Pranowo", "PER"}, {"Puan Maharani", "PER"}, {"Sufmi Dasco Ahmad", "PER"},
  {"Airlangga Hartarto", "PER"}, {"Erick Thohir", "PER"}, {"Bahlil Lahadalia", "PER"},
  {"Retno Marsudi", "PER"}, {"Budi Gunadi Sadikin", "PER"},
  {"Listyo Sigit Prabowo", "PER"}, {"Agus Subiyanto", "PER"}, {"Pramono Anung", "PER"},
  {"Khofifah Indar Parawansa", "PER"}, {"Ridwan Kamil", "PER"}, {"Dedi Mulyadi", "PER"},
  {"Bobby Nasution", "PER"}, {"Tito Karnavian", "PER"}, {"Yusril Ihza Mahendra", "PER"},
  {"Luhut Binsar Pandjaitan", "PER"}, {"Nadiem Makarim", "PER"},
  {"Megawati Soekarnoputri", "PER"}, {"Susilo Bambang Yudhoyono", "PER"},
  {"Agus Harimurti Yudhoyono", "PER"}, {"Zulkifli Hasan", "PER"},
  {"Muhaimin Iskandar", "PER"}, {"Meutya Hafid", "PER"}, {"Sjafrie Sjamsoeddin", "PER"},
  {"Purbaya Yudhi Sadewa", "PER"}, {"Kim Jong Un", "PER"}, {"Kim Jong-un", "PER"},
  {"Vladimir Putin", "PER"}, {"Putin", "PER"}, {"Donald Trump", "PER"}, {"Trump", "PER"},
  {"Volodymyr Zelensky", "PER"}, {"Volodymyr Zelenskiy", "PER"}, {"Zelensky", "PER"},
  {"Xi Jinping", "PER"}, {"Joe Biden", "PER"}, {"Emmanuel Macron", "PER"},
  {"Olaf Scholz", "PER"}, {"Keir Starmer", "PER"}, {"Narendra Modi", "PER"},
  {"Anwar Ibrahim", "PER"}, {"Lawrence Wong", "PER"}, {"Ferdinand Marcos", "PER"},
  {"Lee Jae-myung", "PER"}, {"Shigeru Ishiba", "PER"}, {"Sergei Shoigu", "PER"},
  {"Shoigu", "PER"}, {"Sergei Lavrov", "PER"}, {"Antonio Guterres", "PER"},
  {"Benjamin Netanyahu", "PER"}, {"John Kirby", "PER"}, {"Maria Zakharova", "PER"},
  {"Yoshimasa Hayashi", "PER"}, {"Lee Seong Kweun", "PER"}, {"Paus Fransiskus", "PER"},
  {"José Ramos-Horta", "PER"}, {"Recep Tayyip Erdoğan", "PER"},
  -- Places
  {"Jakarta", "LOC"}, {"Surabaya", "LOC"}, {"Bandung", "LOC"}, {"Medan", "LOC"},
  {"Semarang", "LOC"}, {"Makassar", "LOC"}, {"Yogyakarta", "LOC"}, {"Denpasar", "LOC"},
  {"Palembang", "LOC"}, {"Pekanbaru", "LOC"}, {"Balikpapan", "LOC"},
  {"Pontianak", "LOC"}, {"Manado", "LOC"}, {"Jayapura", "LOC"}, {"Kupang", "LOC"},
  {"Mataram", "LOC"}, {"Banda Aceh", "LOC"}, {"Padang", "LOC"}, {"Malang", "LOC"},
  {"Bogor", "LOC"}, {"Bekasi", "LOC"}, {"Depok", "LOC"}, {"Tangerang", "LOC"},
  {"Batam", "LOC"}, {"Papua", "LOC"}, {"Bali", "LOC"}, {"Aceh", "LOC"},
  {"Kalimantan Timur", "LOC"}, {"Jawa Barat", "LOC"}, {"Jawa Tengah", "LOC"},
  {"Jawa Timur", "LOC"}, {"Sulawesi Selatan", "LOC"}, {"Sumatera Utara", "LOC"},
  {"Indonesia", "LOC"}, {"Singapura", "LOC"}, {"Malaysia", "LOC"},
  {"Kuala Lumpur", "LOC"}, {"Thailand", "LOC"}, {"Filipina", "LOC"}, {"Vietnam", "LOC"},
  {"Myanmar", "LOC"}, {"Timor Leste", "LOC"}, {"Australia", "LOC"}, {"China", "LOC"},
  {"Beijing", "LOC"}, {"Jepang", "LOC"}, {"Tokyo", "LOC"}, {"India", "LOC"},
  {"Rusia", "LOC"}, {"Moskow", "LOC"}, {"Ukraina", "LOC"}, {"Kyiv", "LOC"},
  {"Korea Utara", "LOC"}, {"Korut", "LOC"}, {"Korea Selatan", "LOC"}, {"Korsel", "LOC"},
  {"Pyongyang", "LOC"}, {"Seoul", "LOC"}, {"Amerika Serikat", "LOC"},
  {"Washington", "LOC"}, {"Jerman", "LOC"}, {"Prancis", "LOC"}, {"Inggris", "LOC"},
  {"London", "LOC"}, {"Iran", "LOC"}, {"Israel", "LOC"}, {"Gaza", "LOC"},
  {"Eropa", "LOC"}, {"Timur Tengah", "LOC"}, {"Asia Timur", "LOC"}, {"Kursk", "LOC"},
  {"Vladivostok", "LOC"}, {"Brussels", "LOC"}, {"Roma", "LOC"},
  -- Organisations
  {"PBB", "ORG"}, {"NATO", "ORG"}, {"ASEAN", "ORG"}, {"KCNA", "ORG"}, {"AFP", "ORG"},
  {"Reuters", "ORG"}, {"Bloomberg", "ORG"}, {"Antara", "ORG"}, {"DPR", "ORG"},
  {"MPR", "ORG"}, {"KPK", "ORG"}, {"Polri", "ORG"}, {"TNI", "ORG"},
  {"Bank Indonesia", "ORG"}, {"OJK", "ORG"}, {"BPS", "ORG"}, {"Pertamina", "ORG"},
  {"PLN", "ORG"}, {"Kementerian Luar Negeri", "ORG"}, {"Kementerian Pertahanan", "ORG"},
  {"Kementerian Keuangan", "ORG"}, {"Kementerian Unifikasi", "ORG"},
  {"Mahkamah Konstitusi", "ORG"}, {"Dewan Keamanan PBB", "ORG"},
  {"Dewan Keamanan", "ORG"}, {"Uni Eropa", "ORG"}, {"IMF", "ORG"}, {"Bank Dunia", "ORG"},
  {"WHO", "ORG"}, {"BMKG", "ORG"}, {"KPU", "ORG"}, {"Bawaslu", "ORG"},
  {"Gerindra", "ORG"}, {"Golkar", "ORG"}, {"BRIN", "ORG"}, {"Channel News Asia", "ORG"},
  {"CNA", "ORG"},
}
local KINDS = {PER = "person", LOC = "location", ORG = "organization"}

-- py_news matches token n-grams, greedily, longest first: a name matches
-- where its words are whole tokens, i.e. with only ASCII punctuation between
-- them and white space (or the text's ends) around them, and the tokens
-- between two words may be punctuation alone ("Banda, Aceh" and "Banda -
-- Aceh" are "Banda Aceh").  As one Hyperscan set over the text with the
-- Unicode separators made spaces: single-word names as literals, the others
-- as regexes with each space standing for such a gap, and the set's
-- `tokens` option for the token ends.  Its leftmost-longest matches are
-- py_news's greedy ones (among whole-token matches at one place the one with
-- the most words is the longest), and set:ids gives each name once, in the
-- order of its first match, without a table per match.
local GAZ
do
  local P = "[!-/:-@\\[-`{-~]"
  local GAP = P .. "*\\s[\\s!-/:-@\\[-`{-~]*"
  local items = {}
  for i, e in ipairs(GAZETTEER) do
    if not find(e[1], " ", 1, true) then
      items[i] = e[1]
    else
      -- (re.escape escapes the space too: "Kim\ Jong\-un")
      items[i] = {(re.escape(e[1]):gsub("\\ ", function() return GAP end)), regex = true}
    end
  end
  GAZ = patterns.new(items, {tokens = true})
end
local IDS = {}

local function find_entities(s)
  local grouped = {person = {}, location = {}, organization = {}}
  local n = GAZ:ids(s, IDS)
  for i = 1, n do
    local e = GAZETTEER[IDS[i]]
    local g = grouped[KINDS[e[2]]]
    g[#g + 1] = e[1]
  end
  return grouped
end

-- ---------------------------------------------------------------------------
-- Language: py_news's stopword lists, counted in one pass.
-- ---------------------------------------------------------------------------
local ID_MS = [[yang dan di ke dari ini itu untuk dengan pada dalam tidak akan
  juga adalah oleh telah sudah atau ketika namun tetapi lebih para mereka kami
  kita ia dia belum sebagai secara sejak hingga masih banyak menurut serta
  agar jika kata]]
local function words_set(...)
  local t = {}
  for _, s in ipairs{...} do
    for w in gmatch(s, "%S+") do t[w] = true end
  end
  return t
end
local STOPWORDS = lang.word_counter{
  words_set(ID_MS, [[bahwa karena setelah saat tapi bisa hanya tersebut
    ujar kini sangat pun nya]]),
  words_set(ID_MS, [[bahawa kerana selepas semasa boleh sahaja ialah
    iaitu beliau kerajaan daripada manakala apabila pula berkata]]),
  words_set([[the of and to in a is that for it was on with as by at
    from said has have be are were this which an not will would its their
    they but or also after about]]),
}

-- id, ms or en, whichever's stopwords are the largest share of the tokens
-- (ties in that order); "und" under 2%.
local function detect_lang(s, ntokens)
  local cid, cms, cen = STOPWORDS:count(s)
  local best, c = "id", cid
  if cms > c then best, c = "ms", cms end
  if cen > c then best, c = "en", cen end
  return c * 50 >= ntokens and best or "und"
end

-- ---------------------------------------------------------------------------
-- Stages
-- ---------------------------------------------------------------------------
local T, HIT, KIND = {}, {}, {}       -- reused for every page of this worker
local SPLIT = {spans = false}

-- Normalised lines -> kept lines, title, text, published.
local function clean_stage(doc)
  local s = text.clean_spaces(doc)
  local n = lines.split(s, T, SPLIT)
  local nb, err = BOILER:lines(s, HIT)
  if not nb then error(err) end
  local L, W, D = T.line, T.words, T.digits
  local published
  local prev, title
  for i = 1, n do
    local line = L[i]
    local k = "D"
    if line ~= "" then
      if not published and D[i] > 0 then published = find_date(line) end
      if not (HIT[i] and BOILER_RE:test(line)) then
        local w = W[i]
        if w < SHORT_LINE_WORDS and not find(line, "[.!?]") then   -- luacheck: ignore
          -- short line without sentence punctuation
        elseif w <= 12 and is_date_line(lower(line)) then          -- luacheck: ignore
          -- date-only line
        elseif line ~= prev then
          prev = line
          if title then k = "K" else title = line end
        end
      end
    end
    KIND[i] = k
  end
  if not title then return nil, "empty" end
  doc.text = lines.join(L, KIND, n, "K")
  doc.meta = {title = title, published = published or json.null}
  return doc
end

-- Words, language, quantities and entities of title + text.
local function fields_stage(doc)
  local meta = doc.meta
  local full = meta.title .. "\n" .. doc.text
  local nwords = text.count_tokens(full, UNI_CHARS)
  if nwords < MIN_WORDS then return nil, "short" end
  meta.words = nwords
  -- (the Unicode separators are no letters, so they bound words as spaces do)
  meta.lang = detect_lang(full, nwords)
  meta.quantities = find_quantities(full)     -- py_news reads these in full
  meta.entities = find_entities((UNI_PUNCT:gsub(full, " ")))   -- and these in its tokens
  return doc
end

local named = saring.stage.named
return saring.pipeline {
  name = "peer_job",
  fields = {"id", "title", "published", "lang", "words", "text", "quantities",
            "entities"},
  saring.stage.normalize "NFC",
  named("clean", clean_stage),
  named("fields", fields_stage),
}
