-- Tests of saring.lang.  Run as: build/saring lua tests/lua/test_lang.lua
local lang = require "saring.lang"

local function eq(got, want, what)
  if got ~= want then
    error(string.format("%s: got %s, want %s", what or "value", tostring(got), tostring(want)), 2)
  end
end

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
print("test_lang: ok")
