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
d = dateline.parse("JOHOR BARU, Nov 17 \xE2\x80\x94 Trains on the new cross-border line will run every six minutes.")
check(d and d.place == "JOHOR BARU" and not d.outlet, "a place and a date without a year: no outlet")
d = dateline.parse("RAUB, 22 Jun -- Eksport durian segar negara dijangka meningkat pada tahun ini.")
check(d and d.place == "RAUB" and not d.outlet, "a place and a day-month date: no outlet")
d = dateline.parse("contohberita.id - Harga beras medium di pasar tradisional kembali naik pekan ini.")
check(d and d.outlet == "contohberita.id", "a lower-case domain opens a dateline")
check(dateline.parse("harga beras medium di pasar - tradisional kembali naik pekan ini lagi.") == nil,
      "a lower-case start is only a domain's dateline")
d = dateline.parse("contohberita.com, BANDUNG - Dinas Kesehatan mencatat kenaikan kasus demam berdarah.")
check(d and d.outlet == "contohberita.com" and d.place == "BANDUNG" and d.place_start == 19,
      "a lower-case domain and a place open a dateline")
d = dateline.parse("KUALA LUMPUR (Nov 21): Contoh Sawit Bhd posted a higher net profit for the quarter.")
check(d and d.place == "KUALA LUMPUR" and not d.outlet, "a date in brackets is no outlet")
-- parse_again gives what parse gives, from the ring of recent parses or not
do
  local line = "JAKARTA, KOMPAS.com - Presiden mengatakan bahwa rencana itu akan berjalan."
  local first = dateline.parse(line)
  local again = dateline.parse_again(line)
  check(again == first, "parse_again reuses a recent parse")
  local none = "Presiden Joko Widodo mengatakan hal itu kepada wartawan di Jakarta."
  check(dateline.parse(none) == nil and dateline.parse_again(none) == nil, "parse_again of no dateline")
  -- pushed out of the ring by later lines: parsed anew, with the same fields
  for i = 1, 40 do dateline.parse(("Baris ke-%d yang panjang tanpa tanda apa pun di sini"):format(i)) end
  local fresh = dateline.parse_again(line)
  check(fresh ~= first and fresh.place == first.place and fresh.outlet == first.outlet
        and fresh.stop == first.stop, "parse_again after the ring forgot the line")
  check(dateline.parse_again("Short") == nil, "parse_again of a short line")
end

-- mastheads: the domain's label holds the line's letters, or the line's
-- initials spell it
check(meta.is_masthead("Rappler", "rappler.com"), "masthead: label holds the name")
check(meta.is_masthead("South China Morning Post", "scmp.com"), "masthead: initials")
check(meta.is_masthead("South China Morning Post", "scmp.com"), "masthead: initials, remembered label")
check(not meta.is_masthead("South China Post", "scmp.com"), "masthead: too few initials")
check(not meta.is_masthead("Harga Beras Naik Lagi", "scmp.com"), "masthead: other initials")
check(not meta.is_masthead("Kabar", "ab.com"), "masthead: a label under three letters")
check(meta.is_masthead("Kabar Nusantara", "kabar-nusantara.example"), "masthead: label without hyphens")

-- parse remembers a head's reading: the same head again gives a new table
-- with its own stop, and the story after the head is still checked
do
  local a = dateline.parse("JAKARTA, KOMPAS.com - Presiden mengatakan bahwa rencana itu akan berjalan.")
  local b = dateline.parse("JAKARTA, KOMPAS.com -   Menteri mengatakan bahwa harga beras akan turun.")
  check(a and b and a ~= b and a.stop == 22 and b.stop == 24, "dateline memo: new table, own stop")
  check(b.place == "JAKARTA" and b.place_start == 1 and b.place_stop == 7 and b.outlet == "KOMPAS.com"
        and b.outlet_start == 10 and b.outlet_stop == 19 and b.region == nil, "dateline memo: fields")
  b.place = "changed"
  check(dateline.parse("JAKARTA, KOMPAS.com - Presiden mengatakan bahwa rencana itu akan berjalan.").place
        == "JAKARTA", "dateline memo: a caller's change does not leak")
  check(dateline.parse("JAKARTA, KOMPAS.com - terlalu pendek.") == nil, "dateline memo: short story")
  check(dateline.parse("Harga beras: naik lagi di pasar tradisional hari ini.") == nil
        and dateline.parse("Harga beras: naik lagi di pasar tradisional hari ini.") == nil,
        "dateline memo: a head that is no dateline's, twice")
end
check(not meta.is_name("Edited By Siti Jamal"), "a credit label is not part of a name")
check(not meta.is_name("CONTOH SAWIT HOLDINGS BHD"), "a company is no name")
eq(clean.rule_of("Edited By Siti Jamal", "edited by siti jamal", 4), "byline", "Edited By line")
check(not meta.is_name("Alpha Beta Gamma Delta Epsilon Zeta"), "six capitalised words are no name")
eq(meta.find_domain("www.contohberita.gov.bn"), "contohberita.gov.bn", "Brunei domain")
eq(clean.rule_of("By Huang Mei / Staff reporter", "by huang mei / staff reporter", 6), "byline", "By Name / role")
eq(clean.rule_of("By: Rona B. Gabut - Correspondent", "by: rona b. gabut - correspondent", 6), "byline",
   "By: Name - role")
check(clean.rule_of("By Monday, the ministry had paid.", "by monday, the ministry had paid.", 6) ~= "byline",
      "a sentence opening with By is no byline")
eq(clean.rule_of("Sat, Jul 26, 2025 - Page 2", "sat, jul 26, 2025 - page 2", 6), "date",
   "a print page number on a date line")

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
eq(values("kotak P3K dan P2 di pos", "id"), "", "a bare P is money only before a scale word or thousands")
eq(values("a fine of P250,000 for gusts of 162kph", "en"), "250000,162", "peso with thousands groups, kph")
eq(values("a mill that spends K3.2 million a month, the K9 unit and school K12", "en"), "3200000",
   "a bare kyat sign before a scale word (from unseen19)")
eq(values("harga untuk zona 1 di BRI Liga 1 fase 2", "id"), "", "zones, leagues and phases are identifiers")
eq(values("gol Budi (12\xE2\x80\x99, 58\xE2\x80\x99) dan Eko 14' pada H+3 Lebaran selama 10 minit", "ms"), "",
   "goal minutes, H+3 and Malay minutes are no quantities")
do
  local q = quantities.find_all("sales of CNY 3.2 billion and JPY 500 million", "en")
  eq(q[1] and q[1].text, "CNY 3.2 billion", "yuan code is a currency sign")
  eq(q[2] and q[2].text, "JPY 500 million", "yen code is a currency sign")
end
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
   "org:PT Kereta Api Indonesia (Persero)|per:Budi Santoso", "an event word inside a leading title")
eq(ents("Pengerjaan proyek di Jalan HR Rasuna Said dan Stasiun Bekasi Timur terus berjalan."),
   "loc:Jalan HR Rasuna Said|loc:Stasiun Bekasi Timur", "initials in a street name; a station")
eq(ents("Bantuan datang dari Yayasan Harapan Bangsa, Kim Min-jae dan warga."),
   "org:Yayasan Harapan Bangsa|per:Kim Min-jae", "no person spans a comma")
eq(ents("Target itu dipasang Kementerian Energi dan Sumber Daya Mineral (ESDM) pada 2030."),
   "org:Kementerian Energi dan Sumber Daya Mineral|org:ESDM", "the head an acronym leaves out")
eq(ents("Majelis hakim Pengadilan Tindak Pidana Korupsi (Tipikor) menjatuhkan vonis."),
   "org:Pengadilan Tindak Pidana Korupsi|org:Tipikor", "an acronym of syllables")
eq(ents("Pegawai Lembaga Kemajuan Pertanian Muda (MADA) turun ke sawah."),
   "org:Lembaga Kemajuan Pertanian Muda|org:MADA", "an acronym that does not spell the name closes a head's name")
eq(ents("Rates were set by the Energy Regulatory Commission of Thailand last week."),
   "org:Energy Regulatory Commission of Thailand", "an organisation's kind takes its complement")
eq(ents("The plan was approved by the Council for the Promotion of Exports on Monday."),
   "org:Council for the Promotion of Exports", "a complement of name-like words closing the run")
eq(ents("It is run by the Northern Water and Sewerage Agency (NWSA) since 2020."),
   "org:Northern Water and Sewerage Agency|org:NWSA", "an acronym spells a name across \"and\"")
eq(ents("Kabid Tata Kota Dinas Pekerjaan Umum dan Penataan Ruang Kota Bekasi hadir."),
   "org:Dinas Pekerjaan Umum dan Penataan Ruang Kota Bekasi", "a head inside a run takes \"dan\"")
eq(ents("The boat sank in the Mekong River near Phnom Penh City on Friday."),
   "loc:Mekong River|loc:Phnom Penh City", "a known place with the word of its kind")
eq(ents("Flooding hit homes in Southend-on-Sea overnight."), "loc:Southend-on-Sea",
   "a lower-case joiner inside a hyphenated place")
eq(ents("Warga di sepanjang Jalan Raya Cibodas-Sukamaju diminta waspada."), "loc:Jalan Raya Cibodas-Sukamaju",
   "Jalan Raya and a hyphenated name")
eq(ents("Mangsa ditemui di Kampung Johor Tambak sebelum dibawa ke Hospital Kluang."),
   "loc:Kampung Johor Tambak|org:Hospital Kluang", "a village named after a place and one word; a hospital")
eq(ents("Jalan itu menghubungkan Bukit Kenanga dan Kabupaten Karo."), "loc:Bukit Kenanga|loc:Kabupaten Karo",
   "listed before a place head")
eq(ents("Rumah warga di lereng Kuala Semantan, Banjarnegara, rusak."), "loc:Kuala Semantan|loc:Banjarnegara",
   "listed before a known place")
eq(ents("The bus runs from Ben Thanh Market to Long Binh every hour."), "loc:Ben Thanh Market|loc:Long Binh",
   "from a place to another")
eq(ents("Hal itu disampaikan kata Budi Santoso, Jakarta."), "per:Budi Santoso|loc:Jakarta",
   "a person next to a verb of saying is not listed with a place")
eq(ents("Direktur Utama PT Sinar Bahari Makmur Dewi Anggraini mengatakan ekspor naik."),
   "org:PT Sinar Bahari Makmur|per:Dewi Anggraini", "a company's officer after its name, a verb of saying")
eq(ents("Analis PT Mitra Dana Sekuritas Bayu Pratama menaikkan target. Menurut Bayu, laba naik."),
   "org:PT Mitra Dana Sekuritas|per:Bayu Pratama|per:Bayu", "a company's officer named again alone")
eq(ents("Direktur PT Sinar Bahari Makmur Sentosa menolak berkomentar."), "org:PT Sinar Bahari Makmur Sentosa",
   "no evidence, no officer")
eq(ents("Pada rapat itu Harjono mengatakan target tercapai."), "per:Harjono", "mengatakan is a verb of saying")
eq(ents("The union Equity said its members would strike."), "org:Equity", "a noun naming an organisation")
eq(ents("The goal came from Winger Marcus Tavernier after Brentford FC pressed."),
   "per:Marcus Tavernier|org:Brentford FC", "a club's tail; a player's role")
eq(ents("Deputy Prime Minister Fadillah Yusof said the plan was ready."), "per:Fadillah Yusof", "an English title")
eq(ents("Pengerusi Lembaga Pengarah Ahmad Faizal berkata demikian."), "per:Ahmad Faizal", "a Malay title")
eq(ents("Tuntutan Jaksa Penuntut Umum (JPU) Kejaksaan Negeri Medan, Hendra Saputra, ringan."),
   "org:Kejaksaan Negeri Medan|per:Hendra Saputra", "the acronym of a role names nobody")
eq(ents("Bantuan dihantar oleh Jabatan Kebajikan Masyarakat Sabah (JKMS) semalam."),
   "org:Jabatan Kebajikan Masyarakat Sabah|org:JKMS", "acronym from the head's first letter")
eq(ents("Bot Angkatan Pertahanan Awam Selangor (APS) tiba semalam."),
   "org:Angkatan Pertahanan Awam Selangor|org:APS", "the head and institution words an acronym leaves out")
eq(ents("Laga digelar di Stadion Gelora B.J. Habibie, Parepare."),
   "loc:Stadion Gelora B.J. Habibie|loc:Parepare", "dotted initials inside a building's name")
eq(ents("Rumahnya di Jalan K.H. Ahmad Dahlan."), "loc:Jalan K.H. Ahmad Dahlan", "dotted initials after Jalan")
eq(ents("Ia menulis di media sosial X. Kunjungan itu berakhir di Pyongyang."), "loc:Pyongyang",
   "a single capital ending a sentence")
eq(ents("Sidang digelar di Jalan Pendidikan."), "loc:Jalan Pendidikan", "a street named by a common noun")
eq(ents("Hospitals in the East Midlands were the worst."), "loc:East Midlands", "in the PLACE")
eq(ents("Menteri Kesenian, Kebudayaan dan Seni Persembahan Sabah Datuk Amir Hamzah berkata."),
   "loc:Sabah|per:Amir Hamzah", "nouns of a portfolio are no person")
eq(ents("The former striker of Arema Malang said so."), "org:Arema|loc:Malang", "striker of a club")
eq(ents("He bought shares of Sinar Mas last year."), "org:Sinar Mas", "shares of a company")
eq(ents("Harga saham Telkom naik."), "org:Telkom", "saham of a company")
eq(ents("Banjir melanda Isabela province pada Senin."), "loc:Isabela", "a lower-case kind of place after a name")
eq(ents("Kata pelatih Shin kepada wartawan."), "per:Shin", "a lower-case role before one word")
eq(ents("Pada pertemuan itu José Ramos-Horta menegaskan dukungannya."), "per:José Ramos-Horta",
   "a letter with a diacritic inside a name")
eq(ents("Presiden Brasil Luiz Inácio Lula da Silva tiba kemarin."), "loc:Brasil|per:Luiz Inácio Lula da Silva",
   "first names before a known person")
eq(ents("Kata juru bicara Koperasi Sejahtera Vladimir Putin dalam pengarahan."),
   "org:Koperasi Sejahtera|per:Vladimir Putin", "a known person closes an organisation's name")
eq(ents("A Bangkok-based trader said prices fell."), "loc:Bangkok", "an English compound's participle")
eq(ents("Data itu dirilis DPMD Jawa Barat pada Senin. Menurut DPMD, anggaran cukup."),
   "org:DPMD Jawa Barat|org:DPMD", "an unknown acronym and a known place; the acronym alone later")
eq(ents("Data Lembaga Riset Pangan (LRP) naik. Menurut data LRP, harga turun."),
   "org:Lembaga Riset Pangan|org:LRP|org:LRP", "an acronym the text defined, alone later")
eq(ents("Kata Menteri Kesehatan Dr. Budi Gunadi kepada wartawan."), "per:Budi Gunadi",
   "a title with its stop does not end the run")
eq(ents("Ia bertemu Prof. Harun di kampus."), "per:Harun", "one word after a title with its stop")
eq(ents("Data Gabungan Pengusaha Kelapa Sawit Indonesia (Gapki) menunjukkan kenaikan."),
   "org:Gabungan Pengusaha Kelapa Sawit Indonesia|org:Gapki", "a word-like acronym closes a head's name")
eq(ents("Presiden Direktur PT Astra International Tbk Djony Bunarto Tjondro menyampaikan hal itu."),
   "org:PT Astra International Tbk|per:Djony Bunarto Tjondro", "a company's name ends at its legal form")
eq(ents("Shares of PT Bank Central Asia Tbk rose 2 per cent."), "org:PT Bank Central Asia Tbk",
   "a sentence opening with a common noun and of")
eq(ents("He worked for Standard Chartered Bank in Hong Kong."), "org:Standard Chartered Bank|loc:Hong Kong",
   "Bank closes an organisation")
eq(ents("Menurut Direktur Bank, kredit naik."), "", "a bare tail after a title")
eq(ents("Juru bicara Kementerian Luar Negeri Roy Soemirat mengatakan WNI aman."),
   "org:Kementerian Luar Negeri|per:Roy Soemirat", "a word of a name before is no preposition")
eq(ents("Kerja sama antara Budi Santoso dan Jakarta Propertindo berjalan baik."),
   "per:Budi Santoso|loc:Jakarta", "a known place running on is no list of places")
eq(ents("The plan was approved by the Energy, Science and Technology Ministry on Monday."),
   "org:Energy, Science and Technology Ministry", "institution words listed before the word of their kind")
eq(ents("Israeli raids in the West Bank killed two."), "loc:West Bank", "a known place ending in a tail word")
eq(ents("Menurut Yang Berhormat Dato Seri Setia Awang Haji Hamdan bin Haji Yusof, hasil meningkat."),
   "per:Hamdan bin Haji Yusof", "Brunei honorifics in a row; a father's title in a patronymic")
eq(ents("Turut hadir, Tuan Yang Terutama Kwok Meiling dan Dayang Hajah Salmah binti Haji Ali."),
   "per:Kwok Meiling|per:Salmah binti Haji Ali", "Yang Terutama and Dayang Hajah are honorifics")
eq(ents("Divers from the Bureau of Fire Protection joined the search."), "org:Bureau of Fire Protection",
   "Fire and Protection are institution words")
eq(ents("Heavy rain is expected, the Central Weather Administration said."),
   "org:Central Weather Administration", "Administration closes an organisation")
eq(ents("Menurut Agensi Pengurusan Bencana Negara (NADMA), banjir teruk."),
   "org:Agensi Pengurusan Bencana Negara|org:NADMA", "Agensi opens an organisation")
eq(ents("Kontrak diberikan oleh Pentadbiran Am Kastam Jepun (JCA) semalam."),
   "org:Pentadbiran Am Kastam Jepun|org:JCA", "Pentadbiran, Am and Kastam are institution words")
eq(ents("Penerbangan dari Lapangan Terbang Antarabangsa Kuala Lumpur ditangguhkan."),
   "loc:Lapangan Terbang Antarabangsa Kuala Lumpur", "Lapangan opens a place name of several words")
eq(ents("Beliau merasmikan Pesta Buah Bentong di sini."), "", "Pesta is an event")
eq(ents("Officials said Tamsui, Luzhou and Yanshui townships were hit, and aid reached Indigenous villages."),
   "loc:Tamsui|loc:Luzhou|loc:Yanshui", "a list before a plural noun of places")
eq(ents("Menurut peneliti Center for Studies on Trade Policy (CSTP), harga naik."),
   "org:Center for Studies on Trade Policy|org:CSTP", "on inside a name its acronym spells")
eq(ents("A farmer, Chen Ya-ting (陳雅婷), said the crop was lost."), "per:Chen Ya-ting|per:陳雅婷",
   "a person's name in CJK characters in parentheses after the romanised one")
eq(ents("Kata Pengerusi Persatuan Penternak Ikan Muar, Tan Ah Kow, harga naik."),
   "org:Persatuan Penternak Ikan Muar|per:Tan Ah Kow", "a known place after two words closes a bare head's name")
eq(ents("Program itu dianjurkan oleh Persatuan Pelukis Malaysia (Pelukis) semalam. Presiden Pelukis hadir."),
   "org:Persatuan Pelukis Malaysia|org:Pelukis|org:Pelukis",
   "institution words continue a bare head's name; a word of it in parentheses is its short form")
eq(ents("Electricity was restored, Taichung Gas Co (Taigas) said on Monday."),
   "org:Taichung Gas Co|org:Taigas", "syllables of some words of an organisation spell its short form")
eq(ents("Laga digelar di Stadion Mandala Krida Raya (MKR) pada Sabtu. Suporter memadati MKR sejak sore."),
   "loc:Stadion Mandala Krida Raya|loc:MKR|loc:MKR", "the place head an acronym leaves out makes a place")
eq(ents("Rear Admiral Marites L. Dumaguing, commander of the fleet, said the boat sank."),
   "per:Marites L. Dumaguing", "a middle initial inside a name; Rear Admiral is a title")
eq(ents("Anggota Komisi B DPRD Kalimantan Timur, Budi Santoso, menolak."),
   "org:DPRD Kalimantan Timur|per:Budi Santoso", "a known organisation and a place of several words")
eq(ents("Menurut data Kementerian Luar Negeri, Jakarta menerima paling banyak."),
   "org:Kementerian Luar Negeri|loc:Jakarta", "a place after a comma is not part of the organisation")
eq(ents("Sejumlah daerah di Kupang mengalami kekeringan, termasuk di Kendari Barat."),
   "loc:Kupang|loc:Kendari Barat", "Sejumlah opens a sentence; a known place with a direction")
eq(ents("Gol dicetak Dimas Saputra pada menit ke-20.\nPencetak gol:\nPersija: Dimas Saputra 20'\n"
   .. "Hasil ini membuat tim tuan rumah naik ke posisi ketiga klasemen sementara dengan total 40 poin."),
   "per:Dimas Saputra|org:Persija|per:Dimas Saputra", "a person named before in a list line is one person")
eq(ents("Beliau hadir pada Majlis Menandatangani Memorandum Persefahaman di Kuching."), "loc:Kuching",
   "an institution's head and a meN- verb is a ceremony")
eq(ents("Keputusan dibuat oleh Majlis Mesyuarat Kerajaan Negeri semalam."),
   "org:Majlis Mesyuarat Kerajaan Negeri", "Mesyuarat is no meN- verb")
eq(ents("Penyaluran Revitalisasi Pasar Rakyat (RPR) dimulai pekan depan."), "", "a process opens a programme")
eq(ents("Queues stretched back from the Bangunan Sultan Ahmad customs complex."),
   "loc:Bangunan Sultan Ahmad", "a building named after a titled person")
eq(ents("Kilang itu terletak di Kawasan Perindustrian Pasir Gudang sejak 1990."),
   "loc:Kawasan Perindustrian Pasir Gudang", "an area named by its use and a name")
eq(ents("Benih itu dibekalkan oleh Jabatan Perikanan dan Akuakultur bersama syarikat swasta."),
   "org:Jabatan Perikanan dan Akuakultur", "an unknown last institution word after dan")
eq(ents("Harga belian ditetapkan oleh Lembaga Pemasaran Kopi Sabah minggu lalu."),
   "org:Lembaga Pemasaran Kopi Sabah", "institution words, one word and a place")
eq(ents("Taichung City Health Department Director Chen Wei-lun said the clinics would reopen."),
   "org:Taichung City Health Department|per:Chen Wei-lun", "an office closed by its tail word before a title")
eq(ents("The commander of Coast Guard District Northern Mindanao said the search goes on."),
   "org:Coast Guard District Northern Mindanao", "a tail-closed organisation's regional branch")
eq(ents("The boat sank off the Tabuan Islands. The Tabuan group is remote."),
   "loc:Tabuan Islands|loc:Tabuan", "a place tagged with its kind word names the place alone too")
eq(ents("Calls to the East Anglia Ambulance Service rose sharply."), "org:East Anglia Ambulance Service",
   "Service closes an organisation")
eq(ents("He worked at Silver Bay Logistics in Kowloon."), "org:Silver Bay Logistics|loc:Kowloon",
   "Logistics closes an organisation")
eq(ents("Saham itu ditutup di Rp 4.950, sementara Indeks Harga Konsumen (IHK) naik."), "",
   "Rp is no place; an index is no organisation")
eq(ents("Penumpang turun di Stasiun Kebon Atas, Bandung."), "loc:Stasiun Kebon Atas|loc:Bandung",
   "Atas closes a place name")
eq(ents("Pengurus Besar syarikat itu, Ahmad Zaki, berkata begitu."), "per:Ahmad Zaki", "Pengurus Besar is a title")
eq(ents("KRL Commuter Line tertahan."), "", "a line is a service, not a person")
eq(ents("Kasus terbanyak ditemukan di Baleendah, Dayeuhkolot, dan Sukaraharja yang kerap banjir."),
   "loc:Baleendah|loc:Dayeuhkolot|loc:Sukaraharja", "a list of places closed by , dan")
eq(ents("Typhoon Marilou left 9 dead. The typhoon weakened. PAGASA said Marilou made landfall."),
   "org:PAGASA", "a storm's name names no person later")
eq(ents("They won 2-1 at Jalan Kukoh Stadium on Sunday."), "loc:Jalan Kukoh Stadium",
   "a street's name with a building's kind after it")
eq(ents("Korban dirujuk ke RSUD Hj. Siti Aminah, kata dia."), "org:RSUD Hj. Siti Aminah",
   "an institution named after a person with an abbreviated title")
eq(ents("Ketua Dewan Komisaris Budi Santoso mengatakan hal itu."), "per:Budi Santoso",
   "a board and its member")
eq(ents("Guru Besar SK Tulang-Tulang, Agnes Linus, berkata sekolahnya uzur."), "per:Agnes Linus",
   "a doubled word is no person's name; Guru Besar is a title")
eq(ents("Pelatih Stefan Böhm menyatakan timnya siap."), "per:Stefan Böhm",
   "a lower-case letter with a diacritic second in a name")
eq(ents("Pegawai Daerah itu, Datuk Wan Ku Ahmad Wan Ku Osman berkata, bot sudah disediakan."),
   "per:Wan Ku Ahmad Wan Ku Osman", "a titled name of six words before a verb of saying")
eq(ents("Rombongan tiba di Bandara Internasional Sultan Mahmud, Kuala Terengganu."),
   "loc:Bandara Internasional Sultan Mahmud|loc:Kuala Terengganu", "a word of rank opens a site's name")
eq(ents("Kejohanan itu berlangsung di Stadium Nasional Bukit Jalil."), "loc:Stadium Nasional Bukit Jalil",
   "Stadium opens a site's name")
eq(ents("Firefighters from the Penang Fire and Rescue Department rushed to the scene."),
   "org:Penang Fire and Rescue Department", "a known place opens institution words listed before their kind")
eq(ents("Kementerian Koordinator Bidang Perekonomian, Airlangga Hartarto, menyebut."),
   "org:Kementerian Koordinator Bidang Perekonomian|per:Airlangga Hartarto", "Perekonomian is an institution word")
eq(ents("Ketua Polis Johor Datuk R. Selvam berkata suspek ditahan."), "loc:Johor|per:R. Selvam",
   "an initial opening a person's name after a title")
eq(ents("Ia melaju ke final Malaysia Masters 2025 usai menang. Thailand Open 2024 ditunda."), "",
   "a name before a year is an event's")
eq(ents("Kinerja Bank Mandiri 2024 naik, begitu pula Garuda Indonesia 2024."),
   "org:Bank Mandiri|org:Garuda Indonesia", "a known party before a year is no event")
eq(ents("Di babak semifinal nanti, ganda putri Nadia Putri kalah.\nJadwal Babak Semifinal\nNadia Putri vs Kim Ha-eun"),
   "per:Nadia Putri|per:Nadia Putri|per:Kim Ha-eun", "a phrase of words written in lower case elsewhere is no person")
eq(ents("Tampines Rovers won 2-0 on Sunday. Rovers captain Daniel Bennett scored."),
   "org:Tampines Rovers|org:Rovers|per:Daniel Bennett", "the last word of a known organisation names it alone")
eq(ents("The mayor visited the site in Cianjhen District on Friday."), "loc:Cianjhen District",
   "a kind of place that is also a place head closes a place")
eq(ents("The order covers Mae Rim, Hang Dong, San Kamphaeng and Chom Thong districts."),
   "loc:Mae Rim|loc:Hang Dong|loc:San Kamphaeng|loc:Chom Thong", "a list of names of two words before a plural of places")
eq(ents("Many fled to Kani Township on Monday. Troops clashed between Kani and Budalin later."),
   "loc:Kani Township|loc:Kani|loc:Budalin",
   "Township closes a place, the name alone is the place too, and a list goes on from it")
eq(ents("Menteri Utama Sarawak Datuk Amar Julian Tingang Anak Jelu berkata, air sampai. Tuai rumah Jimbai anak Nyalong berkata lagi."),
   "loc:Sarawak|per:Julian Tingang Anak Jelu|per:Jimbai anak Nyalong", "an Iban patronymic with anak; Datuk Amar is a title")
eq(ents("Pengurus Besar Kelab, Datuk Lukman Hakim Sazali berkata, tiket habis."), "per:Lukman Hakim Sazali",
   "a one-word title inside a titled name is a given name; Kelab heads organisations")
eq(ents("Direktur Jenderal Perdagangan Luar Negeri Kemendag, Anton Setiadi Purba, mengatakan."),
   "org:Kemendag|per:Anton Setiadi Purba", "Luar Negeri is foreign, no place head")
eq(ents("The Kani People's Defence Force (PDF) said. China's People's Liberation Army moved."),
   "org:Kani People's Defence Force|org:PDF|loc:China|org:People's Liberation Army",
   "People's inside a name; a place's name before the name its acronym spells; Force and Army close names")
eq(ents("The UN Office for the Coordination of Humanitarian Affairs (OCHA) said, citing the Sagaing Conflict Monitor."),
   "org:UN Office for the Coordination of Humanitarian Affairs|org:OCHA|org:Sagaing Conflict Monitor",
   "an organisation's acronym before one of its bodies; Monitor closes a name")
eq(ents("Skuad Johor Darul Ta\xe2\x80\x99zim (JDT) menang. Kata Japan\xe2\x80\x99s Hitachi lagi."),
   "org:Johor Darul Ta\xe2\x80\x99zim|org:JDT|loc:Japan|org:Hitachi",
   "a typographic apostrophe inside a name, not a possessive")
eq(ents("Kemarin Dinas Perdagangan Kota Solo (Disdag) memastikan. Kepala Disdag, Heru Santosa, mengatakan."),
   "org:Dinas Perdagangan Kota Solo|org:Disdag|org:Disdag|per:Heru Santosa",
   "a short form that leaves out a noun's affix; Dinas gives Dis")
eq(ents("KUALA LUMPUR: Permata Sawit Holdings Bhd's net profit rose, it said in a filing with Bursa Malaysia. In Permata Sawit, output rose."),
   "loc:KUALA LUMPUR|org:Permata Sawit Holdings Bhd|org:Bursa Malaysia|org:Permata Sawit",
   "a company's name without its tail words; Bursa heads an exchange")
eq(ents("Nirun told reporters at Chiang Mai City Hall, according to Swiss air quality data. The watchdog Ofcom said."),
   "loc:Chiang Mai City Hall|org:Ofcom", "City Hall after a known place; Swiss is a demonym; a watchdog names an organisation")
eq(ents("Rapat digelar di Kompleks Parlemen, Senayan, Jakarta, Rabu. Di Gedung Kementerian Keuangan ada rapat."),
   "loc:Kompleks Parlemen|loc:Senayan|loc:Jakarta|org:Kementerian Keuangan",
   "a building named by an institution's head alone")
eq(ents("The state-run The Global New Light of Myanmar reported on Monday. The court in The Hague ruled."),
   "org:The Global New Light of Myanmar|loc:The Hague", "a capitalised The inside a sentence opens a name")
-- unseen6 rules: a tail and the one-word place a firm's arm serves; a
-- school named after its estate; a company's whole name before an acronym
-- spelling only its last words; names called by the word before "anak"/"bin"
-- or after a leading Muhammad; Komite, Perumda, Sekuritas, Atty., Tuai Rumah.
eq(ents("Analis Mirae Asset Sekuritas Indonesia, Bernadette Wulandari, menilai penguatan itu."),
   "org:Mirae Asset Sekuritas Indonesia|per:Bernadette Wulandari", "a tail and its country")
eq(ents("Nasi diberi kepada pelajar Sekolah Menengah Kebangsaan Taman Cempaka (SMK Taman Cempaka) yang terletak."),
   "org:Sekolah Menengah Kebangsaan Taman Cempaka|org:SMK Taman Cempaka", "a school named after its estate")
eq(ents("Sementara itu, saham PT Mandala Tambang Mineral Tbk (MDTM) naik 4,2 persen."),
   "org:PT Mandala Tambang Mineral Tbk|org:MDTM", "a company before an acronym of its last words")
eq(ents("Menurut Datuk Michael Liman anak Langgi, sistem itu baik. Liman said the hybrid systems work."),
   "per:Michael Liman anak Langgi|per:Liman", "the word before a patronymic names the person")
eq(ents("Ahli Dewan, Ustaz Muhammad Faiz Hamdan mendesak kerajaan. Faiz yang mewakili rakyat berkata."),
   "per:Muhammad Faiz Hamdan|per:Faiz", "the word after a leading Muhammad names the person")
eq(ents("Hal itu kata Komite Disiplin PSSI kemarin."), "org:Komite Disiplin PSSI", "Komite opens an organisation")
eq(ents("LTO Assistant Secretary Atty. Leonora Bautista-Reyes said violators pay."),
   "per:Leonora Bautista-Reyes", "Atty. is a title")
eq(ents("MMDA chairman Romualdo Sarmiento Jr. said the rule holds. Sarmiento told reporters."),
   "per:Romualdo Sarmiento Jr.|per:Sarmiento", "Jr. keeps its stop; the surname before it names the person")
eq(ents("Warga Kelurahan Gedung Johor mengantre. Pipa bocor di bawah Jalan Sisingamangaraja Km 8. Kebocoran besar."),
   "loc:Kelurahan Gedung Johor|loc:Jalan Sisingamangaraja", "an area named after a site; a milestone is no word of a road")
eq(ents("Deputy Minister of Utility and Telecommunication Datuk Michael Liman said the systems work."),
   "per:Michael Liman", "a portfolio of two nouns before the holder's title names nobody")
eq(ents("The longhouse chief, Tuai Rumah Sanggau Anak Ringkai, 67, said the community spent more."),
   "per:Sanggau Anak Ringkai", "a one-word place before a patronymic is a given name")
eq(ents("A study by the University of the Philippines National Center for Transportation Studies found more."),
   "org:University of the Philippines|org:National Center for Transportation Studies",
   "a head's complement ending at a place, then a body of its own")
eq(ents("said the Center for Strategic and International Studies in Washington."),
   "org:Center for Strategic and International Studies|loc:Washington", "Strategic, Studies are institution words")
eq(ents("Bahagian Penguatkuasaan Kastam Selangor turut menahan 3 orang. Projek dilaksanakan di Bahagian Kapit dengan kos tinggi."),
   "org:Bahagian Penguatkuasaan Kastam Selangor|loc:Bahagian Kapit",
   "a head of both kinds opens an organisation before institution words, else a place")
eq(ents("said Col. Ramil Tolentino of the police. Kata Supt. Ahmad Ali semalam."),
   "per:Ramil Tolentino|per:Ahmad Ali", "abbreviated ranks with their stop are titles")
eq(ents("Seorang pelajar tingkatan empat, Amirul Hakim Roslan, 16 tahun, berkata dia gembira."),
   "per:Amirul Hakim Roslan", "a one-word title inside a name before an age is a given name")
eq(ents("Sebanyak 18.400 pelanggan Perumda Air Minum Tirtanadi di kawasan Medan Johor mengalami gangguan."),
   "org:Perumda Air Minum Tirtanadi|loc:Medan Johor", "Perumda is a legal form opening a company's name")
eq(ents("Kemarin Paguyuban Pedagang Pasar Nusukan mencatat 326 anggota. Persatuan Pengusaha Durian Raub menolak."),
   "org:Paguyuban Pedagang Pasar Nusukan|org:Persatuan Pengusaha Durian Raub",
   "Paguyuban heads organisations; a bare head's name may end in a site closing the run")
eq(ents("Menteri Utiliti dan Telekomunikasi Sarawak hadir. Presiden Widodo dan Prabowo Subianto hadir."),
   "loc:Sarawak|per:Widodo|per:Prabowo Subianto", "two nouns of a portfolio after a title name nobody")
eq(ents("He read the People's Daily, the China Daily and the New Straits Times on Monday."),
   "org:People's Daily|org:China Daily|org:New Straits Times", "Daily, Post, Times, Journal close a newspaper's name")
eq(ents("Ia melawat tapak projek di Rumah Panjang Nanga Entawau, semalam. Warga Negara Bagian Texas marah. Rumah Panjang itu lama."),
   "loc:Rumah Panjang Nanga Entawau|loc:Texas", "place heads of two words: a longhouse, a state before a known place")
eq(ents("said Daw Khin Thandar Myint, a farmer."), "per:Khin Thandar Myint", "Daw is a Burmese honorific")
eq(ents("Penduduk di 14 rumah panjang sepanjang Batang Baleh menikmati air di Bahagian Kapit."),
   "loc:Batang Baleh|loc:Bahagian Kapit", "Batang (a river) and Bahagian (a division) head places")
eq(ents("Bupati Batang Wihaji mengatakan hal itu. Pemkab Batang menolak."),
   "loc:Batang|per:Wihaji|org:Pemkab Batang", "Batang after a title is the regency")
-- titles (Undersecretary, Mdm, Cik, Penganalisis), product and service words
-- (Premium, Class, Bus, Signal, Kajian), place heads and tails (Halte,
-- Hutan Simpan, Telok, Avenue, Port, Temple), Perum and Perusahaan heads
eq(ents("Finance Undersecretary Marco Delgado said the rates would stay."), "per:Marco Delgado", "Undersecretary")
eq(ents("Kedai itu dikendalikan oleh Mdm Tan Bee Lian, 68, sejak 1990."), "per:Tan Bee Lian", "Mdm")
eq(ents("Menurut Cik Nurul Huda Kamal, permohonan dibuka esok."), "per:Nurul Huda Kamal", "Cik")
eq(ents("Penganalisis berpendapat saham itu masih murah."), "", "Penganalisis is no name")
eq(ents("Tiket kelas Business Premium dan First Class habis terjual."), "", "ticket classes")
eq(ents("Trans Contoh Bus melayani rute baru. Signal No. 3 was raised."), "", "a bus service, a storm signal")
eq(ents("Menurut Kajian Gizi Kebangsaan 2023, angka itu naik."), "", "a survey")
eq(ents("Bas berhenti di Halte Sukamaju Indah dan Halte Cempaka Putih."),
   "loc:Halte Sukamaju Indah|loc:Halte Cempaka Putih", "bus stops")
eq(ents("Api merebak di Hutan Simpan Bukit Contoh Selatan sejak Isnin."),
   "loc:Hutan Simpan Bukit Contoh Selatan", "a forest reserve")
eq(ents("Mereka berpindah ke Telok Gadong Besar bersama anak-anak."), "loc:Telok Gadong Besar", "Telok")
eq(ents("Traffic on Rizal Avenue and at Tanjung Port was heavy near Besakih Temple."),
   "loc:Rizal Avenue|loc:Tanjung Port|loc:Besakih Temple", "avenue, port, temple")
eq(ents("Gudang dikelola Perum Garam Nusantara. Pasokan dari Perusahaan Listrik Negara (PLN) stabil."),
   "org:Perum Garam Nusantara|org:Perusahaan Listrik Negara|org:PLN", "Perum, Perusahaan")
eq(ents("Ketua Himpunan Pedagang Nasional Minyak dan Gas Bumi mengakui."),
   "org:Himpunan Pedagang Nasional Minyak dan Gas Bumi", "oil and gas in an institution's name")
eq(ents("A spokesman for the Philippine Hotel and Restaurant Association said rooms were full."),
   "org:Philippine Hotel and Restaurant Association", "trade words before an association")
eq(ents("Direktur Standardisasi Kemenkes Dewi Anggraini Putri mengatakan hal itu."),
   "org:Kemenkes|per:Dewi Anggraini Putri", "a process word after a title is the title's field, no programme")
eq(ents("Direktur Standardisasi Dewi Anggraini Putri mengatakan hal itu."),
   "per:Dewi Anggraini Putri", "nor part of the name after it")
eq(ents("The vendor answered in Cantonese, then in Teochew, said Lee Ah Kow."), "per:Lee Ah Kow",
   "a Chinese language is no place")
eq(ents("Jakarta: Badan Penyelenggara Jaminan Sosial Kesehatan mencatat tunggakan."),
   "loc:Jakarta|org:Badan Penyelenggara Jaminan Sosial Kesehatan", "Jaminan continues an institution")
-- Bruneian and Cambodian honorifics, a permanent secretary, a profession before a name
eq(ents("Seorang peniaga, Dayang Norliza binti Haji Osman berkata, pasar sesak."),
   "per:Norliza binti Haji Osman", "Dayang alone is an honorific")
eq(ents("Ketua kampung itu, Awang Rahman bin Yusof berkata, penduduk gembira."),
   "per:Rahman bin Yusof", "Awang alone is an honorific")
eq(ents("Timbalan Setiausaha Tetap (Dasar) di Kementerian Pendidikan hadir."),
   "org:Kementerian Pendidikan", "a permanent secretary is a title")
eq(ents("Oknha Chea Vanna, chairman of the firm, said."), "per:Chea Vanna", "Oknha is a title")
eq(ents("Analyst Sok Dara of the institute said prices rose."), "per:Sok Dara", "Analyst is a role")
-- Malaysian Indian names keep "a/l" (son of) and "a/p" (daughter of)
eq(ents("Seorang penduduk, Ganesan a/l Muniandy, 45, berkata."), "per:Ganesan a/l Muniandy", "a/l")
eq(ents("Menurut Kavitha a/p Ramasamy, harga naik."), "per:Kavitha a/p Ramasamy", "a/p")
-- place heads: a toll gate, a Malay station, a place closed by Lama/Luar/Baru
eq(ents("Polisi menutup jalur dari Gerbang Tol Cibubur, Bogor, sejak pagi."),
   "loc:Gerbang Tol Cibubur|loc:Bogor", "a toll gate")
eq(ents("Bas itu ke Stesen Bukit Jalil."), "loc:Stesen Bukit Jalil", "a Malay station")
eq(ents("Peniaga di Jalan Merdeka Luar berkumpul."), "loc:Jalan Merdeka Luar", "Luar closes a street")
-- "Block 4" is no place; a firm named after "consultancy"; "Management" closes a company
eq(ents("A cafe at Block 12 near the market and at Block C of the park."), "", "a block")
eq(ents("The data came from property consultancy Colliers Frank on Monday."), "org:Colliers Frank",
   "consultancy names a firm")
eq(ents("Zenith Fund Management, the manager, said."), "org:Zenith Fund Management", "a manager company")
-- English and Malay agency words
eq(ents("The plan came from the Ministry of Fisheries, Forestry and Tourism, officials said."),
   "org:Ministry of Fisheries, Forestry and Tourism", "commas in a ministry's name")
eq(ents("Aduan boleh dibuat kepada Perbadanan Pengurusan Sisa Pepejal hari ini."),
   "org:Perbadanan Pengurusan Sisa Pepejal", "a Malay corporation")
-- an acronym in capitals after an organisation names it even when it spells other words
eq(ents("Repairs cost BND3 million, the Public Works Department (JKR) said. JKR added that tests follow."),
   "org:Public Works Department|org:JKR|org:JKR", "a Malay acronym of an English name")
-- the word after a regional head's title, before a comma and the holder, is the place
eq(ents("Camat Sukamaju, Rudi Hartono Wijaya, menyebut kerugian besar."),
   "loc:Sukamaju|per:Rudi Hartono Wijaya", "Camat X, holder")
eq(ents("Menurut Bupati Cianjur, Herman Suherman, banjir surut."),
   "loc:Cianjur|per:Herman Suherman", "Bupati X, holder")
eq(ents("Kata Camat Sukamaju kemarin."), "per:Sukamaju", "no comma and name after it: the holder")
-- village names of two or three words closing the run
eq(ents("Penduduk Kampung Sungai Keruh berkata air naik."), "loc:Kampung Sungai Keruh", "Kampung Sungai X")
eq(ents("Petani di Kecamatan Way Kanan, Lampung, mengeluh."), "loc:Kecamatan Way Kanan|loc:Lampung",
   "Kecamatan of two words")
eq(ents("Rumah di Kampung Kuala Tanjung Lama rosak."), "loc:Kampung Kuala Tanjung Lama", "three words")
eq(ents("Warga Desa Sukamaju Kecamatan Cibadak datang."), "loc:Desa Sukamaju|loc:Kecamatan Cibadak",
   "a village and its district are two places")
-- a company's name ends before a second one joined by "dan"
eq(ents("Kami berkoordinasi dengan PT Beras Maju Jaya dan Perum Jasa Tirta agar cepat."),
   "org:PT Beras Maju Jaya|org:Perum Jasa Tirta", "two companies")
eq(ents("Saham PT Bank Maju dan Sejahtera naik."), "org:PT Bank Maju dan Sejahtera", "one company with dan")
-- a site's name does not run past a comma an organisation's run let in
eq(ents("Kepala Unit Pelaksana Teknis Terminal Bungurasih, Budi Santoso Wijaya, mengatakan."),
   "org:Unit Pelaksana Teknis|loc:Terminal Bungurasih|per:Budi Santoso Wijaya", "terminal, then its head")
-- a station named after a market; a main gate; a mayor's title
eq(ents("Kereta dari Stasiun Pasar Minggu dan Stasiun Manggarai penuh."),
   "loc:Stasiun Pasar Minggu|loc:Stasiun Manggarai", "a station named after a site")
eq(ents("Kendaraan melintasi Gerbang Tol Cibubur Utama menuju Jakarta."),
   "loc:Gerbang Tol Cibubur Utama|loc:Jakarta", "Utama closes a place")
eq(ents("Datuk Bandar Kuala Lumpur, Datuk Seri Ahmad Zaki berkata."), "loc:Kuala Lumpur|per:Ahmad Zaki",
   "Datuk Bandar is a title")
-- a title word inside a three-word name set off by commas
eq(ents("Petugas di Surabaya, Budi Hakim Santoso, mengatakan."), "loc:Surabaya|per:Budi Hakim Santoso",
   "Hakim as a given name")
-- a father's name after bin/binti may be a common word or a word of places
eq(ents("Menurut Salim bin Tengah, penduduk gembira."), "per:Salim bin Tengah", "bin + a direction word")
eq(ents("Menurut Siti binti Selasa, pasar sesak."), "per:Siti binti Selasa", "binti + a weekday")
-- a town's name closing a Burmese name after a title; a State ... Council is an organisation
eq(ents("Dr Nyein Chan Soe, an economist, said."), "per:Nyein Chan Soe", "a place word as the last of a name")
eq(ents("The State Planning Council (SPC) met. The SPC said."), "org:State Planning Council|org:SPC|org:SPC",
   "an organisation's tail over a place head")
-- a known agency named "Programme" is no programme
eq(ents("Aid from the World Food Programme arrived in the camps."), "org:World Food Programme", "a UN agency")
eq(ents("The Merdeka Generation Programme starts."), "", "a programme stays untagged")
-- a people's adjective in a list of places is none; the British spelling of a region; French "du"
eq(ents("Exports to Bhutanese and Nepal buyers rose."), "loc:Nepal", "a demonym is no place")
eq(ents("Demand in South-east Asia is resilient."), "loc:South-east Asia", "South-east Asia")
eq(ents("The group asked Electricite du Laos (EDL) to cut tariffs."), "org:Electricite du Laos|org:EDL",
   "du inside a firm's name")
-- a police general's "Pol.", a firm's communication officer, a numbered regulation
eq(ents("kata Kepala Korlantas Polri, Irjen Pol. Budi Santoso di Jakarta."),
   "org:Polri|per:Budi Santoso|loc:Jakarta", "Irjen Pol.")
eq(ents("kata Vice President Corporate Communication Jasa Marga, Dewi Lestari."),
   "org:Jasa Marga|per:Dewi Lestari", "a communication officer's title")
eq(ents("Tarif itu diatur dalam Perbup Nomor 7 Tahun 2024, yakni murah."), "", "a numbered regulation")
-- a village's hall is a place; Mei/May as a Chinese given name
eq(ents("Majlis diadakan di Dewan Kampung Sengkurong semalam."), "loc:Dewan Kampung Sengkurong", "a village hall")
eq(ents("Dewan Rakyat bersidang."), "org:Dewan Rakyat", "a council stays one")
eq(ents("Pensyarah kanan UKM, Prof Madya Dr Lim Mei Hua berkata, banjir teruk."),
   "org:UKM|per:Lim Mei Hua", "Mei inside a Chinese name")
eq(ents("Banjir berlaku pada 3 Mei lalu di Klang."), "loc:Klang", "Mei as a month")
-- a currency's letters before "$" end no name and start none
eq(ents("The rest comes from loans by OCBC Bank and S$40 million of cash."), "org:OCBC Bank", "S$ after a bank")
eq(ents("He paid HK$5 to Li Wei, who sells fish."), "per:Li Wei", "HK$ is no name")
-- an unknown run of name-like words is a person's name only on evidence:
-- the same two words are a product launched, a resident, a speaker named
-- again alone
eq(ents("The launch of Nova Horizon drew crowds on Monday."), "", "no evidence, no person")
eq(ents("Nova Horizon, a resident of Bedok, said the queue was long."), "per:Nova Horizon|loc:Bedok",
   "a person apposition")
eq(ents("The launch of Nova Horizon drew crowds. Horizon thanked them."), "per:Nova Horizon|per:Horizon",
   "a word of the run mentioned alone")
-- forms of address before a name are dropped like titles, in Indonesian,
-- Papuan and Malay usage and the American spelling of a council member
eq(ents("Rumah Pak Wiryo Sudarmo dekat pasar. Kata Bu Lastri Handoko, pasar sepi."),
   "per:Wiryo Sudarmo|per:Lastri Handoko", "Pak and Bu are no part of the name")
eq(ents("Seorang penjual, Mama Welmina Rumbiak (52), mengeluh."), "per:Welmina Rumbiak", "Mama")
eq(ents("Guru kelas, Cikgu Zaharah Mat Din, berkata murid gembira."), "per:Zaharah Mat Din", "Cikgu")
eq(ents("Councilor Jose Ramon Ybanez said the road will be fixed."), "per:Jose Ramon Ybanez", "Councilor")
-- more evidence of a person: an occupation in lower case before the name,
-- an age as an adjective in the apposition, a Malay police rank, an
-- honorific closing a name before an age or a verb of saying (it titles
-- nobody there), a Balinese woman's "Ni" before an order name
eq(ents("The figures, says the historian Tobias Wrenfield, tell another story."), "per:Tobias Wrenfield",
   "an occupation before the name")
eq(ents("Kata peneliti Larasati Ayuningtyas, hasil panen turun."), "per:Larasati Ayuningtyas", "peneliti")
eq(ents("Chea Sophal, a 38-year-old tailor, said prices rose."), "per:Chea Sophal", "a N-year-old apposition")
eq(ents("Menurut Inspektor Zulhilmi Arshad berkata, jalan ditutup."), "per:Zulhilmi Arshad", "a police rank")
eq(ents("Seorang peniaga, Norliza Dayang (52), berpindah."), "per:Norliza Dayang", "an honorific closing a name")
eq(ents("Di pasar, Norliza Dayang berkata rumahnya banjir."), "per:Norliza Dayang", "... before a verb of saying")
eq(ents("Dayang Norliza Osman berkata rumahnya banjir."), "per:Norliza Osman", "the honorific before a name")
eq(ents("Sejak pagi, Ni Kadek Sriasih menunggu giliran air."), "per:Ni Kadek Sriasih", "Ni and an order name")
eq(ents("Sejak pagi, Ni Luh Wiradani menunggu giliran air."), "per:Ni Luh Wiradani", "Ni Luh")
-- a word of good omen closes a cooperative's name after two words
eq(ents("Gula dibeli Koperasi Aren Cilacap Sejahtera setiap pekan."), "org:Koperasi Aren Cilacap Sejahtera",
   "good omen after a known place")
eq(ents("Gula dibeli Koperasi Aren Wangi Makmur setiap pekan."), "org:Koperasi Aren Wangi Makmur",
   "good omen after two words")
eq(ents("Ketua Koperasi Aren Wangi Makmur, Sutarno Adi (61), mengatakan harga naik."),
   "org:Koperasi Aren Wangi Makmur|per:Sutarno Adi", "good omen before a comma and the chairman")
-- two nouns of a portfolio after a title and before the body's acronym
-- name no one: the holder follows
eq(ents("Pengarah Bekalan dan Rawatan JBA, Encik Lim Ah Kow, berkata paip pecah."), "per:Lim Ah Kow",
   "a portfolio before an acronym")
-- an English given name before a Chinese name: the family name, second,
-- names the person alone later
eq(ents("said Vincent Goh Siew Lan, the fund's manager. Goh added that rents rose."),
   "per:Vincent Goh Siew Lan|per:Goh", "the family name after an English given name")
-- "dan" inside an office's name before words of its field and its place,
-- not before a person nor a second company
eq(ents("Program itu dijalankan Dinas Perikanan dan Ketahanan Laut Kabupaten Cilacap bersama nelayan."),
   "org:Dinas Perikanan dan Ketahanan Laut Kabupaten Cilacap", "dan + field words + place")
eq(ents("Kajian dibuat oleh Kementerian Sains dan Inovasi Sabah minggu lalu."),
   "org:Kementerian Sains dan Inovasi Sabah", "dan + a loan word in -si + place")
eq(ents("Dana dari Dinas Sosial dan Rudi Hartono tiba."), "org:Dinas Sosial|per:Rudi Hartono", "dan + a person")
eq(ents("Saham dijamin PT Contoh Sekuritas dan PT Lestari Sekuritas tahun ini."),
   "org:PT Contoh Sekuritas|org:PT Lestari Sekuritas", "two companies closed by a tail")
-- kinds of places after a name, heads of Malay roads and Thai canals and
-- temples, ranks before a name
eq(ents("The rubbish ends up at Tuas Landfill, officials said."), "loc:Tuas Landfill", "a landfill")
eq(ents("Ferries on Khlong Bang Luang stopped near Wat Chai Mongkhon."),
   "loc:Khlong Bang Luang|loc:Wat Chai Mongkhon", "a Thai canal and temple")
eq(ents("Deputy chief Pol Lt Col Anan Srisuk said the ferry was late."), "per:Anan Srisuk", "a Thai police rank")
eq(ents("Sekatan di Plaza Tol Bukit Kayu Hitam dan Lebuhraya Pantai Timur."),
   "loc:Plaza Tol Bukit Kayu Hitam|loc:Lebuhraya Pantai Timur", "a toll plaza and a highway")
-- a road between two known places, a known place + a word + a kind of
-- place, a road's number
eq(ents("Kemalangan berlaku di Jalan Ipoh-Lumut semalam."), "loc:Jalan Ipoh-Lumut", "a road between two places")
eq(ents("Traffic on Tampines Bird Road slowed."), "loc:Tampines Bird Road", "a place, a word and its kind")
eq(ents("Residents of Bedok North Avenue 4 complained."), "loc:Bedok North Avenue 4", "a road's number")
eq(ents("a house at Bedok Street 10, 2 rooms"), "loc:Bedok Street 10", "a road's number before a comma")
-- a one-word name between commas after an office names its holder; a list does not
eq(ents("Kata Ketua Persatuan Nelayan Contoh, Sukirman, harga ikan turun."),
   "org:Persatuan Nelayan Contoh|per:Sukirman", "a name set off by commas after an office")
eq(ents("Menurut pegawai BMKG, Hartini, hujan reda malam ini."), "org:BMKG|per:Hartini", "after an acronym")
eq(ents("Bantuan dari BNPB, Basarnas, dan TNI tiba."), "org:BNPB|org:Basarnas|org:TNI", "a list of organisations")
-- a company's officer of three names before a verb, after a title
eq(ents("Direktur PT Sinar Pangan Lestari Hendra Wijaya Lim menilai pasar lesu."),
   "org:PT Sinar Pangan Lestari|per:Hendra Wijaya Lim", "three-word officer after a company")
-- an abbreviated legal form keeps its full stop
eq(ents("The ferries belong to Siam River Co. and Nakhon Transit Inc. since May."),
   "org:Siam River Co.|org:Nakhon Transit Inc.", "Co. and Inc. keep the stop")
-- a place's name after a given name's opener is a given name; alone
-- before a verb of saying later, it is that person again
eq(ents("Pengarah Mohd Kedah Ismail berkata jalan ditutup. Kedah berkata kerja siap esok."),
   "per:Mohd Kedah Ismail|per:Kedah", "Mohd + a place's name")
eq(ents("Kedah said the road was closed."), "loc:Kedah", "a place alone stays a place")
-- a government named by its level is no place
eq(ents("Funds will come from the State Government, the minister said."), "", "the State Government")
-- an association named after an estate of several words; a cooperative's
-- place and a word of good omen closing its name
eq(ents("Pengerusi Persatuan Penduduk Taman Bukit Indah Jaya, Salmah Idris berkata paip bocor."),
   "org:Persatuan Penduduk Taman Bukit Indah Jaya|per:Salmah Idris", "an estate of three words")
eq(ents("Sementara itu Koperasi Nelayan Tuna Bitung Sejahtera mencatat hasil tangkapan naik."),
   "org:Koperasi Nelayan Tuna Bitung Sejahtera", "a place and a word closing a cooperative")
-- an event word right after a title, before an office, is the title's field
eq(ents("Kepala Bidang Operasi Dinas Perhubungan Kota Bekasi, Andri Saputra, mengatakan jalan ditutup."),
   "org:Dinas Perhubungan Kota Bekasi|per:Andri Saputra", "a title's field before an office")
-- a title after an institution's one-word name closes the name
eq(ents("Pakar Universitas Wirasakti Prof. Rina Lestari menilai harga naik."),
   "org:Universitas Wirasakti|per:Rina Lestari", "a title closes a bare head's name")
-- a firm closed by its tail and its officer's name before a verb, past a
-- title of two words
eq(ents("Kepala Riset Lintas Prima Sekuritas Yohanes Halim menilai saham bank menarik."),
   "org:Lintas Prima Sekuritas|per:Yohanes Halim", "a firm's tail, then its officer")
-- a listed name holding a possessive stays whole; a plain possessive is dropped
eq(ents("Relief trucks reached Cox's Bazar and Japan's envoy left."), "loc:Cox's Bazar|loc:Japan",
   "a possessive inside a listed name")
-- "St.", "Mt." and the Philippine "Ma." go on into the name
eq(ents("Pendaki berkumpul di Taman St. Thomas pagi tadi."), "loc:Taman St. Thomas", "a park named after a saint")
eq(ents("Health Undersecretary Ma. Teresa Villanueva-Cruz said clinics reopen."),
   "per:Ma. Teresa Villanueva-Cruz", "Ma. opens a Philippine given name")
-- a city's hall after a listed club named after the city is its council
eq(ents("Kuala Lumpur City Hall plans more bus lanes."), "org:Kuala Lumpur City Hall", "City Hall after a club")
-- a carnival, a campaign, a system or a credit scheme is no entity
eq(ents("Pembukaan Karnival Budaya Pesisir berlangsung di Dataran Pahlawan semalam."), "loc:Dataran Pahlawan",
   "a carnival is no person; a Malay square")
eq(ents("Petani bisa memakai Kredit Pertanian Desa (KPD) mulai bulan depan."), "", "a credit scheme")
-- a state firm's legal form in parentheses is part of its name
eq(ents("Pasokan dijamin PT Pupuk Contoh (Persero) Tbk tahun ini."), "org:PT Pupuk Contoh (Persero) Tbk",
   "(Persero) Tbk")
-- hamlets and Minangkabau villages, wildlife and nature reserves
eq(ents("Warga Dusun Krajan Lor mengungsi ke balai desa."), "loc:Dusun Krajan Lor", "a hamlet")
eq(ents("Jejak gajah terlihat di Jorong Padang Laweh, kata warga."), "loc:Jorong Padang Laweh", "a Minangkabau village's part")
eq(ents("Rusa itu dilepas ke Suaka Margasatwa Bukit Rimbang Baling pekan lalu."),
   "loc:Suaka Margasatwa Bukit Rimbang Baling", "a wildlife reserve")
-- names opening with a capital of Latin Extended-A or Additional
-- (Vietnamese, Polish), and a name between spaces is not "seen in lower case"
eq(ents("Minister Phạm Đức Thắng said the Đà Nẵng Port would grow."),
   "per:Phạm Đức Thắng|loc:Đà Nẵng Port", "Vietnamese names")
eq(ents("Residents near Lê Lợi Street told Trần Thị Ngọc Ánh about the floods."),
   "loc:Lê Lợi Street|per:Trần Thị Ngọc Ánh", "Vietnamese street and person")
eq(ents("The club signed Łukasz Żukowski, who arrived last week."), "per:Łukasz Żukowski", "Polish capitals")
eq(ents("The club signed Éric Dubois, who arrived last week."), "per:Éric Dubois", "a Latin-1 capital between spaces")
-- a mixed-case short form defined in parentheses opens no person's name
eq(ents("Lembaga Riset Pangan Nusantara (Lirpanus) merilis kajian. Peneliti Lirpanus Dewi Anggraini Putri menilai stok aman."),
   "org:Lembaga Riset Pangan Nusantara|org:Lirpanus|org:Lirpanus|per:Dewi Anggraini Putri", "a defined short form before a name")
eq(ents("Lembaga Riset Pangan Nusantara (Lirpanus) merilis kajian. Peneliti Lirpanus, Dewi Anggraini Putri, menilai stok aman."),
   "org:Lembaga Riset Pangan Nusantara|org:Lirpanus|org:Lirpanus|per:Dewi Anggraini Putri", "a role word before a defined short form")
-- the Malay "near" before a place; a road's milestone is no place
eq(ents("Sebuah lori terbalik berhampiran Lubokaran petang semalam."), "loc:Lubokaran", "berhampiran + a place")
eq(ents("Jalan ditutup di Km 14 sejak pagi."), "", "a milestone alone")
-- a body's part after an organisation's tail closes the organisation
eq(ents("Officers of the Coast Guard Division boarded the ferry."), "org:Coast Guard Division", "a division after a tail")
-- a newspaper named "X News"
eq(ents("The mayor told Mekong Valley News that fares would stay."), "org:Mekong Valley News", "X News")
-- an institution closed by the state's formal name; the republic alone is a place
eq(ents("Laporan itu diserahkan ke Ombudsman Republik Indonesia kemarin."), "org:Ombudsman Republik Indonesia",
   "an institution and the republic")
eq(ents("Presiden Republik Indonesia hadir."), "loc:Republik Indonesia", "the republic alone")
-- a one-word name with an apposition naming a kind of organisation
eq(ents("The app was built by Tukarin, a small startup based in Penang."), "org:Tukarin|loc:Penang",
   "an apposition naming a startup")
eq(ents("The app was designed by Halim, the company founder, last year."), "", "the company's founder is no company")
-- a title's portfolio with its part in parentheses is no person
eq(ents("Timbalan Menteri Sains (Teknologi Hijau) Sabah, Datuk Amin Yusof berkata, makmal dibuka."),
   "loc:Sabah|per:Amin Yusof", "a portfolio and its part in parentheses")
-- a general's rank with "Pol" and no stop is a title: the name has no "Pol"
eq(ents("Keterangan itu disampaikan Brigjen Pol Andi Rahmat Saputra di markas."),
   "per:Andi Rahmat Saputra", "police general's rank with Pol")
-- a commission of a regional parliament keeps the parliament's place
eq(ents("Rapat Komisi II DPRD Pekanbaru, Senin, membahas banjir."), "org:Komisi II DPRD Pekanbaru",
   "commission of a regional parliament")
-- an English ministry's fields joined by "and" are one name
eq(ents("A statement from the Department of Natural Resources and Environment came on Friday."),
   "org:Department of Natural Resources and Environment", "fields joined by and")
eq(ents("Officials of the Ministry of Energy and Mines met."), "org:Ministry of Energy and Mines", "energy and mines")
-- a name set off by commas between a lower-case phrase and a verb is a person's
eq(ents("Pemilik bengkel, Yosua Marbun, mengaku rugi."), "per:Yosua Marbun", "name set off by commas")
-- also with a place's name inside it, which names the person alone later
eq(ents("Kepala sekolah, Yohanes Medan Saputra, menyebut atap bocor. Menurut Medan, perbaikan butuh dana."),
   "per:Yohanes Medan Saputra|per:Medan", "a place's name inside a person's")
-- a place after an Acehnese noble's opener is a given name, used alone later
eq(ents('Ketua nelayan Teuku Jambi Ismail menilai cuaca buruk. "Kami libur," kata Jambi.'),
   "per:Teuku Jambi Ismail|per:Jambi", "Teuku opens a name")
-- a place set off by commas is followed by its own clause, not a verb
eq(ents("Di pasar lama, Tanah Abang, pedagang ramai."), "loc:Tanah Abang", "a place set off by commas")
-- an office's holder after a comma closing the sentence
eq(ents("Pernyataan itu disampaikan Kepala Dinas Perikanan Sulawesi Utara, Yosua Marbun."),
   "org:Dinas Perikanan Sulawesi Utara|per:Yosua Marbun", "office holder at the sentence's end")
-- a place's name right after an honorific with its stop is a given name;
-- after an office it is the office's place
eq(ents("Kata Ir. Jambi Saputra kemarin. Kata Gubernur Jambi kemarin."),
   "per:Jambi Saputra|loc:Jambi", "a place's name after Ir.")
do
  local function dl_ents(text, site)
    local d = mkdoc(text)
    d.meta.site = site
    entities.stage(d)
    local e = d.meta.entities
    return table.concat(e.organization, ",") .. "/" .. table.concat(e.location, ",")
  end
  local line = "SUARA KOTA - Warga kota berkumpul di alun-alun sejak pagi untuk menyambut rombongan."
  eq(dl_ents(line, "suara-kota.com"), "SUARA KOTA/", "a dateline's place that spells the site is the outlet")
  eq(dl_ents(line, "example.com"), "/SUARA KOTA", "a dateline's place")
  eq(dl_ents("Warga berkumpul di alun-alun kota sejak pagi, kata Budi Santoso kepada suarakota. "
             .. "Lihat suarakota.com dan www.suarakota.com untuk info.", "suarakota.com"),
     "suarakota/", "the outlet naming itself in lower case")
  eq(dl_ents("Warga mendengar suara gemuruh dari arah gunung sejak pagi, kata Budi Santoso kepada wartawan.",
             "suara.com"), "/", "a site's name as a common word")
  eq(dl_ents("The stall owner's daughter told Contohwire that the lease ends in May. Contohwire Media and "
             .. "Contohwire staff were there.", "contohwire.sg"),
     "Contohwire/", "the outlet named with a capital inside a sentence, not at its start nor before a name")
  eq(dl_ents("Myanmar Now was unable to reach the military in Myanmar. MYANMAR NOW said. Myanmar Nowhere.",
             "myanmar-now.org"), "Myanmar Now/Myanmar",
     "the outlet named with capitals in the story, before the tagger's spans")
  eq(dl_ents("Warga berkumpul sejak pagi. Tinjauan Contohwire di pasar mendapati harga naik.", "contohwire.my"),
     "Contohwire/", "the outlet after a cue opening the sentence")
  eq(dl_ents("Water rose in the lanes. Contohwire Jakarta has asked the agency for comment.", "contohwire.co"),
     "Contohwire Jakarta/", "the outlet's regional edition, a known place after its name")
  -- the outlet in any spelling of its domain's letters
  eq(dl_ents("The harvest was late this year, a grower told RiverPost Weekly on Monday.", "riverpostweekly.net"),
     "RiverPost Weekly/", "the domain's letters split and capitalised")
  eq(dl_ents("Petani itu berbicara kepada WARTA Contoh. Kunjungi Warta.Contoh.co.id untuk info.",
             "warta.contoh.co.id"), "Warta.Contoh.co.id,WARTA Contoh/",
     "the labels of the domain joined, the whole host as one name")
  eq(dl_ents("Officials spoke to The Lantern about the dam.", "lantern.org"),
     "The Lantern/", "the article before the outlet's name")
  eq(dl_ents("The mayor told Kota Lama about the market. Lihat Kota-Lama.com.", "news.kotalama.com"),
     "Kota Lama/", "not the start of a domain")
  eq(dl_ents("A farmer told Harbor Voice the dam leaked. Harbor Voice Radio aired it.", "harborvoicenews.com"),
     "Harbor Voice/", "the name without the domain's generic tail, after a cue")
  eq(dl_ents("Harbor Voice Radio aired it.", "harborvoicenews.com"), "/",
     "the name without its tail needs a cue, and is not the start of a longer name")
  eq(dl_ents("Records seen by Lantern show the dam leaked.", "lanternmyanmar.net"), "Lantern/",
     "the name without a place the domain adds")
  eq(dl_ents("Contohdaily (Tanjungpura) - Harga kopi naik tajam pada pekan ini di pasar kota.", "contohdaily.com"),
     "Contohdaily/Tanjungpura", "the outlet first and its place in parentheses")
end

-- language ------------------------------------------------------------------------------
eq(lang.detect("Kerajaan berkata bahawa projek itu akan siap selepas dua tahun kerana dana mencukupi."), "ms", "lang ms")
eq(lang.detect("Pemerintah mengatakan bahwa proyek itu akan selesai setelah dua tahun karena dana cukup."), "id", "lang id")
eq(lang.detect("The government said that the project would be finished after two years."), "en", "lang en")
eq(lang.code_of("Seramai 300 jururawat baharu akan ditempatkan di hospital daerah. Timbalan Menteri Kesihatan menjangkakan kekurangan itu selesai tahun depan."),
   "ms", "a short Malay text with no bahawa/kerana: civil-service words tell it")
eq(lang.code_of("Sebanyak 300 perawat baru akan ditempatkan di rumah sakit daerah. Wakil Menteri Kesehatan memperkirakan kekurangan itu selesai tahun depan."),
   "id", "the same text in Indonesian")
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

-- a date stamp with a weather widget is no headline; a writer before a stamp
pd = run_page({"Selasa, 8 April 2025 | Kuching 31\xC2\xB0C", "Jalan Rusak Segera Diperbaiki Pemerintah Daerah",
  "Dewi Lestari \xE2\x80\xA2 18 Maret 2025 10:00", P1, P2, P3})
eq(pd.meta.title, "Jalan Rusak Segera Diperbaiki Pemerintah Daerah", "a date-first stamp is no title")
eq(table.concat(pd.meta.authors, ","), "Dewi Lestari", "name before a bullet and a date")
pd = run_page({"Pada 24 Juli 2019, Pemerintah Daerah Memperbaiki Jalan", P1, P2, P3})
eq(pd.meta.title, "Pada 24 Juli 2019, Pemerintah Daerah Memperbaiki Jalan", "a headline may open with Pada and a date")
-- the outlet credited as writer is no author
pd = run_page({"Jalan Rusak Segera Diperbaiki Pemerintah Daerah", "By Contoh Now", P2, P3,
  "Kota itu juga akan membuka tiga taman baru di tepi sungai tahun depan, kata wali kota dalam pernyataan.",
  "\xC2\xA9 2025 contoh-now.org"})
eq(pd.meta.site, "contoh-now.org", "site from the copyright line")
eq(#pd.meta.authors, 0, "By Outlet is no author")

-- bylines with the outlet's name, a photo credit that names an outlet first,
-- the outlet credited as writer under its masthead, a stamp under the lead
do
  local P1b = P1:gsub("JAKARTA, Contohnews.com %- ", "")
  pd = run_page({"Jalan Rusak Segera Diperbaiki Pemerintah Daerah", "Dewi Lestari Putri - The Contoh Star",
    "3 Juni 2025 | 12:00", "Warga melintasi jalan yang rusak di pusat kota kemarin.", "Contohstar.com / Budi Santoso",
    P1b, P2, P3})
  eq(table.concat(pd.meta.authors, ","), "Dewi Lestari Putri", "Name - Outlet is the writer, Outlet.com / Name a credit")
  pd = run_page({"ContohDaily", "Jalan Rusak Segera Diperbaiki Pemerintah Daerah", "Oleh CONTOHDAILY", P1b, P2, P3})
  eq(#pd.meta.authors, 0, "the outlet in capitals under its masthead is no writer")
  pd = run_page({"Jalan Rusak Segera Diperbaiki Pemerintah Daerah",
    "Kota itu membangun jalan dengan uang pinjaman, dan kini tagihannya datang.", "By Dewi Lestari",
    "June 11, 2025", P1b, P2, P3})
  eq(pd.meta.published, "2025-06-11", "a stamp under the first paragraph dates the page")
end
eq(clean.rule_of("A dam on a river in the north of the country. Credit: Contohphotos",
   "a dam on a river in the north of the country. credit: contohphotos", 12), "caption", "inline Credit: mark")
eq(clean.rule_of("Pegawai memeriksa karton yang dirampas di pelabuhan. \xE2\x80\x94 Gambar JKDM",
   "pegawai memeriksa karton yang dirampas di pelabuhan. \xE2\x80\x94 gambar jkdm", 9), "caption", "inline Gambar credit")
eq(clean.rule_of("Jangan lupa follow Contoh di TikTok untuk kisah terkini!",
   "jangan lupa follow contoh di tiktok untuk kisah terkini!", 9), "prompt", "Jangan lupa follow")

-- a tab-separated menu bar is no headline
pd = run_page({"Contoh Times", "Home\tNational\tBusiness\tEditorials\tSports\tWorld News", P1:gsub("JAKARTA, Contohnews.com - ", ""),
  "Jalan Rusak Segera Diperbaiki Pemerintah Daerah", "Selasa, 18 Maret 2025", P1, P2, P3})
eq(pd.meta.title, "Jalan Rusak Segera Diperbaiki Pemerintah Daerah", "tab menu is no title")
-- a byline's section name is no author
pd = run_page({"Nasional", "Jalan Rusak Segera Diperbaiki Pemerintah Daerah", "Dewi Lestari | Nasional",
  "Selasa, 18 Maret 2025", P1, P2, P3})
eq(table.concat(pd.meta.authors, ","), "Dewi Lestari", "a section after the bar is no author")

-- body shapes: figure lists, capital subheadings, wire end tags, captions
local T = "Jalan Rusak Segera Diperbaiki Pemerintah Daerah"
local X = "Kota itu juga akan membuka tiga taman baru di tepi sungai tahun depan, kata wali kota dalam pernyataan terpisah."

-- byline shapes: two labels parted by non-breaking spaces, an aggregator's
-- "Cerita oleh", "Section - Name, Outlet", "Name | date | time" as a bar
eq(table.concat(meta.byline_names("Penulis: Andi Wijaya\xC2\xA0\xC2\xA0Editor: Dewi Lestari"), ","),
   "Andi Wijaya,Dewi Lestari", "two labels parted by NBSP")
eq(table.concat(meta.byline_names("Reporter: Andi Wijaya  Redaktur: Dewi Lestari"), ","),
   "Andi Wijaya,Dewi Lestari", "two labels parted by spaces")
eq(table.concat(meta.byline_names("Cerita oleh Budi Santoso \xE2\x80\xA2 3 jam"), ","),
   "Budi Santoso", "Cerita oleh Name")
eq(clean.rule_of("Cerita oleh Budi Santoso", "cerita oleh budi santoso", 4), "byline", "Cerita oleh is a byline")
do
  local P1c = "KOTA CONTOH, Kabar Contoh - Pemerintah daerah menyiapkan anggaran baru untuk memperbaiki jalan yang rusak akibat banjir bulan lalu."
  pd = run_page({"Kabar Contoh", T, "Daerah - Dewi Lestari Putri, Kabar Contoh", "18 Maret 2025 10:15", P1c, P2, P3,
    "Berita Pilihan", "1. Harga Cabai Naik Lagi di Pasar Induk", "2. Jembatan Baru Dibuka Pekan Depan",
    "kabarcontoh.com | Bagian dari Contoh Grup"})
  eq(table.concat(pd.meta.authors, ","), "Dewi Lestari Putri", "Section - Name, Outlet")
  eq(pd.meta.site, "kabarcontoh.com", "the outlet's domain under a list of links beats its name")
  pd = run_page({"Contoh Daily", "Home | Nation | World", T, "Budi Santoso Wijaya | March 18, 2025 | 10:15 am",
    P1:gsub("JAKARTA, Contohnews.com - ", ""), P2, P3})
  eq(table.concat(pd.meta.authors, ","), "Budi Santoso Wijaya", "Name | date | time bar")
  -- a timed stamp above the headline beats a Malay update stamp under it
  pd = run_page({"Isnin, 17 Mac 2025 | 3:42 PM", T, "Oleh AMIRUL HAKIM", "Dikemas kini: Selasa, 18 Mac 2025 | 9:05 AM",
    P2, P3, X})
  eq(pd.meta.published, "2025-03-17", "Dikemas kini does not win")
  -- two writers joined by "&" or "and" over the stamp; a language switch
  -- with a label is no byline; a bare date right above the headline
  local P2e = "The city will repair the roads damaged by last month's floods before the rainy season returns, the mayor said."
  local P3e = "Residents said they hoped the repairs would last longer than the patchwork done in previous years."
  local Xe = "The city also plans to open three new parks along the river next year, the mayor said in a separate statement."
  pd = run_page({"Contoh Times", "City to repair flood-damaged roads before the rains", "Dewi Lestari & Budi Santoso",
    "Published Tue, Mar 18, 2025 10:00 AM", P2e, P3e, Xe})
  eq(table.concat(pd.meta.authors, ","), "Dewi Lestari,Budi Santoso", "Name & Name over the stamp")
  pd = run_page({"Contoh Times", "City to repair flood-damaged roads before the rains", "Dewi Lestari and Budi Santoso",
    "March 18, 2025", P2e, P3e, Xe})
  eq(table.concat(pd.meta.authors, ","), "Dewi Lestari,Budi Santoso", "Name and Name over the stamp")
  pd = run_page({"Contoh Times", "City to repair flood-damaged roads before the rains", "By Dewi Lestari",
    "March 18, 2025", "Versi berita: Bahasa Melayu | English", P2e, P3e, Xe})
  eq(table.concat(pd.meta.authors, ","), "Dewi Lestari", "a language switch is no author")
  pd = run_page({"Contoh Times", "City to repair flood-damaged roads before the rains", "By Dewi Lestari",
    "March 18, 2025", "Bahasa Melayu | English", P2e, P3e, Xe})
  eq(table.concat(pd.meta.authors, ","), "Dewi Lestari", "language names are no authors")
  pd = run_page({"Contoh Times", "News | World | Sport", "Home > News", "18 March 2025",
    "City to repair flood-damaged roads before the rains", "Text size: A+ A-", P2e, P3e, Xe})
  eq(pd.meta.published, "2025-03-18", "a bare date right above the headline")
  pd = run_page({"Wednesday, 19 March 2025", "Contoh Times", "News | World | Sport",
    "City to repair flood-damaged roads before the rains", P2e, P3e, Xe})
  eq(type(pd.meta.published) == "string", false, "a today bar among the menus dates nothing")
  pd = run_page({"Contoh Times", "News | World | Sport", "Wednesday, 19 March 2025",
    "City to repair flood-damaged roads before the rains", P2e, P3e, Xe})
  eq(type(pd.meta.published) == "string", false, "a today bar with its weekday right above the headline dates nothing")
  pd = run_page({"Contoh Times", "18 March 2025", "City to repair flood-damaged roads before the rains",
    "Updated: 20 March 2025 10:00", P2e, P3e, Xe})
  eq(pd.meta.published, "2025-03-20", "an update stamp under the headline beats a bare date above it")
  -- an aggregator frame: the foot line names the publisher and its date
  pd = run_page({"Portal Berita", "Bandung 24\xC2\xB0C Hujan Ringan", "Kabar Contoh", "Cerita oleh Siti Aminah",
    "\xE2\x80\xA2 2 jam", T, "BANDUNG - " .. P2, P3, X,
    "Lihat artikel asli di kabarcontoh.id \xC2\xB7 12 Jan 2026, 10.15 WIB", "\xC2\xA9 Portal Berita 2026"})
  eq(pd.meta.site, "kabarcontoh.id", "the publisher named by the frame's foot line")
  eq(pd.meta.published, "2026-01-12", "the date of the frame's foot line")
  eq(table.concat(pd.meta.authors, ","), "Siti Aminah", "the frame's Cerita oleh")
  pd = run_page({T, P2, P3, X, "This article was originally published on contohwire.org on 4 May 2024."})
  eq(pd.meta.site, "contohwire.org", "originally published on a domain")
  eq(pd.meta.published, "2024-05-04", "originally published on a date")
end
-- a kicker caption with its credit line under it; an inline Malay credit
local P2b = "Kepala dinas itu mengatakan perbaikan akan dimulai pekan depan dan selesai sebelum musim hujan tiba."
_, kl = run_page({T, "RAMAI - Warga memadati jalan yang rusak di pusat kota, Senin (7/4/2025).",
  "CONTOHNEWS.COM/DEWI LESTARI", "", P1, P2, P3})
eq(#kl, 3, "kicker caption above a credit line goes")
_, kl = run_page({T, "LAWATAN: Menteri meninjau tapak projek di pusat bandar, semalam. \xE2\x80\x93 GAMBAR: Penerangan",
  "", P1, P2, P3})
eq(#kl, 3, "inline GAMBAR: credit marks a caption")
eq(clean.rule_of("Support independent journalism. Donate to Contoh Now.",
   "support independent journalism. donate to contoh now.", 7), "prompt", "donation prompt")
eq(clean.rule_of("Contoh Plus: Baca analisis lengkap. Berlangganan mulai Rp 25.000 per bulan.",
   "contoh plus: baca analisis lengkap. berlangganan mulai rp 25.000 per bulan.", 11), "prompt", "paywall offer")
-- a punctuated standfirst above the byline that sums up the first paragraph
local SF = "Pemerintah daerah menyiapkan anggaran baru untuk memperbaiki jalan yang rusak akibat banjir."
_, kl = run_page({T, SF, "Penulis: Dewi Lestari", "", P1:gsub("JAKARTA, Contohnews.com %- ", ""), P2, P3})
eq(#kl, 3, "punctuated standfirst above the byline goes")
_, kl = run_page({T, P2b, "Penulis: Dewi Lestari", "", P1:gsub("JAKARTA, Contohnews.com %- ", ""), P2, P3})
eq(#kl, 4, "a lead paragraph above the byline that tells something else stays")
-- on a page without blank lines, a related list stops before a subheading
_, kl = run_page({T, P1, "Baca Juga:", "Harga Kopi Robusta di Lampung Tembus Rekor Baru Pekan Ini",
  "Kementerian Buka Pasar Ekspor Kopi ke Mesir", "Negara tujuan utama", P2, P3})
eq(kl[2], "Negara tujuan utama", "subheading after the related links kept")

-- scorers after "Label:" and a subheading after a list stay in the body
_, kl = run_page({T, P1, "Pencetak gol:", "Tim Alpha: Budi Santoso 14', Dedi Rahman 52'", "Tim Beta: Eko Putra 38'",
  P2, "Harga naik di wilayah timur", P3})
eq(#kl, 7, "scorers list, its heading and the subheading kept")
_, kl = run_page({T, P1, "Harga tertinggi:", "Kota Alpha: Rp 12.000 per kg", "Kota Beta: Rp 9.500 per kg",
  "Kenaikan tertinggi di wilayah timur", P2, P3})
eq(kl[5], "Kenaikan tertinggi di wilayah timur", "a subheading after a figure list")
eq(clean.rule_of("Artikel Berkaitan: Banjir di Kelantan, artis turun padang", "artikel berkaitan: banjir di kelantan, artis turun padang", 9),
   "related-link", "Malay related article")
eq(clean.rule_of("Ikuti Contoh di Facebook, Instagram dan Telegram untuk berita terkini.",
   "ikuti contoh di facebook, instagram dan telegram untuk berita terkini.", 10), "prompt", "channel prompt")

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

-- entities and export in C: tagger:tag and ner.keywords give what the Lua
-- reference gives (tag_lua, the export's top_forms and keywords_lua) --------
local saring = require "saring"
local export = require "stages.export"
local function tag_list(d)
  local out = {}
  for _, t in ipairs(d:tags()) do
    out[#out + 1] = string.format("%d-%d:%s=%s", t.start, t.stop, t.type, tostring(t.value))
  end
  return table.concat(out, "|")
end
local function ent_lists(e)
  return table.concat(e.person, ",") .. ";" .. table.concat(e.location, ",") .. ";" ..
         table.concat(e.organization, ",")
end
local SAMPLES = {
  {"JAKARTA, KOMPAS.com - Presiden Joko Widodo bertemu Vladimir Putin di Jakarta. " ..
   "Joko Widodo dan JOKO WIDODO berbicara. Kata Putin, Rusia dan Indonesia bersahabat. " ..
   "Badan Intelijen Negara (BIN) hadir. Kata BIN, semua aman di Jakarta dan Bandung.",
   "Jokowi Bertemu Putin di Jakarta, Bahas Kerja Sama Rusia-Indonesia"},
  {"MANILA, Philippines - The Department of Foreign Affairs said Manila and Beijing met. " ..
   "Marcos said the talks in Manila went well, Marcos added.", "Manila and Beijing hold talks"},
  {"Tidak ada nama di sini sama sekali.", "Berita tanpa nama"},
  {"", nil},
}
for f in io.popen("ls tests/quality/pages/*.txt"):lines() do
  local fh = assert(io.open(f, "rb"))
  local text = fh:read("a")
  fh:close()
  SAMPLES[#SAMPLES + 1] = {text, text:match("^[^\n]*")}
end
for i, sample in ipairs(SAMPLES) do
  local text, title = sample[1], sample[2]
  local real = saring.doc {text = text}
  real.meta.title = title
  local fake = mkdoc(text)
  fake.meta.title = title
  entities.stage(real)
  entities.stage(fake)
  eq(tag_list(real), tag_list(fake), "tags in C, sample " .. i)
  eq(ent_lists(real.meta.entities), ent_lists(fake.meta.entities), "entity lists in C, sample " .. i)
  check(type(real.meta._entity_top) == "table" and fake.meta._entity_top == nil, "top forms, sample " .. i)
  local a, b = export.stage(real), export.stage(fake)
  if text == "" then
    check(a == nil and b == nil, "an empty page is dropped")
  else
    eq(table.concat(a.meta.keywords, ","), table.concat(b.meta.keywords, ","), "keywords in C, sample " .. i)
    check(a.meta._entity_top == nil, "export removes the top forms")
  end
end
-- ner.keywords against the Lua rule on headline corner cases
local ner = require "saring.ner"
local KW_TEXT = "Presiden Jokowi meresmikan jalan tol Trans-Jawa. JALAN itu panjang; harga-harga naik " ..
                "dan warga Ke-2 senang. Caf\xC3\xA9 baru."
for _, case in ipairs({
  {"Jokowi Resmikan Jalan Tol Trans-Jawa, Harga-Harga Naik", {"Jokowi"}},
  {"-- ke-2 KE-2 --jalan jalan- x-ray caf\xC3\xA9 PANJANG panjang", {}},
  {"Yang Dan Dari Untuk Dengan Kata Usai Jadi Kini Makin", {"Presiden"}},
  {"Satu Dua Tiga Jalan Harga Warga Senang Panjang Naik Baru Presiden", {"A", "B", "C", "D", "E"}},
  {"", {"Jokowi", "jokowi"}},
}) do
  local title, top = case[1], case[2]
  local want = table.concat(export.keywords_lua(KW_TEXT, top, title), ",")
  eq(table.concat(ner.keywords(KW_TEXT, title, top, export.STOP, 10), ","), want, "ner.keywords: " .. title)
end
eq(table.concat(ner.keywords("abc", nil, {"x"}, {}), ","), "x", "no title: the top forms alone")
eq(#ner.keywords("jalan jalan", "Jalan Jalan Jalan", {}, {}, 1), 1, "max")

-- lang: the word counter and the pattern-set fallback give the same codes
do
  package.loaded["stages.lang"] = nil
  local native = adapt.langmod
  adapt.langmod = setmetatable({word_counter = false}, {__index = native})
  local lang_sets = require "stages.lang"
  adapt.langmod = native
  package.loaded["stages.lang"] = lang
  local texts = {"Kerajaan berkata bahawa projek itu siap.", "The government said that it was done.", ""}
  for _, sample in ipairs(SAMPLES) do texts[#texts + 1] = sample[1] end
  for _, t in ipairs(texts) do
    for _, cut in ipairs({5, 50, 200, 3999, 4000, 4001, #t}) do
      local s = t:sub(1, cut)
      eq(lang.code_of(s), lang_sets.code_of(s), "code_of: counter = sets: " .. s:sub(1, 30))
      eq(lang.detect(s), (lang_sets.detect(s)), "detect: counter = sets: " .. s:sub(1, 30))
    end
  end
end

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

-- qlines: live blogs, embeds, quote cards, aggregator frames, ads -------------------
eq(clean.rule_of("9:45 AM", "9:45 am", 2), "entry-time", "clock alone is an entry stamp")
eq(clean.rule_of("16.20 WIB", "16.20 wib", 2), "entry-time", "clock with a zone")
eq(clean.rule_of("21:07", "21:07", 1), "entry-time", "24-hour clock alone")
check(clean.rule_of("4.5 persen", "4.5 persen", 2) ~= "entry-time", "a decimal is no clock")
eq(clean.rule_of("[Embed: Video Contoh TV]", "[embed: video contoh tv]", 4), "embed", "embed marker in brackets")
eq(clean.rule_of("\xE2\x80\x94 Contoh Radio (@contohradio) March 3, 2025",
   "\xE2\x80\x94 contoh radio (@contohradio) march 3, 2025", 7), "embed", "embedded post attribution")
eq(clean.rule_of("Floodwater reaches the market stalls this morning. pic.twitter.com/Ab12Cd",
   "floodwater reaches the market stalls this morning. pic.twitter.com/ab12cd", 8), "embed", "embedded post text")
eq(clean.rule_of("\xE2\x9D\x9D Kami tidak akan mundur sebelum jalan itu selesai diperbaiki dan warga bisa kembali berjualan. \xE2\x9D\x9E",
   "\xE2\x9D\x9D kami tidak akan mundur sebelum jalan itu selesai diperbaiki dan warga bisa kembali berjualan. \xE2\x9D\x9E", 16),
   "pullquote", "quote card between ornaments")
eq(clean.rule_of("PROMOTED CONTENT", "promoted content", 2), "ad", "promoted content label")
eq(clean.rule_of("Kandungan ditaja", "kandungan ditaja", 2), "ad", "Malay sponsored label")
eq(clean.rule_of("Penafian: Maklumat ini bukan nasihat pelaburan dan pembaca perlu membuat penilaian sendiri.",
   "penafian: maklumat ini bukan nasihat pelaburan dan pembaca perlu membuat penilaian sendiri.", 12), "disclaimer", "Malay disclaimer")
eq(clean.rule_of("Disclaimer: This story is for information only.", "disclaimer: this story is for information only.", 7),
   "disclaimer", "English disclaimer")
eq(clean.rule_of("Artikel ini pertama kali diterbitkan oleh Contohnews.id pada 3 Mei 2025.",
   "artikel ini pertama kali diterbitkan oleh contohnews.id pada 3 mei 2025.", 10), "source", "aggregator attribution (id)")
eq(clean.rule_of("This story was originally published by Contoh Daily.", "this story was originally published by contoh daily.", 8),
   "source", "aggregator attribution (en)")
eq(clean.rule_of("Adakah artikel ini bermanfaat?", "adakah artikel ini bermanfaat?", 4), "feedback", "feedback question")
eq(clean.rule_of("Yes | No", "yes | no", 3), "feedback", "feedback buttons")
eq(clean.rule_of("Thanks for your feedback, it helps us improve.", "thanks for your feedback, it helps us improve.", 8),
   "feedback", "feedback thanks")
eq(clean.rule_of("Baca terus setiap minggu. Langgan e-Paper Contoh hanya RM5 sebulan!",
   "baca terus setiap minggu. langgan e-paper contoh hanya rm5 sebulan!", 10), "prompt", "e-paper offer")
eq(clean.rule_of("About the author", "about the author", 3), "author-box", "author box heading")
eq(clean.rule_of("Bagikan update ini", "bagikan update ini", 3), "entry-share", "live blog share button")
-- a quote card's attribution and an embedded post's credit go with them
_, kl = run_page({T, P1, P2,
  "\xE2\x9D\x9D Kami tidak akan mundur sebelum jalan itu selesai diperbaiki dan warga bisa kembali berjualan. \xE2\x9D\x9E",
  "\xE2\x80\x94 Budi Santoso, Ketua Paguyuban Pedagang", P3})
eq(#kl, 3, "quote card and its attribution go")
-- an ad's text under its label: between two labels, or ending in a call to action
_, kl = run_page({T, P1, "Iklan", "Promo tabungan emas mulai Rp 10 ribu, Daftar Sekarang", P2, P3})
eq(#kl, 3, "ad text ending in a call to action goes")
_, kl = run_page({T, P1, "Sponsored", "Cheap flights to Bali this season from $99 a seat", "Ad \xC2\xB7 Contoh Travel", P2, P3})
eq(#kl, 3, "ad text between two ad labels goes")
_, kl = run_page({T, P1, "ADVERTISEMENT", "Harga naik di wilayah timur", P2, P3})
eq(kl[2], "Harga naik di wilayah timur", "a subheading under an ad label stays")

-- the date of an aggregator's attribution line at the foot
pd = run_page({T, P1:gsub("JAKARTA, Contohnews.com %- ", ""), P2, P3,
  "Artikel ini pertama kali diterbitkan oleh Contohnews.id pada 3 Mei 2025."})
eq(pd.meta.published, "2025-05-03", "published from the attribution line")

-- a live blog: entry stamps go, the summary above the first entry goes
-- unless a pinned label heads it; the share button under each entry goes
do
  local E1 = "The city council says it will meet the vendors' union on Monday to discuss the new market fees."
  local E2 = "Police close two roads near the old market as the vendors' march reaches the town hall square."
  local E3 = "About 300 vendors gather outside the town hall, carrying banners against the planned fee increase."
  local SUM = "Follow our coverage of the vendors' march against the new market fees as it happens."
  local page = {"LIVE: Vendors march against market fees in the old town", SUM,
    "4:10 PM", E1, "Share this update", "2:45 PM", E2, "Share this update", "11:30 AM", E3, "Share this update"}
  local _, lk = run_page(page)
  eq(table.concat(lk, "|"), table.concat({E1, E2, E3}, "|"), "live blog: stamps and standfirst go")
  page[2] = "Pinned"
  table.insert(page, 3, (SUM:gsub("Follow our coverage of", "Thousands joined")))
  _, lk = run_page(page)
  eq(#lk, 4, "live blog: a pinned summary stays")
  -- (qlines2) a lead with a dateline, or of several sentences, is the story's
  -- start, not a standfirst; a short heading under an entry's stamp stays
  local LEAD = "MEDAN, CONTOH.TV - Thousands of vendors marched through the old town on Tuesday. "
    .. "Organisers said the new fees would close half the stalls."
  page = {"LIVE: Vendors march against market fees in the old town", LEAD,
    "4:10 PM", "March reaches city hall", E1, "Share this update", "2:45 PM", E2, "Share this update",
    "11:30 AM", "Police close two roads", E3, "Share this update"}
  _, lk = run_page(page)
  eq(table.concat(lk, "|"), table.concat({LEAD, "March reaches city hall", E1, E2, "Police close two roads", E3}, "|"),
     "live blog: a dateline lead and entry headings stay")
  page[2] = (LEAD:gsub("^MEDAN, CONTOH.TV %- ", ""))
  _, lk = run_page(page)
  eq(lk[1], page[2], "live blog: a lead of two sentences stays")
end
-- titles: a slogan above the site's menu, a weather widget, a writer's credit
pd = run_page({"Contoh Harian", "Suara Rakyat Sejak Dulu", "Beranda | Nasional | Ekonomi | Olahraga | Hiburan",
  T, "Selasa, 18 Maret 2025", P1, P2, P3})
eq(pd.meta.title, T, "a slogan above the menu is no title")
pd = run_page({"Medan 29\xC2\xB0C Hujan Ringan", "Contoh", T, "Selasa, 18 Maret 2025", P1, P2, P3})
eq(pd.meta.title, T, "a weather widget is no title")
pd = run_page({"Story by Dewi Lestari", T, "Selasa, 18 Maret 2025", P1, P2, P3})
eq(pd.meta.title, T, "a writer's credit is no title")
-- a departures board's rows are no figure list; an author box goes
_, kl = run_page({T, P1, P2, P3, "Keberangkatan", "GA123 Surabaya 09:40 Tepat waktu", "QZ456 Medan 10:15 Tertunda",
  "Tentang Penulis", "Dewi Lestari menulis tentang transportasi sejak 2015. Ia dapat dihubungi di surel redaksi."})
eq(#kl, 3, "departure rows and the author box go")
-- links under a "Read more:" label, even headline-long, and the subheading after them
_, kl = run_page({T, P1, "Read more:", "City Opens Three New Riverside Parks With Free Entry For All Visitors This Weekend",
  "Harga naik di wilayah timur", P2, P3})
eq(table.concat(kl, "|"), table.concat({P1, "Harga naik di wilayah timur", P2, P3}, "|"), "links under Read more: go")
-- a subheading over a numbered list, and after an ad label under a list
_, kl = run_page({T, P1, "Tiga menu murah", "1. Nasi goreng telur", "2. Mi rebus sayur", P2,
  "- satu", "- dua", "Sponsored", "Harga naik di wilayah timur", P3})
eq(kl[2], "Tiga menu murah", "subheading over a numbered list")
eq(kl[#kl - 1], "Harga naik di wilayah timur", "subheading after a list and an ad label")
-- a video box mid-article is no end of the story when a source line closes it later
_, kl = run_page({T, P1, P2, "Video Pilihan", "Warga Gotong Royong Bersihkan Sungai | 02:10", P3,
  "Sumber: Dinas Pekerjaan Umum"})
eq(kl[#kl], P3, "prose after a mid-article video box stays")
eq(clean.rule_of("Tourists at the temple gate on Sunday. (Contoh Photo/Budi Santoso)",
   "tourists at the temple gate on sunday. (contoh photo/budi santoso)", 9), "caption", "Outlet Photo/Name credit")
-- (qlines2) a subheading over the line that opens a list, and that line
_, kl = run_page({T, P1, "Keluhan pedagang", "Para pedagang menyampaikan dua permintaan:",
  "\xE2\x80\xA2 menunda kenaikan sewa lapak;", "\xE2\x80\xA2 memperbaiki atap pasar.", P2, P3})
eq(table.concat(kl, "|"), table.concat({P1, "Keluhan pedagang", "Para pedagang menyampaikan dua permintaan:",
  "\xE2\x80\xA2 menunda kenaikan sewa lapak;", "\xE2\x80\xA2 memperbaiki atap pasar.", P2, P3}, "|"),
  "a subheading and the opening line of a list stay")
-- a figure item whose label opens with a lower-case article
_, kl = run_page({T, P1, "Pembeli terbesar:", "Jepang: 1.200 ton", "the Philippines: 950 ton", "Korea: 400 ton", P2, P3})
eq(kl[4], "the Philippines: 950 ton", "a figure item with a lower-case article stays")
-- (qlines2) promotions, notes and boxes that are not the story
local function rule(line) return clean.rule_of(line, line:lower(), select(2, line:gsub("%S+", ""))) end
eq(rule("Featured Stories"), "related-heading", "a featured box heading")
eq(rule("Berita Lain"), "related-heading", "an other-news box heading")
eq(rule("Follow the Daily Example on WhatsApp for breaking news alerts every morning"), "prompt",
   "a long channel prompt")
eq(rule("Have a story tip? Email our desk any time."), "prompt", "a news-tip prompt")
eq(rule("Epaper Harian Contoh hari ini bisa dibaca di sini"), "prompt", "an e-paper notice")
eq(rule("Berita ini disiarkan dalam akhbar Contoh edisi Isnin, 3 Mac 2025."), "source", "a print-edition note")
eq(rule("Artikel ini juga disiarkan dalam bahasa Cina di laman Contoh."), "source", "another-language note")
eq(rule("Konten ini disediakan oleh mitra kami. Redaksi tidak bertanggung jawab atas isi tulisan."), "disclaimer",
   "a partner content disclaimer")
eq(rule("City Talk podcast: why the night markets are moving, with our reporters and two traders who sell "
   .. "noodles and fried bananas by the river every weekend until the early hours"), "prompt", "a podcast promotion")
eq(rule("Market Week newsletter: the five charts you need each Monday."), "prompt", "a newsletter promotion")
eq(rule("Ikuti kami untuk berita terbaru. Dengarkan sekarang di aplikasi kami"), "prompt", "a listen prompt")
eq(rule("\xE2\x96\xB6 1:15"), "embed", "a video player's duration")
eq(rule("Ministers said: we will act"), nil, "a quote after a colon is no promotion")
-- titles: a menu bar without separators, a slogan with the day's date, an
-- aggregator's relative stamp
pd = run_page({"Contoh Harian", "Beranda  Berita  Ekonomi  Olahraga  Hiburan  Opini", T, P1, P2, P3})
eq(pd.meta.title, T, "a menu without separators is no title")
pd = run_page({"Contoh Times", "The Valley's Favourite Paper | Monday, March 3, 2025", T, P1, P2, P3})
eq(pd.meta.title, T, "a slogan with the day's date is no title")
pd = run_page({"Contoh", "5 jam lalu \xC2\xB7 3,4 rb dibaca", T, P1, P2, P3})
eq(pd.meta.title, T, "an aggregator's stamp is no title")
-- captions: one sentence right above a bare credit line, and one that ends
-- in the photographer's bare name
_, kl = run_page({T, "Selasa, 18 Maret 2025", P1, "Petani memanen padi di sawah dekat bendungan.", "Foto: Contoh",
  P2, P3})
eq(kl[2], P2, "a caption above a bare credit line goes")
_, kl = run_page({T, "Selasa, 18 Maret 2025", P1,
  "Fishermen unload their catch at the harbour before dawn. Budi Santoso", P2, P3})
eq(kl[2], P2, "a caption ending in a bare photographer name goes")
_, kl = run_page({T, "Selasa, 18 Maret 2025", P1, "He said the plan was fine. Others disagreed strongly", P2, P3})
eq(#kl, 4, "two sentences ending in lower-case words stay")

-- header fields: share-row buttons and a section breadcrumb are no authors,
-- a byline "Name / initials" whose initials are the credited editor's, an
-- aggregator's "Baca artikel penuh di DOMAIN", a Malay clock suffix
do
  local Te = "Council to widen riverside road before the monsoon"
  local E1 = "The council will widen the riverside road before the monsoon season returns, the mayor said on Monday."
  local E2 = "Residents said the works should finish before the rains, as the road floods every year in December."
  local E3 = "The mayor said the council had set aside money for the works and for new drains along the river."
  pd = run_page({"Contoh Post", Te, "By: Mariam Sulaiman", "Print | Email", E1, E2, E3})
  eq(table.concat(pd.meta.authors, ","), "Mariam Sulaiman", "share buttons are no authors")
  pd = run_page({"Contoh Post", Te, "Oleh: Mariam Sulaiman", "Cetak / Emel", E1, E2, E3})
  eq(table.concat(pd.meta.authors, ","), "Mariam Sulaiman", "Malay share buttons are no authors")
  pd = run_page({"Warta Contoh", "Laman\tWilayah\tNegara\tSukan\tDunia", T, "Laman / Wilayah", "Oleh: Mariam Sulaiman",
    "18 Mac 2025", P2, P3, X})
  eq(table.concat(pd.meta.authors, ","), "Mariam Sulaiman", "a breadcrumb of menu entries is no author")
  pd = run_page({"Contoh Harian", T, "Hendra Wijaya Kusuma / RS", "Selasa, 18 Maret 2025 | 10:00 WIB", P1, P2, P3,
    "Editor: Ratna Sari"})
  local au = pd.meta.authors
  table.sort(au)
  eq(table.concat(au, ","), "Hendra Wijaya Kusuma,Ratna Sari", "Name / the editor's initials")
  pd = run_page({"Contoh Harian", T, "Hendra Wijaya Kusuma / XY", "Selasa, 18 Maret 2025 | 10:00 WIB", P1, P2, P3,
    "Editor: Ratna Sari"})
  eq(table.concat(pd.meta.authors, ","), "Ratna Sari", "initials of nobody on the page make no byline")
  pd = run_page({"Portal Contoh", "Untuk Anda  Terkini  Video", "Warta Contoh \xC2\xB7 3j", T, "KUCHING: " .. P2, P3, X,
    "Baca artikel penuh di wartacontoh.my", "\xC2\xA9 Portal Contoh 2026"})
  eq(pd.meta.site, "wartacontoh.my", "the publisher named by Baca artikel penuh di")
  pd = run_page({"Warta Contoh", "Mac 18, 2025 \xE2\x80\xA2 8:05 PTG", T, "Oleh Mariam Sulaiman", P2, P3, X})
  eq(pd.meta.published, "2025-03-18", "a stamp above the headline with a Malay PTG clock")
  eq(clean.rule_of("19 Mac 2025 | 7:45 PG", "19 mac 2025 | 7:45 pg", 5), "date", "a date line with PG")
end

-- (qlines3) titles: a bar above the headline whose shape no rule names (a
-- strip of tabs, a prayer-time strip, a menu joined by a new separator)
-- loses to the later line whose words the lead repeats
local sh, tot = clean.lead_overlap("Perbaikan Jalan Rusak Dimulai Pekan Depan",
  clean.content_words("Pemerintah memperbaiki jalan yang rusak mulai pekan depan."))
eq(sh .. "/" .. tot, "4/6", "lead overlap counts shared content words and five-letter stems")
pd = run_page({"Pilihan   Terbaru   Tontonan   Daerah", T, P1, P2, P3})
eq(pd.meta.title, T, "a strip of tabs is no title")
pd = run_page({"Imsak 4:31  Subuh 4:41  Zuhur 11:58  Magrib 17:52", "Contoh Pos", T, P1, P2, P3})
eq(pd.meta.title, T, "a prayer-time strip is no title")
pd = run_page({"Warta Desa â Pertanian â Nelayan â Pariwisata", T, P1, P2, P3})
eq(pd.meta.title, T, "a menu with an unknown separator is no title")
pd = run_page({"Pilihan   Terbaru   Tontonan   Daerah", T,
  "Pemerintah daerah menyiapkan anggaran untuk jalan yang rusak akibat banjir", P1, P2, P3})
eq(pd.meta.title, T, "past a bar, the headline wins over the standfirst under it")
pd = run_page({"Banjir Surut, Warga Kembali ke Rumah Masing-masing", "Sorotan Pekan Ini Dari Meja Redaksi", P1, P2, P3})
eq(pd.meta.title, "Banjir Surut, Warga Kembali ke Rumah Masing-masing",
   "a first headline-shaped line sharing words with nothing stays when no later one shares more")

-- (qlines3) widgets of a story's page: polls, counters, share rows, video
-- links, donation boxes, prompts, an aggregator's notices
eq(rule("( ) Setuju   ( ) Tidak setuju"), "poll", "a poll's radio buttons")
eq(rule("Setuju (42)   Ragu-ragu (17)   Menolak (230)"), "poll", "a poll's answers with vote counts")
eq(rule("Vote | View results"), "poll", "a poll's buttons")
eq(rule("Poll: Should the night market stay open until midnight?"), "poll", "a poll's labelled question")
eq(rule("Jepang (1.200 ton) dan Korea (400 ton) menjadi pembeli utama."), nil, "counts in prose are no poll")
eq(rule("Dibaca 3.512 kali"), "counter", "a view counter with the verb first")
eq(rule("Artikel ini telah dibaca 918 kali"), "counter", "a view counter sentence")
eq(rule("Share : Facebook Viber Telegram Copy link"), "share", "a share row after its label")
eq(rule("\xE2\x96\xB6 Video: Warga memadamkan api di pasar (02:05)"), "embed", "a video link with its duration")
eq(rule("\xE2\x96\xB6 Tonton: Suasana pusat pemindahan malam tadi"), "embed", "a watch link under a play mark")
eq(rule("Derma untuk mangsa: Bank Contoh 1203 4587 9921 (Yayasan Contoh)"), "donation", "a donation box")
eq(rule("Call the hotline at 088-512 225 for help."), nil, "a phone number is no donation box")
eq(rule("\xE2\x80\x94KLM, Contoh News Desk"), "signoff", "a live entry's sign-off with initials")
eq(rule("- PKR, DAP dan Amanah"), nil, "a list item opening with an acronym is no sign-off")
eq(rule("9:40 pagi, 14 Mac"), "entry-time", "a live entry stamp with a day part and a short date")
eq(rule("4.15 ptg"), "entry-time", "a live entry stamp with an abbreviated day part")
eq(rule("Kongsi entri ini"), "entry-share", "a live entry's share button")
eq(rule("WATCH ALSO: How a market turned scraps into compost"), "related-link", "a watch-also link")
eq(rule("Got something to say? Kirim tulisan Anda ke meja redaksi kami."), "prompt", "a contribution prompt")
eq(rule("Quality journalism needs your support. Help us keep reporting."), "prompt", "a support prompt")
eq(rule("Get the Daily Contoh on WhatsApp: tap here to follow our channel."), "prompt", "a channel prompt")
eq(rule("Aplikasi ini memaparkan berita daripada penerbit pihak ketiga."), "disclaimer",
   "an aggregator's third-party notice")
-- a poll's question above its options goes; a subheading after a poll, a
-- pager or a donation box stays
_, kl = run_page({T, P1, "Setujukah Anda jalan itu ditutup saat perbaikan?", "Setuju (42)   Tidak (17)",
  "Jalur alternatif disiapkan", P2, P3})
eq(table.concat(kl, "|"), table.concat({P1, "Jalur alternatif disiapkan", P2, P3}, "|"),
   "a poll's question goes, the subheading after it stays")
_, kl = run_page({T, P1, P2, "Halaman 1 2 3", "Warga diminta bersabar", P3})
eq(kl[3], "Warga diminta bersabar", "a subheading after a pager stays")
-- a subheading and a list head above long dash items, past an ad label
_, kl = run_page({T, P1, "Advertisement", "How the pilot ran", "Every shop received:",
  "- a sorting bin with three separate compartments for paper, cans and plastic bottles;",
  "- a monthly visit from the council's recycling officer, who checked every bin;", P2, P3})
eq(kl[2] .. "|" .. kl[3], "How the pilot ran|Every shop received:", "a subheading and list head over long items")
-- a live blog's one long intro sentence is its lead, not a summary line
do
  local E = "Rescue teams reached the last stranded village by boat on Tuesday and began moving residents to schools."
  local page = {"Live updates: floods cut off river villages as water keeps rising in the north",
    "Floodwater rose across three northern districts on Monday as rivers burst their banks after two days of heavy rain, forcing families onto rooftops and closing roads in the worst flooding in a decade.",
    "4:10 PM", E, "\xE2\x80\x94ABC, Contoh Newsroom", "2:45 PM", E:gsub("Tuesday", "Monday"), "\xE2\x80\x94XYZ, Contoh Newsroom",
    "11:30 AM", E:gsub("last", "first"), "\xE2\x80\x94ABC, Contoh Newsroom"}
  _, kl = run_page(page)
  eq(#kl, 4, "a long intro sentence stays and the entries' sign-offs go")
  eq(kl[1], page[2], "a live blog's long intro is kept")
end

-- a pull-quote repeating the middle of a quote; readers' comments under
-- their counter
_, kl = run_page({T, P1, "\xE2\x80\x9CKami ingin jalan ini aman dilalui, terutama oleh anak sekolah dan para lansia, katanya.",
  "\xE2\x80\x9CJalan ini aman dilalui, terutama oleh anak sekolah dan para lansia\xE2\x80\x9D", P2, P3})
eq(#kl, 4, "a pull-quote repeating the middle of a quote goes")
_, kl = run_page({T, P1, P2, P3, "2 komentar", "warga_kota \xC2\xB7 3j",
  "Akhirnya diperbaiki juga setelah bertahun-tahun kami menunggu jalan ini mulus lagi.", "Balas \xC2\xB7 4 suka",
  "budi88 \xC2\xB7 1j", "Semoga tidak cepat rusak lagi seperti proyek yang dulu dikerjakan asal-asalan."})
eq(#kl, 3, "readers' comments under their counter go")

-- the gazetteer's word lists hold words only: a "--" comment of a list is
-- no entry (its words were once read as entries: "Agriculture," "(words")
do
  local entities = require "stages.entities"
  local bad = {}
  for list, t in pairs(entities.word_lists()) do
    if type(t) == "table" then
      for k in pairs(t) do
        if type(k) == "string" and (k:find("^%-%-") or k:find("[\"(),;:]$") or k:find("^[\"(]")) then
          bad[#bad + 1] = list .. ": " .. k
        end
      end
    end
  end
  table.sort(bad)
  eq(table.concat(bad, " | "), "", "no comment words in the gazetteer's word lists")
end

-- qlines4 -----------------------------------------------------------------------
-- a live blog's stamp with the short date first ("14 Mar | 4.10 PM"), and the
-- first entry's heading above the first paragraph (no summary) stays
eq(clean.rule_of("14 MAR | 4.10 PTG", "14 mar | 4.10 ptg", 4), "entry-time", "date-first entry stamp")
eq(clean.rule_of("3 Jun, 10:15 am", "3 jun, 10:15 am", 3), "entry-time", "date-first stamp after a comma")
check(clean.rule_of("14 Mar 2025 | 4.10 PTG", "14 mar 2025 | 4.10 ptg", 5) ~= "entry-time", "a year makes a date")
do
  local E1 = "The city council says it will meet the vendors' union on Monday to discuss the new market fees."
  local E2 = "Police close two roads near the old market as the vendors' march reaches the town hall square."
  local E3 = "About 300 vendors gather outside the town hall, carrying banners against the planned fee increase."
  local page = {"LIVE: Vendors march against market fees in the old town",
    "14 MAR | 4.10 PM", "Council agrees to talks", E1, "14 MAR | 2.45 PM", "Roads closed near market", E2,
    "14 MAR | 11.30 AM", "Vendors gather at town hall", E3}
  local _, lk = run_page(page)
  eq(table.concat(lk, "|"), table.concat({"Council agrees to talks", E1, "Roads closed near market", E2,
     "Vendors gather at town hall", E3}, "|"), "live blog: the first entry's heading starts the body")
end
-- Malay text with shared words ("ketika", "sejak") and few usual
-- markers: the spellings only Malay has ("peratus", "kilang") decide
eq(lang.detect("Sejak bulan lalu harga baja naik 20 peratus dan ketika ditemui petani berkata "
  .. "ramai akan bekerja di kilang."), "ms", "lang ms by peratus/kilang")
eq(lang.detect("Sejak bulan lalu harga pupuk naik 20 persen dan ketika ditemui petani berkata "
  .. "harga naik lagi banyak yang akan bekerja di pabrik."), "id", "lang id by persen/pabrik")
-- a blog's disclaimer, a republishing licence, the readers' comments heading
eq(clean.rule_of("Tulisan ini milik penulis dan tidak mencerminkan pandangan redaksi.",
  "tulisan ini milik penulis dan tidak mencerminkan pandangan redaksi.", 10), "disclaimer", "blog disclaimer (id)")
eq(clean.rule_of("Opinions here do not necessarily reflect the views of this site.",
  "opinions here do not necessarily reflect the views of this site.", 11), "disclaimer", "blog disclaimer (en)")
eq(clean.rule_of("You may republish this story under a Creative Commons licence.",
  "you may republish this story under a creative commons licence.", 10), "copyright", "republishing licence")
eq(clean.rule_of("Comments (12)", "comments (12)", 2), "counter", "comments heading with a count")
eq(clean.rule_of("Komentar (3)", "komentar (3)", 2), "counter", "komentar heading with a count")
check(clean.rule_of("Jakarta (12)", "jakarta (12)", 2) ~= "counter", "a name with an age is no counter")
-- readers' comments under the tag line are end matter
do
  local _, lk = run_page({T, P1, P2, P3, "Tag: jalan, banjir, anggaran", "Komentar (2)", "Budi Santoso",
    "Semoga cepat selesai dikerjakan karena jalan ini dipakai anak-anak ke sekolah setiap hari.", "Balas"})
  eq(#lk, 3, "readers' comments after the tags go")
end
-- a group photo's caption, a reader quiz and its prize call
eq(clean.rule_of("From left, the mayor, the harbour master and two fishermen at the new jetty.",
  "from left, the mayor, the harbour master and two fishermen at the new jetty.", 13), "caption", "from-left caption")
eq(clean.rule_of("Dari kiri: Pak Lurah dan dua pedagang di pasar baru.",
  "dari kiri: pak lurah dan dua pedagang di pasar baru.", 9), "caption", "dari-kiri caption")
check(clean.rule_of("Dari kiri jalan itu terlihat deretan kios baru.",
  "dari kiri jalan itu terlihat deretan kios baru.", 8) ~= "caption", "a sentence opening with dari kiri")
eq(clean.rule_of("KUIS SEPEKAN", "kuis sepekan", 2), "quiz", "quiz heading")
check(clean.rule_of("Kuis itu diikuti 300 siswa dari 12 sekolah.", "kuis itu diikuti 300 siswa dari 12 sekolah.", 8)
  ~= "quiz", "a sentence about a quiz")
eq(clean.rule_of("Answer and win a RM100 voucher!", "answer and win a rm100 voucher!", 6), "prompt", "quiz prize call")
do
  local _, lk = run_page({T, P1, P2, P3, "QUIZ", "Berapa panjang jalan yang akan diperbaiki pemerintah daerah tahun ini?",
    "A. 5 km", "B. 10 km", "Jawab dan menangkan voucer belanja senilai Rp 100.000!"})
  eq(#lk, 3, "a quiz box under the story goes")
  -- a standfirst rewording a few words of the lead
  local SF2 = "Pemerintah daerah menyiapkan dana segar guna membenahi ruas jalan rusak akibat hujan."
  _, lk = run_page({T, SF2, "Penulis: Dewi Lestari", "", P1:gsub("JAKARTA, Contohnews.com %- ", ""), P2, P3})
  eq(#lk, 3, "a reworded standfirst above the byline goes")
end
-- a summary box under its label, and the writers' bios under the story
do
  local SUM = "The province will spend more on roads after the floods, but the money may not reach the villages first."
  local _, lk = run_page({T, "Penulis: Dewi Lestari dan Agus Salim", "", "Key points", SUM, "", P1, P2, P3, "",
    "Dewi Lestari adalah peneliti kebijakan publik di sebuah universitas negeri di Bandung.",
    "Agus Salim is a research fellow at an institute of regional economics in Surabaya."})
  eq(table.concat(lk, "|"), table.concat({P1, P2, P3}, "|"), "summary box and writers' bios go")
  -- a closing line about someone the header does not credit stays
  local LAST = "Budi Hartono adalah petani yang sawahnya terendam banjir selama dua pekan."
  _, lk = run_page({T, "Penulis: Dewi Lestari", "", P1, P2, P3, LAST})
  eq(lk[#lk], LAST, "a closing line about a person in the story stays")
end
-- a double dateline is no photo credit; "(Photo by Name)" closes a caption
do
  local L = "JAKARTA/SINGAPORE -- A regional airline said on Monday it would order 40 new jets to expand its routes."
  check(clean.rule_of(L, L:lower(), 19) ~= "caption", "double dateline with --")
  L = "MANILA/HANOI: Two shipping lines will share a new container terminal from next year, officials said."
  check(clean.rule_of(L, L:lower(), 16) ~= "caption", "double dateline with a colon")
  L = "Workers load rice at the port on Friday. (Photo by Maria Santos)"
  eq(clean.rule_of(L, L:lower(), 11), "caption", "(Photo by Name) caption")
  L = "Petugas memeriksa tanggul di tepi sungai. (Foto oleh Agus Salim)"
  eq(clean.rule_of(L, L:lower(), 9), "caption", "(Foto oleh Name) caption")
end
-- writers: "NAME and NAME, Outlet staff writers", "Name, Name" over the
-- date, a blogger's name over a bio and a follow button, "(Name/outlet)"
do
  local body = {(P1:gsub("JAKARTA, Contohnews.com %- ", "")), P2, P3}
  local function authors(head, tail)
    local page = {T}
    for _, l in ipairs(head) do page[#page + 1] = l end
    for _, l in ipairs(body) do page[#page + 1] = l end
    for _, l in ipairs(tail or {}) do page[#page + 1] = l end
    local d = run_page(page)
    return table.concat(d.meta.authors, ",")
  end
  eq(authors({"MARIA SANTOS and JOHN REYES, Contoh Daily correspondents", "March 3, 2025 10:15 JST"}),
     "MARIA SANTOS,JOHN REYES", "upper-case pair with a plural role")
  eq(authors({"Dewi Lestari Putri, Agus Salim Hakim", "3 Mar 2025 07:15AM"}),
     "Dewi Lestari Putri,Agus Salim Hakim", "two writers split by a comma")
  eq(authors({"Dewi Lestari Putri", "Ibu dua anak. Suka menulis soal kebun dan pasar.", "Follow",
    "3 Maret 2025 10:42"}), "Dewi Lestari Putri", "blogger over a bio and a follow button")
  eq(authors({"Senin, 3 Maret 2025"}, {"(Agus Salim Hakim/contoh)"}), "Agus Salim Hakim", "end tag (Name/outlet)")
  local _, lk = run_page({T, "Dewi Lestari Putri", "Ibu dua anak. Suka menulis soal kebun dan pasar.", "Ikuti",
    "3 Maret 2025 10:42", body[1], body[2], body[3]})
  eq(lk[1], body[1], "a blogger's bio is no content")
end
-- "(Outlet File Photo)" closes a caption; an ad's offer under its label
do
  local L = "SUBMERGED. A tricycle crosses a flooded street near the market on Monday. (Contoh File Photo)"
  eq(clean.rule_of(L, L:lower(), 15), "caption", "(Outlet File Photo) caption")
  local _, lk = run_page({T, P1, P2, "", "Sponsored", "Get a new scooter with 20% off the down payment. Book yours for only Rp 500.000!",
    "", P3})
  eq(#lk, 3, "an ad's offer under its label goes")
end
-- a stock-quote box between paragraphs
eq(clean.rule_of("+1.25 (+2.10%)", "+1.25 (+2.10%)", 2), "stock-quote", "price change line")
check(clean.rule_of("naik 3 (25%)", "naik 3 (25%)", 3) ~= "stock-quote", "a word before the figures")
do
  local _, lk = run_page({T, P1, "", "CNTH", "Rp 1.230", "-15 (-1.20%)", "Vol 3.1m", "Updated 4:05 pm", "", P2, P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, P3}, "|"), "a stock-quote box goes")
end
-- an ad's label and text on one line; the subheading under it stays
do
  local L = "Iklan \xC2\xB7 Paket liburan keluarga ke Bandung mulai Rp 750 ribu per orang"
  eq(clean.rule_of(L, L:lower(), 13), "ad", "ad label with its text")
  local _, lk = run_page({T, P1, P2, L, "Harga naik di wilayah timur", P3})
  eq(lk[3], "Harga naik di wilayah timur", "a subheading under a one-line ad stays")
end
-- quantities: a clock-shaped decimal before a unit, day-part clock times,
-- calendar days, a glued MLD
eq(values("paras air 7.35 meter, melebihi paras amaran 6.80 meter", "ms"), "7.35,6.8", "decimal metres are no clock")
eq(values("pada 10.15 pagi tadi", "ms"), "", "a clock time stays out")
eq(values("bermula 7 pagi hingga 5 petang", "ms"), "", "day-part clock times")
eq(values("finished within 90 calendar days", "en"), "", "calendar days are a duration")
eq(values("a plant of 120MLD", "en"), "120", "glued MLD")

-- a table of contents: its entries go, the subheadings later stay
do
  local T = "Lima Hal tentang Bendungan Baru di Hulu Sungai"
  local H1, H2, H3 = "1. Dibangun sejak tahun lalu", "2. Menampung air untuk tiga kabupaten", "3. Apa berikutnya?"
  local _, lk = run_page({T, P1, "Daftar Isi", H1, H2, H3, H1, P2, H2, P3, H3,
    "Warga di hilir berharap bendungan itu juga mengurangi banjir yang datang hampir setiap musim hujan."})
  eq(lk[2], H1, "the first subheading after the lead stays, the contents go")
  eq(#lk, 7, "a table of contents goes with its label")
end
-- an embedded post: its header, its text and its attribution go
do
  local T = "Arus Balik Mulai Padat di Jalan Tol Arah Ibu Kota"
  check(clean.rule_of("Postingan dari @contohtol \xC2\xB7 X", "postingan dari @contohtol \xC2\xB7 x", 4) == "embed",
        "an embed's header")
  local _, lk = run_page({T, P1, P2, "Postingan dari @contohtol \xC2\xB7 X",
    "Rest area KM 10 dibuka lagi pukul 15.00. Tetap tertib ya! #ArusBalik",
    "\xE2\x80\x94 Contoh Tol (@contohtol) 6 April 2025", P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, P3}, "|"), "an embedded post goes whole")
  _, lk = run_page({T, P1, P2, "Rest area KM 10 dibuka lagi pukul 15.00. #ArusBalik",
    "\xE2\x80\x94 Contoh Tol (@contohtol) 6 April 2025", P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, P3}, "|"), "a post's text over its attribution goes")
end
-- references and a one-line author bio under a feature
do
  local T = "Lima Hal tentang Bendungan Baru di Hulu Sungai"
  local _, lk = run_page({T, P1, P2, P3, "Referensi:", "Dinas Sumber Daya Air. (2024). Laporan Tahunan, hlm. 3-9.",
    "Tentang penulis: Rina Wulandari menulis tentang lingkungan dan infrastruktur sejak 2015.",
    "Sukai Contohnews di Facebook untuk cerita menarik lainnya!"})
  eq(table.concat(lk, "|"), table.concat({P1, P2, P3}, "|"), "references, bio and like prompt go")
end
-- a stamp with a reading time; a bare name over it is the writer
do
  local T = "Lima Hal tentang Bendungan Baru di Hulu Sungai"
  local pd2 = run_page({T, "Rina Wulandari", "3 Maret 2025 \xC2\xB7 6 menit baca", P1, P2, P3})
  eq(pd2.meta.published, "2025-03-03", "a stamp with a reading time")
  eq(table.concat(pd2.meta.authors, ","), "Rina Wulandari", "a bare name over the stamp")
end
-- a sentence-case subheading under a box between paragraphs stays
do
  local T = "Lima Hal tentang Bendungan Baru di Hulu Sungai"
  local _, lk = run_page({T, P1, "", P2, "", "POSKO BENCANA: Kantor Camat 0361-123 456 | Damkar 113 | Polisi 110", "",
    "Jalan utama ditutup", "", P3})
  eq(lk[3], "Jalan utama ditutup", "a subheading under a hotline box")
end

-- bylines and stamps of new shapes
do
  local T = "Lima Hal tentang Bendungan Baru di Hulu Sungai"
  eq(table.concat(meta.byline_names("LAPORAN: DEWI ANGGRAENI PUTRI"), ","), "DEWI ANGGRAENI PUTRI", "LAPORAN: NAME")
  eq(#meta.byline_names("Laporan itu menyebutkan kerugian besar"), 0, "Laporan opening a sentence")
  eq(table.concat(meta.byline_names("oleh Rina Wulandari [Palu] di 15 August 2025"), ","), "Rina Wulandari",
     "oleh Name [Place] di date")
  local pd2 = run_page({T, "oleh Rina Wulandari [Palu] di 15 August 2025", P1, P2, P3})
  eq(table.concat(pd2.meta.authors, ","), "Rina Wulandari", "a long oleh byline with its place and date")
  pd2 = run_page({"Contoh Daily", T, "Rina Wulandari and Budi Santoso", "Jakarta and Banda Aceh", "2025.10.14",
    "Updated 2025.10.15 05:12 PM ET", P1, P2, P3})
  eq(table.concat(pd2.meta.authors, ","), "Rina Wulandari,Budi Santoso", "two writers over their places and a dotted stamp")
  eq(pd2.meta.published, "2025-10-14", "a dotted year-month-day stamp")
  pd2 = run_page({"Contoh Daily", T, "Jakarta and Banda Aceh", "3 March 2025", P1, P2, P3})
  eq(#pd2.meta.authors, 0, "places over a stamp are no writers")
  pd2 = run_page({T, "21 Juli 2025", "Nurhayati Saragih", "Bagikan | Cetak", P1, P2, P3})
  eq(table.concat(pd2.meta.authors, ","), "Nurhayati Saragih", "a bare name under the stamp")
  pd2 = run_page({T, "21 Juli 2025", "Dengarkan Berita", P1, P2, P3})
  eq(#pd2.meta.authors, 0, "a button under the stamp is no writer")
  pd2 = run_page({"Contoh Daily", "Pendidikan | Oktober 9, 2025", T, P1, P2, P3})
  eq(pd2.meta.published, "2025-10-09", "a section and a date above the headline")
  pd2 = run_page({T, "By the Regional Desk", "23rd Sep 2025", "Updated: 24th Sep 2025", P1, P2, P3})
  eq(pd2.meta.published, "2025-09-23", "an ordinal date")
end

-- captions with a bracketed credit, reporter codes, polls, channel prompts,
-- contributors, summaries on pages without blank lines
do
  local T = "Lima Hal tentang Bendungan Baru di Hulu Sungai"
  local C = "Petugas memeriksa pintu air bendungan di hulu sungai pada Senin pagi. [Contoh Foto]"
  eq(clean.rule_of(C, C:lower(), 12), "caption", "a bracketed credit after a sentence")
  eq(clean.rule_of("(ab12)", "(ab12)", 1), "endtag", "a reporter's code")
  local _, lk = run_page({T, P1, P2, P3, "Undian", "Adakah anda setuju bendungan itu dibina?", "Setuju 70%",
    "Tidak setuju 20%", "Tidak pasti 10%", "Undi | Lihat keputusan", "Hubungi Kami | Iklan"})
  eq(table.concat(lk, "|"), table.concat({P1, P2, P3}, "|"), "a poll with its label, question and options")
  _, lk = run_page({T, P1, P2, "Jom sertai saluran Telegram Contoh Berita untuk kisah terkini!", P3,
    "Rina Wulandari in Palu contributed to this report."})
  eq(table.concat(lk, "|"), table.concat({P1, P2, P3}, "|"), "a channel prompt and a contributor line")
  local P4 = "Bendungan itu mulai dibangun dua tahun lalu oleh pemerintah provinsi dengan dana pinjaman dari bank pembangunan daerah setempat, dan kini sudah mengairi ribuan hektare sawah warga."
  _, lk = run_page({T, "Ringkasan", "Bendungan baru selesai dibangun tahun ini.", "Air untuk tiga kabupaten kini lebih terjamin.",
    P4, P2, P3})
  eq(table.concat(lk, "|"), table.concat({P4, P2, P3}, "|"), "a summary's points without blank lines")
end

-- from unseen18: a social post under its header, semicolon list items,
-- newsletter small print, reading times, "By The Outlet", "Oleh Name pada"
do
  local T = "Lima Hal tentang Bendungan Baru di Hulu Sungai"
  local _, lk = run_page({T, P1, P2, "Rina Wulandari", "3 jam \xC2\xB7", "Hari ketiga. Akhirnya sampai juga di bendungan. Terima kasih semua!",
    "Lihat lebih banyak", P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, P3}, "|"), "a social post's header and text")
  _, lk = run_page({T, P1, "Tujuan ekspor utama tahun ini adalah:", "Jepang dengan pangsa 40 persen;",
    "Korea dengan pangsa 20 persen;", "Taiwan sekitar 10 persen.", P2, P3})
  eq(lk[3], "Jepang dengan pangsa 40 persen;", "an unmarked list item ending in a semicolon")
  _, lk = run_page({T, P1, P2, "Sign up for our newsletters", "Sign up",
    "By registering, you accept our terms. You may unsubscribe at any time.", "", "Prices on the farm", "", P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, "Prices on the farm", P3}, "|"),
     "a newsletter box goes, the subheading under it stays")
  eq(clean.rule_of("Reading time: 8 minutes", "reading time: 8 minutes", 4), "counter", "a reading time")
  eq(#meta.byline_names("By The Contoh Herald"), 0, "By The Outlet names nobody")
  eq(table.concat(meta.byline_names("Oleh Rina Wulandari pada hari Selasa, 15 Jul 2025 - 11:08 WIB"), ","),
     "Rina Wulandari", "Oleh Name pada DATE")
  local C = "PENGRAJIN - Seorang pengrajin menyelesaikan cincin perak di bengkelnya. (CT/dok)"
  eq(clean.rule_of(C, C:lower(), 11), "caption", "a caption with the archive's credit")
end

-- from unseen17: an aggregator's upload stamp is no headline; a weekday
-- date over the headline as a last resort; a live blog's summary and its
-- last entries; reader-report prompts
do
  local T = "Lima Hal tentang Bendungan Baru di Hulu Sungai"
  local pd2 = run_page({"Contoh Feed", "Contoh Post \xC2\xB7 Diunggah 03/10/2026 08:05", T, P1, P2, P3})
  eq(pd2.meta.title, T, "an upload stamp after a dot is no headline")
  pd2 = run_page({"Contoh Daily", "Rabu, 21 Oktober 2026", T, "Oleh Redaksi pukul 09.14",
    "Bendungan itu mulai dibangun dua tahun lalu oleh pemerintah provinsi dengan dana pinjaman dari bank daerah setempat.", P2, P3})
  eq(pd2.meta.published, "2026-10-21", "a weekday date over the headline when nothing else dates the page")
  local E1 = "The river rose by two metres overnight and the dam's gates were opened at dawn, officials said on Tuesday."
  local E2 = "Rescue teams reached three villages cut off by the flood, the provincial disaster agency said in a statement."
  local E3 = "Schools in the district will stay closed until Friday while the water recedes, the education office said."
  local _, lk = run_page({"Flood live: dam gates opened as river rises", "Officials warn of more rain as thousands leave their homes along the river.",
    "Published On 3 Nov 2026", "10:05 GMT", "Gates opened", E1, "Share", "09:00 GMT", "Villages reached", E2, "Share",
    "08:00 GMT", "Schools closed", E3, "Share", "Load more"})
  eq(table.concat(lk, "|"), table.concat({"Gates opened", E1, "Villages reached", E2, "Schools closed", E3}, "|"),
     "a live blog: the summary goes, every entry stays")
  _, lk = run_page({T, P1, P2, "Punya informasi kejadian di sekitar Anda? Kirim foto ke WhatsApp Redaksi 0812-0000-1111",
    "Jalan utama mulai tergenang", P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, "Jalan utama mulai tergenang", P3}, "|"), "a reader-report prompt goes, the subheading stays")
end

-- boxes and widgets inside a story (qlines6): a box's label takes its
-- lines to the next blank line and a subheading under it still sees the
-- prose above; prompts, notes, ratings, reactions and an aggregator's links
do
  local T = "Jalan Rusak Segera Diperbaiki Pemerintah Daerah"
  local _, lk = run_page({T, "", P1, "", P2, "", "KATA HIKMAH",
    "\xE2\x80\x9CAir tenang jangan disangka tiada buaya.\xE2\x80\x9D \xE2\x80\x93 Pepatah lama", "",
    "Anggaran tambahan disiapkan", "", P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, "Anggaran tambahan disiapkan", P3}, "|"),
     "a saying of the day goes with its label, the subheading stays")
  _, lk = run_page({T, "", P1, "", P2, "", "INFO LOWONGAN SURABAYA",
    "Dibutuhkan: Kasir Toko (Sidoarjo) \xC2\xB7 Gaji Rp 3.100.000 \xC2\xB7 Kirim CV via email",
    "Dibutuhkan: Sopir Ekspedisi \xC2\xB7 Gaji Rp 3.500.000", "", "Warga menunggu kepastian", "", P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, "Warga menunggu kepastian", P3}, "|"),
     "a job-ads box goes, the subheading under it stays")
  _, lk = run_page({T, "", P1, "", P2, "", "FAKTA PROYEK",
    "Biaya: Rp 40 miliar \xC2\xB7 Panjang jalan: 12 km \xC2\xB7 Target: Juni 2026", "",
    "Perbaikan dimulai dari pusat kota", "", P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, "Perbaikan dimulai dari pusat kota", P3}, "|"),
     "a facts box goes, the subheading under it stays")
  _, lk = run_page({T, "", P1, "", P2, "", "Contoh Data: Download the data (CSV, 12 KB)",
    "Road repairs by district, 2019\xE2\x80\x932025", "", "Jalan desa menyusul", "", P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, "Jalan desa menyusul", P3}, "|"),
     "a chart's data link and title go, the subheading stays")
  _, lk = run_page({T, "", P1, "", P2, "", "Pindai kode QR untuk lanjut membaca di ponsel", "[QR]", "",
    "Sekolah ikut terdampak", "", P3})
  eq(table.concat(lk, "|"), table.concat({P1, P2, "Sekolah ikut terdampak", P3}, "|"),
     "a QR prompt goes, the subheading stays")
end
eq(clean.rule_of("Join The Contoh Times on WhatsApp for breaking news.",
   "join the contoh times on whatsapp for breaking news.", 9), "prompt", "Join X on WhatsApp")
eq(clean.rule_of("Rate this story \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86\xE2\x98\x86 3.2/5 (18 votes)",
   "rate this story \xE2\x98\x85\xE2\x98\x85\xE2\x98\x85\xE2\x98\x86\xE2\x98\x86 3.2/5 (18 votes)", 6), "feedback",
   "a star rating")
eq(clean.rule_of("Load earlier updates", "load earlier updates", 3), "share", "a live blog's loader")
eq(clean.rule_of("Some names have been changed to protect the sources.",
   "some names have been changed to protect the sources.", 9), "disclaimer", "changed names")
eq(clean.rule_of("Contohku merupakan agregator berita dari berbagai media.",
   "contohku merupakan agregator berita dari berbagai media.", 7), "disclaimer", "an aggregator's note")
eq(clean.rule_of("Ringkasan Contohku: Jalan rusak di pusat kota akan diperbaiki mulai pekan depan.",
   "ringkasan contohku: jalan rusak di pusat kota akan diperbaiki mulai pekan depan.", 13), "summary",
   "a summary on its label's line")
eq(clean.rule_of("Kabar Contoh \xC2\xB7 Jembatan baru di tepi sungai dibuka pekan depan \xC2\xB7 2 jam lalu",
   "kabar contoh \xC2\xB7 jembatan baru di tepi sungai dibuka pekan depan \xC2\xB7 2 jam lalu", 14), "related-link",
   "an aggregator's source, headline and age")
eq(clean.rule_of("Kabar Contoh \xC2\xB7 4 jam lalu \xC2\xB7 Ikuti", "kabar contoh \xC2\xB7 4 jam lalu \xC2\xB7 ikuti", 7),
   "timestamp", "a source's age between dots")
eq(clean.rule_of("\xE2\x9D\xA4\xEF\xB8\x8F 2.1K \xC2\xB7 \xF0\x9F\x98\xA2 40 \xC2\xB7 \xF0\x9F\x92\xAC 12 comments",
   "\xE2\x9D\xA4\xEF\xB8\x8F 2.1k \xC2\xB7 \xF0\x9F\x98\xA2 40 \xC2\xB7 \xF0\x9F\x92\xAC 12 comments", 8), "counter",
   "a row of reactions")
check(clean.rule_of("\xE2\x96\xB6 3:25", "\xE2\x96\xB6 3:25", 2) ~= "counter", "a video's duration is no reaction row")
eq(clean.rule_of("Fishermen haul their boats up the beach before the storm. (Contoh)",
   "fishermen haul their boats up the beach before the storm. (contoh)", 11), "caption",
   "a caption credited in round brackets")
check(clean.rule_of("The ministry said the port would reopen on Monday. (ANTARA)",
   "the ministry said the port would reopen on monday. (antara)", 10) ~= "caption",
   "an all-capital wire tag is no caption credit")
check(clean.rule_of("The port reopened on Monday. Ships queued for hours outside the harbour. (Reuters)",
   "the port reopened on monday. ships queued for hours outside the harbour. (reuters)", 13) ~= "caption",
   "two sentences signed by a wire are no caption")
do
  -- a standfirst that rewords the story, under the headline and over the
  -- byline, goes; a long lead above the byline stays
  local E1 = "The city council approved a new budget on Tuesday to repair roads damaged by floods last month, with work to start in the northern districts first and the rest by March."
  local _, lk = run_page({"Roads to be repaired before the rains", "A city finds the money to mend what the water broke.",
    "By Dewi Lestari", "", E1, "", P2})
  eq(table.concat(lk, "|"), table.concat({E1, P2}, "|"), "a rewording standfirst goes")
  _, lk = run_page({"Roads to be repaired before the rains", E1, "By Dewi Lestari", "", P2, "", P3})
  eq(table.concat(lk, "|"), table.concat({E1, P2, P3}, "|"), "a lead above the byline stays")
end

-- from unseen20: a caption's date does not beat the timed stamp above the
-- headline; an aggregator frame's outlet stamp under the repeated headline
-- (and its app source line with a relative time is no headline); a weekday
-- date over the headline with a byline under it
do
  local fields = require "stages.fields"
  local T = "Harga Sewa Kios Pasar Baru Naik 20 Persen, Pedagang Minta Keringanan"
  local Q1 = "Para pedagang Pasar Baru meminta pengelola menunda kenaikan sewa kios sampai akhir musim hujan tahun ini."
  local Q2 = "Pengelola pasar mengatakan kenaikan itu diperlukan untuk menutup biaya perbaikan atap yang bocor sejak lama."
  local Q3 = "Sebagian pedagang mengaku omzet mereka turun hampir separuh sejak pasar darurat ditutup awal bulan lalu."
  local pd = run_page({"Contoh Pos", "Home | Nasional | Ekonomi", "Kamis, 12 Maret 2026 - 09:20 WIB", T,
    "Penulis: Sari Wulandari",
    "Pedagang Pasar Baru memperlihatkan surat kenaikan sewa kios kepada wartawan, Rabu (11/3/2026). (Contoh Pos/Sari)",
    Q1, Q2, Q3})
  eq(pd.meta.published, "2026-03-12", "a caption's date does not beat the timed stamp above the headline")
  local L1 = "BANDUNG, Kabar Contoh - Para pedagang Pasar Baru meminta pengelola menunda kenaikan sewa kios sampai akhir musim hujan tahun ini karena omzet mereka belum pulih."
  pd = run_page({"\xE2\x89\xA1 BacaKita", "Untuk Anda | Terkini | Nasional", "Kabar Contoh \xC2\xB7 5 jam lalu \xC2\xB7 + Ikuti", T,
    "Ringkasan BacaKita: Pedagang Pasar Baru meminta penundaan kenaikan sewa kios. Pengelola menyebut biaya perbaikan atap makin besar.",
    "", "KABAR CONTOH", "Ekonomi", T, "Selasa, 10 Maret 2026 | 14:10 WIB", "Penulis: Sari Wulandari", "",
    L1, Q2, Q3, "Lihat artikel asli di kabarcontoh.id"})
  eq(pd.meta.title, T, "an app's source line with a relative time is no headline")
  eq(pd.meta.published, "2026-03-10", "the outlet's stamp under the headline printed again in a frame")
  eq(fields.source_stamp("Contoh Wire \xE2\x80\xA2 2 hours ago"), true, "a source and a relative time")
  eq(fields.source_stamp("Contoh Pos \xC2\xB7 13 jam lalu \xC2\xB7 + Ikuti"), true, "a relative time between dots")
  eq(fields.source_stamp("Warga Mengungsi 3 Hari Lalu karena Banjir"), false, "no dot: a headline")
  pd = run_page({"Contoh Pos", "Home | Nasional | Ekonomi", "Selasa, 10 Maret 2026", T,
    "Oleh: Sari Wulandari", Q1, Q2, Q3})
  eq(pd.meta.published, "2026-03-10", "a weekday date over the headline with a byline under it")
end

-- from unseen19/20: a widget's heading over a row of figures is no writer;
-- typographic apostrophes inside a byline's names; "Teks: X | Foto: Y"
do
  local T = "Nelayan Pesisir Terima Bantuan Bot Gentian Kaca Baharu"
  local Q1 = "KUANTAN: Seramai 40 nelayan pesisir menerima bot gentian kaca baharu daripada jabatan perikanan negeri semalam."
  local Q2 = "Pengarah jabatan itu berkata bantuan berkenaan diberi kepada nelayan yang botnya rosak akibat ribut bulan lalu."
  local Q3 = "Seorang penerima berkata bot baharu itu membolehkan dia kembali ke laut selepas hampir dua bulan tidak bekerja."
  local pd = run_page({"Contoh Harian", "Utama | Negeri | Sukan", T, "Oleh: Hafiz Rahman",
    "Kadar Tukaran Asing \xE2\x80\x94 Kuantan", "USD: 4.21 \xC2\xB7 SGD: 3.30 \xC2\xB7 EUR: 4.85",
    Q1, Q2, Q3})
  eq(table.concat(pd.meta.authors, ","), "Hafiz Rahman", "a widget heading over a row of figures is no writer")
  pd = run_page({"Contoh Harian", "Utama | Negeri | Sukan", T, "Oleh: Hafiz Rahman",
    "Petikan Bursa Mingguan (3 - 7 Mac)", "KLCI: 1,602.5 \xC2\xB7 FBM70: 17,210 \xC2\xB7 Ringgit: 4.41",
    Q1, Q2, Q3})
  eq(table.concat(pd.meta.authors, ","), "Hafiz Rahman", "a weekly box heading over figures is no writer")
  eq(meta.is_name("Jadwal Kereta Api"), false, "a schedule widget's heading")
  eq(meta.is_name("Weekly Fuel Prices"), false, "a price widget's heading")
  eq(table.concat(meta.byline_names("Oleh Siti Nur\xE2\x80\x99Ain Ma\xE2\x80\x99ruf"), ","),
     "Siti Nur\xE2\x80\x99Ain Ma\xE2\x80\x99ruf", "typographic apostrophes inside names")
  eq(table.concat(meta.byline_names("By Liam O\xE2\x80\x99Connor \xE2\x80\x94 Contoh Post"), ","),
     "Liam O\xE2\x80\x99Connor", "an apostrophe in the name, a dash before the outlet")
  eq(table.concat(meta.byline_names("Teks: Hafiz Rahman | Foto: Lim Wei Jie"), ","), "Hafiz Rahman",
     "the text credit names the writer, the photo credit does not")
  pd = run_page({"Contoh Harian", "Utama | Negeri | Sukan", T, "Teks: Hafiz Rahman | Foto: Lim Wei Jie",
    "12 Mac 2026, 10:15 PG", Q1, Q2, Q3})
  eq(table.concat(pd.meta.authors, ","), "Hafiz Rahman", "a text-and-photo credit under the headline")
end

-- from unseen19: the writers signed only at the foot ("A - B / Outlet")
do
  local fields = require "stages.fields"
  eq(table.concat(fields.foot_signature("Minh Chau - Quoc Viet / Contoh News") or {}, ","), "Minh Chau,Quoc Viet",
     "two writers and the outlet after a slash")
  eq(table.concat(fields.foot_signature("Lan Anh / contohnews.vn") or {}, ","), "Lan Anh", "a writer and a domain")
  eq(fields.foot_signature("Hanoi / Contoh News"), nil, "a one-word place is no signature")
  eq(fields.foot_signature("Minh Chau / Quoc Viet"), nil, "no outlet after the slash")
  local E1 = "Rice farmers in the delta are planting earlier this year to avoid the salt water that reaches the fields in March."
  local E2 = "The provincial agriculture department said about 12,000 hectares had been sown two weeks ahead of the usual calendar."
  local E3 = "Farmers said the earlier harvest would also let them sell before prices usually fall at the end of the season."
  local pd = run_page({"Contoh News", "News | Business | Society", "Delta rice farmers plant early to dodge salt water",
    "Tue, March 3, 2026, 9:10 AM GMT+7", E1, E2, E3, "Minh Chau - Quoc Viet / Contoh News", "Tags: rice \xC2\xB7 delta"})
  eq(table.concat(pd.meta.authors, ","), "Minh Chau,Quoc Viet", "writers signed at the foot")
end

-- from unseen19: a live blog's kicker before a colon is no dateline place,
-- so the kicked headline stays the headline
do
  check(dateline.parse("LIVE: Bridge closed as river rises past the danger mark overnight") == nil,
        "a LIVE kicker is no dateline")
  check(dateline.parse("EKSKLUSIF: Menteri akui projek jalan raya itu lewat dua tahun") == nil,
        "an EKSKLUSIF kicker is no dateline")
  local d2 = dateline.parse("IPOH: Kerajaan negeri akan membina dua jambatan baharu tahun depan.")
  check(d2 and d2.place == "IPOH", "a place before a colon is still a dateline")
  local T = "LANGSUNG: Banjir kilat di Ipoh dan Kampar \xE2\x80\x93 65 peratus mangsa sudah pulang"
  local E1 = "Seramai 300 mangsa banjir kilat di sekitar Ipoh telah dipindahkan ke empat pusat pemindahan sementara setakat petang ini."
  local E2 = "Jabatan Bomba memaklumkan paras air di beberapa taman perumahan mula surut selepas hujan berhenti kira-kira sejam lalu."
  local pd = run_page({"Contoh TV", "Terkini | Nasional | LANGSUNG", T, "Oleh Meja Berita",
    "Jangkaan air surut sepenuhnya: 6 jam lagi", "", "5:10 PTG", "Air mula surut", E1, "", "3:00 PTG", "Mangsa dipindahkan", E2})
  eq(pd.meta.title, T, "a live blog's kicked headline, not the countdown under it")
end

-- an acronym the text defined, then a place: one organisation (the branch),
-- as most gold sets label "JPS Pulau Pinang"
eq(ents("Kerja itu dibuat Jabatan Kerja Raya (JKR) sejak Mac. JKR Perak berkata kerja siap esok."),
   "org:Jabatan Kerja Raya|org:JKR|org:JKR Perak", "a defined acronym and a known place")
-- typographic apostrophes inside names, before a capital or small letters
eq(ents("Analyst Maria D\u{2019}Costa-Reyes said the plan works. D\u{2019}Costa-Reyes added more."),
   "per:Maria D\u{2019}Costa-Reyes|per:D\u{2019}Costa-Reyes", "U+2019 before a capital inside a surname")
eq(ents("Analyst Maria D'Costa-Reyes said the plan works."), "per:Maria D'Costa-Reyes", "ASCII apostrophe too")
eq(ents("Pengerusi persatuan itu, Siti Nur\u{2019}Aini Ma\u{2019}rof, berkata."),
   "per:Siti Nur\u{2019}Aini Ma\u{2019}rof", "U+2019 inside given name and surname")

-- an occupation opening a sentence is a title, not a word of the name
eq(ents("Desainer Rina Kusuma Wardani memamerkan gaun merah. Menurut Rina, kain itu ringan."),
   "per:Rina Kusuma Wardani|per:Rina", "an occupation as a title")

if failures > 0 then error(failures .. " news stage test(s) failed") end
print("news stages: all tests passed")
