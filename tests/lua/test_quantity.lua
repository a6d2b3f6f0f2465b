-- Tests of saring.quantity (run: build/saring lua tests/lua/test_quantity.lua)
--
-- A small word list instead of the news pipeline's tables, so every expected
-- quantity follows from the rules in core/text/quantity.c by hand; then a few
-- values per language through the pipeline's stage (stages.quantities).
package.path = "scripts/?.lua;" .. package.path
local quantity = require "saring.quantity"
local saring = require "saring"

local expect = dofile("tests/lua/expect.lua")
local eq, raises = expect.eq, expect.raises

local f = quantity.new{
  scale = {juta = 1e6, billion = 1e9, ribuan = false},
  glued = {kg = 1, bil = 1e9, m = 1e6},
  scale_glued = {m = true},
  time_units = {tahun = true, year = true},
  prev_excl = {tanggal = true},
  count_nouns = {orang = true},
  percent = {persen = true},
  function_words = {di = true, the = true},
  months = {april = 4},             -- any true value
  currency = {["US$"] = true, RM = true},
  currency_dot = {Rp = true},
  bare_currency = {P = true},
}
eq(tostring(f):match("^saring.quantity finder"), "saring.quantity finder", "tostring")

-- "text=value(type)[unit]" of each quantity
local function qs(text, lang)
  local out = {}
  for _, q in ipairs(f:find_all(text, lang)) do
    eq(text:sub(q.start, q.stop), q.text, "text is the span")
    out[#out + 1] = string.format("%s=%s(%s)%s", q.text, q.value, math.type(q.value),
                                  q.unit and "[" .. q.unit .. "]" or "")
  end
  return table.concat(out, "|")
end

eq(qs("ada 5.000 orang", "id"), "5.000 orang=5000(integer)[orang]", "id grouping")
eq(qs("ada 5.000 orang", "en"), "5.000 orang=5000(integer)[orang]", "en grouping")
eq(qs("ada 2.500 juta orang", "en"), "2.500 juta orang=2500000(integer)[orang]", "en decimal before a scale")
eq(qs("ada 2.500 juta orang", "id"), "2.500 juta orang=2500000000(integer)[orang]", "id grouping before a scale")
eq(qs("ada 0,15 di", "id"), "0,15=0.15(float)", "a float")
eq(qs("ada 5,5 orang", "id"), "5,5 orang=5.5(float)[orang]", "id decimal")
eq(qs("ada 5,500 orang", "ms"), "5,500 orang=5500(integer)[orang]", "ms grouping")
eq(qs("ada 5.000 orang"), "5.000 orang=5000(integer)[orang]", "no language reads as id")
eq(qs("ada 5.000 orang", false), "5.000 orang=5000(integer)[orang]", "false reads as nil")
eq(qs("Rp. 1,3 juta di", "id"), "Rp. 1,3 juta=1300000(integer)", "money and scale")
eq(qs("US$2.5 billion di", "en"), "US$2.5 billion=2500000000(integer)", "dollars")
eq(qs("RM5m di", "ms"), "RM5m=5000000(integer)[m]", "glued scale after a sign")
eq(qs("5m di", "ms"), "", "glued scale without a sign")
eq(qs("naik 7% di", "id"), "7%=7(integer)[%]", "percent sign")
eq(qs("tanggal 5 di", "id"), "", "excluded by the previous word")
eq(qs("pada 28 April 2025", "id"), "", "a date")
eq(qs("selama 3 tahun", "id"), "", "a duration")
eq(qs("P2 di", "en"), "", "a bare sign without a scale")
eq(qs("P1.2 billion di", "en"), "P1.2 billion=1200000000(integer)", "a bare sign with a scale")
eq(qs("", "id"), "", "empty text")
eq(qs("\xff\xfe 5\x80 \xE2\x82", "id"), "5=5(integer)", "invalid UTF-8 around a number")
eq(qs("\xff5 di", "id"), "", "a number glued to a non-ASCII byte")
eq(#f:find_all("a 5.", "id"), 1, "text ending after a number")
-- a document is read in place
local doc = saring.doc { text = "ada 5.000 orang" }
eq(#f:find_all(doc, "id"), 1, "document argument")
eq(#quantity.new{}:find_all("ada 5.000 orang di 3 tempat"), 2, "empty lists")

-- misuse
raises("table expected", quantity.new)
raises("table expected", quantity.new, "x")
raises("unknown word list 'nope'", quantity.new, {nope = {}})
raises("'percent' must be a table", quantity.new, {percent = "persen"})
raises("words must be strings", quantity.new, {percent = {true}})
raises("factor of 'juta' must be a number", quantity.new, {scale = {juta = true}})
raises("empty word", quantity.new, {percent = {[""] = true}})
raises("longer than", quantity.new, {percent = {[string.rep("a", 64)] = true}})
raises("string expected", f.find_all, f, nil)
raises("string expected", f.find_all, f, 5 > 4)
raises("string expected", f.find_all, f, "5 orang", {})
raises("string expected", f.find_all, f, "5 orang", true)
raises("saring.quantity.finder expected", f.find_all, {}, "5")
raises("saring.quantity.finder expected", f.find_all, "5", "5")

-- finder:tag: the same quantities as find_all, each a "quantity" tag with
-- its value (as doc:tag would make it), and the list {text, value, unit}
do
  local text = "Sebanyak 5.000 orang, 12 kg dan Rp 1,3 juta; naik 2,5 persen."
  local d = saring.doc { text = text }
  local list = f:tag(d, "id")
  local want_tags, want_list = {}, {}
  local ref = saring.doc { text = text }
  for _, q in ipairs(f:find_all(text, "id")) do
    ref:tag(q.start, q.stop, "quantity", q.value)
    want_list[#want_list + 1] = q.text .. "=" .. tostring(q.value) .. "[" .. (q.unit or "") .. "]"
  end
  for _, g in ipairs(ref:tags()) do
    want_tags[#want_tags + 1] = g.start .. "-" .. g.stop .. ":" .. g.type .. "=" .. tostring(g.value)
  end
  local got_tags, got_list = {}, {}
  for _, g in ipairs(d:tags()) do
    got_tags[#got_tags + 1] = g.start .. "-" .. g.stop .. ":" .. g.type .. "=" .. tostring(g.value)
  end
  for _, q in ipairs(list) do
    got_list[#got_list + 1] = q.text .. "=" .. tostring(q.value) .. "[" .. q.unit .. "]"
    eq(q.start, nil, "tag: list items hold no offsets")
  end
  assert(#want_list >= 3, "tag: the sample has quantities")
  eq(table.concat(got_tags, "|"), table.concat(want_tags, "|"), "tag: tags as doc:tag")
  eq(table.concat(got_list, "|"), table.concat(want_list, "|"), "tag: list")
  eq(math.type(list[1].value), "integer", "tag: integral value stays an integer")
  eq(#f:tag(saring.doc { text = "" }), 0, "tag: empty text")
  eq(#f:tag(saring.doc { text = "5 orang" }, false), 1, "tag: false reads as nil")
  -- the separators follow the language as in find_all
  eq(f:tag(saring.doc { text = "ada 5,000 orang" }, "en")[1].value, 5000, "tag: en separators")
end
raises("saring.doc expected", f.tag, f, "5 orang")
raises("string expected", f.tag, f, saring.doc { text = "5" }, {})
raises("saring.quantity.finder expected", f.tag, {}, saring.doc { text = "5" })

-- the pipeline's tables: a few values per language
local quantities = require "stages.quantities"
local function values(text, l)
  local out = {}
  for _, q in ipairs(quantities.find_all(text, l)) do out[#out + 1] = tostring(q.value) end
  return table.concat(out, ",")
end
eq(values("sebanyak 5.000 orang dan 1,3 juta personel", "id"), "5000,1300000", "id")
eq(values("naik 2,5 persen menjadi Rp 1,2 triliun", "id"), "2.5,1200000000000", "id money")
eq(values("about 12,500 people and US$1.2 billion", "en"), "12500,1200000000", "en")
eq(values("rose 0.5 percent to 1,400MW", "en"), "0.5,1400", "en percent and glued unit")
eq(values("sebanyak 1,400MW dan RM45.6bil", "ms"), "1400,45600000000", "ms")
eq(values("sebanyak 2.5 juta pelawat", "ms"), "2500000", "ms decimal scale")
eq(values("hubungi 0333-412 567 atau 09-859 1234, ada 15 orang", "ms"), "15", "ms phones")

-- prices under one unit, ranges of days, identifiers and points in time
eq(values("shares at S$0.875 and US$0.5, or 0,875", "en"), "0.875,0.5,0.875", "a lone 0 opens no group")
eq(values("for FY2024 to 2.75 cents a unit", "en"), "2.75", "an identifier opens no range")
eq(values("libur 12 sampai 14 Maret bagi 300 siswa", "id"), "300", "a range of days")
eq(values("from 3 to 5 June, 3 to 5 tonnes", "en"), "3,5", "a range of days, a range of tonnes")
eq(values("jumlahnya 3.25 juta, naik 12.40 peratus", "ms"), "3250000,12.4", "clock-like amounts")
eq(values("tiba pukul 3.25 petang", "ms"), "", "a clock time")
eq(values("berbanding 1.8 juta tahun lepas", "ms"), "1800000", "a scale before last year")
eq(values("selama 1,5 juta tahun", "id"), "", "a scale before a duration")
eq(values("at Blk 45 Jalan 3 and Block 12, on Route 7, Fasa 3, jenis 1", "en"), "", "addresses and stages")
eq(values("tabung elpiji 12 kg dan LPG 3 kg seharga Rp20.000", "id"), "20000", "gas cylinder types")
eq(values("a 40-foot container and a 12-metre jetty", "en"), "12", "a container size is no quantity")
eq(values("repairs of BND4.5 million and B$200", "en"), "4500000,200", "Brunei dollars")

-- rounding of a decimal times a scale, the dong, a ratio after a label
-- word, an age bound after people, numbered streets and emergency lines
eq(values("anggaran Rp 21,7 triliun dan Rp 4,3 miliar", "id"), "21700000000000,4300000000", "a decimal times a scale is whole")
eq(values("fares of VN\xC4\x907,000 and VN\xC4\x9012.5 trillion", "en"), "7000,12500000000000", "the dong as Vietnam writes it")
eq(values("rasio utang di level 3,4 kali dan di level 6", "id"), "3.4", "a ratio after a label word")
eq(values("tickets are free for children under 12 and seniors above 65, for 300 people over 2 days", "en"), "300",
   "an age after people and a bound")
eq(values("over 40 residents came", "en"), "40", "a bound before a count")
eq(values("shops on Orchard Street 9 and Pine Avenue 14 closed, 20 of them", "en"), "20", "numbered streets")
eq(values("warga menelepon layanan darurat 112 dan talian 999 sebelum 8 unit tiba", "id"), "8", "emergency lines")

eq(values("beras mutu KB 2 dan unit PLTA 3 dijual, suku bunga BI 6 persen, 40 ton", "id"), "6,40",
   "a small number after capitals is a grade or a unit's number")
eq(values("a 400m boardwalk and an 800m tunnel cost RM9m; 650m people", "en"), "400,800,9000000",
   "a glued m after an article is metres")
print("test_quantity.lua: ok")
