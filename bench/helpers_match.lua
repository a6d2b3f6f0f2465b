-- Throughput of saring.patterns, saring.re and saring.hash on one core,
-- beside Python's `re` for the same regexes (bench/helpers_match.py).
--
--   python3 /work/shared/bench/gen_corpus.py --out /tmp/news20 --mb 20 --format jsonl
--   build/saring lua bench/helpers_match.lua /tmp/news20/corpus.jsonl [REPEAT] [--no-python]
--
-- Prints MB/s (input bytes per second of CPU time, best of REPEAT runs).
-- Every operation runs document by document, as a stage would.
local patterns = require "saring.patterns"
local re = require "saring.re"
local hash = require "saring.hash"
local json = require "saring.json"

local path = arg[1] or "/tmp/news20/corpus.jsonl"
local repeat_n = tonumber(arg[2]) or 3
local with_python = true
for _, a in ipairs(arg) do if a == "--no-python" then with_python = false end end

local docs, total = {}, 0
local f = assert(io.open(path, "rb"))
for line in f:lines() do
  local t = json.decode(line).text
  docs[#docs + 1] = t
  total = total + #t
end
f:close()
io.write(string.format("corpus: %d documents, %.1f MB\n", #docs, total / 1e6))

local function time(fn)
  local best = math.huge
  local result
  for _ = 1, repeat_n do
    collectgarbage()
    local t0 = os.clock()
    result = 0
    for i = 1, #docs do result = result + (fn(docs[i]) or 0) end
    local dt = os.clock() - t0
    if dt < best then best = dt end
  end
  return total / 1e6 / best, result
end

-- ---- pattern sets of 1,000 entries ----

-- A gazetteer as a news script would have: the 1,000 most frequent
-- capitalised word pairs of the corpus (names of people, places, bodies),
-- so matches are frequent.
local freq = {}
for i = 1, #docs, 3 do
  for pair in re.gmatch(docs[i], [[\b\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+\b]]) do
    freq[pair] = (freq[pair] or 0) + 1
  end
end
local names = {}
for k in pairs(freq) do names[#names + 1] = k end
table.sort(names, function(a, b) if freq[a] ~= freq[b] then return freq[a] > freq[b] end return a < b end)
for i = #names, 1001, -1 do names[i] = nil end
while #names < 1000 do names[#names + 1] = "Nama Tambahan " .. #names end

-- 1,000 made-up words that (almost) never occur: the cost of scanning alone.
local rare = {}
for i = 1, 1000 do rare[i] = string.format("zq%05dxv", i * 7919 % 100000) end

local sets = {
  {"gazetteer 1000, count", patterns.new(names), "count"},
  {"gazetteer 1000, scan (tables)", patterns.new(names), "scan"},
  {"gazetteer 1000 caseless+words, scan", patterns.new(names, {caseless = true, words = true}), "scan"},
  {"rare 1000, count", patterns.new(rare), "count"},
  {"rare 1000, test", patterns.new(rare), "test"},
  {"gazetteer 1000 aho-corasick, count", patterns.new(names, {engine = "aho-corasick"}), "count"},
  {"rare 1000 aho-corasick, count", patterns.new(rare, {engine = "aho-corasick"}), "count"},
}
io.write(string.format("engine: %s\n", sets[1][2]:engine()))
for _, s in ipairs(sets) do
  local set, how = s[2], s[3]
  local fn
  if how == "count" then fn = function(d) return set:count(d) end
  elseif how == "test" then fn = function(d) return set:test(d) and 1 or 0 end
  else fn = function(d) return #set:scan(d) end end
  local mbs, n = time(fn)
  io.write(string.format("%-40s %8.0f MB/s  (%d matches)\n", s[1], mbs, n))
end

-- One big text: the per-call cost out of the way.
do
  local big = table.concat(docs, "\n")
  local set = patterns.new(names)
  local best = math.huge
  for _ = 1, repeat_n do
    local t0 = os.clock()
    set:count(big)
    best = math.min(best, os.clock() - t0)
  end
  io.write(string.format("%-40s %8.0f MB/s\n", "gazetteer 1000, count, one 20 MB text", #big / 1e6 / best))
end

-- ---- regexes: saring.re (PCRE2 JIT) and Python re ----

local MONTHS = "Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember"
local regexes = {
  {"date (find all, captures)", [[\b(\d{1,2})\s+(]] .. MONTHS .. [[)\s+(\d{4})\b]], "gmatch"},
  {"boilerplate lines (count)", [[(?im)^(?:baca juga|advertisement|scroll to continue|artikel terkait)]], "gmatch"},
  {"words \\w+ (count)", [[\w+]], "gmatch"},
  {"spaces \\s+ -> ' ' (gsub)", [[\s+]], "gsub"},
  {"money Rp (find all)", [[Rp\s?\d[\d.,]*(?:\s(?:juta|miliar|triliun))?]], "gmatch"},
}
local ours = {}
for _, r in ipairs(regexes) do
  local rx = re.compile(r[2])
  local fn
  if r[3] == "gmatch" then
    fn = function(d) local n = 0 for _ in rx:gmatch(d) do n = n + 1 end return n end
  else
    fn = function(d) local _, n = rx:gsub(d, " ") return n end
  end
  local mbs, n = time(fn)
  ours[#ours + 1] = mbs
  io.write(string.format("re %-37s %8.0f MB/s  (%d)\n", r[1], mbs, n))
end

-- ---- hashes ----
local hashes = {
  {"xxh64", function(d) hash.xxh64(d) end},
  {"xxh128", function(d) hash.xxh128(d) end},
  {"simhash (3-shingles)", function(d) hash.simhash(d) end},
  {"minhash (5-shingles, k=64)", function(d) hash.minhash(d) end},
  {"shared set add(xxh128)", function(d) hash.set("bench"):add(hash.xxh128(d)) end},
}
for _, h in ipairs(hashes) do
  local mbs = time(h[2])
  io.write(string.format("hash %-35s %8.0f MB/s\n", h[1], mbs))
end

if with_python then
  local me = debug.getinfo(1, "S").source:sub(2)
  local py = me:gsub("%.lua$", ".py")
  local p = io.popen(string.format("python3 %q %q %d", py, path, repeat_n))
  local i = 0
  io.write("\nPCRE2 (saring.re) vs Python re, same regexes, same documents:\n")
  for line in p:lines() do
    local name, mbs = line:match("^(.-)%s+([%d.]+)$")
    i = i + 1
    if name and ours[i] then
      io.write(string.format("%-40s saring %7.0f MB/s  python %7.0f MB/s  ratio %5.1fx\n",
                             name, ours[i], tonumber(mbs), ours[i] / tonumber(mbs)))
    end
  end
  p:close()
end
