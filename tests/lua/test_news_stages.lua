-- Unit tests of the news pipeline's stages (scripts/stages/*.lua).
-- Run from the repository root: build/saring lua tests/lua/test_news_stages.lua
package.path = "scripts/?.lua;" .. package.path

local clean      = require "stages.clean"
local dateline   = require "stages.dateline"
local dates      = require "stages.dates"
local meta       = require "stages.meta"
local quantities = require "stages.quantities"
local entities   = require "stages.entities"
local lang       = require "stages.lang"
local adapt      = require "stages.adapt"

local failures = 0
local function check(cond, what)
  if not cond then
    failures = failures + 1
    io.stderr:write("FAIL: ", what, "\n")
  end
end
local function eq(a, b, what)
  check(a == b, string.format("%s: got %s, want %s", what, tostring(a), tostring(b)))
end

local function mkdoc(text)
  local tags = {}
  local doc = {text = text, meta = {}}
  function doc:tag(s, e, ty, v) tags[#tags + 1] = {start = s, stop = e, type = ty, value = v} end
  function doc:tags() return tags end
  return doc
end

-- whitespace and Unicode repair ------------------------------------------------
eq(adapt.clean_text("a\xC2\xA0b\r\nc\xE2\x80\x8Bd  e\t"), "a b\ncd e", "clean_text")
eq(adapt.clean_text(""), "", "clean_text empty")
eq(adapt.fix_mojibake("seizin\xC4\x80 redaksi"), "seizin  redaksi", "mojibake U+0100")

-- datelines ------------------------------------------------------------------------
local d = dateline.parse("JAKARTA, KOMPAS.com - Presiden mengatakan bahwa rencana itu akan berjalan.")
check(d and d.place == "JAKARTA" and d.outlet == "KOMPAS.com", "dateline place, outlet")
d = dateline.parse("Bisnis.com, JAKARTA \xE2\x80\x94 Harga minyak naik lagi pada perdagangan hari ini.")
check(d and d.outlet == "Bisnis.com" and d.place == "JAKARTA", "dateline outlet, place")
d = dateline.parse("WASHINGTON (Reuters) - The United States said on Monday it would act.")
check(d and d.place == "WASHINGTON" and d.outlet == "Reuters", "dateline (Outlet)")
d = dateline.parse("KUALA LUMPUR: Kerajaan akan mengumumkan dasar baharu minggu depan.")
check(d and d.place == "KUALA LUMPUR" and not d.outlet, "dateline colon")
d = dateline.parse("BERITAKITA.COMHarga beras naik di sejumlah pasar tradisional hari ini.")
check(d and d.outlet == "BERITAKITA.COM", "glued dateline")
check(dateline.parse("Presiden Joko Widodo mengatakan hal itu kepada wartawan di Jakarta.") == nil,
      "no dateline in prose")

-- dates ------------------------------------------------------------------------------
eq(dates.first("Rabu, 30 April 2025 | 12:30 WIB"), "2025-04-30", "date text")
eq(dates.first("kata dia, Senin (28/4/2025)."), "2025-04-28", "date numeric")
eq(dates.first("Published: Jun 17, 2025, 05:00 PM"), "2025-06-17", "date English")
eq(dates.first("Khamis, 6 Mac 2025 @ 10:12am"), "2025-03-06", "date Malay")
eq(dates.first("31/2/2025"), nil, "invalid date")
check(dates.find_all("Senin (28/4/2025)")[1].weekday, "weekday stamp")

-- bylines ---------------------------------------------------------------------------
local names = meta.byline_names("Penulis: Budi Santoso | Editor: R. Hartono")
eq(#names, 2, "byline two names"); eq(names[2], "R. Hartono", "byline editor")
names = meta.byline_names("Sumber: Reuters")
eq(#names, 0, "source is no author")
names = meta.byline_names("Laporan Wartawan Contoh.com, Siti Aminah")
eq(names[1], "Siti Aminah", "laporan wartawan")
check(not meta.is_name("sef"), "initials are no name")
eq(meta.find_domain("Ikuti berita di www.contoh.co.id hari ini"), "contoh.co.id", "find_domain")
-- byline shapes: labels stripped, abbreviations, wire credits, no labels,
-- badges or agencies as names
eq(meta.clean_name("By Ryan Lim"), "Ryan Lim", "clean_name By")
eq(meta.clean_name("Oleh: Siti Aminah"), "Siti Aminah", "clean_name Oleh:")
eq(meta.clean_name("Byron Tan"), "Byron Tan", "clean_name keeps Byron")
names = meta.byline_names("Rep: Andi Wijaya/ Red: Dewi Lestari")
eq(table.concat(names, ","), "Andi Wijaya,Dewi Lestari", "Rep/Red slash")
names = meta.byline_names("Rep: Andi Wijaya | Red: Dewi Lestari")
eq(table.concat(names, ","), "Andi Wijaya,Dewi Lestari", "Rep|Red bar")
names = meta.byline_names("(Reporting by Anna Chen in Hanoi and Tom Berg; Editing by Mark Potter)")
eq(table.concat(names, ","), "Anna Chen,Tom Berg,Mark Potter", "wire credits")
check(not meta.is_name("NEWSPAPER SECTION: Business"), "capitals label is no name")
eq(#meta.byline_names("WRITER: Reuters"), 0, "agency is no author")
check(not meta.is_name("Verified"), "badge is no name")
check(not meta.is_name("Verified Green"), "badge + word is no name")
check(not meta.is_name("Follow"), "follow widget is no name")
check(not meta.is_name("Associated Press"), "wire is no name")
eq(clean.rule_of("Rep: Andi Wijaya/ Red: Dewi Lestari", "rep: andi wijaya/ red: dewi lestari", 6),
   "byline", "Rep: line is a byline")

-- quantities ---------------------------------------------------------------------------
local function values(text, l)
  local out = {}
  for _, q in ipairs(quantities.find_all(text, l or "id")) do out[#out + 1] = q.value end
  return table.concat(out, ",")
end
eq(values("sebanyak 5.000 orang dan 1,3 juta personel"), "5000,1300000", "id numbers")
eq(values("pada 28 April 2025 pukul 10.00 WIB, tahun 2024"), "", "dates, times, years")
eq(values("senjata AK-12 dan RPG-7 selama 3 bulan, Darmini (62)"), "", "identifiers, durations, ages")
eq(values("naik 2,5 persen menjadi Rp 1,2 triliun"), "2.5,1200000000000", "percent, money")
eq(values("about 12,500 people and US$1.2 billion", "en"), "12500,1200000000", "en numbers")
-- telephone numbers are not quantities, the numbers around them are
eq(values("hubungi 0333-412 567 atau 09-859 1234, ada 15 orang", "ms"), "15", "phones with trunk 0")
eq(values("telepon (021) 555 1234 dan +62 812-3456-7890 untuk 20 unit"), "20", "phones with area code, +62")
eq(values("sebanyak 0,5 persen dan 05.00 WIB, 250 orang"), "0.5,250", "a leading zero is not a phone")
eq(values("capacity of 1,400MW and RM45.6bil", "en"), "1400,45600000000", "glued units")
eq(values("those aged 60 to 74", "en"), "", "age range")
eq(values("a P1.2 billion fund, VND2.9 trillion and a 19.7-km line", "en"), "1200000000,2900000000000,19.7",
   "peso before a scale, dong, a hyphenated short unit")
eq(values("kotak P3K dan P2 di pos", "id"), "", "a bare P is money only before a scale word")
eq(values("at 10 pm on Monday, Leung Chi-wai, 52, under Section 409", "en"), "",
   "a clock time, an age after a hyphenated name, a section number")

-- entities -------------------------------------------------------------------------------
local function ents(text)
  local out = {}
  for _, sp in ipairs(entities.find_all(text, 0)) do
    out[#out + 1] = sp[3]:sub(1, 3) .. ":" .. text:sub(sp[1], sp[2])
  end
  return table.concat(out, "|")
end
eq(ents("Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Pyongyang pada Selasa."),
   "loc:Rusia|per:Vladimir Putin|per:Kim Jong Un|loc:Pyongyang", "titles dropped")
eq(ents("Hal itu disampaikan juru bicara Kementerian Luar Negeri Rusia Maria Zakharova kemarin."),
   "org:Kementerian Luar Negeri Rusia|per:Maria Zakharova", "org head ends at a place")
eq(ents("Menurut laporan Badan Intelijen Negara (BIN), situasi aman. Kata BIN, semua terkendali."),
   "org:Badan Intelijen Negara|org:BIN|org:BIN", "acronym definition")
eq(ents("Banjir paling parah terjadi di Jatiasih dan Rawalumbu sejak pagi, kata warga."),
   "loc:Jatiasih|loc:Rawalumbu", "places after a preposition and in a list")
eq(ents("Sementara itu, Jepang juga menyampaikan keprihatinannya."), "loc:Jepang", "sentence opener")
eq(ents("The trains will be supplied by Japan's Hitachi, officials said."), "loc:Japan|org:Hitachi",
   "an English possessive is not part of the name")
eq(ents("Laga digelar di Stadion Gelora Bung Tomo pada Sabtu malam."), "loc:Stadion Gelora Bung Tomo",
   "a building's name runs several words")
eq(ents("Prakirawan Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Anindya Rahmawati mengatakan hujan turun."),
   "org:Badan Meteorologi, Klimatologi, dan Geofisika|org:BMKG|per:Anindya Rahmawati",
   "commas inside an organisation's name")
eq(ents("Data itu dirilis Dinas Kesehatan Kabupaten Bandung pada Senin."),
   "org:Dinas Kesehatan Kabupaten Bandung", "a regional office")
eq(ents("Pinjaman disalurkan Koperasi Mina Blambangan kepada nelayan."),
   "org:Koperasi Mina Blambangan", "a bare head and a proper name")
eq(ents("Jambatan itu terletak di Negeri Terengganu dan dibuka semalam."), "loc:Terengganu",
   "a Malay descriptor before a known place")
eq(ents("Jaksa menjerat mantan Kepala Dinas Pekerjaan Umum dan Penataan Ruang dengan Pasal 2 Undang-Undang Pemberantasan Tindak Pidana Korupsi."),
   "org:Dinas Pekerjaan Umum dan Penataan Ruang", "a title leaves its head word to the institution; laws are not tagged")
eq(ents("Kemarin PT Bank Sentosa Nusantara Tbk (BSNT) membukukan laba bersih."),
   "org:PT Bank Sentosa Nusantara Tbk|org:BSNT", "a company's legal form before an acronym's name")
eq(ents("Direktur Operasi PT Kereta Api Indonesia (Persero) Budi Santoso mengatakan jadwal berubah."),
   "org:PT Kereta Api Indonesia|per:Budi Santoso", "an event word inside a leading title")
eq(ents("Pengerjaan proyek di Jalan HR Rasuna Said dan Stasiun Bekasi Timur terus berjalan."),
   "loc:Jalan HR Rasuna Said|loc:Stasiun Bekasi Timur", "initials in a street name; a station")
eq(ents("Bantuan datang dari Yayasan Harapan Bangsa, Kim Min-jae dan warga."),
   "org:Yayasan Harapan Bangsa|per:Kim Min-jae", "no person spans a comma")

-- language ------------------------------------------------------------------------------
eq(lang.detect("Kerajaan berkata bahawa projek itu akan siap selepas dua tahun kerana dana mencukupi."), "ms", "lang ms")
eq(lang.detect("Pemerintah mengatakan bahwa proyek itu akan selesai setelah dua tahun karena dana cukup."), "id", "lang id")
eq(lang.detect("The government said that the project would be finished after two years."), "en", "lang en")
for _, t in ipairs({"Kerajaan berkata bahawa projek itu akan siap selepas dua tahun kerana dana mencukupi.",
    "Pemerintah mengatakan bahwa proyek itu akan selesai setelah dua tahun karena dana cukup.",
    "The government said that the project would be finished after two years.",
    "Bonjour tout le monde, ceci est un texte en français sans mots connus.", "", "12345 67890",
    string.rep("Kerajaan negeri berkata ", 300) .. string.rep("bahwa karena ", 10)}) do
  eq(lang.code_of(t), (lang.detect(t)), "code_of = detect: " .. t:sub(1, 30))
end

-- the clean stage on a small page ----------------------------------------------------------
local page = table.concat({
  "Nasional",
  "",
  "Banjir Rendam Ratusan Rumah di Kota Contoh",
  "",
  "Penulis: Budi Santoso | Editor: Siti Aminah",
  "Senin, 3 Maret 2025 | 10:15 WIB",
  "",
  "KOTA CONTOH, Contohnews.com - Banjir merendam sedikitnya 500 rumah di tiga kecamatan setelah hujan deras mengguyur sejak Minggu malam.",
  "",
  "Baca juga: Hujan Deras Diprediksi Berlanjut Sepekan",
  "",
  "ADVERTISEMENT",
  "Kepala badan penanggulangan bencana daerah mengatakan warga sudah dievakuasi ke tempat yang lebih aman sejak pagi.",
  "",
  "Pengungsi Butuh Bantuan",
  "",
  "Para pengungsi membutuhkan selimut, makanan siap saji dan air bersih untuk beberapa hari ke depan, kata dia.",
  "Para pengungsi membutuhkan selimut, makanan siap saji dan air bersih untuk beberapa hari ke depan, kata dia.",
  "",
  "(bs/sa)",
  "",
  "Berita Terkait",
  "Banjir Juga Melanda Kota Tetangga",
  "Cuaca Ekstrem Diprediksi Berlanjut",
  "\xC2\xA9 2025 Contohnews.com. All rights reserved.",
}, "\n")
local doc = mkdoc(page)
clean.stage(doc)
eq(doc.meta.title, "Banjir Rendam Ratusan Rumah di Kota Contoh", "title")
eq(doc.meta.published, "2025-03-03", "published")
eq(#doc.meta.authors, 2, "authors")
eq(doc.meta.site, "contohnews.com", "site")
local lines = {}
for l in doc.text:gmatch("[^\n]+") do lines[#lines + 1] = l end
eq(#lines, 4, "kept lines")
eq(lines[3], "Pengungsi Butuh Bantuan", "subheading kept")
check(not doc.text:find("Baca juga", 1, true), "related link removed")
check(not doc.text:find("Berita Terkait", 1, true), "related list removed")

-- an empty page does not fail
local empty = mkdoc("")
clean.stage(empty)
eq(empty.text, "", "empty page")

-- pages made of lines, for the rules below
local function run_page(list)
  local dd = mkdoc(table.concat(list, "\n"))
  clean.stage(dd)
  local kept = {}
  for l in dd.text:gmatch("[^\n]+") do kept[#kept + 1] = l end
  return dd, kept
end
local P1 = "JAKARTA, Contohnews.com - Pemerintah daerah menyiapkan anggaran baru untuk memperbaiki jalan yang rusak akibat banjir bulan lalu."
local P2 = "Kepala dinas pekerjaan umum mengatakan perbaikan akan dimulai pekan depan dan selesai sebelum musim hujan berikutnya tiba."
local P3 = "Warga berharap perbaikan itu benar-benar dikerjakan dengan baik agar jalan tidak cepat rusak lagi seperti tahun-tahun sebelumnya."

-- a publication stamp beats an update stamp, in either order
local pd = run_page({"Jalan Rusak Segera Diperbaiki Pemerintah Daerah", "Diperbarui: Kamis, 20 Maret 2025 | 08:00 WIB",
  "Diterbitkan: Selasa, 18 Maret 2025 | 10:00 WIB", P1, P2, P3})
eq(pd.meta.published, "2025-03-18", "published beats updated")
pd = run_page({"Jalan Rusak Segera Diperbaiki Pemerintah Daerah", "Updated 20 Mar 2025 08:00 | Published 18 Mar 2025 10:00",
  P1, P2, P3})
eq(pd.meta.published, "2025-03-18", "published beats updated on one line")
pd = run_page({"Jalan Rusak Segera Diperbaiki Pemerintah Daerah", "Dikemaskini: 20 Mac 2025 08:00",
  "Selasa, 18 Mac 2025 10:00", P1, P2, P3})
eq(pd.meta.published, "2025-03-18", "first stamp beats kemaskini")

-- body shapes: figure lists, capital subheadings, wire end tags, captions
local T = "Jalan Rusak Segera Diperbaiki Pemerintah Daerah"
local X = "Kota itu juga akan membuka tiga taman baru di tepi sungai tahun depan, kata wali kota dalam pernyataan terpisah."
local _, kl = run_page({T, P1, "Harga tertinggi:", "Kota Alpha: Rp 12.000 per kg", "Kota Beta: 9.500 ton", P2, P3})
eq(#kl, 6, "figure list and its heading kept")
eq(kl[3], "Kota Alpha: Rp 12.000 per kg", "figure list item kept")
_, kl = run_page({T, P1, "APA SELANJUTNYA", P2, P3})
eq(kl[2], "APA SELANJUTNYA", "capital subheading kept")
_, kl = run_page({T, P1, P2, P3, "-- BERNAMA", X})
eq(#kl, 3, "wire end tag line ends the body")
_, kl = run_page({T, P1, P2, P3 .. " (ANTARA)", X})
eq(#kl, 3, "inline wire end tag ends the body")
eq(kl[3], P3, "inline wire end tag stripped")
check(clean.wire_tag("Harga beras naik lagi pekan ini, kata dia, Senin. \xE2\x80\x94 Reuters") ~= nil, "em dash wire tag")
check(clean.wire_tag("menurut Organisasi Kesehatan Dunia (WHO)") == nil, "acronym is no wire tag")
_, kl = run_page({T, P1, "Petugas memperbaiki jalan di pusat kota pada Senin pagi. (Foto: Dok. Contoh)",
  "Petugas memperbaiki jalan di pusat kota pada Senin pagi.", P2, P3})
eq(#kl, 3, "caption with and without credit: both copies go")

-- the teaser index: saring.lines.teasers and the Lua fallback agree
do
  local S = {
    "Presiden bertemu para menteri di istana",
    "",
    "JAKARTA - Hari ini ada kabar. Presiden bertemu para menteri di istana negara pagi ini.",
    "\xE2\x80\x9CKami sangat prihatin dengan perkembangan ini,\xE2\x80\x9D kata dia.",
    "Ia berkata. \xE2\x80\x9CKami sangat prihatin dengan perkembangan ini, dan kami akan bertindak.\xE2\x80\x9D Lalu ia pergi.",
    "Satu dua tiga empat lima enam.",
    "SATU DUA TIGA EMPAT LIMA enam tujuh delapan sembilan.",
    "- Satu dua tiga empat",
    "Menu",
  }
  local KIND = {"S", "E", "P", "S", "P", "P", "P", "S", "B"}
  local init = {[3] = 11}
  local want_m, want = adapt.teasers_lua(S, KIND, #S, init, 5, {})
  eq(want_m, 3, "teasers_lua finds the teasers")
  if adapt.lines and adapt.lines.teasers then
    local m, t = adapt.lines.teasers(S, KIND, #S, init, 5, {9, 9, 9, 9, 9, 9, 9, 9, 9, 9})
    eq(m, want_m, "teasers: count as the Lua fallback")
    eq(#t, 2 * m, "teasers: old entries cleared")
    for x = 1, 2 * want_m do eq(t[x], want[x], "teasers pair entry " .. x) end
    check(not pcall(adapt.lines.teasers, {1}, {"P"}, 1), "teasers: a line that is no string")
    check(not pcall(adapt.lines.teasers, S, KIND, #S, {[3] = 0}), "teasers: init below 1")
    eq((adapt.lines.teasers({}, {}, 0)), 0, "teasers: no lines")
  end
  local b1, m1 = adapt.join_lua(S, KIND, #S, "PS")
  local b2, m2 = adapt.join(S, KIND, #S, "PS")
  eq(b2, b1, "join as the Lua fallback")
  eq((adapt.join(S, KIND, #S, "PS")), b1, "join twice (the scratch buffer reused)")
  eq(m2, m1, "join count as the Lua fallback")
  eq(m1, 7, "join count")
  -- repeats: native and fallback agree (adjacent copies, a blank between,
  -- a removed line between, an empty text line)
  local RS = {"Foto: kapal", "", "Foto: kapal", "Isi.", "Isi.", "Menu", "Isi.", "x", "x", "", ""}
  local RK = {"S", "E", "S", "P", "P", "B", "P", "S", "B", "P", "P"}
  local rm, rt = adapt.repeats_lua(RS, RK, #RS, {})
  eq(rm, 3, "repeats_lua count (empty texts are no copies)")
  local want = {3, 1, true, 5, 4, true, 7, 4, false}
  for x = 1, #want do eq(rt[x], want[x], "repeats_lua entry " .. x) end
  if adapt.lines and adapt.lines.repeats then
    local nm, nt = adapt.lines.repeats(RS, RK, #RS, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0})
    eq(nm, rm, "repeats: count as the Lua fallback")
    eq(#nt, 3 * nm, "repeats: old entries cleared")
    for x = 1, 3 * rm do eq(nt[x], rt[x], "repeats entry " .. x) end
    check(not pcall(adapt.lines.repeats, {1}, {"P"}, 1), "repeats: a line that is no string")
  end
end

-- line shape flags: saring.lines.split's shape array is shape_of
if adapt.lines and adapt.lines.SHAPE then
  local tricky = {"", "#tag", "a", "ab cd", "Ab cd", "1ab cd", "x ab cd", "ab  cd", "ab c", "ab cd.",
    "Kata dia.", "Kata dia..", "Kata dia...", "Kata dia.\"", "Kata dia.\xE2\x80\x9D  ",
    "Apa?", "Wow!", "Kata \xE2\x80\x9Cdia\xE2\x80\x9D", "x.\x80", "x\x9D", ".\x9D", "\x9D",
    "\x80", "x \t", "https://a.b/c", "  ", "\xC3\xA9ab cd", "ab\xC3\xA9 cd ef", "9 jam lalu",
    "\xE2\x80\xA2 baca juga", "zz zz", "Z. ab cd", "ab cd\xE2"}
  local text = table.concat(tricky, "\n")
  for _, f in ipairs({"tests/quality/pages", "tests/quality/unseen/pages",
      "tests/quality/unseen2/pages", "tests/quality/unseen3/pages", "../shared/seeds"}) do
    local p = io.popen("ls " .. f .. "/*.txt 2>/dev/null | head -20")
    for name in p:lines() do
      local fh = io.open(name, "rb")
      if fh then text = text .. "\n" .. fh:read("a"); fh:close() end
    end
    p:close()
  end
  local n, t = adapt.lines.split(text, nil, {shape = true})
  local bad = 0
  for i = 1, n do
    if t.shape[i] ~= clean.shape_of(t.line[i]) then
      bad = bad + 1
      if bad <= 5 then
        io.stderr:write(string.format("shape of %q: %d, want %d\n", t.line[i], t.shape[i], clean.shape_of(t.line[i])))
      end
    end
  end
  eq(bad, 0, "shape flags as shape_of on " .. n .. " lines")
  check(n > 1000, "shape test read the quality pages (" .. n .. " lines)")
end

if failures > 0 then error(failures .. " news stage test(s) failed") end
print("news stages: all tests passed")
