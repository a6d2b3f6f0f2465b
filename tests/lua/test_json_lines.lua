-- saring.json.lines: JSONL files read through the core's stream (plain,
-- gzip, zstd), blank lines skipped, bad lines reported, files closed.
local json = require "saring.json"

local dir = os.tmpname()
os.remove(dir)
assert(os.execute("mkdir -p " .. dir))
local function write(name, s)
  local f = assert(io.open(dir .. "/" .. name, "wb"))
  f:write(s)
  f:close()
  return dir .. "/" .. name
end

local body = '{"id":1,"text":"satu"}\n\n  \n{"id":2,"text":"dua"}\nnot json\n{"id":3}'
local plain = write("a.jsonl", body)

local seen, bad = {}, {}
for v, line, err in json.lines(plain) do
  if v then seen[#seen + 1] = {v.id, line} else bad[#bad + 1] = {line, err} end
end
assert(#seen == 3, "three good lines, got " .. #seen)
assert(seen[1][1] == 1 and seen[1][2] == 1)
assert(seen[2][1] == 2 and seen[2][2] == 4, "line numbers count blank lines")
assert(seen[3][1] == 3 and seen[3][2] == 6, "a last line without a newline is read")
assert(#bad == 1 and bad[1][1] == 5 and type(bad[1][2]) == "string")

-- Compressed inputs are recognised by their magic bytes, whatever the name.
assert(os.execute("gzip -c " .. plain .. " > " .. dir .. "/b.jsonl.gz"))
local n = 0
for v in json.lines(dir .. "/b.jsonl.gz") do if v then n = n + 1 end end
assert(n == 3, "gzip: " .. n)
if os.execute("command -v zstd >/dev/null") then
  assert(os.execute("zstd -q -c " .. plain .. " > " .. dir .. "/c.zst"))
  n = 0
  for v in json.lines(dir .. "/c.zst") do if v then n = n + 1 end end
  assert(n == 3, "zstd: " .. n)
end

-- A long line across read chunks.
local long = string.rep("x", 600000)
local lpath = write("long.jsonl", '{"t":"' .. long .. '"}\n{"t":"y"}\n')
local lens = {}
for v in json.lines(lpath) do lens[#lens + 1] = #v.t end
assert(lens[1] == 600000 and lens[2] == 1)

-- Breaking out of the loop closes the file (the fourth value of the for).
for _ = 1, 2000 do
  for v in json.lines(plain) do break end
end

-- A missing file is a runtime failure, not an error.
local ok, msg = json.lines(dir .. "/missing.jsonl")
assert(ok == nil and msg:find("missing.jsonl", 1, true))
-- Misuse raises in the Lua style.
local okc, e = pcall(json.lines)
assert(not okc and e:find("bad argument #1 to '[%w.]*lines'"), e)

os.execute("rm -rf " .. dir)
print("test_json_lines: ok")
