-- Throughput of the saring.text helpers, beside the same operations in
-- plain Python (bench/helpers.py), on one core.
--
--   python3 /work/shared/bench/gen_corpus.py --out /tmp/news20 --mb 20 --format jsonl
--   build/saring lua bench/helpers.lua /tmp/news20/corpus.jsonl [REPEAT] [--no-python]
--
-- Prints MB/s (input bytes per second of CPU time, best of REPEAT runs) per
-- operation and the ratio saring / Python.  Texts are Lua strings; passing
-- documents instead reads the same bytes.
local text = require "saring.text"
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

-- The iterators are drained in Lua, as a stage would use them.
local function drain(iter) return function(s) for _ in iter(s) do end end end

local ops = {
  {"validate", text.validate},
  {"repair", text.repair},
  {"normalize NFC", function(s) return text.normalize(s, "NFC") end},
  {"normalize NFD", function(s) return text.normalize(s, "NFD") end},
  {"normalize NFKC", function(s) return text.normalize(s, "NFKC") end},
  {"casefold", text.casefold},
  {"strip_accents", text.strip_accents},
  {"clean_spaces", text.clean_spaces},
  {"graphemes", text.graphemes},
  {"count_words", text.count_words},
  {"words", drain(text.words)},
  {"sentences", drain(text.sentences)},
  {"lines", drain(text.lines)},
  {"paragraphs", drain(text.paragraphs)},
}

local ours = {}
for _, op in ipairs(ops) do
  local name, fn = op[1], op[2]
  local best
  for _ = 1, repeat_n do
    collectgarbage()
    local t0 = os.clock()
    for i = 1, #docs do fn(docs[i]) end
    local dt = os.clock() - t0
    best = best and math.min(best, dt) or dt
  end
  ours[name] = total / math.max(best, 1e-9) / 1e6
end

local theirs = {}
if with_python then
  local dir = (arg[0] or ""):match("^(.*)/[^/]*$") or "."
  local p = io.popen(string.format("python3 %q %q %d", dir .. "/helpers.py", path, repeat_n))
  if p then
    for line in p:lines() do
      local name, v = line:match("^(.-)\t(.*)$")
      if name then theirs[name] = tonumber(v) end
    end
    p:close()
  end
end

print(string.format("corpus: %s, %d documents, %.1f MB; best of %d", path, #docs, total / 1e6, repeat_n))
print(string.format("%-16s %12s %12s %8s", "operation", "saring MB/s", "Python MB/s", "ratio"))
for _, op in ipairs(ops) do
  local name = op[1]
  local py = theirs[name]
  print(string.format("%-16s %12.1f %12s %8s", name, ours[name],
                      py and string.format("%.1f", py) or "-",
                      py and string.format("%.1fx", ours[name] / py) or "-"))
end
