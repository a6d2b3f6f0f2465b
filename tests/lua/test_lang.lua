-- Tests of saring.lang.  Run as: build/saring lua tests/lua/test_lang.lua
local lang = require "saring.lang"

local expect = dofile("tests/lua/expect.lua")
local eq = expect.eq

-- Every sentence of the shared test file gets its language.
local n, wrong = 0, 0
for line in io.lines("tests/unit/data/langid_sentences.tsv") do
  if line ~= "" and not line:find("^#") then
    local want, text = line:match("^([^\t]+)\t(.*)$")
    assert(want, line)
    local code, conf, scores = lang.detect(text)
    n = n + 1
    local ok = false
    for w in want:gmatch("[^,]+") do ok = ok or w == code end
    if not ok then
      wrong = wrong + 1
      print(string.format("wrong: want %s got %s (%.2f): %s", want, code, conf, text))
    end
    local sum = 0
    for _, c in ipairs {"id", "ms", "en", "jv", "su"} do sum = sum + scores[c] end
    assert(math.abs(sum - 1) < 1e-6, "scores sum to 1")
  end
end
assert(n >= 100, "read the sentence file")
eq(wrong, 0, "wrong sentences")

-- Return values.
local code, conf, scores = lang.detect("Pemerintah mengatakan bahwa harga beras tidak akan naik karena stok cukup.")
eq(code, "id")
assert(conf > 0.9 and conf <= 1, conf)
eq(type(scores), "table")
assert(scores.id > scores.ms)

-- Candidates restrict the answer and the score table.
code, conf, scores = lang.detect("Kerajaan berkata bahawa wang itu tidak mencukupi.", {candidates = {"id", "en"}})
eq(code, "id")
eq(scores.ms, nil)
eq(scores.en ~= nil, true)
code = lang.detect("Kerajaan berkata bahawa wang itu tidak mencukupi.", {candidates = {"ms"}})
eq(code, "ms")

-- Too little evidence.
eq((lang.detect("")), "und")
eq((lang.detect("2025")), "und")
eq((lang.detect("Bonjour tout le monde, comment allez-vous aujourd'hui?")), "und")
-- NUL bytes, invalid UTF-8, a huge text.
eq((lang.detect("the\0government\255said that it would")), "en")
eq((lang.detect(string.rep("Polisi masih menyelidiki penyebab kebakaran itu. ", 200000))), "id")

-- Misuse raises.
local ok, err = pcall(lang.detect)
assert(not ok and err:find("bad argument #1"), err)
ok, err = pcall(lang.detect, "x", {candidates = {"fr"}})
assert(not ok and err:find("unknown candidate language 'fr'"), err)
ok, err = pcall(lang.detect, "x", {candidates = {}})
assert(not ok and err:find("candidates is empty"), err)
ok, err = pcall(lang.detect, "x", 5)
assert(not ok and err:find("bad argument #2"), err)

-- lang.word_counter counts what caseless whole-word pattern sets count
do
  local patterns = require "saring.patterns"
  local L1 = {the = true, of = true, said = true, a = true}
  local L2 = {yang = true, dan = true, di = true, bahwa = true, a = true, ["x"] = false}
  local c = lang.word_counter {L1, L2}
  eq(tostring(c):match("^saring.lang word counter"), "saring.lang word counter", "tostring")
  local s1, s2 = {}, {}
  for w in pairs(L1) do s1[#s1 + 1] = w end
  for w, v in pairs(L2) do if v then s2[#s2 + 1] = w end end
  local p1 = patterns.new(s1, {caseless = true, words = true})
  local p2 = patterns.new(s2, {caseless = true, words = true})
  local pieces = {"the", "THE", "Said", "yang", "Dan", "di", "a", "x", "bahwa", " ", ",", "-", "_",
                  "1", "\xC3\xA9", "\xCC\x81", "\xE2\x80\x9C", "\xC2\xA0", "\xC3", "\xFF"}
  local seed = 99
  for _ = 1, 3000 do
    local t = {}
    seed = (seed * 1103515245 + 12345) % 2147483648
    for _ = 1, seed % 15 do
      seed = (seed * 1103515245 + 12345) % 2147483648
      t[#t + 1] = pieces[seed % #pieces + 1]
    end
    local s = table.concat(t)
    local n1, n2 = c:count(s)
    eq(n1, p1:count(s), "word counter list 1 on " .. s)
    eq(n2, p2:count(s), "word counter list 2 on " .. s)
    -- max_bytes reads a prefix, as s:sub(1, k) would
    local k = seed % (#s + 1)
    local m1, m2 = c:count(s, k)
    local q1, q2 = c:count(s:sub(1, k))
    eq(m1, q1, "prefix count 1")
    eq(m2, q2, "prefix count 2")
  end
  eq(select("#", c:count("")), 2, "one count per list")
  local ok, err = pcall(lang.word_counter, {{["kira-kira"] = true}})
  assert(not ok and err:find("not a word of ASCII letters"), tostring(err))
  ok, err = pcall(lang.word_counter, {})
  assert(not ok and err:find("1 to 32 word lists"), tostring(err))
  ok, err = pcall(lang.word_counter, {{[1] = true}})
  assert(not ok and err:find("not a word"), tostring(err))
  ok, err = pcall(c.count, c, "x", -1)
  assert(not ok and err:find("must not be negative"), tostring(err))
end
print("test_lang: ok")
