-- Quantities of a cleaned news body: every number written with digits that
-- is a count, an amount of money, a percentage or a measure, with its value.
--
-- Indonesian writes "5.000" for five thousand and "1,3" for 1.3; English
-- and Malaysian Malay write "5,000" and "1.3".  Scale words multiply
-- ("1,3 juta" = 1300000, "$2.5 billion" = 2.5e9).  Excluded: dates, years,
-- clock times, durations and ages, identifiers (AK-12, COVID-19, G20),
-- ordinals (ke-3), list numbers, phone numbers and numbers in parentheses.
--
-- The finder itself is C (core/text/quantity.c, as saring.quantity; the
-- rules and their reasons are described there), built once per worker from
-- the word tables below.

local dates = require "stages.dates"
local adapt = require "stages.adapt"

local quantity = adapt.quantity or error("stages.quantities needs saring.quantity (run it with saring)")

local M = {}

local function set(s)
  local t = {}
  for w in s:gmatch("%S+") do t[w] = true end
  return t
end

local SCALE = {ribu = 1e3, rb = 1e3, ribuan = nil, juta = 1e6, jt = 1e6,
  miliar = 1e9, milyar = 1e9, triliun = 1e12, trilyun = 1e12,
  thousand = 1e3, million = 1e6, billion = 1e9, trillion = 1e12,
  bilion = 1e9, trilion = 1e12, mn = 1e6, bn = 1e9, m = nil}

local TIME_UNITS = set[[hari minggu bulan tahun jam menit detik pekan dekade
  abad windu malam siang days day weeks week months month years year hours
  hour minutes minute seconds second hrs hr mins min decade decades century
  centuries tahunan harian bulanan jam-jam hari-hari sec secs minit saat
  calendar pagi petang sore subuh pg ptg mlm]]
-- ("180 calendar days" is a duration; "8 pagi", "4 petang" are clock times,
-- as "8 malam" is)

-- Words after which a number is a label, not an amount: dates and clock
-- times, ages, pages and editions, addresses ("Blok 4", "Block 210 Lorong
-- 8", "Route 2"), stages and kinds ("Fasa 2", "diabetes jenis 2", "type 2"),
-- and the cylinder type of the subsidised gas ("elpiji 3 kg", "LPG 3 kg").
local PREV_EXCL = set[[tanggal tgl pukul jam nomor no nomer pasal ayat usia
  berusia umur aged age tahun year halaman hal page edisi jilid seri lantai
  rt rw kode nrp nip nik babak season musim episode part bagian sesi putaran
  tahap angkatan kelas level versi version chapter bab juz surat gate pintu
  km kilometer nomer ruang kamar blok gang jalan jl line jalur koridor
  peringkat ranking rank urutan posisi nomor-nomor skor score tipe type
  model seri generasi gen pukul jam-jam sejak since tahun-tahun
  periode seksyen section sek subseksyen subsection zona zone liga league
  divisi division fase phase gelombang wave tier
  block blk lorong route fasa jenis elpiji lpg
  avenue ave street lane crescent persiaran lebuh
  darurat kecemasan emergency hotline hubungi dial talian]]
-- (and streets named with a number, "Avenue 6", and the emergency lines
-- people call, "layanan darurat 112")

-- Words of a ratio: after a label word, "level 2,1 kali" is a measure.
local MULTIPLES = set[[kali times ganda fold]]

-- "people over 60", "children under 12": a bound after a noun of people
-- makes the number an age
local PEOPLE = set[[people persons residents citizens adults seniors those
  anyone everyone children kids men women pensioners retirees]]
local AGE_BOUNDS = set[[over above under below]]

-- nouns that make a year-like number a count ("2000 orang")
local COUNT_NOUNS = set[[orang jiwa warga personel tentara prajurit unit
  rumah kendaraan mobil motor kasus ton kg km meter hektare ha liter barel
  people persons troops soldiers units homes cases tonnes tons households
  keluarga kk peserta siswa mahasiswa pekerja buruh karyawan pegawai]]

local PERCENT = set[[persen percent per-cent peratus pct]]

-- nouns after a hyphenated measure that make it a standard size, named like
-- a type ("a 40-foot container"), where "a 62-metre bridge" is a measure
local SIZE_NOUNS = set[[container containers kontainer kontena]]

-- words that are not units: the number is still a quantity, but the word
-- does not join its text
local FUNCTION = set[[di ke dari dan yang untuk pada dengan atau dalam itu
  ini of the and to in for on with a an by as at from orang-orang]]

-- Currency signs written before a number ("Rp5.000", "US$ 2", "RM45.6bil"),
-- each with at most one white space between it and the number.  "Rp" and
-- "Rs" may take a full stop ("Rp. 5.000").
local CURRENCY_BEFORE = set("IDR USD US$ $ RM S$ \xE2\x82\xAC \xC2\xA3 EUR SGD MYR " ..
  "\xC2\xA5 A$ VND \xE2\x82\xAB PHP Php \xE2\x82\xB1 THB \xE0\xB8\xBF INR RMB HKD CNY JPY " ..
  "BND B$ HK$ NZ$ AUD GBP VN\xC4\x90")  -- (VNĐ: the dong as Vietnam writes it)
local CURRENCY_DOT = set[[Rp Rs]]
-- The bare "P" of the Philippine peso only counts before a scale word
-- ("P1.2 billion"): "P3K" or "P2" are names, not money.  It must follow no
-- letter.  So does the "K" of the Myanmar kyat ("K4.5 million").
local BARE_CURRENCY = {P = true, K = true}

-- Units and scales written glued to the number: "1,400MW", "RM45.6bil".
local GLUED = {mw = 1, gw = 1, kw = 1, kwh = 1, mwh = 1, gwh = 1, km = 1,
  kg = 1, cm = 1, mm = 1, ha = 1, ml = 1, tb = 1, gb = 1, mb = 1,
  kph = 1, mph = 1, kmh = 1, mld = 1,
  bil = 1e9, bilion = 1e9, bn = 1e9, b = 1e9, mil = 1e6, jt = 1e6,
  juta = 1e6, rb = 1e3, k = 1e3, m = 1e6, t = 1e12, sen = 1}
-- Glued scales that need a currency sign: "RM5m", but not "5m" or "G7k".
local SCALE_GLUED = {b = true, m = true, k = true, t = true}

local FINDER = quantity.new{
  scale = SCALE, glued = GLUED, scale_glued = SCALE_GLUED,
  time_units = TIME_UNITS, prev_excl = PREV_EXCL, count_nouns = COUNT_NOUNS,
  percent = PERCENT, function_words = FUNCTION, months = dates.MONTHS,
  currency = CURRENCY_BEFORE, currency_dot = CURRENCY_DOT,
  bare_currency = BARE_CURRENCY, size_nouns = SIZE_NOUNS,
  multiples = MULTIPLES, people = PEOPLE, age_bounds = AGE_BOUNDS,
}

-- Find the quantities of `text` in reading order: array of
-- {text =, value =, start =, stop =, unit =}, with unit nil when the
-- quantity has none.  `lang` ("id", "en", "ms" or nil) picks the
-- separators: nil reads as Indonesian.
function M.find_all(text, lang)
  return FINDER:find_all(text, lang)
end

function M.stage(doc)
  -- saring's own documents: the tags and the list in one C call
  if type(doc) == "userdata" and FINDER.tag then
    doc.meta.quantities = FINDER:tag(doc, doc.meta.lang)
    return doc
  end
  local text = doc.text
  local list = FINDER:find_all(text, doc.meta.lang)
  local qs = {}
  for i = 1, #list do
    local q = list[i]
    doc:tag(q.start, q.stop, "quantity", q.value)
    qs[i] = {text = q.text, value = q.value, unit = q.unit or ""}
  end
  doc.meta.quantities = qs
  return doc
end

return M
