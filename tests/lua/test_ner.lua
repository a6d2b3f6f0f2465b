-- Tests of saring.ner (run: build/saring lua tests/lua/test_ner.lua)
--
-- A tiny word list instead of the news gazetteer, so every expected span
-- follows from the rules in core/text/ner.c by hand.
local ner = require "saring.ner"
local saring = require "saring"

local expect = dofile("tests/lua/expect.lua")
local eq, raises = expect.eq, expect.raises

local t = ner.new{
  names = {jakarta = "location", ["amerika serikat"] = "location", rusia = "location",
           ["joko widodo"] = "person", ["bank indonesia"] = "organization", bi = "organization"},
  acro = {bi = true, jakarta = false},
  titles = {presiden = true},
  speech = {kata = true},
  org_heads = {Kementerian = true},
  org_words = {Luar = true, Negeri = true},
  loc_preps = {di = true, dari = false},   -- false: not a preposition of place
  connect = {[" "] = true},
  connect_org = {[" dan "] = true},
  given_names = {siti = true, budi = true},
  person_cues = {warga = true, resident = true, who = true},
}
eq(tostring(t):match("^saring.ner tagger"), "saring.ner tagger", "tostring")

-- "start-stop:kind text" of each span
local function spans(text, skip)
  local out = {}
  for _, sp in ipairs(t:find_all(text, skip)) do
    eq(#sp, 3, "span fields")
    out[#out + 1] = string.format("%d-%d:%s %s", sp[1], sp[2], sp[3], text:sub(sp[1], sp[2]))
  end
  return table.concat(out, "|")
end

-- a title is dropped, a gazetteer person and place are tagged
eq(spans("Presiden Joko Widodo tiba di Jakarta."),
   "10-20:person Joko Widodo|30-36:location Jakarta", "title, person, place")
-- skip_to: words starting in the first bytes are not looked at
eq(spans("Presiden Joko Widodo tiba di Jakarta.", 20), "30-36:location Jakarta", "skip_to")
eq(spans("Presiden Joko Widodo tiba di Jakarta.", 1000), "", "skip_to past the end")
-- an acronym must be written in capitals
eq(spans("Warga Bi di sana, warga BI di sini."), "25-26:organization BI", "acronym in capitals")
-- an organisation head takes institution words and ends at a place
eq(spans("Juru bicara Kementerian Luar Negeri Rusia hadir."),
   "13-41:organization Kementerian Luar Negeri Rusia", "organisation head")
-- an acronym after an unknown organisation is one; after a known place, a place
eq(spans("Pejabat Kementerian Luar Negeri (KLN) hadir."),
   "9-31:organization Kementerian Luar Negeri|34-36:organization KLN", "acronym defined")
eq(spans("Warga Amerika Serikat (AS) datang."),
   "7-21:location Amerika Serikat|24-25:location AS", "acronym of a known name, sorted")
-- a single word: a person next to a verb of saying, and again later
eq(spans("Menurut warga, kata Budi hari ini. Budi pulang."),
   "21-24:person Budi|36-39:person Budi", "speech, then repeated")
-- a place after a preposition of place; "dari" is mapped to false
eq(spans("Pesawat tiba di Bandung kemarin."), "17-23:location Bandung", "preposition")
eq(spans("Pesawat tiba dari Bandung kemarin."), "", "a word mapped to false")
-- two to four name-like words are a person on evidence: a given name
eq(spans("Kemarin pagi Siti Rahayu Lestari datang."), "14-32:person Siti Rahayu Lestari", "person")
-- the same shape without evidence is no person (a place, an event or a
-- product the lists do not know is as likely); with evidence it is one
eq(spans("Kemarin pagi Rumah Rahayu Lestari dibuka."), "", "no evidence")
eq(spans("Kemarin pagi warga Rahayu Lestari datang."), "20-33:person Rahayu Lestari", "a person cue before")
eq(spans("Kemarin pagi Rahayu Lestari, warga desa, datang."), "14-27:person Rahayu Lestari",
   "an apposition after")
eq(spans("We met Rahayu Lestari, a resident of the town."), "8-21:person Rahayu Lestari",
   "an apposition after an article")
eq(spans("We met Rahayu Lestari, who runs a stall."), "8-21:person Rahayu Lestari", "who")
eq(spans("We saw Rahayu Lestari, a town of the north."), "", "an apposition of no person")
eq(spans("Kemarin pagi Rahayu Lestari (45) datang."), "14-27:person Rahayu Lestari", "an age")
eq(spans("Kemarin pagi Rahayu Lestari kata polisi."), "14-27:person Rahayu Lestari", "a verb of saying")
eq(spans("Kemarin pagi Presiden Rahayu Lestari datang."), "23-36:person Rahayu Lestari", "a title")
eq(spans("Kemarin pagi Rahayu Lestari datang. Lestari pulang."),
   "14-27:person Rahayu Lestari|37-43:person Lestari", "a word mentioned alone later")
eq(spans("Kemarin pagi Rahayu Lestari datang. Rahayu Lestari pulang."), "",
   "a repeated run is no mention alone")
eq(spans("Presiden Jakarta Rahayu Lestari datang."),
   "10-16:location Jakarta|18-31:person Rahayu Lestari", "an office named after a title")
eq(spans("Pasangan Rahayu Lestari/Budi Santoso menang."),
   "10-23:person Rahayu Lestari|25-36:person Budi Santoso", "a pair joined by a slash")

-- nothing to tag
eq(#t:find_all(""), 0, "empty text")
eq(#t:find_all("tidak ada nama di sini"), 0, "no capitals")
eq(#t:find_all("\xff\xfe\xc3"), 0, "invalid UTF-8")
-- a document is read in place
local doc = saring.doc { text = "Presiden Joko Widodo tiba di Jakarta." }
eq(#t:find_all(doc), 2, "document argument")
-- with no joiners every word is a run of its own: no person of two words
eq(#ner.new{}:find_all("Kemarin pagi Siti Rahayu datang."), 0, "empty lists")
-- (and a given name, the evidence that the run is a person's)
eq(#ner.new{connect = {[" "] = true}, given_names = {siti = true}}:find_all("Kemarin pagi Siti Rahayu datang."), 1,
   "only joiners")

-- tagger:tag: the document gets a tag per span (the caller's spans first),
-- each lower-cased surface is listed once, and the frequent forms come back
do
  local d = saring.doc { text = "JAKARTA - Presiden Joko Widodo tiba di Jakarta. Lalu kata Budi, " ..
                                "JAKARTA ramai. Budi pulang ke Jakarta." }
  local e, top = t:tag(d, 9, {{1, 7, "location"}}, 3)
  local got = {}
  for _, g in ipairs(d:tags()) do
    got[#got + 1] = g.start .. "-" .. g.stop .. ":" .. g.type .. "=" .. g.value
  end
  local want = {}
  for _, sp in ipairs(t:find_all(d, 9)) do
    want[#want + 1] = sp[1] .. "-" .. sp[2] .. ":" .. sp[3] .. "=" .. d.text:sub(sp[1], sp[2])
  end
  eq(table.concat(got, "|"), "1-7:location=JAKARTA|" .. table.concat(want, "|"), "tag: tags")
  eq(table.concat(e.location, ","), "JAKARTA", "tag: one lower case, listed once")
  eq(table.concat(e.person, ","), "Joko Widodo,Budi", "tag: persons in text order")
  eq(#e.organization, 0, "tag: empty list")
  -- Jakarta 2, JAKARTA 2, Budi 2: ties in byte order (capitals first)
  eq(table.concat(top, ","), "Budi,JAKARTA,Jakarta", "tag: top forms")
  local e2, top2 = t:tag(saring.doc { text = "" })
  eq(#e2.person + #e2.location + #e2.organization + #top2, 0, "tag: empty text, no top asked")
end
-- a span found that overlaps one given is left out
do
  local d = saring.doc { text = "Kemarin Presiden Joko Widodo tiba di Jakarta." }
  local e = t:tag(d, 0, {{18, 21, "organization"}})
  local got = {}
  for _, g in ipairs(d:tags()) do got[#got + 1] = g.value end
  eq(table.concat(got, "|"), "Joko|Jakarta", "tag: the caller's span wins an overlap")
  eq(#e.person, 0, "tag: no person overlapping the caller's span")
end
raises("saring.doc expected", t.tag, t, "text")
raises("skip_to must not be negative", t.tag, t, saring.doc { text = "x" }, -1)
raises("span 1 is out of the text", t.tag, t, saring.doc { text = "abc" }, 0, {{2, 4, "person"}})
raises("span 1 must be", t.tag, t, saring.doc { text = "abc" }, 0, {{1, 2, "place"}})
raises("span 2 is not a table", t.tag, t, saring.doc { text = "abc" }, 0, {{1, 2, "person"}, 3})
raises("ntop out of range", t.tag, t, saring.doc { text = "abc" }, 0, nil, -1)

-- ner.keywords: the top forms, then headline words found in the text
eq(table.concat(ner.keywords("Harga beras naik di pasar", "Harga Beras Naik Lagi", {"Pasar"}, {naik = true}), ","),
   "Pasar,harga,beras", "keywords")
eq(table.concat(ner.keywords(saring.doc { text = "HARGA" }, "harga", {}, {}), ","), "harga",
   "keywords: a document, any case")
raises("table expected", ner.keywords, "x", "y", nil, {})
raises("string expected", ner.keywords, {}, "y", {}, {})

-- ner.shared: one tagger per key and process, built by the first caller
do
  local builds = 0
  local function build()
    builds = builds + 1
    return {names = {jakarta = "location"}, loc_preps = {di = true}, connect = {[" "] = true}}
  end
  local a = ner.shared("test_ner shared", build)
  local b = ner.shared("test_ner shared", build)
  eq(builds, 1, "shared: built once")
  local text = "Warga di Jakarta datang."
  eq(#a:find_all(text), 1, "shared: tags")
  eq(b:find_all(text)[1][1], a:find_all(text)[1][1], "shared: same tagger")
  ner.shared("test_ner other", build)
  eq(builds, 2, "shared: another key, another tagger")
  -- freed with its last user: the next call builds it again
  a, b = nil, nil
  collectgarbage()
  collectgarbage()
  ner.shared("test_ner shared", build)
  eq(builds, 3, "shared: built again once freed")
  -- a failed build gives the key up
  raises("boom", ner.shared, "test_ner failing", function() error("boom") end)
  raises("table expected", ner.shared, "test_ner failing", function() return 1 end)
  eq(#ner.shared("test_ner failing", build):find_all(text), 1, "shared: built after failures")
  raises("string expected", ner.shared, nil, build)
  raises("function expected", ner.shared, "x", {})
end

-- a company's name ends at a comma (its officer follows); "I" opens a
-- Balinese name; an abbreviated given name ("Muh.") does not end a name
do
  local tc = ner.new{
    company_heads = {PT = true}, org_heads = {PT = true},
    common = {I = true}, speech = {kata = true},
    connect = {[" "] = true}, connect_org = {[", "] = true, [" dan "] = true},
    -- the evidence of a person's name in the examples below: a title before
    -- the office, a given name
    titles = {humas = true}, given_names = {andi = true},
  }
  local function sp(text)
    local out = {}
    for _, x in ipairs(tc:find_all(text)) do out[#out + 1] = x[3]:sub(1, 3) .. ":" .. text:sub(x[1], x[2]) end
    return table.concat(out, "|")
  end
  eq(sp("Humas PT Contoh Niaga Wilayah Barat, Yoga Pratama Putra, mengatakan stok aman."),
     "org:PT Contoh Niaga Wilayah Barat|per:Yoga Pratama Putra", "a company's name ends at a comma")
  eq(sp("Menurut pemandu itu, I Nyoman Sudarsa sudah pulang."), "per:I Nyoman Sudarsa", "I before a Balinese order name")
  -- (and "Told Everyone" shows no evidence of a person's name)
  eq(sp("Lalu I Told Everyone the news."), "", "I before another word stays out")
  eq(sp("Pada akhirnya Andi Muh. Rasyid Lubis datang."), "per:Andi Muh. Rasyid Lubis", "Muh. inside a name")
end

-- ner.find is text:find(word, init, true)
do
  local text = "kata kumparan kepada kumparan, kumpar"
  for _, c in ipairs({{"kumparan"}, {"kumparan", 7}, {"kumparan", 23}, {"kumpar", 31},
                      {"kumparanx"}, {"", 5}, {"", #text + 1}, {"k", #text + 1}, {"k", #text + 2},
                      {"r", #text}}) do
    local w, init = c[1], c[2]
    local a, b = ner.find(text, w, init)
    local ea, eb = text:find(w, init or 1, true)
    eq(tostring(a) .. "," .. tostring(b), tostring(ea) .. "," .. tostring(eb),
       "find " .. w .. " from " .. tostring(init))
  end
  -- longer texts of few letters, so that first and last letters match often
  local seed = 7
  local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % n + 1 end
  local letters = {"a", "b", "k", " "}
  for round = 1, 200 do
    local parts = {}
    for i = 1, rnd(90) do parts[i] = letters[rnd(#letters)] end
    local hay = table.concat(parts)
    local wparts = {}
    for i = 1, rnd(5) do wparts[i] = letters[rnd(#letters)] end
    local w = table.concat(wparts)
    local init = rnd(#hay + 2)
    local a, b = ner.find(hay, w, init)
    local ea, eb = hay:find(w, init, true)
    eq(tostring(a) .. "," .. tostring(b), tostring(ea) .. "," .. tostring(eb),
       "find round " .. round)
  end
end

-- misuse
raises("init must be positive", ner.find, "abc", "b", 0)
raises("table expected", ner.new)
raises("unknown word list 'nmes'", ner.new, {nmes = {}})
raises("'common' must be a table", ner.new, {common = "Sementara"})
raises("words must be strings", ner.new, {common = {"Sementara"}})
raises("must be person, location or organization", ner.new, {names = {x = "place"}})
raises("empty word", ner.new, {titles = {[""] = true}})
raises("string expected", t.find_all, t)
raises("skip_to must not be negative", t.find_all, t, "x", -1)
raises("number expected", t.find_all, t, "x", "y")
raises("saring.ner.tagger expected", t.find_all, {}, "x")

print("ner: all tests passed")
