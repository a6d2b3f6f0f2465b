-- Tests of saring.patterns.  Run as: build/saring lua tests/lua/test_patterns.lua
local patterns = require "saring.patterns"

local expect = dofile("tests/lua/expect.lua")
local eq = expect.eq

-- "id:start-stop," for a scan result
local function fmt(ms)
  local t = {}
  for _, m in ipairs(ms) do t[#t + 1] = string.format("%s:%d-%d", tostring(m.id), m.start, m.stop) end
  return table.concat(t, ",")
end

local engines = {"auto", "aho-corasick"}
if patterns.hyperscan then engines[#engines + 1] = "hyperscan" end

for _, engine in ipairs(engines) do
  local function new(list, opts)
    opts = opts or {}
    opts.engine = engine
    return patterns.new(list, opts)
  end
  local what = "engine " .. engine

  -- leftmost-longest, non-overlapping; ids default to the index
  local set = new {"Jawa", "Jawa Barat", "Barat Daya", "Bandung"}
  eq(#set, 4)
  local text = "Di Jawa Barat Daya dan Bandung."
  eq(fmt(set:scan(text)), "2:4-13,4:24-30", what)
  eq(fmt(set:scan(text, {overlap = true})), "2:4-13,1:4-7,3:9-18,4:24-30", what)
  eq(set:count(text), 2)
  eq(set:count(text, {overlap = true}), 4)
  local id, s, e = set:first(text)
  eq(id, 2); eq(s, 4); eq(e, 13)
  eq(set:first("nothing here"), nil)
  eq(set:test(text), true)
  eq(set:test("nothing here"), false)
  -- spans are string.sub positions
  local m = set:scan(text)[1]
  eq(text:sub(m.start, m.stop), "Jawa Barat")

  -- lines holding a match (where it starts), the table reused
  set = new({"foto", "|"}, {caseless = true})
  local nl, hl = set:lines("Satu\nFOTO: x\n\na | b\nakhir\n")
  eq(nl, 5, what .. " lines count")
  eq(table.concat({tostring(hl[1]), tostring(hl[2]), tostring(hl[3]), tostring(hl[4]),
                   tostring(hl[5])}, ","), "false,true,false,true,false", what .. " lines")
  local nl2, hl2 = set:lines("foto", hl)
  eq(nl2, 1, what .. " lines reuse"); eq(hl2, hl); eq(hl[1], true); eq(hl[2], nil)
  eq((set:lines("")), 0, what .. " no lines")
  eq(select(2, set:lines("x\r\nfoto"))[2], true, what .. " CR LF")
  -- a document's own text, and a number (read as its string)
  local saring = require "saring"
  local dn, dh = set:lines(saring.doc({text = "Satu\nFOTO: x\n\na | b\nakhir"}))
  eq(dn, 5, what .. " document lines")
  eq(table.concat({tostring(dh[1]), tostring(dh[2]), tostring(dh[3]), tostring(dh[4]),
                   tostring(dh[5])}, ","), "false,true,false,true,false", what .. " document")
  eq((set:lines(12)), 1, what .. " number")
  local rs = new({{"a\nb", regex = true}})
  local _, hr = rs:lines("x\na\nb\n")
  eq(hr[2], true, what .. " a match across lines marks where it starts"); eq(hr[3], false)

  -- custom ids, regex entries
  set = new {{"Rp ?[0-9.]+", regex = true, id = "money"}, {"persen", id = "pct"}, "juta"}
  eq(fmt(set:scan("Rp 5.000 juta, 3 persen")), "money:1-8,3:10-13,pct:18-23", what)

  -- caseless (ASCII and Unicode) and whole words
  set = new({"bank indonesia", "école"}, {caseless = true, words = true})
  eq(fmt(set:scan("BANK INDONESIA, Bank Indonesiana, ÉCOLE")), "1:1-14,2:35-40", what)
  set = new({"in"}, {words = true})
  eq(fmt(set:scan("ingin in main in.")), "1:7-8,1:15-16", what)

  -- empty text, NUL bytes in text and patterns
  set = new {"a\0b", "c"}
  eq(fmt(set:scan("")), "", what)
  eq(set:test(""), false)
  eq(fmt(set:scan("xa\0bc\0c")), "1:2-4,2:5-5,2:7-7", what)

  -- invalid UTF-8: plain literals match bytes; sets needing UTF-8 say so
  set = new {"ab"}
  eq(fmt(set:scan("\xffab\xc3")), "1:2-3", what)
  set = new {{"a+", regex = true}}
  local r, msg = set:scan("aa\xff")
  eq(r, nil); assert(msg:find("invalid UTF%-8 at byte 3"), msg)
  r, msg = set:test("\xc3")
  eq(r, nil); assert(msg)

  -- misuse raises
  local ok, err = pcall(new, {"a", ""})
  assert(not ok and err:find("pattern 2: empty pattern", 1, true), err)
  ok, err = pcall(new, {"a", {"(x", regex = true}})
  assert(not ok and err:find("pattern 2:", 1, true), err)
  ok, err = pcall(new, {"a", 5})
  assert(not ok and err:find("item 2: string or table expected"), err)
  ok, err = pcall(new({"a"}).lines, new({"a"}), "a", 5)
  assert(not ok and err:find("bad argument #3", 1, true), err)
  ok, err = pcall(new({"a"}).lines, new({"a"}), nil)
  assert(not ok and err:find("bad argument #2", 1, true), err)

  -- 10,000 entries
  local list = {}
  for i = 1, 10000 do list[i] = "kata" .. (i * 7919 % 100000) .. "z" end
  set = new(list, {words = true})
  local body = string.rep("lorem ipsum dolor ", 1000)
  local t = body .. list[1] .. " " .. body .. list[10000] .. " x" .. list[5000] .. " " .. list[5000]
  local res = set:scan(t)
  eq(#res, 3, what .. " big set")
  eq(res[1].id, 1); eq(res[2].id, 10000); eq(res[3].id, 5000)
  eq(t:sub(res[3].start, res[3].stop), list[5000])

  -- a huge text (tens of MB)
  local big = string.rep("berita hari ini ", 2 * 1024 * 1024) .. "Jawa Barat"
  set = new {"Jawa Barat", "hari"}
  eq(set:count(big), 2 * 1024 * 1024 + 1, what .. " huge")
  eq(set:first(big), 2)
end

-- the default ids follow the list even when some items have ids
local set = patterns.new {"a", {"b", id = "B"}, "c"}
eq(fmt(set:scan("abc")), "1:1-1,B:2-2,3:3-3")
-- opts.regex makes every string a regex; opts.literal every item a literal
eq(fmt(patterns.new({"a.c"}, {regex = true}):scan("abc a.c")), "1:1-3,1:5-7")
eq(fmt(patterns.new({{"a.c", regex = true}}, {literal = true}):scan("abc a.c")), "1:5-7")
local ok, err = pcall(patterns.new, {"a"}, {engine = "nope"})
assert(not ok and err:find("unknown engine"), err)
assert(tostring(set):find("pattern set %(3 patterns"))

-- tokens = true: whole white-space-delimited tokens, ASCII punctuation at
-- their ends ignored (py_news's tokens); set:ids gives each entry once, in
-- the order of its first leftmost-longest match, and reuses its table.
for _, engine in ipairs{"auto", "aho-corasick"} do
  local tok = patterns.new({"Israel", "Iran", "Antara", "Banda Aceh", "Aceh",
                            {"Kim[!-/]*\\s\\s*Jong", regex = true}},
                           {tokens = true, engine = engine})
  local t = {7, 7, 7, 7, 7, 7, 7}
  local n, ids = tok:ids("Israel-Iran (Antara) \"Iran,\" Banda Aceh, Aceh; Aceh " ..
                         "Antara\u{A0}Iran Kim,\nJong", t)
  eq(n, 5)
  assert(ids == t)
  eq(table.concat(ids, ","), "3,2,4,5,6")
  eq(tok:count("Israel-Iran"), 0)
  eq(tok:count("Iran"), 1)
  eq(select(1, tok:ids("")), 0)
end
local named = patterns.new({{"Jakarta", id = "JKT"}, {"Bali", id = "BAL"}}, {tokens = true})
eq(table.concat(select(2, named:ids("Bali, Jakarta. Bali")), ","), "BAL,JKT")

print("test_patterns: ok")
